//! The Measures panel as a designer uses it: on the hotel example the panel shows the
//! journey's time as worked out by hand (docs/measures.md); a step's duration edited in
//! the inspector changes it by as much, and undo brings it back; the critical path's
//! toggle dims every card off the path.

use crate::support::*;
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use frontstage::measure::{measure, CriticalPath};
use frontstage::model::Language;
use frontstage::words::duration;
use serde_json::json;
use std::path::Path;

pub async fn measures_session(port: u16, work: &Path) -> TestResult {
    let client = connect(port, &[]).await?;
    let result = measure_the_hotel(&client, work).await;
    end(client, result, "measures").await
}

const MEASURES_TAB: &str = r#"[role="tab"][id$="-tab-measures"]"#;
const JOURNEY_TIME: &str = r#"[data-measure="journey-time"] .figure"#;
/// The guest goes up to the room and settles in: 10 minutes in the example.
const STEP: &str = "c302";

async fn measure_the_hotel(client: &Client, work: &Path) -> TestResult {
    let file = work.join("measures-hotel.frontstage");
    std::fs::copy(example("hotel-stay.frontstage"), &file)?;
    let doc = frontstage::io::load_str(&std::fs::read_to_string(&file)?)?;
    let report = measure(&doc);
    let journey = report.time.journey.customer_seconds;
    let en = |s: u64| duration(Language::English, u32::try_from(s).unwrap_or(u32::MAX));
    invoke(client, "test_open", json!({ "path": path_str(&file) })).await?.map_err(|e| e.to_string())?;
    wait_until_count(client, ".card", doc.cards.len()).await?;

    click(client, MEASURES_TAB).await?;
    wait_for_text(client, JOURNEY_TIME, &en(journey)).await?;
    screenshot(client, "measures-panel").await?;

    // Ten minutes more in the room, typed in the step's inspector.
    let before = doc.cards.get(STEP).and_then(|c| c.duration_seconds).ok_or("the step has a duration")?;
    assert_eq!(before, 600, "the example changed: pick another step");
    click_card(client, STEP).await?;
    let amount = client.wait().for_element(Locator::Css(r#".inspector input[aria-label="Duration amount"]"#)).await?;
    amount.clear().await?;
    amount.send_keys(&format!("20{}", char::from(Key::Enter))).await?;
    click(client, MEASURES_TAB).await?;
    wait_for_text(client, JOURNEY_TIME, &en(journey + 600)).await?;
    click(client, r#"button[data-action="edit.undo"]"#).await?;
    wait_for_text(client, JOURNEY_TIME, &en(journey)).await?;

    // The critical path stands out; every other card is dimmed, until the toggle is off.
    let CriticalPath::Path { steps, .. } = &report.time.critical_path else {
        return Err("the example has a critical path".into());
    };
    click(client, r#".measures input[name="critical-path"]"#).await?;
    wait_until_count(client, ".card.dimmed", doc.cards.len() - steps.len()).await?;
    for step in steps {
        assert_eq!(count(client, &format!(r#".card.dimmed[data-id="{step}"]"#)).await?, 0, "{step} is on the path");
    }
    screenshot(client, "measures-critical-path").await?;
    click(client, r#".measures input[name="critical-path"]"#).await?;
    wait_until_count(client, ".card.dimmed", 0).await
}

async fn wait_for_text(client: &Client, css: &str, want: &str) -> TestResult {
    let script = format!(
        "return document.querySelector({css})?.textContent.trim() === {want};",
        css = json!(css),
        want = json!(want)
    );
    crate::editor::wait_for_js(client, &script).await
}
