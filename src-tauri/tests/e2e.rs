//! End to end: the real desktop binary under Xvfb, driven through tauri-driver and
//! WebKitWebDriver, doing what a user does. One test function runs every step, because
//! the display and driver ports are shared.
//!
//! Needs `tauri-driver` and `WebKitWebDriver` (scripts/desktop-deps.sh installs them) and
//! an X display (started with Xvfb when DISPLAY is unset). Without them the test says
//! loudly that it skipped; with `CI=true` it fails instead.

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;
use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

type TestResult<T = ()> = Result<T, Box<dyn std::error::Error>>;

const APP: &str = env!("CARGO_BIN_EXE_frontstage-app");
const WAIT: Duration = Duration::from_secs(15);

/// A child process stopped with SIGTERM on drop: tauri-driver stops WebKitWebDriver
/// only on TERM/INT/QUIT, and a KILL would leave it holding the port.
struct Stopped(Child, &'static str);

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

fn find_program(name: &str) -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH").map(|p| std::env::split_paths(&p).collect()).unwrap_or_default();
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(Path::new(&home).join(".cargo/bin"));
    }
    dirs.into_iter().map(|d| d.join(name)).find(|p| p.is_file())
}

fn free_port() -> TestResult<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn wait_for_port(port: u16) -> TestResult {
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
fn start_xvfb(xvfb: &Path) -> TestResult<(Stopped, String)> {
    let n = (90..200)
        .find(|n| !Path::new(&format!("/tmp/.X{n}-lock")).exists() && !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists())
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
fn missing_tools() -> Vec<&'static str> {
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
    missing
}

#[tokio::test(flavor = "multi_thread")]
async fn desktop_app_end_to_end() -> TestResult {
    let missing = missing_tools();
    if !missing.is_empty() {
        let msg = format!("missing {}; run scripts/desktop-deps.sh", missing.join(", "));
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("end-to-end test cannot run under CI: {msg}");
        }
        // Straight to stderr: the test harness captures eprintln! of passing tests.
        let _ = writeln!(std::io::stderr(), "\n!!! SKIPPING the desktop end-to-end test: {msg} !!!\n");
        return Ok(());
    }

    let mut _xvfb = None;
    let display = match std::env::var("DISPLAY") {
        Ok(d) => d,
        Err(_) => {
            let (guard, display) = start_xvfb(&find_program("Xvfb").ok_or("Xvfb vanished")?)?;
            _xvfb = Some(guard);
            display
        }
    };

    let (port, native_port) = (free_port()?, free_port()?);
    let driver = Command::new(find_program("tauri-driver").ok_or("tauri-driver vanished")?)
        .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
        .arg("--native-driver")
        .arg(find_program("WebKitWebDriver").ok_or("WebKitWebDriver vanished")?)
        .env("DISPLAY", &display)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()?;
    let _driver = Stopped(driver, "tauri-driver");
    wait_for_port(port)?;

    let caps = json!({ "tauri:options": { "application": APP } });
    let client = ClientBuilder::native()
        .capabilities(caps.as_object().cloned().unwrap_or_default())
        .connect(&format!("http://127.0.0.1:{port}"))
        .await?;
    let result = user_session(&client).await;
    let closed = client.close().await;
    result?;
    closed?;
    Ok(())
}

async fn count(client: &Client, css: &str) -> TestResult<usize> {
    Ok(client.find_all(Locator::Css(css)).await?.len())
}

