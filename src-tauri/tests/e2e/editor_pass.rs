//! Large maps and the keyboard: on the hospital example (8 stages × 12 lanes) the lane
//! header column and the stage header row stay in view while the editor scrolls, and a
//! click on a pinned header selects its lane.

use crate::support::*;
use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::Client;
use serde_json::json;
use std::path::Path;

pub async fn editor_pass_session(port: u16, work: &Path) -> TestResult {
    let client = connect(port, &[]).await?;
    let result = large_map(&client, work).await;
    if result.is_err() {
        let _ = screenshot(&client, "editor-pass-failure").await;
    }
    let closed = client.close().await;
    result?;
    Ok(closed?)
}

async fn large_map(client: &Client, work: &Path) -> TestResult {
    let file = work.join("hospital-pinned.frontstage");
    std::fs::copy(example("hospital-outpatient.frontstage"), &file)?;
    let doc = frontstage::io::load_str(&std::fs::read_to_string(&file)?)?;
    invoke(client, "test_open", json!({ "path": path_str(&file) })).await?.map_err(|e| e.to_string())?;
    wait_until_count(client, ".card", doc.cards.len()).await?;
    sticky_headers(client, &doc).await
}

/// Scrolled right and down at 100 %, the lane names and stage names are still at the
/// view's left and top, each beside the row or column it names.
async fn sticky_headers(client: &Client, doc: &frontstage::model::Blueprint) -> TestResult {
    click(client, r#"button[data-action="view.actual_size"]"#).await?;
    wait_for_text(client, r#"button[data-action="view.actual_size"]"#, "100 %").await?;
    client
        .execute(
            "const h = document.querySelector('.canvas-host'); h.scrollLeft = h.scrollWidth; h.scrollTop = h.scrollHeight;",
            vec![],
        )
        .await?;
    // Wait for the scroll to have been seen, then measure.
    crate::editor::wait_for_js(
        client,
        "return getComputedStyle(document.querySelector('.pinned-lanes')).display !== 'none'
            && getComputedStyle(document.querySelector('.pinned-stages')).display !== 'none';",
    )
    .await?;
    let v = client
        .execute(
            r#"const host = document.querySelector('.canvas-host').getBoundingClientRect();
               const box = (e) => e.getBoundingClientRect();
               const lanes = [...document.querySelectorAll('.pinned-lanes .pin-lane')].map((g) => {
                 const id = g.getAttribute('data-pin').slice(5);
                 const drawn = box(document.querySelector(`.lane[data-id="${id}"] .band`));
                 const pin = box(g.querySelector('.lane-header'));
                 return { id, name: g.querySelector('.lane-name')?.textContent ?? '',
                          left: pin.left - host.left, dy: Math.abs(pin.top - drawn.top) };
               });
               const stages = [...document.querySelectorAll('.pinned-stages .pin-stage')].map((g) => {
                 const id = g.getAttribute('data-pin').slice(6);
                 const drawn = box(document.querySelector(`.stage[data-id="${id}"] .header`));
                 const pin = box(g.querySelector('.header'));
                 return { id, name: g.querySelector('.stage-name')?.textContent ?? '',
                          top: pin.top - host.top, dx: Math.abs(pin.left - drawn.left) };
               });
               const scrolled = document.querySelector('.canvas-host');
               return { lanes, stages, left: scrolled.scrollLeft, top: scrolled.scrollTop };"#,
            vec![],
        )
        .await?;
    screenshot(client, "pinned-headers-scrolled").await?;
    let left = v["left"].as_f64().unwrap_or(0.0);
    let top = v["top"].as_f64().unwrap_or(0.0);
    assert!(left > 300.0 && top > 300.0, "the hospital map scrolls right and down at 100 %: {v}");
    let lanes = v["lanes"].as_array().ok_or("no pinned lanes")?;
    let stages = v["stages"].as_array().ok_or("no pinned stages")?;
    assert_eq!(lanes.len(), doc.lanes.len(), "every lane is pinned: {v}");
    assert_eq!(stages.len(), doc.stages.len(), "every stage is pinned: {v}");
    for (lane, pinned) in doc.lanes.iter().zip(lanes) {
        assert_eq!(pinned["id"], json!(lane.id.as_str()));
        assert!(!pinned["name"].as_str().unwrap_or("").is_empty(), "lane {} has its name: {v}", lane.id.as_str());
        // At the view's left edge, level with the lane it names.
        assert!(pinned["left"].as_f64().unwrap_or(99.0).abs() < 30.0, "lane header at the left: {pinned}");
        assert!(pinned["dy"].as_f64().unwrap_or(99.0) < 1.0, "lane header beside its lane: {pinned}");
    }
    for (stage, pinned) in doc.stages.iter().zip(stages) {
        assert_eq!(pinned["id"], json!(stage.id.as_str()));
        assert!(pinned["top"].as_f64().unwrap_or(99.0).abs() < 1.0, "stage header at the top: {pinned}");
        assert!(pinned["dx"].as_f64().unwrap_or(99.0) < 1.0, "stage header above its column: {pinned}");
    }

    // A click on a pinned lane header selects that lane, without scrolling.
    let lane = doc.lanes[doc.lanes.len() / 2].id.as_str().to_owned();
    let at = client
        .execute(
            "const b = document.querySelector(`.pinned-lanes [data-pin=\"lane:${arguments[0]}\"] .lane-header`).getBoundingClientRect();
             return [b.left + 6, b.top + 6];",
            vec![json!(lane)],
        )
        .await?;
    let (x, y): (f64, f64) = serde_json::from_value(at)?;
    let press = MouseActions::new("mouse".into())
        .then(PointerAction::MoveTo { duration: None, x: x.round(), y: y.round() })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    client.perform_actions(press).await?;
    client.release_actions().await?;
    wait_until_count(client, &format!(r#".lane.selected[data-id="{lane}"]"#), 1).await?;
    wait_until_count(client, &format!(r#".pinned-lanes .pin-lane.selected[data-pin="lane:{lane}"]"#), 1).await?;
    let still = client.execute("return document.querySelector('.canvas-host').scrollLeft;", vec![]).await?;
    assert_eq!(still.as_f64(), Some(left), "selecting from a pinned header does not scroll");

    // Scrolled back to the top-left corner, the drawing's own headers show and none is pinned.
    client
        .execute("const h = document.querySelector('.canvas-host'); h.scrollLeft = 0; h.scrollTop = 0;", vec![])
        .await?;
    crate::editor::wait_for_js(
        client,
        "return getComputedStyle(document.querySelector('.pinned-lanes')).display === 'none'
            && getComputedStyle(document.querySelector('.pinned-stages')).display === 'none';",
    )
    .await
}

async fn wait_for_text(client: &Client, css: &str, want: &str) -> TestResult {
    let script = format!(
        "return document.querySelector({css})?.textContent.trim() === {want};",
        css = json!(css),
        want = json!(want)
    );
    crate::editor::wait_for_js(client, &script).await
}
