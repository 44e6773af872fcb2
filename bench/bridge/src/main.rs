//! Benchmark bridge: serves the built UI (`ui/dist`) on 127.0.0.1 and answers the
//! commands the UI invokes (`POST /ipc/<command>`, JSON arguments in, JSON out) with the
//! desktop app's own session code, so that a browser other than the app's web view
//! (Chromium, for the peer benchmark) drives the real Rust core. Not part of the app.
//!
//! `frontstage-bench-bridge [--dist DIR]` prints the page's URL; open it with `?n=N` added
//! for the benchmark mode. The `bridge` query parameter tells the UI to use HTTP.

mod routes;

use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dist = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/dist");
    while let Some(a) = args.next() {
        match (a.as_str(), args.next()) {
            ("--dist", Some(d)) => dist = PathBuf::from(d),
            _ => {
                eprintln!("usage: frontstage-bench-bridge [--dist DIR]");
                std::process::exit(2);
            }
        }
    }
    if !dist.join("index.html").is_file() {
        eprintln!("{} has no index.html: build the UI first (npm --prefix ui run build)", dist.display());
        std::process::exit(1);
    }
    let server = match listen().and_then(|l| tiny_http::Server::from_listener(l, None)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot listen on 127.0.0.1: {e}");
            std::process::exit(1);
        }
    };
    let port = server.server_addr().to_ip().map(|a| a.port()).unwrap_or(0);
    println!("http://127.0.0.1:{port}/index.html?bridge=1");
    let mut bridge = routes::Bridge::new(dist);
    for request in server.incoming_requests() {
        bridge.handle(request);
    }
}

/// A listener on a free port of 127.0.0.1 whose connections send at once (TCP_NODELAY):
/// tiny_http writes a large answer in pieces, and with Nagle's algorithm the last piece
/// waited for the browser's delayed acknowledgement (40 ms).
fn listen() -> Result<std::net::TcpListener, Box<dyn std::error::Error + Send + Sync>> {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::IPV4, Type::STREAM, None)?;
    socket.set_tcp_nodelay(true)?;
    socket.bind(&std::net::SocketAddr::from(([127, 0, 0, 1], 0)).into())?;
    socket.listen(128)?;
    Ok(socket.into())
}
