//! The desktop shell as a user meets it: a blank start, editing with undo, files (open,
//! save, export, broken files, read-only places) and recovery after a crash.

use crate::support::*;
use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::{Client, Locator};
use serde_json::json;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// The steps a user takes: see the blueprint, select a card, delete it, undo, redo.
pub async fn user_session(client: &Client) -> TestResult {
    // Started without a file: a blank blueprint from the default template.
    wait_until_count(client, ".lane", 5).await?;
    assert_eq!(count(client, ".stage").await?, 4);
    assert_eq!(count(client, ".line").await?, 3);
    assert_eq!(count(client, ".card").await?, 0);
    wait_for_title(client, "Untitled").await?;

    // A generated document to edit (the benchmark mode's 12 cards): five lanes, four
    // stages, three lines, twelve cards, eleven arrows.
    let generated = frontstage::export::json::to_string(&frontstage::generate::synthetic(12));
    invoke(client, "test_new_from", json!({ "text": generated })).await?.map_err(|e| e.to_string())?;
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
    // The columns may move too (a gutter widened for a label): where the core lays the
    // moved card out is where it must be drawn.
    let doc = frontstage::generate::synthetic(12);
    let x_of = |doc: &frontstage::model::Blueprint| -> TestResult<f32> {
        let scene = frontstage::layout::layout(doc);
        let card = scene.cards.iter().find(|c| c.element == frontstage::model::ElementRef::Card("c00000".into()));
        Ok(card.ok_or("no c00000")?.rect.x)
    };
    let x0 = x_of(&doc)?;
    let dx = {
        let scene = frontstage::layout::layout(&doc);
        scene.stages[3].x - scene.stages[0].x
    };
    let mut moved = frontstage::view::Session::untitled(doc.clone());
    let lane = doc.cards.get("c00000").ok_or("no c00000")?.lane.clone();
    let stage = doc.stages[3].id.clone();
    let to = frontstage::edit::Command::MoveCard { card: "c00000".into(), lane, stage, index: 0 };
    moved.execute(&to, None)?;
    let (start, end) = (f64::from(x0), f64::from(x_of(moved.doc())?));
    let first = r#".card[data-id="c00000"] rect"#;
    wait_for_scene_x(client, first, start).await?;
    // At 100 % (a document opens fitted to the window's width), so that the scene's
    // distances are the pointer's, and scrolled back to the top-left corner, where no
    // pinned header covers the card.
    click(client, r#"button[data-action="view.actual_size"]"#).await?;
    crate::editor::wait_for_js(
        client,
        "return document.querySelector('svg.blueprint .scene').style.transform === 'scale(1)';",
    )
    .await?;
    client
        .execute_async(
            "const done = arguments[arguments.length - 1]; const h = document.querySelector('.canvas-host');
             h.scrollLeft = 0; h.scrollTop = 0; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
            vec![],
        )
        .await?;
    let rect = client.wait().at_most(WAIT).for_element(Locator::Css(first)).await?;
    let drag = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement { element: rect, duration: None, x: 0.0, y: 0.0 })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(150)), x: 40.0, y: 0.0 })
        .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(150)), x: f64::from(dx) - 40.0, y: 0.0 })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    client.perform_actions(drag).await?;
    client.release_actions().await?;
    wait_for_scene_x(client, first, end).await?;
    wait_for_attr(client, r#"button[data-action="edit.undo"]"#, "title", "Undo Move Card").await?;
    click(client, r#"button[data-action="edit.undo"]"#).await?;
    wait_for_scene_x(client, first, start).await?;

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

/// Open an example from the command line, see it drawn with its problems, save it
/// elsewhere, export it, fail to open a broken file and to save somewhere read-only.
pub async fn files_session(port: u16, work: &Path) -> TestResult {
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
    invoke(&client, "test_export", json!({ "format": "svg", "path": path_str(&svg) }))
        .await?
        .map_err(|e| e.to_string())?;
    invoke(&client, "test_export", json!({ "format": "json", "path": path_str(&json_out) }))
        .await?
        .map_err(|e| e.to_string())?;
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
pub async fn recovery_session(port: u16, work: &Path) -> TestResult {
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

    // Killed again at once, before any autosave of the restored work: the next start
    // still offers it, under its own name, and restores it as it was.
    let pid = invoke(&client, "test_pid", json!({})).await?.map_err(|e| e.to_string())?;
    let pid = pid.as_u64().ok_or("no pid")?;
    let status = Command::new("kill").arg("-KILL").arg(pid.to_string()).status()?;
    assert!(status.success(), "kill -KILL {pid} failed");
    let _ = client.close().await;
    let client = connect(port, &[]).await?;
    client.wait().at_most(WAIT).for_element(Locator::Css(".recovery .orphan")).await?;
    let names = client
        .execute("return [...document.querySelectorAll('.recovery .orphan .name')].map((e) => e.textContent);", vec![])
        .await?;
    let names: Vec<String> = serde_json::from_value(names)?;
    assert!(names.iter().any(|n| n == "kill-me.frontstage"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("Recovered")), "offered under a doubled name: {names:?}");
    let at = names.iter().position(|n| n == "kill-me.frontstage").ok_or("no kill-me")?;
    let restore = format!(r#".recovery .orphan:nth-child({}) button[data-action="recovery.restore"]"#, at + 1);
    click(&client, &restore).await?;
    wait_for_title(&client, "Recovered kill-me.frontstage •").await?;
    wait_until_count(&client, ".card", cards - 1).await?;
    assert_eq!(count(&client, &format!(r#".card[data-id="{victim}"]"#)).await?, 0);
    client.close().await?;
    Ok(())
}
