//! SVG export of a laid-out blueprint.
//!
//! The exporter only draws the [`Scene`]; it decides colours and strokes, never positions.
//! The output is meant for browsers, Inkscape and office apps alike: text is real
//! `<text>`/`<tspan>` (no `foreignObject`), styling is presentation attributes (no CSS),
//! arrowheads are explicit polygons (no markers), nothing is referenced from outside.
//!
//! Safety: user text only ever appears as text content, which the `svg` crate escapes,
//! after characters XML 1.0 forbids are dropped. Attributes carry numbers, fixed colour
//! names, validated `#rrggbb` colours and ids reduced to the id charset.

use crate::layout::{self, metrics::xml_clean, BadgeKind, Point, Scene, TextBlock, Tone};
use crate::model::Blueprint;
use svg::node::element::{Description, Group, Line, Polygon, Polyline, Rectangle, TSpan, Text, Title};
use svg::Document;

/// Font stack with sans CJK fallbacks, so Chinese never falls back to a serif font.
pub const FONT_FAMILY: &str = "'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, 'Noto Sans CJK SC', \
'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', sans-serif";

const INK: &str = "#1f2328";
const MUTED: &str = "#57606a";
const GRID: &str = "#d0d7de";
const STAGE_FILL: &str = "#24323f";
const CARD_STROKE: &str = "#8c959f";
const FAIL_STROKE: &str = "#cf222e";
const ARROW: &str = "#57606a";

/// Lay out `doc` and draw it as a standalone SVG document.
pub fn to_svg(doc: &Blueprint) -> String {
    scene_to_svg(&layout::layout(doc), doc)
}

/// Draw an already laid-out scene. `doc` supplies the title and description.
pub fn scene_to_svg(scene: &Scene, doc: &Blueprint) -> String {
    let title = if doc.title.trim().is_empty() { "Service blueprint" } else { doc.title.as_str() };
    let desc: Vec<String> = [("Scenario", &doc.scenario), ("Persona", &doc.persona), ("Description", &doc.description)]
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();

    let mut svg = Document::new()
        .set("version", "1.1")
        .set("width", num(scene.width))
        .set("height", num(scene.height))
        .set("viewBox", format!("0 0 {} {}", num(scene.width), num(scene.height)))
        .set("font-family", FONT_FAMILY)
        .add(Title::new(clean(title)));
    if !desc.is_empty() {
        svg = svg.add(Description::new().add(svg::node::Text::new(clean(&desc.join("\n")))));
    }
    svg = svg
        .add(rect(0.0, 0.0, scene.width, scene.height).set("fill", "#ffffff"))
        .add(title_layer(scene))
        .add(lane_layer(scene))
        .add(stage_layer(scene))
        .add(line_layer(scene))
        .add(connector_layer(scene))
        .add(card_layer(scene))
        .add(connector_label_layer(scene));

    // The svg crate puts a newline between sibling elements; inside <text> that newline
    // would become a space before each line in some renderers, so it is taken out.
    // User text cannot contain "<tspan" or "</text>": its '<' is escaped.
    let out = svg.to_string().replace(">\n<tspan", "><tspan").replace("</tspan>\n</text>", "</tspan></text>");
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{out}\n")
}

fn title_layer(scene: &Scene) -> Group {
    let t = &scene.title;
    let mut g = Group::new().set("id", "title").set("data-id", "document");
    if !t.title.lines.is_empty() {
        g = g.add(text(&t.title, INK));
    }
    if !t.subtitle.lines.is_empty() {
        g = g.add(text(&t.subtitle, MUTED));
    }
    g
}

fn lane_layer(scene: &Scene) -> Group {
    let mut layer = Group::new().set("id", "lanes");
    for lane in &scene.lanes {
        let id = safe_id(&lane.element);
        let b = &lane.band;
        let h = &lane.header;
        let mut g = Group::new()
            .set("id", format!("lane-{id}"))
            .set("data-id", id)
            .set("data-kind", lane.kind.key())
            .add(rect(b.x, b.y, b.w, b.h).set("fill", lane.fill.as_str()).set("stroke", GRID))
            .add(rect(h.x, h.y, h.w, h.h).set("fill", "#000000").set("fill-opacity", "0.05").set("stroke", GRID));
        if lane.collapsed {
            g = g.set("data-collapsed", "true");
        }
        if !lane.name.lines.is_empty() {
            g = g.add(text(&lane.name, INK));
        }
        if !lane.note.lines.is_empty() {
            g = g.add(text(&lane.note, MUTED).set("font-style", "italic"));
        }
        layer = layer.add(g);
    }
    layer
}

