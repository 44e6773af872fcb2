//! The exported SVG parsed as XML: well-formed for any input, self-contained, every
//! element present once, every card's text in tspans that stay inside the card.

mod svg_common;

use frontstage::export::svg::to_svg;
use frontstage::layout::metrics::{text_width, xml_clean, Font};
use frontstage::layout::{card_text, CARD_TEXT_LINES};
use frontstage::model::Blueprint;
use roxmltree::{Document, Node};
use svg_common::*;

fn all() -> Vec<(&'static str, Blueprint)> {
    vec![
        ("english", english()),
        ("chinese", chinese()),
        ("badges", badges()),
        ("all_lines", all_lines()),
        ("collapsed", collapsed()),
        ("hostile", hostile()),
    ]
}

fn parse(svg: &str) -> Document<'_> {
    Document::parse(svg).unwrap_or_else(|e| panic!("not well-formed XML: {e}"))
}

fn by_id<'a>(doc: &'a Document, id: &str) -> Vec<Node<'a, 'a>> {
    doc.descendants().filter(|n| n.attribute("id") == Some(id)).collect()
}

fn tspans<'a>(n: Node<'a, 'a>) -> Vec<Node<'a, 'a>> {
    n.descendants().filter(|d| d.has_tag_name("tspan")).collect()
}

fn f(n: Node, attr: &str) -> f32 {
    n.attribute(attr).unwrap_or_else(|| panic!("no {attr} on {n:?}")).parse().unwrap()
}

/// A presentation attribute as a renderer sees it: on the node or inherited from the
/// nearest ancestor that sets it.
fn inherited<'a>(n: Node<'a, 'a>, attr: &str) -> Option<&'a str> {
    n.ancestors().find_map(|a| a.attribute(attr))
}

