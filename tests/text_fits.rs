//! No text runs out of its box, checked on what the PNG renderer draws, not on the
//! wrapper's own sums: every example (English and Chinese) and the test blueprints are
//! exported to SVG, laid out by resvg with the bundled fonts, and each drawn line's glyphs
//! (their advances and their ink) must lie inside the box drawn around them: a card, a
//! badge, a lane's or a stage's header, a line's or a connector's label; the title inside
//! the page. Card text also keeps the card's padding, which is what the wrapper aims at.
//! And the layout's measure is the renderer's: each line's width as measured is the width
//! drawn, in the face the measure said, with no missing glyph.

mod render_common;
mod svg_common;

use frontstage::export::svg::to_svg;
use frontstage::fonts::{self, measure};
use frontstage::layout::metrics::{text_width, Font};
use frontstage::layout::CARD_PAD;
use frontstage::model::{Blueprint, Card, Channel, FailKind, FailPoint, Lane, LaneKind, Stage};
use render_common::{texts, tree, within, DrawnText, Line};
use resvg::usvg::Rect;

/// A blueprint of awkward text: wide and narrow letters, words longer than a card, Chinese
/// mixed with Latin, long names, every badge, a cut text, in both faces.
fn awkward() -> Blueprint {
    let mut b = Blueprint::empty("WWWWW MMMMM 扫码 QR 支付 — a title long enough to wrap");
    b.scenario = "扫码点餐 with a QR code, 然后 pay by WeChat Pay 或 Alipay".into();
    b.stages = vec![
        Stage::new("s1", "WWWWWWWWWWWWWWWWWWWWWWWWWWWW"),
        Stage::new("s2", "扫码 QR 支付 and a stage name long enough to wrap several lines"),
    ];
    b.lanes = vec![
        Lane::new("l1", LaneKind::Customer, "Customer actions with a lane name that wraps in its header"),
        Lane::new("l2", LaneKind::Frontstage, "前台行为 Frontstage 前台行为前台行为"),
    ];
    let texts = [
        "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
        "mmmm mmmm mmmm mmmm mmmm mmmm mmmm mmmm mmmm mmmm",
        "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
        "扫码 QR 支付，顾客用微信或支付宝 scan the code and pay; 然后等待 (wait) 叫号取餐。",
        "Supercalifragilisticexpialidocious-antidisestablishmentarianism",
        &"A long text that is cut after twelve lines. ".repeat(20),
    ];
    for (i, text) in texts.iter().enumerate() {
        for (lane, stage) in [("l1", "s1"), ("l2", "s2")] {
            let mut c = Card::new(format!("c{lane}{stage}{i}").as_str(), lane, stage, *text);
            c.order = i as u32;
            c.owner = "Front of house team, 前台团队 and the WWWWW manager".into();
            c.fail_point =
                Some(FailPoint { kind: FailKind::Interaction, description: String::new(), recovery: String::new() });
            c.wait = true;
            c.emotion = Some(-2);
            c.duration_seconds = Some(3_725);
            c.tolerance_seconds = Some(60);
            c.channel = Some(Channel::Interpersonal);
            b.cards.insert(c.id.clone(), c);
        }
    }
    b
}

fn all() -> Vec<(String, Blueprint)> {
    let mut all = render_common::examples();
    assert!(all.iter().any(|(n, _)| n.contains("zh")), "a Chinese example");
    let mut chinese = svg_common::chinese();
    chinese.language = frontstage::model::Language::SimplifiedChinese;
    for (name, b) in [
        ("english", svg_common::english()),
        ("chinese", chinese),
        ("badges", svg_common::badges()),
        ("all_lines", svg_common::all_lines()),
        ("collapsed", svg_common::collapsed()),
        ("hostile", svg_common::hostile()),
        ("awkward", awkward()),
        ("emphasis", svg_common::emphasis()),
        ("footnotes", svg_common::footnotes()),
    ] {
        all.push((name.to_owned(), b));
    }
    all
}

/// The smallest box drawn beside `text` that holds where its first line starts; the page
/// for text drawn on no box (the title).
fn box_of(text: &DrawnText, page: Rect) -> Rect {
    let first = &text.lines[0].glyphs[0];
    let (x, y) = (first.left, first.baseline);
    text.boxes
        .iter()
        .filter(|b| b.left() <= x && x <= b.right() && b.top() <= y && y <= b.bottom())
        .min_by(|a, b| (a.width() * a.height()).total_cmp(&(b.width() * b.height())))
        .copied()
        .unwrap_or(page)
}

fn describe(name: &str, text: &DrawnText, line: &Line) -> String {
    format!("{name}, {}: {:?}", text.group, line.text())
}