async fn wait_until_count(client: &Client, css: &str, want: usize) -> TestResult {
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

async fn wait_for_title(client: &Client, want: &str) -> TestResult {
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

async fn wait_for_attr(client: &Client, css: &str, attr: &str, want: &str) -> TestResult {
    let deadline = Instant::now() + WAIT;
    loop {
        let got = client.find(Locator::Css(css)).await?.attr(attr).await?;
        if got.as_deref() == Some(want) {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("expected {css} [{attr}] = {want:?}, found {got:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn click(client: &Client, css: &str) -> TestResult {
    client.wait().at_most(WAIT).for_element(Locator::Css(css)).await?.click().await?;
    Ok(())
}

/// The steps a user takes: see the blueprint, select a card, delete it, undo, redo.
async fn user_session(client: &Client) -> TestResult {
    // The new document: the five canonical lanes, four stages, three lines, twelve cards.
    client.wait().at_most(WAIT).for_element(Locator::Css(".card")).await?;
    wait_until_count(client, ".lane", 5).await?;
    assert_eq!(count(client, ".stage").await?, 4);
    assert_eq!(count(client, ".line").await?, 3);
    assert_eq!(count(client, ".card").await?, 12);
    assert_eq!(count(client, ".connector").await?, 11);
    let lane_names: Vec<String> = {
        let mut v = Vec::new();
        for e in client.find_all(Locator::Css(".lane .lane-name")).await? {
            v.push(e.text().await?);
        }
        v
    };
    assert_eq!(lane_names[1], "Customer 顾客");
    wait_for_title(client, "Untitled").await?;

    // Select a card with the mouse, delete it from the toolbar: the card and both its
    // arrows go, and Undo is offered.
    let card = r#".card[data-id="c00001"]"#;
    click(client, &format!("{card} rect")).await?;
    wait_until_count(client, ".card.selected", 1).await?;
    click(client, r#"button[data-action="edit.delete"]"#).await?;
    wait_until_count(client, card, 0).await?;
    wait_for_title(client, "Untitled •").await?;
    assert_eq!(count(client, ".card").await?, 11);
    assert_eq!(count(client, ".connector").await?, 9);
    let undo = client.find(Locator::Css(r#"button[data-action="edit.undo"]"#)).await?;
    assert_eq!(undo.attr("title").await?.as_deref(), Some("Undo Delete Card"));

    // Undo brings the card and its arrows back; Redo removes them again.
    undo.click().await?;
    wait_until_count(client, card, 1).await?;
    wait_for_title(client, "Untitled").await?;
    assert_eq!(count(client, ".connector").await?, 11);
    click(client, r#"button[data-action="edit.redo"]"#).await?;
    wait_until_count(client, card, 0).await?;
    click(client, r#"button[data-action="edit.undo"]"#).await?;
    wait_until_count(client, card, 1).await?;

    // Drag the first card to the empty last stage of its lane: it moves there, and Undo
    // puts it back. (Stage columns are 190 units wide; the first starts at x = 170.)
    let first = r#".card[data-id="c00000"] rect"#;
    let start_x = client.find(Locator::Css(first)).await?.attr("x").await?;
    assert_eq!(start_x.as_deref(), Some("180"));
    let rect = client.find(Locator::Css(first)).await?;
    let drag = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement { element: rect, duration: None, x: 0.0, y: 0.0 })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(150)), x: 40.0, y: 0.0 })
        .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(150)), x: 530.0, y: 0.0 })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    client.perform_actions(drag).await?;
    client.release_actions().await?;
    wait_for_attr(client, first, "x", "750").await?;
    let undo = client.find(Locator::Css(r#"button[data-action="edit.undo"]"#)).await?;
    assert_eq!(undo.attr("title").await?.as_deref(), Some("Undo Move Card"));
    undo.click().await?;
    wait_for_attr(client, first, "x", "180").await?;

    // The UI may call its own commands but nothing it was not granted: the capability
    // gives it no dialog access (the shell runs the dialogs).
    let denied = client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               window.__TAURI_INTERNALS__.invoke("plugin:dialog|open", { options: {} })
                 .then(() => done("allowed"), (e) => done(String(e)));"#,
            vec![],
        )
        .await?;
    let denied = denied.as_str().unwrap_or_default().to_owned();
    assert!(denied.contains("not allowed"), "dialog access should be refused, got {denied:?}");
    let refused = client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               window.__TAURI_INTERNALS__.invoke("execute", { command: { type: "delete_cards", cards: ["nope"] } })
                 .then(() => done(null), (e) => done(e));"#,
            vec![],
        )
        .await?;
    assert_eq!(refused["code"], "unknown_element", "{refused}");

    // A picture of the window for people to look at.
    client
        .execute_async("const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));", vec![])
        .await?;
    let png = client.screenshot().await?;
    assert!(png.starts_with(b"\x89PNG"), "screenshot is not a PNG");
    let dir = screenshot_dir();
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("main-window.png"), png)?;
    Ok(())
}

/// target/e2e-screenshots, next to the profile folder that holds the app binary.
fn screenshot_dir() -> PathBuf {
    let exe = Path::new(APP);
    exe.parent().and_then(Path::parent).unwrap_or(Path::new(".")).join("e2e-screenshots")
}
