//! SVG export of a laid-out blueprint.
//!
//! The exporter only draws the [`Scene`]; it decides colours and strokes, never positions.
//! The output is meant for browsers, Inkscape and office apps alike: text is real
//! `<text>`/`<tspan>` (no `foreignObject`), styling is presentation attributes (no CSS),
//! arrowheads are explicit polygons (no markers), nothing is referenced from outside.
//!
//! The document is streamed into one `String` by the small writer at the bottom of this
//! file rather than built as an `svg` crate tree: that tree costs a few allocations per
//! attribute, which for 10,000 cards and arrows took twice the whole export budget.
//!
//! Safety: user text only ever appears as text content, escaped (`& < >`) after the
//! characters XML 1.0 forbids are dropped. Attributes carry numbers, fixed colours,
//! validated `#rrggbb` colours and ids reduced to the id charset, and are escaped too.

use crate::layout::{self, BadgeKind, Point, Rect, Scene, TextBlock, Tone};
use crate::model::Blueprint;
use xml::Xml;

/// Font stack with sans CJK fallbacks, so Chinese never falls back to a serif font.
pub const FONT_FAMILY: &str =
    "'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, 'Noto Sans CJK SC', \
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
    let title = if doc.title.trim().is_empty() {
        "Service blueprint"
    } else {
        doc.title.as_str()
    };
    let desc: Vec<String> = [
        ("Scenario", &doc.scenario),
        ("Persona", &doc.persona),
        ("Description", &doc.description),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(k, v)| format!("{k}: {v}"))
    .collect();

    let mut w = Xml::with_capacity(1024 + 800 * (scene.cards.len() + scene.connectors.len()));
    w.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.open("svg")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("version", "1.1")
        .num("width", scene.width)
        .num("height", scene.height);
    w.raw(" viewBox=\"0 0 ");
    w.number(scene.width);
    w.raw(" ");
    w.number(scene.height);
    w.raw("\"");
    w.attr("font-family", FONT_FAMILY).end();
    w.open("title").end().text(title).close("title");
    if !desc.is_empty() {
        w.open("desc").end().text(&desc.join("\n")).close("desc");
    }
    rect(
        &mut w,
        &Rect {
            x: 0.0,
            y: 0.0,
            w: scene.width,
            h: scene.height,
        },
    )
    .attr("fill", "#ffffff")
    .empty();
    title_layer(&mut w, scene);
    lane_layer(&mut w, scene);
    stage_layer(&mut w, scene);
    connector_layer(&mut w, scene);
    line_layer(&mut w, scene);
    card_layer(&mut w, scene);
    connector_label_layer(&mut w, scene);
    w.close("svg");
    w.raw("\n");
    w.finish()
}

fn title_layer(w: &mut Xml, scene: &Scene) {
    let t = &scene.title;
    w.open("g")
        .attr("id", "title")
        .attr("data-id", "document")
        .end();
    text(w, &t.title, INK, &[]);
    text(w, &t.subtitle, MUTED, &[]);
    w.close("g");
}

fn lane_layer(w: &mut Xml, scene: &Scene) {
    w.open("g").attr("id", "lanes").end();
    for lane in &scene.lanes {
        let id = safe_id(&lane.element);
        w.open("g")
            .attr_pair("id", "lane-", &id)
            .attr("data-id", &id)
            .attr("data-kind", lane.kind.key());
        if lane.collapsed {
            w.attr("data-collapsed", "true");
        }
        w.end();
        rect(w, &lane.band)
            .attr("fill", &lane.fill)
            .attr("stroke", GRID)
            .empty();
        rect(w, &lane.header)
            .attr("fill", "#000000")
            .attr("fill-opacity", "0.05")
            .attr("stroke", GRID)
            .empty();
        text(w, &lane.name, INK, &[]);
        text(w, &lane.note, MUTED, &[("font-style", "italic")]);
        w.close("g");
    }
    w.close("g");
}

fn stage_layer(w: &mut Xml, scene: &Scene) {
    let bottom = scene.lanes.last().map(|l| l.band.bottom());
    w.open("g").attr("id", "stages").end();
    for stage in &scene.stages {
        let id = safe_id(&stage.element);
        let h = &stage.header;
        w.open("g")
            .attr_pair("id", "stage-", &id)
            .attr("data-id", &id)
            .end();
        rect(w, h)
            .attr("fill", STAGE_FILL)
            .attr("stroke", "#ffffff")
            .empty();
        if let Some(bottom) = bottom {
            // Column separator on the right edge of the stage.
            line(w, h.right(), h.bottom(), h.right(), bottom)
                .attr("stroke", GRID)
                .empty();
        }
        text(w, &stage.name, "#ffffff", &[]);
        w.close("g");
    }
    w.close("g");
}

