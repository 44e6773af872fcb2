//! The Measures panel and the bands under the blueprint as a designer uses them: on the
//! hotel example the panel shows the journey's time as worked out by hand
//! (docs/measures.md); a step's duration edited in the inspector changes it, and its
//! stage's bar in the time strip, by as much, and undo brings both back; an emotion set
//! in the inspector moves the step's point of the emotion curve; the critical path's
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
    // The step's stage in the time strip: its customer's time, drawn under the grid.
    let stage = doc.cards.get(STEP).map(|c| c.stage.clone()).ok_or("the step is in the example")?;
    let stage_time = report.time.stages.iter().find(|s| s.stage == stage).map(|s| s.span.customer_seconds).unwrap_or(0);
    let strip_figure = format!(r#".layer-bands .stage-bar[data-stage="{stage}"] .strip-figure"#);
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
    wait_for_text(client, &strip_figure, &en(stage_time + 600)).await?;
    click(client, r#"button[data-action="edit.undo"]"#).await?;
    wait_for_text(client, JOURNEY_TIME, &en(journey)).await?;
    wait_for_text(client, &strip_figure, &en(stage_time)).await?;

    // The guest feels bad in the room: the step's point of the curve goes down to −2.
    let point = format!(r#".layer-bands .emotion-points [data-card="{STEP}"]"#);
    let y = |client: &Client| {
        let script = format!("return Number(document.querySelector({}).getAttribute('cy'));", json!(point));
        let client = client.clone();
        async move { client.execute(&script, vec![]).await.map(|v| v.as_f64().unwrap_or(f64::NAN)) }
    };
    let high = y(client).await?;
    assert_eq!(doc.cards.get(STEP).and_then(|c| c.emotion), Some(2), "the example changed: pick another step");
    click_card(client, STEP).await?;
    let choose = r#"
        const label = [...document.querySelectorAll(".inspector label")].find((l) => l.textContent.trim() === "Emotion");
        const select = label && document.getElementById(label.htmlFor);
        if (!select) return false;
        select.value = "-2";
        select.dispatchEvent(new Event("change", { bubbles: true }));
        return true;
    "#;
    assert_eq!(client.execute(choose, vec![]).await?, json!(true), "the inspector has an Emotion field");
    let lower = format!("return Number(document.querySelector({}).getAttribute('cy')) > {high};", json!(point));
    crate::editor::wait_for_js(client, &lower).await?;
    screenshot(client, "measures-curve-dip").await?;
    click(client, r#"button[data-action="edit.undo"]"#).await?;
    let back = format!("return Number(document.querySelector({}).getAttribute('cy')) === {high};", json!(point));
    crate::editor::wait_for_js(client, &back).await?;

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
    wait_until_count(client, ".card.dimmed", 0).await?;

    // Where the time goes: a lane's time, as the report adds it up, selects its cards.
    let lane = report.time.lanes.iter().find(|l| l.steps > 1).ok_or("the example has a lane with cards")?;
    let lane_time = format!(r#".measures tr[data-lane="{}"] [data-col="time"] button"#, lane.lane);
    wait_for_text(client, &lane_time, &en(lane.seconds)).await?;
    client.execute(&format!("document.querySelector({}).scrollIntoView();", json!(lane_time)), vec![]).await?;
    screenshot(client, "measures-time-by-place").await?;
    click(client, &lane_time).await?;
    wait_until_count(client, ".card.selected", lane.steps as usize).await?;

    // One stage, chosen above the tables: a lane's figure there selects that stage's
    // cards of the lane only (a lane whose count differs from the one just selected, so
    // the selection visibly changes).
    let (stage, in_stage) = report
        .time
        .places_by_stage
        .iter()
        .find_map(|p| p.lanes.iter().find(|l| l.steps > 0 && l.steps != lane.steps).map(|l| (&p.stage, l)))
        .ok_or("the example has a stage with a lane whose count differs from the journey's lane above")?;
    let choose = format!(
        r#"const s = document.querySelector('.measures [data-measure="by-place-of"]');
        if (!s) return false;
        s.value = {stage};
        s.dispatchEvent(new Event("change", {{ bubbles: true }}));
        return true;"#,
        stage = json!(stage)
    );
    assert_eq!(client.execute(&choose, vec![]).await?, json!(true), "the panel offers a stage's figures");
    let stage_time = format!(r#".measures tr[data-lane="{}"] [data-col="time"] button"#, in_stage.lane);
    wait_for_text(client, &stage_time, &en(in_stage.seconds)).await?;
    click(client, &stage_time).await?;
    wait_until_count(client, ".card.selected", in_stage.steps as usize).await?;
    let outside = format!(
        "return [...document.querySelectorAll('.card.selected')].filter((c) => !{ids}.includes(c.dataset.id)).length;",
        ids = json!(doc
            .cards
            .values()
            .filter(|c| c.stage == *stage && c.lane == in_stage.lane)
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>())
    );
    assert_eq!(client.execute(&outside, vec![]).await?, json!(0), "only the stage's cards of the lane are selected");
    Ok(())
}

/// Wait until the element's text is `want`, or starts with it followed by " /" (a time
/// against its limit, as the time strip writes it).
async fn wait_for_text(client: &Client, css: &str, want: &str) -> TestResult {
    let script = format!(
        "const t = document.querySelector({css})?.textContent.trim(); return t === {want} || !!t?.startsWith({want} + ' /');",
        css = json!(css),
        want = json!(want)
    );
    crate::editor::wait_for_js(client, &script).await
}
