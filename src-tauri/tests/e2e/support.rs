//! What every end-to-end session uses: the processes (Xvfb, tauri-driver), the app
//! started through WebDriver, and waiting for what the page shows.

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub type TestResult<T = ()> = Result<T, Box<dyn std::error::Error>>;

pub const APP: &str = env!("CARGO_BIN_EXE_frontstage-app");
pub const WAIT: Duration = Duration::from_secs(15);

/// A child process stopped with SIGTERM on drop: tauri-driver stops WebKitWebDriver
/// only on TERM/INT/QUIT, and a KILL would leave it holding the port.
pub struct Stopped(pub Child, pub &'static str);

impl Drop for Stopped {
    fn drop(&mut self) {
        let _ = Command::new("kill").arg("-TERM").arg(self.0.id().to_string()).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        eprintln!("e2e: {} did not stop on SIGTERM; killing it", self.1);
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn find_program(name: &str) -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> =
        std::env::var_os("PATH").map(|p| std::env::split_paths(&p).collect()).unwrap_or_default();
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(Path::new(&home).join(".cargo/bin"));
    }
    dirs.into_iter().map(|d| d.join(name)).find(|p| p.is_file())
}

pub fn free_port() -> TestResult<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

pub fn wait_for_port(port: u16) -> TestResult {
    let deadline = Instant::now() + WAIT;
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if Instant::now() > deadline {
            return Err(format!("nothing listens on port {port} after {WAIT:?}").into());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(())
}

/// Start Xvfb on a free display number; returns the process and the DISPLAY value.
pub fn start_xvfb(xvfb: &Path) -> TestResult<(Stopped, String)> {
    let n = (90..200)
        .find(|n| {
            !Path::new(&format!("/tmp/.X{n}-lock")).exists() && !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
        })
        .ok_or("no free X display number in :90…:199")?;
    let display = format!(":{n}");
    let child = Command::new(xvfb)
        .args([display.as_str(), "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let guard = Stopped(child, "Xvfb");
    let deadline = Instant::now() + WAIT;
    while !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() {
        if Instant::now() > deadline {
            return Err("Xvfb did not open its socket".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok((guard, display))
}

/// What is missing to run the test here, if anything.
pub fn missing_tools() -> Vec<&'static str> {
    let mut missing = Vec::new();
    if find_program("tauri-driver").is_none() {
        missing.push("tauri-driver");
    }
    if find_program("WebKitWebDriver").is_none() {
        missing.push("WebKitWebDriver (package webkit2gtk-driver)");
    }
    if std::env::var_os("DISPLAY").is_none() && find_program("Xvfb").is_none() {
        missing.push("an X display or Xvfb");
    }
    // The export step reads the PDFs the app makes.
    if find_program("pdfinfo").is_none() || find_program("pdftotext").is_none() {
        missing.push("pdfinfo and pdftotext (package poppler-utils)");
    }
    missing
}

/// How long a new WebDriver session may take: the app starting, up to its page.
const SESSION_WAIT: Duration = Duration::from_secs(90);

/// The app started by WebDriver with `args`; it inherits tauri-driver's environment.
///
/// An app that dies while starting (once here, GTK could not open the display) leaves
/// WebDriver's new session waiting with no end, and the suite with it: the session is
/// given `SESSION_WAIT`, then asked for once more, then the test fails.
pub async fn connect(port: u16, args: &[&str]) -> TestResult<Client> {
    let caps = json!({ "tauri:options": { "application": APP, "args": args } });
    let mut why = String::new();
    for attempt in 1..=2 {
        if attempt > 1 {
            eprintln!("the app did not start under WebDriver ({why}); asking once more");
        }
        let mut builder = ClientBuilder::native();
        builder.capabilities(caps.as_object().cloned().unwrap_or_default());
        let url = format!("http://127.0.0.1:{port}");
        why = match tokio::time::timeout(SESSION_WAIT, builder.connect(&url)).await {
            Ok(Ok(client)) => return Ok(client),
            Ok(Err(e)) => e.to_string(),
            Err(_) => format!("no session after {SESSION_WAIT:?}"),
        };
    }
    Err(format!("the app did not start under WebDriver: {why}").into())
}

/// Counted in the page in one step: handles from `find_all` can go stale while the
/// canvas redraws after a command.
pub async fn count(client: &Client, css: &str) -> TestResult<usize> {
    let n = client.execute("return document.querySelectorAll(arguments[0]).length;", vec![json!(css)]).await?;
    Ok(n.as_u64().ok_or("querySelectorAll did not return a number")? as usize)
}

pub async fn wait_until_count(client: &Client, css: &str, want: usize) -> TestResult {
    let deadline = Instant::now() + WAIT;
    loop {
        let n = count(client, css).await?;
        if n == want {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("expected {want} × {css}, found {n}").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub async fn wait_for_title(client: &Client, want: &str) -> TestResult {
    let deadline = Instant::now() + WAIT;
    loop {
        let title = client.title().await?;
        if title == want {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("expected title {want:?}, found {title:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub async fn wait_for_attr(client: &Client, css: &str, attr: &str, want: &str) -> TestResult {
    let deadline = Instant::now() + WAIT;
    loop {
        // The canvas replaces a node when its primitive changes: a node that went stale
        // between finding and reading it is looked up again.
        let got = match client.find(Locator::Css(css)).await {
            Ok(e) => e.attr(attr).await.ok().flatten(),
            Err(_) => None,
        };
        if got.as_deref() == Some(want) {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("expected {css} [{attr}] = {want:?}, found {got:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Click the element, looking it up again when the click fails: the canvas may replace
/// the node between finding and clicking it, and WebKitWebDriver now and then answers
/// with an empty error.
pub async fn click(client: &Client, css: &str) -> TestResult {
    let deadline = Instant::now() + WAIT;
    loop {
        let found = client.wait().at_most(WAIT).for_element(Locator::Css(css)).await;
        let e = found.map_err(|e| format!("no {css}: {e}"))?;
        match e.click().await {
            Ok(()) => return Ok(()),
            Err(err) if Instant::now() > deadline => return Err(format!("clicking {css}: {err:?}").into()),
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

/// Press and release the mouse inside a card, in its padding near the top-left corner,
/// where no text or badge covers the card's rectangle (WebDriver refuses to click an
/// element whose centre another element covers, and a `<g>` is not clickable at all).
pub async fn click_card(client: &Client, id: &str) -> TestResult {
    let css = format!(r#".card[data-id="{id}"] rect"#);
    let deadline = Instant::now() + WAIT;
    loop {
        let rect = client.wait().at_most(WAIT).for_element(Locator::Css(&css)).await?;
        // Scrolled into view, and measured as drawn (the canvas may be zoomed).
        let drawn = client
            .execute(
                "const r = document.querySelector(arguments[0]); r.scrollIntoView({block: 'center', inline: 'center'});
                 const b = r.getBoundingClientRect(); return [b.width, b.height];",
                vec![json!(css)],
            )
            .await?;
        let [w, h]: [f64; 2] = serde_json::from_value(drawn)?;
        let press = MouseActions::new("mouse".into())
            .then(PointerAction::MoveToElement {
                element: rect,
                duration: None,
                x: (-w / 2.0 + 3.0).round(),
                y: (-h / 2.0 + 3.0).round(),
            })
            .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
            .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
        match client.perform_actions(press).await {
            Ok(()) => return Ok(()),
            Err(err) if Instant::now() > deadline => return Err(format!("clicking card {id}: {err:?}").into()),
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

/// Close a session's app. When its steps failed, the window is screenshotted first as
/// `{name}-failure`; the steps' error wins over the closing's.
pub async fn end(client: Client, result: TestResult, name: &str) -> TestResult {
    if result.is_err() {
        let _ = screenshot(&client, &format!("{name}-failure")).await;
    }
    let closed = client.close().await;
    result?;
    Ok(closed?)
}

/// A picture of the window for people to look at.
pub async fn screenshot(client: &Client, name: &str) -> TestResult {
    client
        .execute_async("const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));", vec![])
        .await?;
    let png = client.screenshot().await?;
    assert!(png.starts_with(b"\x89PNG"), "screenshot is not a PNG");
    let dir = screenshot_dir();
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join(format!("{name}.png")), png)?;
    Ok(())
}

/// Call one of the shell's commands from the page; `Ok` with its value or `Err` with the
/// `{code, message}` it was refused with.
pub async fn invoke(
    client: &Client,
    cmd: &str,
    args: serde_json::Value,
) -> TestResult<Result<serde_json::Value, serde_json::Value>> {
    let out = client
        .execute_async(
            r#"const [cmd, args, done] = arguments;
               window.__TAURI_INTERNALS__.invoke(cmd, args)
                 .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ err: e }));"#,
            vec![json!(cmd), args],
        )
        .await?;
    Ok(match out.get("err") {
        Some(e) => Err(e.clone()),
        None => Ok(out.get("ok").cloned().unwrap_or(serde_json::Value::Null)),
    })
}

pub fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples").join(name)
}

pub fn path_str(p: &Path) -> String {
    p.display().to_string()
}

pub fn recovery_dir() -> PathBuf {
    std::env::temp_dir().join(format!("frontstage-e2e-data-{}", std::process::id())).join("recovery")
}

/// target/e2e-screenshots, next to the profile folder that holds the app binary.
pub fn screenshot_dir() -> PathBuf {
    let exe = Path::new(APP);
    exe.parent().and_then(Path::parent).unwrap_or(Path::new(".")).join("e2e-screenshots")
}

/// Where an element's `x`/`y`/`width`/`height` box is drawn, in scene units: the canvas
/// moves a card that only shifted with a transform on an inner group (its attributes keep
/// the old place), so positions are read through the transforms, as the screen shows them.
pub async fn scene_box(client: &Client, css: &str) -> TestResult<Option<[f64; 4]>> {
    let v = client
        .execute(
            "const r = document.querySelector(arguments[0]); if (!r) return null;
             const scene = r.ownerSVGElement.querySelector('.scene');
             const m = scene.getCTM().inverse().multiply(r.getCTM());
             const n = (a) => Number(r.getAttribute(a));
             return [m.a * n('x') + m.c * n('y') + m.e, m.b * n('x') + m.d * n('y') + m.f, n('width') * m.a, n('height') * m.d];",
            vec![json!(css)],
        )
        .await?;
    Ok(serde_json::from_value(v)?)
}

/// Wait until the element's drawn box starts at scene x `want` (to a hundredth).
pub async fn wait_for_scene_x(client: &Client, css: &str, want: f64) -> TestResult {
    let deadline = Instant::now() + WAIT;
    loop {
        let got = scene_box(client, css).await?;
        if got.is_some_and(|b| (b[0] - want).abs() < 0.01) {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("expected {css} drawn at x = {want}, found {got:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