fn line_layer(w: &mut Xml, scene: &Scene) {
    w.open("g").attr("id", "lines").end();
    for l in &scene.lines {
        let key = l.kind.key();
        w.open("g")
            .attr_pair("id", "line-", key)
            .attr("data-id", key)
            .end();
        line(w, l.x1, l.y, l.x2, l.y)
            .attr("stroke", l.color)
            .attr("stroke-width", "1.5");
        if let Some(dash) = l.dash {
            w.attr("stroke-dasharray", dash);
        }
        w.empty();
        rect(w, &l.label_box)
            .attr("fill", "#ffffff")
            .attr("fill-opacity", "0.85")
            .empty();
        text(w, &l.label, l.color, &[]);
        w.close("g");
    }
    w.close("g");
}

fn connector_layer(w: &mut Xml, scene: &Scene) {
    w.open("g").attr("id", "connectors").end();
    for c in &scene.connectors {
        let id = safe_id(&c.element);
        w.open("g")
            .attr_pair("id", "connector-", &id)
            .attr("data-id", &id)
            .attr("data-from", &safe(c.from.as_str()))
            .attr("data-to", &safe(c.to.as_str()))
            .end();
        w.open("polyline");
        points(w, &c.points);
        w.attr("fill", "none")
            .attr("stroke", ARROW)
            .attr("stroke-width", "1.5")
            .attr("stroke-linejoin", "round");
        if c.from_collapsed || c.to_collapsed {
            w.attr("stroke-dasharray", "4 3");
        }
        w.empty();
        for head in &c.arrowheads {
            w.open("polygon");
            points(w, &head.points);
            w.attr("fill", ARROW).empty();
        }
        w.close("g");
    }
    w.close("g");
}

fn connector_label_layer(w: &mut Xml, scene: &Scene) {
    w.open("g").attr("id", "connector-labels").end();
    for c in &scene.connectors {
        if let Some(label) = &c.label {
            w.open("g")
                .attr_pair("id", "connector-label-", &safe_id(&c.element))
                .end();
            rect(w, &label.rect)
                .attr("fill", "#ffffff")
                .attr("stroke", GRID)
                .attr("rx", "3")
                .empty();
            text(w, &label.text, MUTED, &[]);
            w.close("g");
        }
    }
    w.close("g");
}

fn card_layer(w: &mut Xml, scene: &Scene) {
    w.open("g").attr("id", "cards").end();
    for card in &scene.cards {
        let id = safe_id(&card.element);
        let (stroke, width) = if card.fail_point {
            (FAIL_STROKE, "1.5")
        } else {
            (CARD_STROKE, "1")
        };
        w.open("g")
            .attr_pair("id", "card-", &id)
            .attr("data-id", &id)
            .end();
        rect(w, &card.rect)
            .attr("rx", "4")
            .attr("fill", "#ffffff")
            .attr("stroke", stroke)
            .attr("stroke-width", width)
            .empty();
        text(w, &card.text, INK, &[]);
        text(w, &card.owner, MUTED, &[]);
        for badge in &card.badges {
            let (fill, edge, ink) = tone(badge.tone);
            w.open("g").attr("data-badge", badge_key(&badge.kind)).end();
            rect(w, &badge.rect)
                .attr("rx", "8")
                .attr("fill", fill)
                .attr("stroke", edge)
                .empty();
            w.open("text")
                .num("font-size", badge.font_size)
                .attr("font-weight", "bold")
                .attr("fill", ink)
                .end();
            tspan(w, &badge.label.text, badge.label.x, badge.label.y);
            w.close_inline("text");
            w.close("g");
        }
        w.close("g");
    }
    w.close("g");
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

/// A `<text>` with one `<tspan>` per wrapped line; nothing for an empty block. The tspans
/// follow each other without whitespace, which renderers could show as a leading space.
fn text(w: &mut Xml, block: &TextBlock, fill: &str, extra: &[(&str, &str)]) {
    if block.lines.is_empty() {
        return;
    }
    w.open("text")
        .num("font-size", block.font_size)
        .attr("fill", fill);
    if block.bold {
        w.attr("font-weight", "bold");
    }
    if block.centered {
        w.attr("text-anchor", "middle");
    }
    for (k, v) in extra {
        w.attr(k, v);
    }
    w.end();
    for l in &block.lines {
        tspan(w, &l.text, l.x, l.y);
    }
    w.close_inline("text");
}

fn tspan(w: &mut Xml, s: &str, x: f32, y: f32) {
    w.inline("tspan")
        .num("x", x)
        .num("y", y)
        .end()
        .text(s)
        .close_inline("tspan");
}

fn rect<'a>(w: &'a mut Xml, r: &Rect) -> &'a mut Xml {
    w.open("rect")
        .num("x", r.x)
        .num("y", r.y)
        .num("width", r.w)
        .num("height", r.h)
}

