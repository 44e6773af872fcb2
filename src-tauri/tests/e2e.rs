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
    let data = std::env::temp_dir().join(format!("frontstage-e2e-data-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let driver = Command::new(find_program("tauri-driver").ok_or("tauri-driver vanished")?)
        .env("FRONTSTAGE_TEST_HOOKS", "1")
        .env("FRONTSTAGE_DATA_DIR", &data)
        // The assertions read English texts, and the UI speaks the OS language.
        .env("LANGUAGE", "en")
        .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
        .arg("--native-driver")
        .arg(find_program("WebKitWebDriver").ok_or("WebKitWebDriver vanished")?)
        .env("DISPLAY", &display)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()?;
    let _driver = Stopped(driver, "tauri-driver");
    wait_for_port(port)?;

    let work = std::env::temp_dir().join(format!("frontstage-e2e-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work)?;
    let result = run_all(port, &work).await;
    if result.is_ok() {
        let _ = std::fs::remove_dir_all(&work);
    }
    result
}

/// The app started by WebDriver with `args`; it inherits tauri-driver's environment.
async fn connect(port: u16, args: &[&str]) -> TestResult<Client> {
    let caps = json!({ "tauri:options": { "application": APP, "args": args } });
    Ok(ClientBuilder::native()
        .capabilities(caps.as_object().cloned().unwrap_or_default())
        .connect(&format!("http://127.0.0.1:{port}"))
        .await?)
}

async fn run_all(port: u16, work: &Path) -> TestResult {
    let client = connect(port, &[]).await?;
    let result = user_session(&client).await;
    if result.is_err() {
        let _ = screenshot(&client, "failure").await;
    }
    let closed = client.close().await;
    result?;
    closed?;
    files_session(port, work).await?;
    recovery_session(port, work).await
}

/// Counted in the page in one step: handles from `find_all` can go stale while the
/// canvas redraws after a command.
async fn count(client: &Client, css: &str) -> TestResult<usize> {
    let n = client.execute("return document.querySelectorAll(arguments[0]).length;", vec![json!(css)]).await?;
    Ok(n.as_u64().ok_or("querySelectorAll did not return a number")? as usize)
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
async fn click(client: &Client, css: &str) -> TestResult {
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
async fn click_card(client: &Client, id: &str) -> TestResult {
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
            .then(PointerAction::MoveToElement { element: rect, duration: None, x: (-w / 2.0 + 3.0).round(), y: (-h / 2.0 + 3.0).round() })
            .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
            .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
        match client.perform_actions(press).await {
            Ok(()) => return Ok(()),
            Err(err) if Instant::now() > deadline => return Err(format!("clicking card {id}: {err:?}").into()),
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

/// The steps a user takes: see the blueprint, select a card, delete it, undo, redo.
async fn user_session(client: &Client) -> TestResult {
    // Started without a file: a blank blueprint from the default template.
    wait_until_count(client, ".lane", 5).await?;
    assert_eq!(count(client, ".stage").await?, 4);
    assert_eq!(count(client, ".line").await?, 3);
    assert_eq!(count(client, ".card").await?, 0);
    wait_for_title(client, "Untitled").await?;

    // A generated document to edit (the benchmark mode's 12 cards): five lanes, four
    // stages, three lines, twelve cards, eleven arrows.
    invoke(client, "new_document", json!({ "cards": 12 })).await?.map_err(|e| e.to_string())?;
    client.wait().at_most(WAIT).for_element(Locator::Css(".card")).await?;
    wait_until_count(client, ".lane", 5).await?;
    assert_eq!(count(client, ".stage").await?, 4);
    assert_eq!(count(client, ".line").await?, 3);
    assert_eq!(count(client, ".card").await?, 12);
    assert_eq!(count(client, ".connector").await?, 11);
    let lane_names = client
        .execute("return [...document.querySelectorAll('.lane .lane-name')].map((e) => e.textContent);", vec![])
        .await?;
    let lane_names: Vec<String> = serde_json::from_value(lane_names)?;
    assert!(lane_names[1].contains("Customer"), "{lane_names:?}");
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
    wait_for_attr(client, r#"button[data-action="edit.undo"]"#, "title", "Undo Delete Card").await?;

    // Undo brings the card and its arrows back; Redo removes them again.
    click(client, r#"button[data-action="edit.undo"]"#).await?;
    wait_until_count(client, card, 1).await?;
    wait_for_title(client, "Untitled").await?;
    assert_eq!(count(client, ".connector").await?, 11);
    click(client, r#"button[data-action="edit.redo"]"#).await?;
    wait_until_count(client, card, 0).await?;
    click(client, r#"button[data-action="edit.undo"]"#).await?;
    wait_until_count(client, card, 1).await?;

    // Drag the first card to the empty last stage of its lane: it moves there, and Undo
    // puts it back. Positions come from the core's layout, as the canvas draws them.
    let scene = frontstage::layout::layout(&frontstage_app::commands::new_blueprint(Some(12))?);
    let x0 = scene.cards.iter().find(|c| c.element == frontstage::model::ElementRef::Card("c00000".into())).ok_or("no c00000")?.rect.x;
    let dx = scene.stages[3].x - scene.stages[0].x;
    let (start, end) = (fmt_num(x0), fmt_num(x0 + dx));
    let first = r#".card[data-id="c00000"] rect"#;
    wait_for_attr(client, first, "x", &start).await?;
    let rect = client.wait().at_most(WAIT).for_element(Locator::Css(first)).await?;
    let drag = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement { element: rect, duration: None, x: 0.0, y: 0.0 })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(150)), x: 40.0, y: 0.0 })
        .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(150)), x: f64::from(dx) - 40.0, y: 0.0 })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    client.perform_actions(drag).await?;
    client.release_actions().await?;
    wait_for_attr(client, first, "x", &end).await?;
    wait_for_attr(client, r#"button[data-action="edit.undo"]"#, "title", "Undo Move Card").await?;
    click(client, r#"button[data-action="edit.undo"]"#).await?;
    wait_for_attr(client, first, "x", &start).await?;

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

    screenshot(client, "new-document").await
}

/// A number as the DOM prints an SVG attribute set from a JS number.
fn fmt_num(v: f32) -> String {
    if v.fract() == 0.0 { format!("{}", v as i64) } else { format!("{v}") }
}

/// A picture of the window for people to look at.
async fn screenshot(client: &Client, name: &str) -> TestResult {
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
async fn invoke(client: &Client, cmd: &str, args: serde_json::Value) -> TestResult<Result<serde_json::Value, serde_json::Value>> {
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

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples").join(name)
}

fn path_str(p: &Path) -> String {
    p.display().to_string()
}

/// Open an example from the command line, see it drawn with its problems, save it
/// elsewhere, export it, fail to open a broken file and to save somewhere read-only.
async fn files_session(port: u16, work: &Path) -> TestResult {
    let original = work.join("restaurant-en.frontstage");
    std::fs::copy(example("restaurant-en.frontstage"), &original)?;
    let doc = frontstage::io::load_path(&original)?;
    let scene = frontstage::layout::layout(&doc);
    let diagnostics = frontstage::rules::check(&doc);

    let client = connect(port, &[&path_str(&original)]).await?;
    client.wait().at_most(WAIT).for_element(Locator::Css(".card")).await?;
    wait_for_title(&client, "restaurant-en.frontstage").await?;
    assert_eq!(count(&client, ".lane").await?, scene.lanes.len());
    assert_eq!(count(&client, ".line").await?, scene.lines.len());
    assert_eq!(count(&client, ".card").await?, scene.cards.len());
    assert_eq!(count(&client, ".connector").await?, scene.connectors.len());
    // The restaurant is a clean blueprint: the panel says so.
    assert!(diagnostics.is_empty(), "the restaurant example is meant to be clean: {diagnostics:?}");
    wait_until_count(&client, ".problem", 0).await?;
    let note = client.find(Locator::Css(".problems .note")).await?.text().await?;
    assert_eq!(note, "No problems.");
    screenshot(&client, "restaurant-en").await?;

    // Delete a card: the document is dirty.
    let victim = doc.cards.keys().next().ok_or("the example has no cards")?.to_string();
    click_card(&client, &victim).await?;
    click(&client, r#"button[data-action="edit.delete"]"#).await?;
    wait_for_title(&client, "restaurant-en.frontstage •").await?;

    // Saving somewhere that cannot be written: a clear error, and still dirty.
    let refused = invoke(&client, "test_save_as", json!({ "path": "/proc/frontstage-e2e/plan.frontstage" })).await?;
    let err = refused.expect_err("saving into /proc must fail");
    assert!(err["message"].as_str().unwrap_or_default().starts_with("Cannot save"), "{err}");
    wait_for_title(&client, "restaurant-en.frontstage •").await?;

    // Save As: the window now shows the new file, clean; the file has the edit.
    let saved = work.join("Dinner plan.frontstage");
    invoke(&client, "test_save_as", json!({ "path": path_str(&saved) })).await?.map_err(|e| e.to_string())?;
    wait_for_title(&client, "Dinner plan.frontstage").await?;
    let reread = frontstage::io::load_path(&saved)?;
    assert_eq!(reread.cards.len(), doc.cards.len() - 1);
    assert!(!reread.cards.contains_key(victim.as_str()));

    // Export SVG and JSON.
    let svg = work.join("plan.svg");
    let json_out = work.join("plan.json");
    invoke(&client, "test_export", json!({ "format": "svg", "path": path_str(&svg) })).await?.map_err(|e| e.to_string())?;
    invoke(&client, "test_export", json!({ "format": "json", "path": path_str(&json_out) })).await?.map_err(|e| e.to_string())?;
    assert_eq!(std::fs::read_to_string(&svg)?, frontstage::export::svg::to_svg(&reread));
    assert_eq!(frontstage::io::load_path(&json_out)?, reread);

    // A broken file: the core's message, and nothing changes.
    let broken = work.join("broken.frontstage");
    std::fs::write(&broken, "{ \"format\": \"frontstage-blueprint\", \"version\": 1, ")?;
    let want = frontstage::io::load_path(&broken).expect_err("the file is broken").to_string();
    let err = invoke(&client, "test_open", json!({ "path": path_str(&broken) })).await?.expect_err("opening must fail");
    assert_eq!(err["message"].as_str(), Some(want.as_str()));
    wait_for_title(&client, "Dinner plan.frontstage").await?;
    assert_eq!(count(&client, ".card").await?, scene.cards.len() - 1);
    let closed = client.close().await;

    // Reopen the saved file from the command line: the edit is there.
    let client = connect(port, &[&path_str(&saved)]).await?;
    wait_for_title(&client, "Dinner plan.frontstage").await?;
    wait_until_count(&client, ".card", scene.cards.len() - 1).await?;
    client.close().await?;
    closed?;
    Ok(())
}

/// Edit, get killed with SIGKILL, start again, restore: the edit is back, unsaved.
async fn recovery_session(port: u16, work: &Path) -> TestResult {
    let file = work.join("kill-me.frontstage");
    std::fs::copy(example("bank-account-opening.frontstage"), &file)?;
    let doc = frontstage::io::load_path(&file)?;
    let cards = frontstage::layout::layout(&doc).cards.len();

    let client = connect(port, &[&path_str(&file)]).await?;
    wait_for_title(&client, "kill-me.frontstage").await?;
    // The bank example: two errors and a warning.
    wait_until_count(&client, ".problem", 3).await?;
    assert_eq!(count(&client, ".problem.error").await?, 2);
    assert_eq!(count(&client, ".problem.warning").await?, 1);
    assert_eq!(count(&client, r#".problem[data-rule="lane-placement"]"#).await?, 2);
    assert_eq!(count(&client, r#".problem[data-rule="customer-to-support"]"#).await?, 1);
    screenshot(&client, "bank-problems").await?;

    // Clicking a problem selects the cards it is about on the canvas.
    click(&client, r#".problem[data-rule="customer-to-support"]"#).await?;
    wait_until_count(&client, ".card.selected", 2).await?;
    for card in ["c203", "c207"] {
        assert_eq!(count(&client, &format!(r#".card.selected[data-id="{card}"]"#)).await?, 1, "{card} selected");
    }

    let victim = doc.cards.keys().next().ok_or("no cards")?.to_string();
    click_card(&client, &victim).await?;
    click(&client, r#"button[data-action="edit.delete"]"#).await?;
    wait_for_title(&client, "kill-me.frontstage •").await?;
    let pid = invoke(&client, "test_pid", json!({})).await?.map_err(|e| e.to_string())?;
    let pid = pid.as_u64().ok_or("no pid")?;
    // Wait for the recovery copy (written every 2 s) before killing.
    let copy = recovery_dir().join(format!("{pid}-1.frontstage"));
    let deadline = Instant::now() + WAIT;
    while !copy.is_file() {
        if Instant::now() > deadline {
            return Err(format!("no recovery copy at {}", copy.display()).into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let status = Command::new("kill").arg("-KILL").arg(pid.to_string()).status()?;
    assert!(status.success(), "kill -KILL {pid} failed");
    let _ = client.close().await; // the app is gone; the session ends with an error

    let client = connect(port, &[]).await?;
    click(&client, r#"button[data-action="recovery.restore"]"#).await?;
    wait_for_title(&client, "Recovered kill-me.frontstage •").await?;
    wait_until_count(&client, ".card", cards - 1).await?;
    assert_eq!(count(&client, &format!(r#".card[data-id="{victim}"]"#)).await?, 0);
    screenshot(&client, "recovered").await?;
    // The file itself was never touched.
    assert_eq!(frontstage::io::load_path(&file)?, doc);
    client.close().await?;
    Ok(())
}

fn recovery_dir() -> PathBuf {
    std::env::temp_dir().join(format!("frontstage-e2e-data-{}", std::process::id())).join("recovery")
}

/// target/e2e-screenshots, next to the profile folder that holds the app binary.
fn screenshot_dir() -> PathBuf {
    let exe = Path::new(APP);
    exe.parent().and_then(Path::parent).unwrap_or(Path::new(".")).join("e2e-screenshots")
}
