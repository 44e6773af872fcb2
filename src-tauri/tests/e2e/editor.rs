//! The editor as a designer uses it, with real pointer and key input: build a blueprint
//! from the blank start (stages, cards, arrows), drag a card, drag a lane across the line
//! of visibility and undo it, connect a customer action straight to a support process,
//! edit Chinese text, save, reopen, and export an SVG that matches the screen.

use crate::support::*;
use fantoccini::actions::{InputSource, KeyAction, KeyActions, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::key::Key;
use fantoccini::Client;
use serde_json::json;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

pub async fn editor_session(port: u16, work: &Path) -> TestResult {
    let client = connect(port, &[]).await?;
    let result = build_and_check(&client, work).await;
    end(client, result, "editor").await?;
    reopen_and_compare(port, work).await
}

async fn build_and_check(client: &Client, work: &Path) -> TestResult {
    wait_until_count(client, ".lane", 5).await?;
    assert_eq!(count(client, ".stage").await?, 4);
    assert_eq!(count(client, ".card").await?, 0);

    // Stages: rename the first by double-clicking its header, add one after it.
    double_click_at(client, center_of(client, r#".stage[data-id="s1"] .header"#).await?).await?;
    type_into_field(client, "Arrive").await?;
    wait_for_js(
        client,
        r#"return document.querySelector('.stage[data-id="s1"] .stage-name')?.textContent === "Arrive";"#,
    )
    .await?;
    click(client, r#"button[data-action="stage.add"]"#).await?;
    type_into_field(client, "Order").await?;
    wait_until_count(client, ".stage", 5).await?;
    let names = stage_names(client).await?;
    assert_eq!(&names[..2], ["Arrive", "Order"], "{names:?}");
    let order_stage = stage_id_named(client, "Order").await?;

    // Cards: double-click an empty cell and type.
    let customer = "l-customer";
    let frontstage = "l-frontstage";
    let support = "l-support";
    create_card(client, customer, "s1", "Walks in").await?;
    create_card(client, frontstage, "s1", "Greets the guest").await?;
    create_card(client, support, &order_stage, "Booking system").await?;
    create_card(client, customer, &order_stage, "点餐").await?;
    wait_until_count(client, ".card", 4).await?;
    let walks = card_id(client, "Walks in").await?;
    let greets = card_id(client, "Greets the guest").await?;
    let booking = card_id(client, "Booking system").await?;
    let orders = card_id(client, "点餐").await?;
    // Nothing is wrong (the stages still empty are not reported: first_minutes.rs).
    wait_until_count(client, ".problem.error", 0).await?;

    // An arrow from the customer's action to the frontstage's, dragged from a handle.
    connect_cards(client, &walks, &greets).await?;
    wait_until_count(client, ".connector", 1).await?;

    // Drag the frontstage card to the Order stage: it lands in that column.
    let from = center_of(client, &card_box(&greets)).await?;
    let column = center_of_no_scroll(client, &format!(r#".stage[data-id="{order_stage}"] .header"#)).await?;
    drag(client, from, (column.0, from.1)).await?;
    wait_for_js(
        client,
        &format!(
            r#"const c = document.querySelector('.card[data-id="{greets}"] .card-box').getBoundingClientRect();
               const s = document.querySelector('.stage[data-id="{order_stage}"] .header').getBoundingClientRect();
               return c.left >= s.left && c.right <= s.right;"#
        ),
    )
    .await?;
    wait_for_attr(client, r#"button[data-action="edit.undo"]"#, "title", "Undo Move Card").await?;

    // A customer action straight to a support process: the rule says so at once.
    connect_cards(client, &walks, &booking).await?;
    wait_until_count(client, ".connector", 2).await?;
    wait_until_count(client, r#".problem[data-rule="customer-to-support"]"#, 1).await?;
    screenshot(client, "editor-customer-to-support").await?;
    click(client, r#"button[data-action="edit.undo"]"#).await?;
    wait_until_count(client, ".connector", 1).await?;
    wait_until_count(client, r#".problem[data-rule="customer-to-support"]"#, 0).await?;

    // Drag the backstage lane by its header above the frontstage lane, across the line of
    // visibility: the problem is listed and the lane and line are marked; undo clears it.
    let header = center_of(client, r#".lane[data-id="l-backstage"] .lane-header"#).await?;
    let target = center_of(client, r#".lane[data-id="l-frontstage"] .lane-header"#).await?;
    let above = (target.0, target.1 - lane_height(client, frontstage).await? / 2.0 + 6.0);
    drag(client, header, above).await?;
    // Both lanes are now on the wrong side of the line.
    wait_until_count(client, r#".problem[data-rule="lane-placement"]"#, 2).await?;
    wait_until_count(client, r#".line.has-error[data-id="visibility"]"#, 1).await?;
    wait_until_count(client, r#".lane.has-error[data-id="l-backstage"]"#, 1).await?;
    let lanes = lane_order(client).await?;
    assert!(
        lanes.iter().position(|l| l == "l-backstage") < lanes.iter().position(|l| l == "l-frontstage"),
        "backstage should now be above frontstage: {lanes:?}"
    );
    screenshot(client, "editor-lane-across-visibility").await?;
    click(client, r#"button[data-action="edit.undo"]"#).await?;
    wait_until_count(client, r#".problem[data-rule="lane-placement"]"#, 0).await?;
    wait_until_count(client, ".lane.has-error", 0).await?;

    // The line of interaction dragged onto the line of visibility's boundary: it does not
    // go there (one line would hide the other), it stays on the nearest free boundary, its
    // own; nothing is sent, so nothing is refused and the document is as it was.
    let lines_expr = r#"[...document.querySelectorAll('.layer-lines .line')].map((g) => g.getAttribute('data-id') + '@' + g.querySelector('line').getAttribute('y1')).join()"#;
    let lines_now = format!("return {lines_expr};");
    let lines_before = client.execute(&lines_now, vec![]).await?;
    // A point of the line's grip that the pointer reaches (not under a header, a card or an arrow).
    let on_line = |kind: &str| {
        format!(
            r#"const grab = document.querySelector('.line-grab[data-line="{kind}"]');
               const r = grab.getBoundingClientRect();
               const y = r.top + r.height / 2;
               for (let x = Math.min(r.right, innerWidth) - 4; x > r.left; x -= 8)
                 if (document.elementFromPoint(x, y) === grab) return [x, y];
               return null;"#
        )
    };
    let point = |v: serde_json::Value| -> TestResult<(f64, f64)> {
        let xy: Vec<f64> = serde_json::from_value(v)?;
        Ok((xy[0], xy[1]))
    };
    let from = point(client.execute(&on_line("interaction"), vec![]).await?)?;
    let onto = point(client.execute(&on_line("visibility"), vec![]).await?)?;
    // The last edit Undo names: a place_line sent (and refused or not) would show in it or
    // in the error bar.
    let undo = r#"return document.querySelector('button[data-action="edit.undo"]').title;"#;
    let undo_before = client.execute(undo, vec![]).await?;
    drag(client, from, (from.0, onto.1)).await?;
    wait_until_count(client, ".line.dragging", 0).await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(client.execute(&lines_now, vec![]).await?, lines_before, "the lines stay where they were");
    assert_eq!(count(client, r#".error[role="alert"]"#).await?, 0, "nothing was refused");
    assert_eq!(client.execute(undo, vec![]).await?, undo_before, "no edit was made");
    // The same grip takes it to a free boundary, above the first lane; undo puts it back.
    let top = point(
        client
            .execute(
                r#"const r = document.querySelector('.lane .band').getBoundingClientRect(); return [r.left, r.top];"#,
                vec![],
            )
            .await?,
    )?;
    drag(client, from, (from.0, top.1)).await?;
    wait_for_js(client, &format!("return {lines_expr} !== {lines_before};")).await?;
    click(client, r#"button[data-action="edit.undo"]"#).await?;
    wait_for_js(client, &format!("return {lines_expr} === {lines_before};")).await?;

    // Chinese text edited in place: double-click the card, add to its text.
    double_click_at(client, center_of(client, &card_box(&orders)).await?).await?;
    let field = client.active_element().await?;
    assert_eq!(field.prop("value").await?.as_deref(), Some("点餐"));
    field.send_keys(&format!("{}并确认{}", char::from(Key::End), char::from(Key::Enter))).await?;
    wait_for_js(
        client,
        &format!(
            r#"return document.querySelector('.card[data-id="{orders}"] .card-text')?.textContent === "点餐并确认";"#
        ),
    )
    .await?;

    // Duplicate, copy and paste with the keys, through the system clipboard; undo both.
    click_card(client, &walks).await?;
    wait_until_count(client, &format!(r#".card.selected[data-id="{walks}"]"#), 1).await?;
    chord(client, 'd').await?;
    wait_until_count(client, ".card", 5).await?;
    chord(client, 'c').await?;
    chord(client, 'v').await?;
    wait_until_count(client, ".card", 6).await?;
    let copies = screen_texts(client, ".card .card-text").await?.iter().filter(|t| *t == "Walks in").count();
    assert_eq!(copies, 3, "the original, its duplicate and the pasted copy");
    for left in [5, 4] {
        click(client, r#"button[data-action="edit.undo"]"#).await?;
        wait_until_count(client, ".card", left).await?;
    }

    // Save, then the file holds what the screen shows.
    let saved = work.join("从零开始.frontstage");
    invoke(client, "test_save_as", json!({ "path": path_str(&saved) })).await?.map_err(|e| e.to_string())?;
    wait_for_title(client, "从零开始.frontstage").await?;
    let doc = frontstage::io::load_path(&saved)?;
    let texts: Vec<&str> = doc.cards.values().map(|c| c.text.as_str()).collect();
    for want in ["Walks in", "Greets the guest", "Booking system", "点餐并确认"] {
        assert!(texts.contains(&want), "{want:?} not saved: {texts:?}");
    }
    assert_eq!(doc.connectors.len(), 1);
    assert_eq!(doc.stages[1].name, "Order");
    let errors: Vec<_> = frontstage::rules::check(&doc)
        .into_iter()
        .filter(|d| d.severity == frontstage::model::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "the saved blueprint has no errors: {errors:?}");
    screenshot(client, "editor-built").await
}

/// Open the saved file again: everything is there, and the exported SVG draws exactly what
/// the canvas draws.
async fn reopen_and_compare(port: u16, work: &Path) -> TestResult {
    let saved = work.join("从零开始.frontstage");
    let doc = frontstage::io::load_path(&saved)?;
    let client = connect(port, &[&path_str(&saved)]).await?;
    wait_for_title(&client, "从零开始.frontstage").await?;
    wait_until_count(&client, ".card", doc.cards.len()).await?;
    assert_eq!(count(&client, ".connector").await?, doc.connectors.len());

    let svg_path = work.join("从零开始.svg");
    invoke(&client, "test_export", json!({ "format": "svg", "path": path_str(&svg_path) }))
        .await?
        .map_err(|e| e.to_string())?;
    let svg = std::fs::read_to_string(&svg_path)?;
    let exported = exported_cards(&svg)?;
    let on_screen = screen_cards(&client).await?;
    assert_eq!(exported.len(), doc.cards.len());
    assert_eq!(on_screen, exported, "the canvas and the SVG export draw the same cards");
    assert_eq!(screen_texts(&client, ".lane .lane-name").await?, exported_texts(&svg, "lane-")?);
    assert_eq!(screen_texts(&client, ".stage .stage-name").await?, exported_texts(&svg, "stage-")?);
    client.close().await?;
    Ok(())
}

/// A card as drawn: its box and its text lines.
type Drawn = BTreeMap<String, ([String; 4], Vec<String>)>;

async fn screen_cards(client: &Client) -> TestResult<Drawn> {
    let v = client
        .execute(
            r#"return [...document.querySelectorAll('.layer-cards .card')].map((g) => {
                 const r = g.querySelector('.card-box');
                 return [g.getAttribute('data-id'), ['x', 'y', 'width', 'height'].map((a) => r.getAttribute(a)),
                         [...g.querySelectorAll('.card-text tspan')].map((t) => t.textContent)];
               });"#,
            vec![],
        )
        .await?;
    let rows: Vec<(String, [String; 4], Vec<String>)> = serde_json::from_value(v)?;
    Ok(rows.into_iter().map(|(id, r, t)| (id, (r, t))).collect())
}

fn exported_cards(svg: &str) -> TestResult<Drawn> {
    let xml = roxmltree::Document::parse(svg)?;
    let mut out = Drawn::new();
    for g in xml.descendants().filter(|n| n.attribute("id").is_some_and(|id| id.starts_with("card-"))) {
        let id = g.attribute("data-id").ok_or("exported card without data-id")?.to_owned();
        let rect = g.children().find(|n| n.has_tag_name("rect")).ok_or("exported card without rect")?;
        let attr = |a: &str| rect.attribute(a).unwrap_or_default().to_owned();
        // The card's own text is its first <text>; owner and badges follow.
        let text = g.children().find(|n| n.has_tag_name("text"));
        let lines = text
            .map(|t| {
                t.children()
                    .filter(|n| n.has_tag_name("tspan"))
                    .map(|n| n.text().unwrap_or_default().to_owned())
                    .collect()
            })
            .unwrap_or_default();
        out.insert(id, ([attr("x"), attr("y"), attr("width"), attr("height")], lines));
    }
    Ok(out)
}

/// The text of each element of a kind, in the export's order (`lane-…`, `stage-…`).
fn exported_texts(svg: &str, prefix: &str) -> TestResult<Vec<String>> {
    let xml = roxmltree::Document::parse(svg)?;
    Ok(xml
        .descendants()
        .filter(|n| n.has_tag_name("g") && n.attribute("id").is_some_and(|id| id.starts_with(prefix)))
        .filter_map(|g| g.children().find(|n| n.has_tag_name("text")))
        .map(|t| t.children().filter(|n| n.has_tag_name("tspan")).filter_map(|n| n.text()).collect::<Vec<_>>().join(""))
        .collect())
}

pub(crate) async fn screen_texts(client: &Client, css: &str) -> TestResult<Vec<String>> {
    let v = client
        .execute("return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent);", vec![json!(css)])
        .await?;
    Ok(serde_json::from_value(v)?)
}

pub(crate) fn card_box(id: &str) -> String {
    format!(r#".card[data-id="{id}"] .card-box"#)
}

/// The centre of an element in viewport pixels, scrolled into view first.
pub(crate) async fn center_of(client: &Client, css: &str) -> TestResult<(f64, f64)> {
    let deadline = Instant::now() + WAIT;
    loop {
        let v = client
            .execute(
                "const e = document.querySelector(arguments[0]); if (!e) return null;
                 e.scrollIntoView({block: 'center', inline: 'center'});
                 const b = e.getBoundingClientRect(); return [b.left + b.width / 2, b.top + b.height / 2];",
                vec![json!(css)],
            )
            .await?;
        if let Ok(p) = serde_json::from_value::<(f64, f64)>(v) {
            return Ok(p);
        }
        if Instant::now() > deadline {
            return Err(format!("no {css} to point at").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The middle of an empty cell, from the lane band and the stage header as drawn.
pub(crate) async fn cell_center(client: &Client, lane: &str, stage: &str) -> TestResult<(f64, f64)> {
    center_of(client, &format!(r#".lane[data-id="{lane}"] .band"#)).await?;
    let v = client
        .execute(
            "const [lane, stage] = arguments;
             const b = document.querySelector(`.lane[data-id=\"${lane}\"] .band`).getBoundingClientRect();
             const s = document.querySelector(`.stage[data-id=\"${stage}\"] .header`).getBoundingClientRect();
             return [s.left + s.width / 2, b.top + b.height / 2];",
            vec![json!(lane), json!(stage)],
        )
        .await?;
    Ok(serde_json::from_value(v)?)
}

async fn lane_height(client: &Client, lane: &str) -> TestResult<f64> {
    let v = client
        .execute(
            "return document.querySelector(`.lane[data-id=\"${arguments[0]}\"] .band`).getBoundingClientRect().height;",
            vec![json!(lane)],
        )
        .await?;
    v.as_f64().ok_or_else(|| "no lane height".into())
}

pub(crate) async fn double_click_at(client: &Client, (x, y): (f64, f64)) -> TestResult {
    let clicks = MouseActions::new("mouse".into())
        .then(PointerAction::MoveTo { duration: None, x: x.round(), y: y.round() })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    client.perform_actions(clicks).await?;
    client.release_actions().await?;
    Ok(())
}

/// Press at `from`, move in steps to `to`, release: a real drag, past every threshold.
async fn drag(client: &Client, from: (f64, f64), (tx, ty): (f64, f64)) -> TestResult {
    let mut moves = MouseActions::new("mouse".into())
        .then(PointerAction::MoveTo { duration: None, x: from.0.round(), y: from.1.round() })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT });
    for i in 1..=8 {
        let f = f64::from(i) / 8.0;
        let (x, y) = (from.0 + (tx - from.0) * f, from.1 + (ty - from.1) * f);
        moves =
            moves.then(PointerAction::MoveTo { duration: Some(Duration::from_millis(40)), x: x.round(), y: y.round() });
    }
    let moves = moves.then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    client.perform_actions(moves).await?;
    client.release_actions().await?;
    Ok(())
}

/// Type into the inline field that has the focus and commit with Enter.
pub(crate) async fn type_into_field(client: &Client, text: &str) -> TestResult {
    wait_until_count(client, ".inline-edit", 1).await?;
    let field = client.active_element().await?;
    assert_eq!(field.attr("class").await?.as_deref(), Some("inline-edit"), "the inline field has the focus");
    field.send_keys(&format!("{text}{}", char::from(Key::Enter))).await?;
    wait_until_count(client, ".inline-edit", 0).await
}

async fn create_card(client: &Client, lane: &str, stage: &str, text: &str) -> TestResult {
    let before = count(client, ".card").await?;
    double_click_at(client, cell_center(client, lane, stage).await?).await?;
    type_into_field(client, text).await?;
    wait_until_count(client, ".card", before + 1).await
}

/// Select `from`, then drag its right-hand handle onto `to`.
async fn connect_cards(client: &Client, from: &str, to: &str) -> TestResult {
    click_card(client, from).await?;
    wait_until_count(client, &format!(r#".card.selected[data-id="{from}"]"#), 1).await?;
    // The target scrolled into view first, then the handle measured where it is now.
    let target = center_of(client, &card_box(to)).await?;
    let handle = center_of_no_scroll(client, &format!(r#".card[data-id="{from}"] .handle[data-side="right"]"#)).await?;
    drag(client, handle, target).await
}

async fn center_of_no_scroll(client: &Client, css: &str) -> TestResult<(f64, f64)> {
    let v = client
        .execute(
            "const b = document.querySelector(arguments[0]).getBoundingClientRect(); return [b.left + b.width / 2, b.top + b.height / 2];",
            vec![json!(css)],
        )
        .await?;
    Ok(serde_json::from_value(v)?)
}

/// The id of the `group` element (`.card`, `.stage`) whose `text_css` part reads `text`.
async fn id_reading(client: &Client, group: &str, text_css: &str, text: &str) -> TestResult<String> {
    let v = client
        .execute(
            "const [group, part, text] = arguments;
             const g = [...document.querySelectorAll(group)].find((g) => g.querySelector(part)?.textContent === text);
             return g ? g.getAttribute('data-id') : null;",
            vec![json!(group), json!(text_css), json!(text)],
        )
        .await?;
    v.as_str().map(str::to_owned).ok_or_else(|| format!("no {group} reads {text:?}").into())
}

async fn card_id(client: &Client, text: &str) -> TestResult<String> {
    id_reading(client, ".card", ".card-text", text).await
}

pub(crate) async fn stage_names(client: &Client) -> TestResult<Vec<String>> {
    screen_texts(client, ".stage .stage-name").await
}

async fn stage_id_named(client: &Client, name: &str) -> TestResult<String> {
    id_reading(client, ".stage", ".stage-name", name).await
}

async fn lane_order(client: &Client) -> TestResult<Vec<String>> {
    let v = client
        .execute("return [...document.querySelectorAll('.lane')].map((g) => g.getAttribute('data-id'));", vec![])
        .await?;
    Ok(serde_json::from_value(v)?)
}

/// Ctrl + `key` (Cmd on macOS is the same action; the test runs on Linux).
pub(crate) async fn chord(client: &Client, key: char) -> TestResult {
    let ctrl = char::from(Key::Control);
    let keys = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: ctrl })
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key })
        .then(KeyAction::Up { value: ctrl });
    client.perform_actions(keys).await?;
    client.release_actions().await?;
    Ok(())
}

/// Poll a script until it returns true.
pub(crate) async fn wait_for_js(client: &Client, script: &str) -> TestResult {
    let deadline = Instant::now() + WAIT;
    loop {
        if client.execute(script, vec![]).await?.as_bool() == Some(true) {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("still false after {WAIT:?}: {script}").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
