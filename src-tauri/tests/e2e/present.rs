//! Presenting a blueprint as a presenter does, with the keyboard: F5 shows the overview,
//! → / Space / PageDown step through the stages (each framed beside the pinned lane
//! headers, the others dimmed, problem marks hidden), ← steps back, Esc returns to the
//! editor with the document as it was. Each step is screenshotted for people to look at.

use crate::editor::wait_for_js;
use crate::support::*;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::Client;
use serde_json::json;
use std::path::Path;
use std::time::{Duration, Instant};

pub async fn present_session(port: u16, work: &Path) -> TestResult {
    let client = connect(port, &[]).await?;
    let mut result = present_example(&client, work).await;
    if result.is_ok() {
        result = present_large(&client, work).await;
    }
    end(client, result, "present").await
}

async fn present_example(client: &Client, work: &Path) -> TestResult {
    let file = work.join("hospital-outpatient.frontstage");
    std::fs::copy(example("hospital-outpatient.frontstage"), &file)?;
    let doc = frontstage::io::load_str(&std::fs::read_to_string(&file)?)?;
    let stages = doc.stages.len();
    invoke(client, "test_open", json!({ "path": path_str(&file) })).await?.map_err(|e| e.to_string())?;
    wait_until_count(client, ".card", doc.cards.len()).await?;
    let before = document(client).await?;
    let title = client.title().await?;
    // The example's two warnings are marked on their cards, and a card is selected:
    // neither shows while presenting, and both come back after.
    wait_until_count(client, ".card.has-warning", 2).await?;
    click_card(client, "c209").await?;
    wait_until_count(client, ".card.selected", 1).await?;

    press(client, Key::F5).await?;
    wait_for_step(client, 0).await?;
    assert_eq!(count(client, ".canvas-host.presenting").await?, 1);
    assert_eq!(visible(client, ".toolbar").await?, 0, "the toolbar is hidden while presenting");
    assert_eq!(count(client, ".has-warning, .has-error").await?, 0, "problem marks are hidden while presenting");
    assert_eq!(count(client, ".selected").await?, 0, "the selection is hidden while presenting");
    screenshot(client, "present-0-overview").await?;

    let next = [Key::Right, Key::PageDown, Key::Space];
    for step in 1..=stages {
        press(client, next[step % next.len()]).await?;
        wait_for_step(client, step).await?;
        check_stage_framed(client, doc.stages[step - 1].id.as_str(), doc.lanes.len()).await?;
        screenshot(client, &format!("present-{step}-{}", doc.stages[step - 1].id)).await?;
    }
    // Past the last stage nothing moves; ← steps back one.
    press(client, Key::Right).await?;
    wait_for_step(client, stages).await?;
    press(client, Key::Left).await?;
    wait_for_step(client, stages - 1).await?;
    check_stage_framed(client, doc.stages[stages - 2].id.as_str(), doc.lanes.len()).await?;

    press(client, Key::Escape).await?;
    wait_until_count(client, ".canvas-host.presenting", 0).await?;
    wait_until_count(client, ".present-caption", 0).await?;
    assert!(visible(client, ".toolbar").await? > 0, "the editor's toolbar is back");
    wait_until_count(client, ".card.has-warning", 2).await?;
    wait_until_count(client, ".card.selected", 1).await?;
    assert_eq!(document(client).await?, before, "presenting changed the document");
    assert_eq!(client.title().await?, title, "presenting marked the document changed");
    Ok(())
}

