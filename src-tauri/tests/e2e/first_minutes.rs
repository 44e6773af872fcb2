//! The first minutes of a designer who never saw the app: the blank start greets with no
//! warnings and shows where cards go; Add Card in the toolbar opens a card's text at once;
//! a column of three cards is typed with Ctrl+Enter; the four stages are named in a row
//! with Tab; selecting shows the Inspector; Help's pages open from their keys; a row of
//! customer actions is typed in Chinese through an input method's composition, with Tab.

use crate::editor::{card_box, cell_center, center_of, chord, double_click_at, screen_texts, stage_names, wait_for_js};
use crate::support::*;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use frontstage::model::LaneKind;
use serde_json::json;
use std::path::Path;
use std::time::{Duration, Instant};

/// How a field's text is ended.
#[derive(Clone, Copy)]
enum End {
    Enter,
    CtrlEnter,
    Tab,
}

pub async fn first_minutes_session(port: u16, work: &Path) -> TestResult {
    let client = connect(port, &[]).await?;
    let result = first_minutes(&client, work).await;
    end(client, result, "first-minutes").await
}

async fn first_minutes(client: &Client, work: &Path) -> TestResult {
    // The blank start: no warnings at all, and every empty cell says how to add a card.
    wait_until_count(client, ".lane", 5).await?;
    assert_eq!(count(client, ".stage").await?, 4);
    assert_eq!(count(client, ".card").await?, 0);
    wait_until_count(client, ".layer-hints text.ui-only", 20).await?;
    assert_eq!(count(client, ".problem").await?, 0, "a blank blueprint greets with no findings");
    let note = client.find(Locator::Css(".problems .note")).await?.text().await?;
    assert_eq!(note, "No problems.");
    screenshot(client, "first-blank-start").await?;

    // Add Card in the toolbar: the text field opens at once in the first empty customer
    // action cell; Enter adds the card, which is selected, so the Inspector shows it.
    click(client, r#"button[data-action="cards.new"]"#).await?;
    field_text(client, "Enters the restaurant", End::Enter).await?;
    wait_until_count(client, ".card", 1).await?;
    wait_until_count(client, ".inline-edit", 0).await?;
    in_cell(client, "Enters the restaurant", "l-customer", "s1").await?;
    wait_until_count(client, ".layer-hints text", 0).await?;
    wait_until_count(client, r#"[role="tabpanel"]:not([hidden]) .inspector"#, 1).await?;

    // A column of three backstage cards typed in one go: Ctrl+Enter adds each and opens
    // the next below it in the same cell; Enter ends the column.
    double_click_at(client, cell_center(client, "l-backstage", "s1").await?).await?;
    field_text(client, "Checks the booking", End::CtrlEnter).await?;
    field_text(client, "Prepares the table", End::CtrlEnter).await?;
    field_text(client, "Briefs the waiter", End::Enter).await?;
    wait_until_count(client, ".card", 4).await?;
    wait_until_count(client, ".inline-edit", 0).await?;
    let column = ["Checks the booking", "Prepares the table", "Briefs the waiter"];
    for text in column {
        in_cell(client, text, "l-backstage", "s1").await?;
    }
    let tops = card_tops(client, &column).await?;
    assert!(tops.windows(2).all(|w| w[0] < w[1]), "the column reads top to bottom as typed: {tops:?}");
    screenshot(client, "first-column-typed").await?;

    // The stages named in a row: Tab commits one name and opens the next.
    double_click_at(client, center_of(client, r#".stage[data-id="s1"] .header"#).await?).await?;
    field_text(client, "Arrive", End::Tab).await?;
    field_text(client, "Order", End::Tab).await?;
    field_text(client, "Eat", End::Tab).await?;
    field_text(client, "Pay", End::Enter).await?;
    wait_until_count(client, ".inline-edit", 0).await?;
    wait_for_js(client, r#"return [...document.querySelectorAll('.stage .stage-name')].map((e) => e.textContent).join() === "Arrive,Order,Eat,Pay";"#).await?;
    assert_eq!(stage_names(client).await?, ["Arrive", "Order", "Eat", "Pay"]);

    // Started: the empty stages are still not reported, the granularity note now is.
    wait_until_count(client, r#".problem[data-rule="granularity"]"#, 1).await?;
    assert_eq!(count(client, r#".problem[data-rule="stage-without-customer-action"]"#).await?, 0);
    screenshot(client, "first-stages-named").await?;

    // Help: Keyboard Shortcuts (Ctrl+/) lists the registry's keys; Escape closes it.
    chord(client, '/').await?;
    wait_until_count(client, r#"[role="dialog"] [data-action="cards.new"]"#, 1).await?;
    let keys = screen_texts(client, r#"[role="dialog"] [data-action="cards.new"] kbd"#).await?;
    assert_eq!(keys, ["Insert or Ctrl+Enter"]);
    screenshot(client, "first-keyboard-shortcuts").await?;
    press(client, Key::Escape).await?;
    wait_until_count(client, r#"[role="dialog"]"#, 0).await?;
    // Getting Started (F1).
    press(client, Key::F1).await?;
    wait_until_count(client, r#"[role="dialog"] h3"#, 5).await?;
    screenshot(client, "first-getting-started").await?;
    press(client, Key::Escape).await?;
    wait_until_count(client, r#"[role="dialog"]"#, 0).await?;
    // The keys went to the page, not to the drawing behind it.
    assert_eq!(count(client, ".card").await?, 4);

    // A row of customer actions in Chinese, as an input method types it: Pinyin composed,
    // a candidate chosen (the key it took, Tab, is the input method's), then Tab commits
    // the card and opens the next stage's; Enter ends the row.
    double_click_at(client, cell_center(client, "l-customer", "s2").await?).await?;
    composed_text(client, "dian can", "点餐", End::Tab).await?;
    composed_text(client, "yong can", "用餐", End::Tab).await?;
    composed_text(client, "jie zhang", "结账", End::Enter).await?;
    wait_until_count(client, ".card", 7).await?;
    wait_until_count(client, ".inline-edit", 0).await?;
    for (text, stage) in [("点餐", "s2"), ("用餐", "s3"), ("结账", "s4")] {
        in_cell(client, text, "l-customer", stage).await?;
    }
    screenshot(client, "first-row-typed-in-chinese").await?;

    // Saved (which also leaves no recovery copy for the next start), the file holds what
    // was typed, and the command-line check agrees with the app.
    let saved = work.join("first-minutes.frontstage");
    invoke(client, "test_save_as", json!({ "path": path_str(&saved) })).await?.map_err(|e| e.to_string())?;
    wait_for_title(client, "first-minutes.frontstage").await?;
    let doc = frontstage::io::load_path(&saved)?;
    let names: Vec<&str> = doc.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Arrive", "Order", "Eat", "Pay"]);
    let kind_of = |text: &str| {
        let card = doc.cards.values().find(|c| c.text == text)?;
        doc.lanes.iter().find(|l| l.id == card.lane).map(|l| l.kind)
    };
    assert_eq!(kind_of("Enters the restaurant"), Some(LaneKind::Customer));
    assert_eq!(kind_of("Briefs the waiter"), Some(LaneKind::Backstage));
    assert_eq!(kind_of("结账"), Some(LaneKind::Customer));
    assert_eq!(doc.cards.values().filter(|c| ["点餐", "用餐", "结账"].contains(&c.text.as_str())).count(), 3);
    let rules: Vec<&str> = frontstage::rules::check(&doc).iter().map(|d| d.rule).collect();
    assert!(!rules.contains(&"stage-without-customer-action"), "{rules:?}");
    assert!(rules.contains(&"granularity"), "{rules:?}");
    Ok(())
}

/// Compose `text` from `pinyin` in the open inline field as an input method does (its
/// events, in the web view), a key the composition takes included; then end it with `end`,
/// pressed for real.
async fn composed_text(client: &Client, pinyin: &str, text: &str, end: End) -> TestResult {
    wait_until_count(client, ".inline-edit", 1).await?;
    let script = r#"const [pinyin, text, key] = arguments;
        const f = document.activeElement;
        if (!f || f.className !== "inline-edit") return false;
        f.dispatchEvent(new CompositionEvent("compositionstart", { data: "" }));
        f.value = pinyin;
        f.dispatchEvent(new InputEvent("input", { data: pinyin, inputType: "insertCompositionText", isComposing: true }));
        f.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, isComposing: true }));
        f.value = text;
        f.dispatchEvent(new InputEvent("input", { data: text, inputType: "insertCompositionText", isComposing: true }));
        f.dispatchEvent(new CompositionEvent("compositionend", { data: text }));
        return document.activeElement === f;"#;
    let key = if matches!(end, End::Enter) { "Enter" } else { "Tab" };
    let composed = client.execute(script, vec![json!(pinyin), json!(text), json!(key)]).await?;
    assert_eq!(composed, json!(true), "{text:?} composed in the open field, which kept it");
    field_text(client, "", end).await
}

/// Type into the open inline field and end it with `end`.
async fn field_text(client: &Client, text: &str, end: End) -> TestResult {
    wait_until_count(client, ".inline-edit", 1).await?;
    let field = client.active_element().await?;
    assert_eq!(field.attr("class").await?.as_deref(), Some("inline-edit"), "the field for {text:?} has the focus");
    if !text.is_empty() {
        field.send_keys(text).await?;
    }
    // Wait for the field to go before looking for the next one.
    let gone = field.clone();
    match end {
        End::CtrlEnter => {
            let (ctrl, enter) = (char::from(Key::Control), char::from(Key::Enter));
            let keys = KeyActions::new("keyboard".into())
                .then(KeyAction::Down { value: ctrl })
                .then(KeyAction::Down { value: enter })
                .then(KeyAction::Up { value: enter })
                .then(KeyAction::Up { value: ctrl });
            client.perform_actions(keys).await?;
            client.release_actions().await?;
        }
        End::Enter => field.send_keys(&char::from(Key::Enter).to_string()).await?,
        End::Tab => field.send_keys(&char::from(Key::Tab).to_string()).await?,
    }
    // The old field is removed; a following one (Tab, Ctrl+Enter) is a new element.
    let deadline = Instant::now() + WAIT;
    while gone.attr("class").await.is_ok_and(|c| c.is_some()) {
        if Instant::now() > deadline {
            return Err(format!("the field for {text:?} stayed open").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}

async fn press(client: &Client, key: Key) -> TestResult {
    let k = char::from(key);
    let keys = KeyActions::new("keyboard".into()).then(KeyAction::Down { value: k }).then(KeyAction::Up { value: k });
    client.perform_actions(keys).await?;
    client.release_actions().await?;
    Ok(())
}

/// The card reading `text` is drawn inside the cell of `lane` and `stage`.
async fn in_cell(client: &Client, text: &str, lane: &str, stage: &str) -> TestResult {
    let script = format!(
        r#"const g = [...document.querySelectorAll('.card')].find((g) => g.querySelector('.card-text')?.textContent === {text:?});
           if (!g) return false;
           const c = g.querySelector('.card-box').getBoundingClientRect();
           const b = document.querySelector('.lane[data-id="{lane}"] .band').getBoundingClientRect();
           const s = document.querySelector('.stage[data-id="{stage}"] .header').getBoundingClientRect();
           return c.left >= s.left && c.right <= s.right && c.top >= b.top && c.bottom <= b.bottom;"#
    );
    match wait_for_js(client, &script).await {
        Ok(()) => Ok(()),
        Err(e) => Err(format!("{text:?} is not in {lane} × {stage}: {e}").into()),
    }
}

/// The tops of the cards reading `texts`, in that order.
async fn card_tops(client: &Client, texts: &[&str]) -> TestResult<Vec<f64>> {
    let mut tops = Vec::new();
    for text in texts {
        let id: String = serde_json::from_value(
            client
                .execute(
                    "return [...document.querySelectorAll('.card')].find((g) => g.querySelector('.card-text')?.textContent === arguments[0])?.getAttribute('data-id');",
                    vec![json!(text)],
                )
                .await?,
        )?;
        let v = client
            .execute(
                "return document.querySelector(arguments[0]).getBoundingClientRect().top;",
                vec![json!(card_box(&id))],
            )
            .await?;
        tops.push(v.as_f64().ok_or("no top")?);
    }
    Ok(tops)
}