fn stage_layer(scene: &Scene) -> Group {
    let bottom = scene.lanes.last().map(|l| l.band.bottom());
    let mut layer = Group::new().set("id", "stages");
    for stage in &scene.stages {
        let id = safe_id(&stage.element);
        let h = &stage.header;
        let mut g = Group::new()
            .set("id", format!("stage-{id}"))
            .set("data-id", id)
            .add(rect(h.x, h.y, h.w, h.h).set("fill", STAGE_FILL).set("stroke", "#ffffff"));
        if let Some(bottom) = bottom {
            // Column separator on the right edge of the stage.
            g = g.add(line(h.right(), h.bottom(), h.right(), bottom).set("stroke", GRID));
        }
        if !stage.name.lines.is_empty() {
            g = g.add(text(&stage.name, "#ffffff"));
        }
        layer = layer.add(g);
    }
    layer
}

fn line_layer(scene: &Scene) -> Group {
    let mut layer = Group::new().set("id", "lines");
    for l in &scene.lines {
        let key = l.kind.key();
        let mut stroke = line(l.x1, l.y, l.x2, l.y).set("stroke", l.color).set("stroke-width", "1.5");
        if let Some(dash) = l.dash {
            stroke = stroke.set("stroke-dasharray", dash);
        }
        layer = layer.add(
            Group::new()
                .set("id", format!("line-{key}"))
                .set("data-id", key)
                .add(stroke)
                .add(text(&l.label, l.color)),
        );
    }
    layer
}

fn connector_layer(scene: &Scene) -> Group {
    let mut layer = Group::new().set("id", "connectors");
    for c in &scene.connectors {
        let id = safe_id(&c.element);
        let mut path = Polyline::new()
            .set("points", points(&c.points))
            .set("fill", "none")
            .set("stroke", ARROW)
            .set("stroke-width", "1.5")
            .set("stroke-linejoin", "round");
        if c.from_collapsed || c.to_collapsed {
            path = path.set("stroke-dasharray", "4 3");
        }
        let mut g = Group::new()
            .set("id", format!("connector-{id}"))
            .set("data-id", id)
            .set("data-from", safe(c.from.as_str()))
            .set("data-to", safe(c.to.as_str()))
            .add(path);
        for head in &c.arrowheads {
            g = g.add(Polygon::new().set("points", points(&head.points)).set("fill", ARROW));
        }
        layer = layer.add(g);
    }
    layer
}

fn connector_label_layer(scene: &Scene) -> Group {
    let mut layer = Group::new().set("id", "connector-labels");
    for c in &scene.connectors {
        if let Some(label) = &c.label {
            let r = &label.rect;
            layer = layer.add(
                Group::new()
                    .set("id", format!("connector-label-{}", safe_id(&c.element)))
                    .add(rect(r.x, r.y, r.w, r.h).set("fill", "#ffffff").set("stroke", GRID).set("rx", "3"))
                    .add(text(&label.text, MUTED)),
            );
        }
    }
    layer
}

fn card_layer(scene: &Scene) -> Group {
    let mut layer = Group::new().set("id", "cards");
    for card in &scene.cards {
        let id = safe_id(&card.element);
        let r = &card.rect;
        let (stroke, width) = if card.fail_point { (FAIL_STROKE, "1.5") } else { (CARD_STROKE, "1") };
        let mut g = Group::new()
            .set("id", format!("card-{id}"))
            .set("data-id", id)
            .add(
                rect(r.x, r.y, r.w, r.h)
                    .set("rx", "4")
                    .set("fill", "#ffffff")
                    .set("stroke", stroke)
                    .set("stroke-width", width),
            );
        if !card.text.lines.is_empty() {
            g = g.add(text(&card.text, INK));
        }
        if !card.owner.lines.is_empty() {
            g = g.add(text(&card.owner, MUTED));
        }
        for badge in &card.badges {
            let (fill, edge, ink) = tone(badge.tone);
            let b = &badge.rect;
            let l = &badge.label;
            g = g.add(
                Group::new()
                    .set("data-badge", badge_key(&badge.kind))
                    .add(rect(b.x, b.y, b.w, b.h).set("rx", "8").set("fill", fill).set("stroke", edge))
                    .add(
                        Text::new("")
                            .set("font-size", num(badge.font_size))
                            .set("font-weight", "bold")
                            .set("fill", ink)
                            .add(tspan(&l.text, l.x, l.y)),
                    ),
            );
        }
        layer = layer.add(g);
    }
    layer
}