fn squash(s: &str) -> String {
    xml_clean(s).chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn output_is_well_formed_standalone_svg() {
    for (name, b) in all() {
        let svg = to_svg(&b);
        let doc = parse(&svg);
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg", "{name}");
        assert_eq!(root.tag_name().namespace(), Some("http://www.w3.org/2000/svg"), "{name}");
        for a in ["viewBox", "width", "height", "font-family"] {
            assert!(root.attribute(a).is_some(), "{name}: no {a}");
        }
        assert!(root.attribute("font-family").unwrap().contains("Noto Sans CJK SC"));
        assert!(root.attribute("font-family").unwrap().ends_with("sans-serif"));
        for n in doc.descendants().filter(|n| n.is_element()) {
            let tag = n.tag_name().name();
            assert!(
                !matches!(tag, "foreignObject" | "script" | "style" | "image" | "use" | "a" | "iframe"),
                "{name}: <{tag}> in output"
            );
            for a in n.attributes() {
                assert!(!a.name().starts_with("on"), "{name}: event attribute {}", a.name());
                assert!(!a.name().contains("href"), "{name}: reference {}", a.name());
            }
        }
    }
}

#[test]
fn title_and_description_are_there_for_accessibility() {
    let b = english();
    let svg = to_svg(&b);
    let doc = parse(&svg);
    let root = doc.root_element();
    let title = root.children().find(|n| n.has_tag_name("title")).expect("title");
    assert_eq!(title.text(), Some("Restaurant dinner"));
    let desc = root.children().find(|n| n.has_tag_name("desc")).expect("desc").text().unwrap();
    assert!(desc.contains("First-time guest, dine-in dinner") && desc.contains("Couple without a reservation"));
}

#[test]
fn hostile_strings_come_out_as_text_and_nothing_else() {
    let b = hostile();
    let svg = to_svg(&b);
    let doc = parse(&svg);
    let title = doc.root_element().children().find(|n| n.has_tag_name("title")).unwrap();
    assert_eq!(title.text().unwrap(), xml_clean(&b.title));
    assert!(!svg.contains("<script"));
    assert!(!svg.contains("<![CDATA["));
    assert!(!svg.contains('\u{0}') && !svg.contains('\u{1b}') && !svg.contains('\u{FFFE}'));
    // The invalid lane colour never reaches an attribute; the kind's default is used.
    let lane = &by_id(&doc, "lane-l2")[0];
    let band = lane.children().find(|n| n.has_tag_name("rect")).unwrap();
    assert_eq!(band.attribute("fill"), Some("#f5f5f5"));
    // An id outside the id charset is reduced to it.
    assert_eq!(by_id(&doc, "card-bad_id_x_").len(), 1);
    assert_eq!(by_id(&doc, "connector-a2___script_").len(), 1);
    // The 10k-character word is wrapped, and drawn cut at the card's line cap.
    let big = &by_id(&doc, "card-c3")[0];
    let spans = tspans(*big);
    assert_eq!(spans.len(), CARD_TEXT_LINES);
    let shown: String = spans.iter().map(|s| s.text().unwrap()).collect();
    assert!(shown.ends_with('…') && shown.len() > 200, "{shown}");
    assert!(shown.trim_end_matches('…').chars().all(|c| c == 'x'));
}

#[test]
fn every_element_is_drawn_once_with_its_id() {
    for (name, b) in all() {
        let svg = to_svg(&b);
        let doc = parse(&svg);
        let safe = |s: &str| -> String {
            s.chars().map(|c| if c.is_ascii_alphanumeric() || "_-.:".contains(c) { c } else { '_' }).collect()
        };
        for s in &b.stages {
            assert_eq!(by_id(&doc, &format!("stage-{}", s.id)).len(), 1, "{name}: stage {}", s.id);
        }
        for l in &b.lanes {
            assert_eq!(by_id(&doc, &format!("lane-{}", l.id)).len(), 1, "{name}: lane {}", l.id);
        }
        for l in &b.lines {
            assert_eq!(by_id(&doc, &format!("line-{}", l.kind.key())).len(), 1, "{name}: line {:?}", l.kind);
        }
        for c in b.cards.values() {
            let collapsed = b.lane(&c.lane).unwrap().collapsed;
            let n = by_id(&doc, &format!("card-{}", safe(c.id.as_str()))).len();
            assert_eq!(n, usize::from(!collapsed), "{name}: card {}", c.id);
        }
        for a in b.connectors.values() {
            let g = by_id(&doc, &format!("connector-{}", safe(a.id.as_str())));
            assert_eq!(g.len(), 1, "{name}: connector {}", a.id);
            let heads = g[0].children().filter(|n| n.has_tag_name("polygon")).count();
            let want = if a.direction == frontstage::model::Direction::TwoWay { 2 } else { 1 };
            assert_eq!(heads, want, "{name}: arrowheads of {}", a.id);
        }
    }
}

#[test]
fn card_text_is_in_tspans_and_no_line_is_wider_than_its_card() {
    for (name, b) in all() {
        let svg = to_svg(&b);
        let doc = parse(&svg);
        for card in doc.descendants().filter(|n| n.attribute("id").is_some_and(|i| i.starts_with("card-"))) {
            let rect = card.children().find(|n| n.has_tag_name("rect")).unwrap();
            let (x, w) = (f(rect, "x"), f(rect, "width"));
            let (y, h) = (f(rect, "y"), f(rect, "height"));
            for text in card.descendants().filter(|n| n.has_tag_name("text")) {
                let size: f32 = inherited(text, "font-size").expect("font-size").parse().unwrap();
                let font = Font { size, bold: inherited(text, "font-weight") == Some("bold") };
                for span in tspans(text) {
                    let (sx, sy) = (f(span, "x"), f(span, "y"));
                    let sw = text_width(span.text().unwrap_or(""), font);
                    assert!(sx >= x && sx + sw <= x + w + 0.05, "{name}: {:?} overflows its card", span.text());
                    assert!(sy > y && sy <= y + h, "{name}: {:?} below its card", span.text());
                }
            }
            let id = card.attribute("data-id").unwrap();
            if let Some(model) = b.cards.values().find(|c| c.id.as_str() == id) {
                let first = card.children().find(|n| n.has_tag_name("text")).unwrap();
                let shown: String = tspans(first).iter().map(|s| s.text().unwrap_or("")).collect();
                // All of it, or as much as the card's lines hold, ending with an ellipsis.
                match squash(&shown).strip_suffix('…') {
                    Some(start) if card_text(&model.text).cut => {
                        assert!(squash(&model.text).starts_with(start), "{name}: text of card {id}")
                    }
                    _ => assert_eq!(squash(&shown), squash(&model.text), "{name}: text of card {id}"),
                }
            }
        }
    }
}

#[test]
fn export_is_deterministic() {
    for (name, b) in all() {
        let once = to_svg(&b);
        let twice = to_svg(&b.clone());
        assert!(once == twice, "{name}: two exports differ");
    }
}

#[test]
fn numbers_have_at_most_one_decimal() {
    for (name, b) in all() {
        let svg = to_svg(&b);
        let doc = parse(&svg);
        for n in doc.descendants().filter(|n| n.is_element()) {
            for a in ["x", "y", "width", "height", "x1", "x2", "y1", "y2", "font-size"] {
                if let Some(v) = n.attribute(a) {
                    assert!(v != "-0" && v.parse::<f32>().is_ok(), "{name}: {a}={v}");
                    assert!(v.split('.').nth(1).is_none_or(|d| d.len() == 1), "{name}: {a}={v}");
                }
            }
            if let Some(pts) = n.attribute("points") {
                for v in pts.split([' ', ',']) {
                    assert!(v != "-0" && v.split('.').nth(1).is_none_or(|d| d.len() == 1), "{name}: {v}");
                }
            }
        }
    }
}

#[test]
fn badges_lines_and_collapsed_lanes_are_visible() {
    let doc_svg = to_svg(&badges());
    let doc = parse(&doc_svg);
    let layer = |id: &str| doc.descendants().find(|n| n.attribute("id") == Some(id)).unwrap();
    let count = |id: &str, k: &str| layer(id).descendants().filter(|n| n.attribute("data-badge") == Some(k)).count();
    let kinds = ["fail", "wait", "emotion", "time", "channel"];
    assert_eq!(kinds.map(|k| count("cards", k)), [4, 3, 5, 6, 5]);
    // The legend shows one badge of each kind the cards show (of each fail kind and channel).
    let legend = kinds.map(|k| count("legend", k));
    assert!(legend.iter().all(|&n| n > 0), "{legend:?}");
    assert_eq!(legend[1..4], [1, 1, 1]);
    let texts: Vec<&str> = doc.descendants().filter(|n| n.has_tag_name("tspan")).filter_map(|n| n.text()).collect();
    for want in [
        "F process",
        "F system",
        "W wait",
        "Emotion \u{2212}2",
        "Emotion +2",
        "45 s / 1 min",
        "2 h 5 min / 1 h",
        "max 5 min",
        "interpersonal",
    ] {
        assert!(texts.contains(&want), "badge {want:?} missing in {texts:?}");
    }

    let svg = to_svg(&all_lines());
    let doc = parse(&svg);
    for (kind, label) in [
        ("interaction", "Line of interaction"),
        ("visibility", "Line of visibility"),
        ("internal_interaction", "Line of internal interaction"),
        ("order_penetration", "Line of order penetration"),
        ("implementation", "Line of implementation"),
    ] {
        let g = &by_id(&doc, &format!("line-{kind}"))[0];
        assert_eq!(tspans(*g)[0].text(), Some(label));
    }

    let svg = to_svg(&collapsed());
    let doc = parse(&svg);
    let lane = &by_id(&doc, "lane-back")[0];
    assert_eq!(lane.attribute("data-collapsed"), Some("true"));
    let words: Vec<&str> = tspans(*lane).iter().filter_map(|n| n.text()).collect();
    assert_eq!(words, vec!["Backstage actions", "2 cards hidden"]);
    let a1 = &by_id(&doc, "connector-a1")[0];
    let line = a1.children().find(|n| n.has_tag_name("polyline")).unwrap();
    assert_eq!(line.attribute("stroke-dasharray"), Some("4 3"));
}