fn line(w: &mut Xml, x1: f32, y1: f32, x2: f32, y2: f32) -> &mut Xml {
    w.open("line")
        .num("x1", x1)
        .num("y1", y1)
        .num("x2", x2)
        .num("y2", y2)
}

fn points(w: &mut Xml, ps: &[Point]) {
    w.raw(" points=\"");
    for (i, p) in ps.iter().enumerate() {
        if i > 0 {
            w.raw(" ");
        }
        w.number(p.x);
        w.raw(",");
        w.number(p.y);
    }
    w.raw("\"");
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
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | ':') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// A number with at most one decimal, never `-0`.
pub fn num(v: f32) -> String {
    let mut s = String::new();
    xml::write_number(&mut s, v);
    s
}

/// A minimal streaming XML writer: start tags with attributes, escaped text, end tags.
mod xml {
    use crate::layout::metrics::is_xml_char;
    use std::fmt::Write;

    pub struct Xml {
        out: String,
    }

    impl Xml {
        pub fn with_capacity(n: usize) -> Self {
            Xml {
                out: String::with_capacity(n),
            }
        }

        pub fn finish(self) -> String {
            self.out
        }

        /// Trusted markup written as is.
        pub fn raw(&mut self, s: &str) {
            self.out.push_str(s);
        }

        /// Start a start tag on a new line; attributes follow, then [`Xml::end`] or
        /// [`Xml::empty`].
        pub fn open(&mut self, tag: &str) -> &mut Self {
            if !self.out.ends_with('\n') && !self.out.is_empty() {
                self.out.push('\n');
            }
            self.inline(tag)
        }

        /// Start a start tag where we are (inside text, where a newline would show).
        pub fn inline(&mut self, tag: &str) -> &mut Self {
            self.out.push('<');
            self.out.push_str(tag);
            self
        }

        pub fn attr(&mut self, name: &str, value: &str) -> &mut Self {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            self.escaped(value, true);
            self.out.push('"');
            self
        }

        /// An attribute whose value is `prefix` followed by `value`.
        pub fn attr_pair(&mut self, name: &str, prefix: &str, value: &str) -> &mut Self {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            self.escaped(prefix, true);
            self.escaped(value, true);
            self.out.push('"');
            self
        }

        pub fn num(&mut self, name: &str, v: f32) -> &mut Self {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            write_number(&mut self.out, v);
            self.out.push('"');
            self
        }

        pub fn number(&mut self, v: f32) {
            write_number(&mut self.out, v);
        }

        /// Close the start tag.
        pub fn end(&mut self) -> &mut Self {
            self.out.push('>');
            self
        }

        /// Close the tag as an empty element.
        pub fn empty(&mut self) {
            self.out.push_str("/>");
        }

        /// Text content: forbidden characters dropped, markup characters escaped.
        pub fn text(&mut self, s: &str) -> &mut Self {
            self.escaped(s, false);
            self
        }

        pub fn close(&mut self, tag: &str) {
            if self.out.ends_with('>') {
                self.out.push('\n');
            }
            self.close_inline(tag);
        }

        pub fn close_inline(&mut self, tag: &str) {
            self.out.push_str("</");
            self.out.push_str(tag);
            self.out.push('>');
        }

        fn escaped(&mut self, s: &str, attribute: bool) {
            for c in s.chars() {
                match c {
                    '&' => self.out.push_str("&amp;"),
                    '<' => self.out.push_str("&lt;"),
                    '>' => self.out.push_str("&gt;"),
                    '"' if attribute => self.out.push_str("&quot;"),
                    // Attribute values would normalise these to spaces.
                    '\n' | '\t' | '\r' if attribute => self.out.push(' '),
                    // A bare CR in text would be normalised away by parsers; keep it.
                    '\r' => self.out.push_str("&#13;"),
                    c if is_xml_char(c) => self.out.push(c),
                    _ => {}
                }
            }
        }
    }

    /// At most one decimal, never `-0`; written straight into `out`.
    pub fn write_number(out: &mut String, v: f32) {
        let tenths = (v * 10.0).round() as i64;
        if tenths < 0 {
            out.push('-');
        }
        let a = tenths.unsigned_abs();
        let _ = write!(out, "{}", a / 10);
        if a % 10 != 0 {
            out.push('.');
            out.push(char::from(b'0' + (a % 10) as u8));
        }
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

    #[test]
    fn writer_escapes_text_and_attributes() {
        let mut w = Xml::with_capacity(0);
        w.open("t")
            .attr("a", "\"<&>'\n")
            .end()
            .text("<b>&\"x\"]]>\u{0}\u{FFFF}\r")
            .close_inline("t");
        assert_eq!(
            w.finish(),
            "<t a=\"&quot;&lt;&amp;&gt;' \">&lt;b&gt;&amp;\"x\"]]&gt;&#13;</t>"
        );
    }
}