fn badge_key(kind: &BadgeKind) -> &'static str {
    match kind {
        BadgeKind::FailPoint { .. } => "fail",
        BadgeKind::Wait => "wait",
        BadgeKind::Emotion { .. } => "emotion",
        BadgeKind::Time { .. } => "time",
        BadgeKind::Channel { .. } => "channel",
    }
}

/// (fill, stroke, text) of a badge tone.
fn tone(t: Tone) -> (&'static str, &'static str, &'static str) {
    match t {
        Tone::Alert => ("#ffebe9", "#cf222e", "#a40e26"),
        Tone::Warn => ("#fff8c5", "#bf8700", "#7d4e00"),
        Tone::Neutral => ("#eef1f4", "#8c959f", "#424a53"),
        Tone::Good => ("#dafbe1", "#2da44e", "#116329"),
        Tone::Info => ("#ddf4ff", "#218bff", "#0a3069"),
    }
}

/// A `<text>` with one `<tspan>` per wrapped line.
fn text(block: &TextBlock, fill: &str) -> Text {
    let mut t = Text::new("").set("font-size", num(block.font_size)).set("fill", fill);
    if block.bold {
        t = t.set("font-weight", "bold");
    }
    if block.centered {
        t = t.set("text-anchor", "middle");
    }
    for l in &block.lines {
        t = t.add(tspan(&l.text, l.x, l.y));
    }
    t
}

fn tspan(s: &str, x: f32, y: f32) -> TSpan {
    TSpan::new(clean(s)).set("x", num(x)).set("y", num(y))
}

fn rect(x: f32, y: f32, w: f32, h: f32) -> Rectangle {
    Rectangle::new().set("x", num(x)).set("y", num(y)).set("width", num(w)).set("height", num(h))
}

fn line(x1: f32, y1: f32, x2: f32, y2: f32) -> Line {
    Line::new().set("x1", num(x1)).set("y1", num(y1)).set("x2", num(x2)).set("y2", num(y2))
}

fn points(ps: &[Point]) -> String {
    let mut s = String::with_capacity(ps.len() * 12);
    for (i, p) in ps.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&num(p.x));
        s.push(',');
        s.push_str(&num(p.y));
    }
    s
}

/// Text content for XML: forbidden characters dropped (escaping is the svg crate's).
fn clean(s: &str) -> String {
    xml_clean(s).into_owned()
}

/// The id of an element, reduced to the id charset so it is safe in an attribute even
/// when the document breaks the model's id rules.
fn safe_id(e: &crate::model::ElementRef) -> String {
    use crate::model::ElementRef::*;
    match e {
        Document => "document".to_owned(),
        Stage(id) => safe(id.as_str()),
        Lane(id) => safe(id.as_str()),
        Line(k) => k.key().to_owned(),
        Card(id) => safe(id.as_str()),
        Connector(id) => safe(id.as_str()),
    }
}

fn safe(id: &str) -> String {
    id.chars()
        .take(crate::model::ids::MAX_ID_LEN)
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | ':') { c } else { '_' })
        .collect()
}

/// A number with at most one decimal, never `-0`.
pub fn num(v: f32) -> String {
    let tenths = (v * 10.0).round() as i64;
    let (sign, a) = if tenths < 0 { ("-", -tenths) } else { ("", tenths) };
    if a % 10 == 0 {
        format!("{sign}{}", a / 10)
    } else {
        format!("{sign}{}.{}", a / 10, a % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_have_one_decimal_and_no_negative_zero() {
        assert_eq!(num(0.0), "0");
        assert_eq!(num(-0.04), "0");
        assert_eq!(num(-0.05), "-0.1");
        assert_eq!(num(12.25), "12.3");
        assert_eq!(num(-1.5), "-1.5");
        assert_eq!(num(224.0), "224");
        assert_eq!(num(f32::NAN), "0");
    }

    #[test]
    fn unsafe_ids_are_reduced_to_the_charset() {
        assert_eq!(safe("c1"), "c1");
        assert_eq!(safe("x\"><script>"), "x___script_");
        assert_eq!(safe(&"a".repeat(100)).len(), 64);
    }
}