/// A blueprint the canvas culls is presented on the presenter's own surface: the overview
/// is a picture (drawn ahead while the editor was idle), each step the stage's column as
/// SVG over a dimmed backdrop; Esc leaves the document as it was.
async fn present_large(client: &Client, work: &Path) -> TestResult {
    // Into this window (opening a file would open another, this one not being blank).
    let file = work.join("large.frontstage");
    let doc = frontstage::generate::synthetic(600);
    frontstage::io::save_path(&file, &doc)?;
    let text = std::fs::read_to_string(&file)?;
    invoke(client, "test_new_from", json!({ "text": text })).await?.map_err(|e| e.to_string())?;
    let first = doc.cards.keys().min().map(|id| id.as_str().to_owned()).unwrap_or_default();
    wait_for_js(client, &format!("return !!document.querySelector('.card[data-id=\"{first}\"]');")).await?;
    let before = document(client).await?;
    // The editor idle for a moment: long enough for the overview to be drawn ahead.
    tokio::time::sleep(Duration::from_millis(1500)).await;

    press(client, Key::F5).await?;
    wait_for_step(client, 0).await?;
    // The picture was drawn ahead, for this view, while the editor was idle.
    wait_for_js(client, "return !!document.querySelector('.present-overview[data-picture=\"kept\"]');").await?;
    // It covers the paper on whole device pixels (not stretched), and shows the blueprint:
    // several colours along its middle row.
    wait_for_js(
        client,
        r#"const c = document.querySelector('.present-overview:not([hidden]) > canvas');
           if (!c || !c.width) return false;
           const r = c.getBoundingClientRect(), ratio = devicePixelRatio;
           if (Math.abs(c.width - r.width * ratio) > 1 || Math.abs(c.height - r.height * ratio) > 1) return false;
           const row = c.getContext('2d').getImageData(0, c.height >> 1, c.width, 1).data;
           const colours = new Set();
           for (let i = 0; i < row.length; i += 4) colours.add(row.slice(i, i + 4).join());
           return colours.size >= 3;"#,
    )
    .await?;
    screenshot(client, "present-large-0-overview").await?;
    for step in 1..=2 {
        press(client, Key::Right).await?;
        wait_for_step(client, step).await?;
        let stage = doc.stages[step - 1].id.as_str();
        let ids: Vec<&str> = doc.cards.values().filter(|c| c.stage.as_str() == stage).map(|c| c.id.as_str()).collect();
        // The column is shown, and what shows in it is the stage's cards (its neighbours'
        // are drawn ahead outside it, clipped).
        let seen = client
            .execute(
                r#"const f = document.querySelector('.present-stage-frame');
                   if (!f || f.style.display === 'none') return null;
                   const b = f.getBoundingClientRect();
                   if (b.width < 10) return null;
                   return [...f.querySelectorAll('.card')].filter((c) => {
                     const r = c.getBoundingClientRect();
                     return r.right > b.left + 1 && r.left < b.right - 1 && r.bottom > b.top + 1 && r.top < b.bottom - 1;
                   }).map((c) => c.dataset.id);"#,
                vec![],
            )
            .await?;
        let seen: Vec<String> = serde_json::from_value(seen.clone()).map_err(|e| format!("{e}: {seen}"))?;
        assert!(!seen.is_empty(), "stage {stage}'s column shows none of its cards");
        let strangers: Vec<&String> = seen.iter().filter(|id| !ids.contains(&id.as_str())).collect();
        assert!(strangers.is_empty(), "stage {stage}'s column shows other stages' cards: {strangers:?}");
        screenshot(client, &format!("present-large-{step}-{stage}")).await?;
    }
    press(client, Key::Escape).await?;
    wait_until_count(client, ".present-caption", 0).await?;
    assert_eq!(count(client, ".present-overview, .present-stage-frame, .present-backdrop").await?, 0);
    assert_eq!(document(client).await?, before, "presenting changed the document");
    Ok(())
}

/// The step's stage is framed: its header lies in the window right of the pinned lane
/// headers, every lane is pinned, other stages are dimmed.
async fn check_stage_framed(client: &Client, stage: &str, lanes: usize) -> TestResult {
    let v = client
        .execute(
            r#"const [stage] = arguments;
               const h = document.querySelector(`.stage[data-id="${stage}"] .header`).getBoundingClientRect();
               const pinned = document.querySelector('.present-headers').getBoundingClientRect();
               return { left: h.left, right: h.right, top: h.top, bottom: h.bottom,
                        pinnedRight: pinned.right, width: window.innerWidth, height: window.innerHeight,
                        lanes: document.querySelectorAll('.present-headers .present-lane-header').length,
                        dims: document.querySelectorAll('.present-dim').length };"#,
            vec![json!(stage)],
        )
        .await?;
    let f = |k: &str| v[k].as_f64().unwrap_or(f64::NAN);
    assert!(f("left") >= f("pinnedRight") - 1.0, "stage {stage} hides under the pinned headers: {v}");
    assert!(f("right") <= f("width") + 1.0, "stage {stage} runs off the window's right: {v}");
    assert!(f("top") >= -1.0 && f("bottom") <= f("height") + 1.0, "stage {stage}'s header is off screen: {v}");
    assert_eq!(v["lanes"].as_u64(), Some(lanes as u64), "every lane's header is pinned: {v}");
    assert!(v["dims"].as_u64().unwrap_or(0) >= 1, "the other stages are dimmed: {v}");
    Ok(())
}

async fn press(client: &Client, key: Key) -> TestResult {
    let key = char::from(key);
    let keys =
        KeyActions::new("keyboard".into()).then(KeyAction::Down { value: key }).then(KeyAction::Up { value: key });
    client.perform_actions(keys).await?;
    client.release_actions().await?;
    Ok(())
}

async fn wait_for_step(client: &Client, step: usize) -> TestResult {
    let deadline = Instant::now() + WAIT;
    loop {
        let shown =
            client.execute("return document.querySelector('.present-caption')?.dataset.step ?? null;", vec![]).await?;
        if shown.as_str() == Some(step.to_string().as_str()) {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("presentation at step {shown}, expected {step}").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// How many elements matching `css` are displayed with a size.
async fn visible(client: &Client, css: &str) -> TestResult<usize> {
    let n = client
        .execute(
            r#"return [...document.querySelectorAll(arguments[0])].filter((e) => {
                 const r = e.getBoundingClientRect(), s = getComputedStyle(e);
                 return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
               }).length;"#,
            vec![json!(css)],
        )
        .await?;
    Ok(n.as_u64().unwrap_or(0) as usize)
}

/// The document the core holds for the window.
async fn document(client: &Client) -> TestResult<serde_json::Value> {
    let view = invoke(client, "view", json!({})).await?.map_err(|e| e.to_string())?;
    Ok(view["doc"].clone())
}
