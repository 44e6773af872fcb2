//! Large maps and the keyboard: on the hospital example (8 stages × 12 lanes) the lane
//! header column and the stage header row stay in view while the editor scrolls, and a
//! click on a pinned header selects its lane. On the blank start a blueprint is built
//! with the keyboard alone, from the toolbar's Tab stops on: cards written from the cell
//! cursor in three stages, the stages and a lane named (reached from a card through the
//! inspector, renamed with F2, Tab from one stage's name to the next), an arrow drawn with
//! Connect To…, a fail point set from the context menu, a field reached with Tab and
//! changed with the arrow keys (one undo step) and Escape back to the canvas. A
//! right-click shows the app's own menu.

use crate::support::*;
use fantoccini::actions::{
    InputSource, KeyAction, KeyActions, MouseActions, PointerAction, MOUSE_BUTTON_LEFT, MOUSE_BUTTON_RIGHT,
};
use fantoccini::key::Key;
use fantoccini::Client;
use serde_json::json;
use std::path::Path;

pub async fn editor_pass_session(port: u16, work: &Path) -> TestResult {
    let client = connect(port, &[]).await?;
    let result = menu_choices(&client).await;
    end(client, result, "menu-choices").await?;
    let client = connect(port, &[]).await?;
    let result = keyboard_build(&client).await;
    end(client, result, "keyboard-build").await?;
    let client = connect(port, &[]).await?;
    let result = large_map(&client, work).await;
    end(client, result, "editor-pass").await
}