#[test]
fn every_drawn_line_lies_inside_its_box() {
    let mut lines = 0;
    for (name, b) in all() {
        let tree = tree(&to_svg(&b));
        let page = Rect::from_xywh(0.0, 0.0, tree.size().width(), tree.size().height()).unwrap();
        for text in texts(&tree) {
            if text.lines.is_empty() {
                continue;
            }
            let area = box_of(&text, page);
            for line in &text.lines {
                lines += 1;
                let what = describe(&name, &text, line);
                assert!(line.left() >= area.left() - 0.01, "{what} starts left of its box {area:?}");
                assert!(line.right() <= area.right() + 0.01, "{what} ends right of its box {area:?}");
                let baseline = line.glyphs[0].baseline;
                assert!(baseline > area.top() && baseline <= area.bottom(), "{what} is not on its box {area:?}");
            }
            let ink = text.ink.expect("drawn text has ink");
            assert!(within(&ink, &area, 0.01), "{name}, {}: ink {ink:?} outside its box {area:?}", text.group);
            // A card's text and owner keep the card's padding: the width they were wrapped to.
            let card = text.group.starts_with("card-") && text.in_named_group;
            if card {
                for line in &text.lines {
                    let what = describe(&name, &text, line);
                    assert!(line.left() >= area.left() + CARD_PAD - 0.01, "{what} in the card's padding");
                    assert!(line.right() <= area.right() - CARD_PAD + 0.01, "{what} wider than the card's text");
                }
            }
        }
    }
    assert!(lines > 1_000, "only {lines} lines looked at");
}

#[test]
fn the_layout_measures_what_the_renderer_draws() {
    for (name, b) in all() {
        let tree = tree(&to_svg(&b));
        for text in texts(&tree) {
            for line in &text.lines {
                let what = describe(&name, &text, line);
                let g = &line.glyphs[0];
                let font = Font { size: g.font_size, bold: g.weight >= 600 };
                let measured = text_width(&line.text(), font);
                // Characters the fonts lack (only the hostile blueprint has them: Hebrew,
                // Arabic, emoji, traditional Chinese) are drawn as the missing glyph's box
                // and measured at least as wide as a system font would draw them.
                let complete = line.text().chars().all(|c| c.is_whitespace() || measure::family_of(c).is_some());
                assert!(complete || name == "hostile", "{what} has characters the fonts lack");
                if complete {
                    assert!(
                        (measured - line.width()).abs() < 0.01,
                        "{what}: measured {measured}, drawn {}",
                        line.width()
                    );
                } else {
                    assert!(measured >= line.width() - 0.01, "{what}: measured {measured}, drawn {}", line.width());
                }
                // A glyph of a cluster after its first has no text of its own.
                for glyph in line.glyphs.iter().filter(|g| !g.text.is_empty()) {
                    let c = glyph.text.chars().next().unwrap();
                    if measure::family_of(c).is_none() {
                        continue;
                    }
                    assert_ne!(glyph.id, 0, "{what}: {c:?} has no glyph");
                    assert_eq!(Some(glyph.family.as_str()), measure::family_of(c), "{what}: {c:?}");
                    assert_eq!(glyph.weight, if font.bold { 700 } else { 400 }, "{what}: {c:?}");
                }
            }
        }
    }
}

#[test]
fn mixed_chinese_and_latin_draws_each_character_in_its_font() {
    // "扫码 QR 支付": the Chinese from the CJK face, the letters and spaces from the Latin
    // one, every character with a glyph, in the regular face on a card and the bold one in
    // a stage's header.
    let mut b = Blueprint::empty("Mixed");
    b.stages = vec![Stage::new("s1", "扫码 QR 支付")];
    b.lanes = vec![Lane::new("l1", LaneKind::Customer, "Customer")];
    let card = Card::new("c1", "l1", "s1", "扫码 QR 支付");
    b.cards.insert(card.id.clone(), card);
    let tree = tree(&to_svg(&b));
    let mut seen = 0;
    for text in texts(&tree).iter().filter(|t| t.group == "card-c1" || t.group == "stage-s1") {
        let line = &text.lines[0];
        assert_eq!(line.text().replace(' ', ""), "扫码QR支付");
        let weight = if text.group == "stage-s1" { 700 } else { 400 };
        for g in &line.glyphs {
            let want = if g.text.is_ascii() { fonts::LATIN } else { fonts::CJK };
            assert_eq!((g.family.as_str(), g.weight), (want, weight), "{:?} in {}", g.text, text.group);
            assert_ne!(g.id, 0, "{:?} is drawn as a missing glyph", g.text);
        }
        seen += 1;
    }
    assert_eq!(seen, 2);
}