/// View › Overlay, Notes, Language and Theme choose one of several: GTK draws their items
/// as radio items, the chosen one marked, also in the bar a language switch builds again.
async fn menu_choices(client: &Client) -> TestResult {
    let radio = || async {
        let items = invoke(client, "test_menu_radio", json!({})).await?.map_err(|e| e.to_string())?;
        Ok::<_, Box<dyn std::error::Error>>(serde_json::from_value::<Vec<(String, bool)>>(items)?)
    };
    let chosen =
        |items: &[(String, bool)]| items.iter().filter(|(_, on)| *on).map(|(l, _)| l.clone()).collect::<Vec<_>>();
    let items = radio().await?;
    let labels: Vec<&str> = items.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(
        labels,
        [
            "None",
            "Fail Points",
            "Waits",
            "Time",
            "Hidden",
            "On Cards",
            "As Footnotes",
            "System",
            "English",
            "简体中文",
            "System",
            "Light",
            "Dark"
        ],
        "View's choices drawn as radio items"
    );
    assert_eq!(chosen(&items), ["None", "Hidden", "System", "System"]);
    invoke(client, "test_menu", json!({ "id": "view.language.zh-CN" })).await?.map_err(|e| e.to_string())?;
    // The bar is built again on the main thread after the command returns.
    let mut items = radio().await?;
    for _ in 0..50 {
        if chosen(&items).contains(&"跟随系统".to_owned()) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        items = radio().await?;
    }
    assert_eq!(items.len(), 13, "the bar built again in Chinese has them too: {items:?}");
    assert_eq!(chosen(&items), ["无", "隐藏", "简体中文", "跟随系统"]);
    invoke(client, "test_menu", json!({ "id": "view.language.system" })).await?.map_err(|e| e.to_string())?;
    Ok(())
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
    // The engine sends the scroll event with the next frame: wait for two, then measure.
    client
        .execute_async(
            "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
            vec![],
        )
        .await?;
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
                 const drawn = box(document.querySelector(`.lane[data-id="${id}"] .lane-header`));
                 const pin = box(g.querySelector('.lane-header'));
                 return { id, name: g.querySelector('.lane-name')?.textContent ?? '',
                          left: pin.left - host.left, dy: Math.abs(pin.top - drawn.top), pin: pin.top, drawn: drawn.top };
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

    // A click on a pinned lane header (the last lane's, in view at the bottom above the
    // bands under the grid) selects that lane, without scrolling. It is clicked in its part
    // below the pinned stage headers, which lie over it.
    let lane = doc.lanes.last().ok_or("no lanes")?.id.as_str().to_owned();
    let at = client
        .execute(
            "const b = document.querySelector(`.pinned-lanes [data-pin=\"lane:${arguments[0]}\"] .lane-header`).getBoundingClientRect();
             const under = document.querySelector('.pinned-stages').getBoundingClientRect().bottom;
             const top = Math.max(b.top, under);
             return b.bottom - top > 12 ? [b.left + 6, top + 6] : null;",
            vec![json!(lane)],
        )
        .await?;
    let at = if at.is_null() { Err(format!("the last lane's header is not in view: {v}"))? } else { at };
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

/// Press `key` with `held` down (modifiers), as one chord.
async fn chord_of(client: &Client, held: &[Key], key: char) -> TestResult {
    let mut keys = KeyActions::new("keyboard".into());
    for h in held {
        keys = keys.then(KeyAction::Down { value: char::from(*h) });
    }
    keys = keys.then(KeyAction::Down { value: key }).then(KeyAction::Up { value: key });
    for h in held.iter().rev() {
        keys = keys.then(KeyAction::Up { value: char::from(*h) });
    }
    client.perform_actions(keys).await?;
    client.release_actions().await?;
    Ok(())
}

async fn press(client: &Client, key: Key) -> TestResult {
    chord_of(client, &[], char::from(key)).await
}

/// Type into what has the focus.
async fn type_text(client: &Client, text: &str) -> TestResult {
    client.active_element().await?.send_keys(text).await?;
    Ok(())
}

/// Press Tab until `script` (run after each press) is true: where the keyboard goes next
/// as a keyboard user finds it, within 60 presses.
async fn tab_to(client: &Client, script: &str) -> TestResult {
    for _ in 0..60 {
        if client.execute(script, vec![]).await?.as_bool() == Some(true) {
            return Ok(());
        }
        press(client, Key::Tab).await?;
    }
    let at = client.execute("return document.activeElement?.outerHTML.slice(0, 200);", vec![]).await?;
    Err(format!("Tab never reached it ({script}); the focus is on {at}").into())
}

async fn active_class(client: &Client) -> TestResult<String> {
    Ok(client.active_element().await?.attr("class").await?.unwrap_or_default())
}

/// Write a card from the cell cursor: Enter opens its field, Enter adds it, Escape
/// leaves the selection (the cursor stays in the cell).
async fn write_card(client: &Client, text: &str) -> TestResult {
    let before = count(client, ".card").await?;
    press(client, Key::Enter).await?;
    wait_until_count(client, ".inline-edit", 1).await?;
    type_text(client, text).await?;
    press(client, Key::Enter).await?;
    wait_until_count(client, ".card", before + 1).await?;
    wait_until_count(client, ".card.selected", 1).await?;
    press(client, Key::Escape).await?;
    wait_until_count(client, ".card.selected", 0).await
}

async fn channel_value(client: &Client) -> TestResult<String> {
    let v = client
        .execute(
            "const l = [...document.querySelectorAll('.inspector label')].find((l) => l.textContent === 'Channel');
             return l ? document.getElementById(l.htmlFor).value : null;",
            vec![],
        )
        .await?;
    Ok(v.as_str().ok_or("no Channel field in the inspector")?.to_owned())
}

async fn keyboard_build(client: &Client) -> TestResult {
    wait_until_count(client, ".lane", 5).await?;
    assert_eq!(count(client, ".card").await?, 0);
    // The canvas's one Tab stop, reached with Tab from the toolbar's first button.
    client.execute("document.querySelector('.toolbar button:not([disabled])').focus();", vec![]).await?;
    assert_eq!(client.active_element().await?.prop("tagName").await?.as_deref(), Some("BUTTON"));
    tab_to(client, "return document.activeElement?.classList.contains('canvas-host');").await?;

    // Three cards in a row of three stages, from the cell cursor.
    press(client, Key::Down).await?;
    wait_until_count(client, ".cell-cursor", 1).await?;
    for (i, text) in ["Enters", "Orders", "Pays"].into_iter().enumerate() {
        if i > 0 {
            press(client, Key::Right).await?;
        }
        write_card(client, text).await?;
    }
    let stages: Vec<Option<String>> = serde_json::from_value(
        client
            .execute(
                "return ['Enters', 'Orders', 'Pays'].map((t) => [...document.querySelectorAll('.card')]
                   .find((c) => c.querySelector('.card-text')?.textContent === t)).map((c) => c && c.getAttribute('data-id'));",
                vec![],
            )
            .await?,
    )?;
    let stages: Vec<String> = stages.into_iter().flatten().collect();
    assert_eq!(stages.len(), 3, "three cards written: {stages:?}");

    // The stages named in a row: from the first card's inspector (Alt+Enter) to its stage
    // (Tab to "Stage: …", Enter selects it and gives the canvas the keyboard), F2 opens its
    // name, Tab goes on to the next stage's. Then its lane, the same way.
    for (place, names) in [("Stage: ", &["Arrive", "Order", "Pay", "Leave"][..]), ("Lane: ", &["Guest"][..])] {
        press(client, Key::Tab).await?;
        wait_until_count(client, ".card.selected", 1).await?;
        chord_of(client, &[Key::Alt], char::from(Key::Enter)).await?;
        crate::editor::wait_for_js(client, "return !!document.activeElement.closest('.inspector');").await?;
        tab_to(client, &format!("return document.activeElement?.textContent.trim().startsWith({});", json!(place)))
            .await?;
        press(client, Key::Enter).await?;
        crate::editor::wait_for_js(client, "return document.activeElement?.classList.contains('canvas-host');").await?;
        press(client, Key::F2).await?;
        for (i, name) in names.iter().enumerate() {
            wait_until_count(client, ".inline-edit", 1).await?;
            let last = i + 1 == names.len();
            type_text(client, &format!("{name}{}", char::from(if last { Key::Enter } else { Key::Tab }))).await?;
        }
        wait_until_count(client, ".inline-edit", 0).await?;
        press(client, Key::Escape).await?;
        wait_until_count(client, ".card.selected, .lane.selected, .stage.selected", 0).await?;
    }
    assert_eq!(crate::editor::stage_names(client).await?, ["Arrive", "Order", "Pay", "Leave"]);
    let lanes = crate::editor::screen_texts(client, ".layer-lanes .lane .lane-name").await?;
    assert_eq!(lanes.iter().filter(|n| *n == "Guest").count(), 1, "the first card's lane renamed: {lanes:?}");

    // Tab selects the first card; Connect To… draws an arrow to a card found by typing.
    press(client, Key::Tab).await?;
    wait_until_count(client, ".card.selected", 1).await?;
    chord_of(client, &[Key::Control, Key::Shift], 'k').await?;
    wait_until_count(client, "[role=\"combobox\"]", 1).await?;
    type_text(client, "ord").await?;
    wait_until_count(client, "[role=\"option\"]", 1).await?;
    press(client, Key::Enter).await?;
    wait_until_count(client, ".connector", 1).await?;
    wait_until_count(client, "[role=\"combobox\"]", 0).await?;
    assert_eq!(active_class(client).await?, "canvas-host", "the keyboard is back on the canvas");

    // The next card, marked as a fail point from its context menu (Shift+F10).
    press(client, Key::Tab).await?;
    crate::editor::wait_for_js(
        client,
        "return document.querySelector('.card.selected .card-text')?.textContent === 'Orders';",
    )
    .await?;
    // Every contextmenu event the web view sends, to read once it is dispatched: one whose
    // default is not prevented brings up WebKitGTK's own menu (Back, Forward, Reload).
    client
        .execute("window.__menus = []; addEventListener('contextmenu', (e) => __menus.push(e), true);", vec![])
        .await?;
    chord_of(client, &[Key::Shift], char::from(Key::F10)).await?;
    wait_until_count(client, ".context-menu[role=\"menu\"]", 1).await?;
    let native = client.execute("return __menus.filter((e) => !e.defaultPrevented).length;", vec![]).await?;
    assert_eq!(native, json!(0), "Shift+F10 brought up the web view's own menu");
    assert_eq!(
        client.active_element().await?.attr("data-action").await?.as_deref(),
        Some("cards.edit_text"),
        "the menu has the keyboard, on its first item"
    );
    press(client, Key::Down).await?;
    press(client, Key::Down).await?;
    assert_eq!(client.active_element().await?.attr("data-action").await?.as_deref(), Some("cards.fail_point"));
    press(client, Key::Enter).await?;
    wait_until_count(client, ".context-menu", 0).await?;
    wait_until_count(client, ".card .badge.fail-point", 1).await?;

    // Its fields: Show Inspector (Alt+Enter) keeps the selection; the channel stepped with
    // the arrow keys is one undo step; Escape returns to the canvas with the card selected.
    chord_of(client, &[Key::Alt], char::from(Key::Enter)).await?;
    crate::editor::wait_for_js(client, "return !!document.activeElement.closest('.inspector');").await?;
    assert_eq!(count(client, ".card.selected").await?, 1);
    tab_to(
        client,
        "const l = [...document.querySelectorAll('.inspector label')].find((l) => l.textContent === 'Channel');
         return !!l && document.activeElement?.id === l.htmlFor;",
    )
    .await?;
    let before = channel_value(client).await?;
    press(client, Key::Down).await?;
    press(client, Key::Down).await?;
    crate::editor::wait_for_js(
        client,
        "const l = [...document.querySelectorAll('.inspector label')].find((l) => l.textContent === 'Channel');
         return document.getElementById(l.htmlFor).selectedIndex === 2;",
    )
    .await?;
    press(client, Key::Escape).await?;
    crate::editor::wait_for_js(client, "return document.activeElement?.classList.contains('canvas-host');").await?;
    assert_eq!(count(client, ".card.selected").await?, 1, "the same card is still selected");
    screenshot(client, "keyboard-build").await?;
    chord_of(client, &[Key::Control], 'z').await?;
    crate::editor::wait_for_js(
        client,
        "const l = [...document.querySelectorAll('.inspector label')].find((l) => l.textContent === 'Channel');
         return document.getElementById(l.htmlFor).selectedIndex === 0;",
    )
    .await?;
    assert_eq!(channel_value(client).await?, before, "one undo takes back both steps of the channel");
    assert_eq!(count(client, ".card .badge.fail-point").await?, 1, "and nothing before them");

    // A right-click shows the app's own menu for what is under the pointer.
    let orders = stages[1].as_str();
    let (x, y) = crate::editor::center_of(client, &crate::editor::card_box(orders)).await?;
    let right = MouseActions::new("mouse".into())
        .then(PointerAction::MoveTo { duration: None, x: x.round(), y: y.round() })
        .then(PointerAction::Down { button: MOUSE_BUTTON_RIGHT })
        .then(PointerAction::Up { button: MOUSE_BUTTON_RIGHT });
    client.perform_actions(right).await?;
    client.release_actions().await?;
    wait_until_count(client, ".context-menu[role=\"menu\"][aria-label=\"Card actions\"]", 1).await?;
    let menus = client.execute("return __menus.map((e) => e.defaultPrevented);", vec![]).await?;
    assert_eq!(menus.as_array().and_then(|m| m.last()), Some(&json!(true)), "the right-click's own menu: {menus}");
    let label = client.find(fantoccini::Locator::Css("[data-action=\"cards.fail_point\"]")).await?.text().await?;
    assert!(label.contains("Unmark Fail Point"), "the menu knows the card's state: {label}");
    press(client, Key::Escape).await?;
    wait_until_count(client, ".context-menu", 0).await
}
