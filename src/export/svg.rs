//! SVG export of a laid-out blueprint, built as an `svg` crate document tree.
//!
//! The exporter only translates the [`Scene`] into SVG: positions come from its
//! primitives, colours and strokes from its [`Paint`] (the theme layout resolved, see
//! [`crate::layout::paint`]) or from a primitive's own (a lane's fill, a line's colour), so
//! this file holds no colour of its own (a test checks it).
//! The output is meant for browsers, Inkscape and office apps alike: text is real
//! `<text>`/`<tspan>` (no `foreignObject`), styling is presentation attributes (no CSS),
//! arrowheads are explicit polygons (no markers), nothing is referenced from outside.
//!
//! Cost: the crate keeps each element's attributes in a `HashMap<String, Value>`, sorts
//! and escapes them on output, so time grows with the number of attributes and
//! allocations. Styling shared by a whole layer is therefore set once on the layer's `<g>`
//! and inherited (an element only carries what differs; the picture is the same), and
//! each card, connector and label is written into the output as soon as it is built (see
//! [`scene_to_svg`] and [`write_cards`]), so the output is the only copy of its text.
//!
//! Safety: user text only ever appears as text content (`svg::node::Text`, which escapes
//! `& < >`) after the characters XML 1.0 forbids are dropped. Attributes carry numbers,
//! the theme's colours, validated `#rrggbb` colours and ids reduced to the id charset; the
//! crate escapes attribute values too (`& < > " '`), as a second line of defence.
//!
//! Whitespace: the crate writes a newline before every child element, so a `<text>` with
//! several `<tspan>`s has a newline between them, which browsers turn into a space at the
//! end of the previous line. That space is invisible after a start-anchored line, but it
//! widens a centred line and shifts it left by half a space in browsers, so centred
//! blocks get one `<text>` per line instead.

mod bands;

use crate::layout::{self, metrics::xml_clean, BadgeKind, Paint, Point, Rect, Scene, TextBlock};
use crate::model::limits::{within, Field};
use crate::model::Blueprint;
use crate::words;
use std::fmt::Write;
use svg::node::element::{Description, Element, Group, Line, Polygon, Polyline, Rectangle, TSpan, Title};
use svg::node::{Blob, Node};
use svg::Document;

/// Font stack: the bundled fonts the layout measured the text in ([`crate::fonts`]), then
/// the system fonts nearest to them, with sans CJK fallbacks so Chinese never falls back
/// to a serif font.
pub const FONT_FAMILY: &str = "'Noto Sans', 'Noto Sans CJK SC', 'Segoe UI', 'Helvetica Neue', Arial, \
'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', sans-serif";

/// What a drawing may leave out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SvgOptions {
    /// The page's background rectangle, in the theme's page colour; without it the picture
    /// is transparent around what is drawn.
    pub background: bool,
}

impl Default for SvgOptions {
    fn default() -> Self {
        SvgOptions { background: true }
    }
}

/// Lay out `doc` and draw it as a standalone SVG document.
pub fn to_svg(doc: &Blueprint) -> String {
    scene_to_svg(&layout::layout(doc), doc)
}

/// Draw an already laid-out scene. `doc` supplies the title and description.
pub fn scene_to_svg(scene: &Scene, doc: &Blueprint) -> String {
    scene_to_svg_with(scene, doc, &SvgOptions::default())
}

/// [`scene_to_svg`], leaving out what `options` say.
pub fn scene_to_svg_with(scene: &Scene, doc: &Blueprint, options: &SvgOptions) -> String {
    // A value a file brought in over its limit is cut there, as the drawing cuts it.
    let title = if doc.title.trim().is_empty() { "Service blueprint".into() } else { within(Field::Title, &doc.title) };
    // In the blueprint's language, like the words drawn with it (slide tools show this as
    // the picture's alternative text).
    let l = doc.words_language();
    let desc: Vec<String> = [
        (words::scenario_prefix(l), Field::Scenario, &doc.scenario),
        (words::persona_prefix(l), Field::Persona, &doc.persona),
        (words::description_prefix(l), Field::Description, &doc.description),
    ]
    .into_iter()
    .filter(|(_, _, v)| !v.trim().is_empty())
    .map(|(k, field, v)| format!("{k}{}", within(field, v)))
    .collect();

    let (w, h) = (num(scene.width), num(scene.height));
    let mut svg = Document::new()
        .set("version", "1.1")
        .set("viewBox", format!("0 0 {w} {h}"))
        .set("width", w)
        .set("height", h)
        .set("font-family", FONT_FAMILY)
        .add(Title::new(content(&title)));
    if !desc.is_empty() {
        svg = svg.add(Description::new().add(svg::node::Text::new(content(&desc.join("\n")))));
    }
    if options.background {
        let page = Rect { x: 0.0, y: 0.0, w: scene.width, h: scene.height };
        svg = svg.add(rect(&page).set("fill", scene.paint.page));
    }
    let svg = svg.add(title_layer(scene)).add(lane_layer(scene)).add(stage_layer(scene));
    // Only a Scene with a heat map has its layer: the pictures without one stay as they were.
    let svg = match &scene.heat_map {
        Some(heat) => svg.add(heat_layer(scene, heat)),
        None => svg,
    };
    let svg =
        svg.add(connector_layer(scene)).add(line_layer(scene)).add(card_layer(scene)).add(connector_label_layer(scene));
    // Only a Scene with a band or a legend has its layer: the pictures without stay as they were.
    let svg = match &scene.emotion_curve {
        Some(band) => svg.add(bands::emotion_layer(scene, band)),
        None => svg,
    };
    let svg = match &scene.time_strip {
        Some(strip) => svg.add(bands::time_layer(scene, strip)),
        None => svg,
    };
    let svg = match &scene.legend {
        Some(legend) => svg.add(legend_layer(scene, legend)),
        None => svg,
    };
    let svg = match &scene.notes {
        Some(notes) => svg.add(notes_layer(scene, notes)),
        None => svg,
    };
    let skeleton = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}\n");
    // The layers of many elements are written straight into the output at their
    // placeholders: the picture's text is held once, not in pieces and then again whole.
    // Room is reserved generously: pages never written to take no memory.
    let mut out = String::with_capacity(skeleton.len() + 512 * (scene.cards.len() + scene.connectors.len()));
    let mut rest = skeleton.as_str();
    let many: [(&str, Writer); 3] = [(CONNECTORS, write_connectors), (CARDS, write_cards), (LABELS, write_labels)];
    for (placeholder, write) in many {
        if let Some((before, after)) = rest.split_once(placeholder) {
            out.push_str(before);
            write(scene, &mut out);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Writes the elements of a layer of many into the output.
type Writer = fn(&Scene, &mut String);

/// Where the layers of many elements (see [`scene_to_svg`]) are written. NUL is not XML,
/// so no text of the document can be taken for one.
const CONNECTORS: &str = "\u{0}connectors\u{0}";
const CARDS: &str = "\u{0}cards\u{0}";
const LABELS: &str = "\u{0}labels\u{0}";

/// `layer` with the placeholder of its elements, when it has any.
fn with_placeholder(layer: Group, placeholder: &'static str, any: bool) -> Group {
    if any {
        layer.add(Blob::new(placeholder))
    } else {
        layer
    }
}

/// One element of a layer of many, written where the crate would write it: each on a line
/// of its own.
fn write_element(out: &mut String, first: bool, element: &impl std::fmt::Display) {
    if !first {
        out.push('\n');
    }
    let _ = write!(out, "{element}");
}

fn title_layer(scene: &Scene) -> Group {
    let (t, paint) = (&scene.title, &scene.paint.title);
    let g = Group::new().set("id", "title").set("data-id", "document");
    let g = text(g, &t.title, Style::NONE, paint.title, &[]);
    text(g, &t.subtitle, Style::NONE, paint.subtitle, &[])
}

fn lane_layer(scene: &Scene) -> Group {
    let paint = &scene.paint.lane;
    let header_opacity = amount(paint.header_opacity);
    let mut layer = Group::new().set("id", "lanes");
    for lane in &scene.lanes {
        let id = safe_id(&lane.element);
        let mut g = Group::new().set("id", format!("lane-{id}")).set("data-id", id).set("data-kind", lane.kind.key());
        if lane.collapsed {
            g = g.set("data-collapsed", "true");
        }
        let g = g.add(rect(&lane.band).set("fill", lane.fill.as_str()).set("stroke", paint.stroke)).add(
            rect(&lane.header)
                .set("fill", paint.header_fill)
                .set("fill-opacity", header_opacity.as_str())
                .set("stroke", paint.stroke),
        );
        let g = text(g, &lane.name, Style::NONE, paint.name, &[]);
        let g = text(g, &lane.note, Style::NONE, paint.note, &[("font-style", "italic")]);
        layer = layer.add(g);
    }
    layer
}

fn stage_layer(scene: &Scene) -> Group {
    let bottom = scene.lanes.last().map(|l| l.band.bottom());
    let paint = &scene.paint.stage;
    let mut layer = Group::new().set("id", "stages");
    for stage in &scene.stages {
        let id = safe_id(&stage.element);
        let h = &stage.header;
        let mut g = Group::new()
            .set("id", format!("stage-{id}"))
            .set("data-id", id)
            .add(rect(h).set("fill", paint.fill).set("stroke", paint.stroke));
        if let Some(bottom) = bottom {
            // Column separator on the right edge of the stage.
            g = g.add(line(h.right(), h.bottom(), h.right(), bottom).set("stroke", paint.separator));
        }
        layer = layer.add(text(g, &stage.name, Style::NONE, paint.name, &[]));
    }
    layer
}

fn line_layer(scene: &Scene) -> Group {
    let paint = &scene.paint.line;
    let (width, label_opacity) = (amount(paint.width), amount(paint.label_opacity));
    let mut layer = Group::new().set("id", "lines");
    for l in &scene.lines {
        let key = l.kind.key();
        let mut stroke = line(l.x1, l.y, l.x2, l.y).set("stroke", l.color).set("stroke-width", width.as_str());
        if let Some(dash) = l.dash {
            stroke = stroke.set("stroke-dasharray", dash);
        }
        let g = Group::new()
            .set("id", format!("line-{key}"))
            .set("data-id", key)
            .add(stroke)
            .add(rect(&l.label_box).set("fill", paint.label_fill).set("fill-opacity", label_opacity.as_str()));
        layer = layer.add(text(g, &l.label, Style::NONE, l.color, &[]));
    }
    layer
}

/// Connectors share their stroke and the arrowheads' fill, set once on the layer; the
/// polyline turns the inherited fill off and the arrowheads turn the inherited stroke off.
fn connector_layer(scene: &Scene) -> Group {
    let paint = &scene.paint.connector;
    let layer = Group::new()
        .set("id", "connectors")
        .set("fill", paint.arrowhead)
        .set("stroke", paint.stroke)
        .set("stroke-width", amount(paint.width))
        .set("stroke-linejoin", paint.linejoin);
    with_placeholder(layer, CONNECTORS, !scene.connectors.is_empty())
}

fn write_connectors(scene: &Scene, out: &mut String) {
    let paint = &scene.paint.connector;
    for (i, c) in scene.connectors.iter().enumerate() {
        let id = safe_id(&c.element);
        let mut path = Polyline::new().set("points", points(&c.points)).set("fill", "none");
        if c.from_collapsed || c.to_collapsed {
            path = path.set("stroke-dasharray", paint.collapsed_dash);
        }
        let mut g = Group::new()
            .set("id", format!("connector-{id}"))
            .set("data-id", id)
            .set("data-from", safe(c.from.as_str()))
            .set("data-to", safe(c.to.as_str()))
            .add(path);
        for head in &c.arrowheads {
            g = g.add(Polygon::new().set("points", points(&head.points)).set("stroke", "none"));
        }
        write_element(out, i == 0, &g);
    }
}

/// Label text style is set once on the layer.
fn connector_label_layer(scene: &Scene) -> Group {
    let layer = Group::new().set("id", "connector-labels");
    match label_style(scene) {
        Some(style) => with_placeholder(style.set_on(layer), LABELS, true),
        None => layer,
    }
}

/// The labels' text style, from the first label; `None` when there is no label.
fn label_style(scene: &Scene) -> Option<Style> {
    let first = scene.connectors.iter().find_map(|c| c.label.as_ref())?;
    let fill = Some(scene.paint.connector_label.text);
    Some(Style { font_size: Some(first.text.font_size), fill, centered: first.text.centered })
}

fn write_labels(scene: &Scene, out: &mut String) {
    let Some(style) = label_style(scene) else { return };
    let paint = &scene.paint.connector_label;
    let radius = amount(paint.radius);
    let labels = scene.connectors.iter().filter_map(|c| Some((c, c.label.as_ref()?)));
    for (i, (c, label)) in labels.enumerate() {
        let g = Group::new()
            .set("id", format!("connector-label-{}", safe_id(&c.element)))
            .add(rect(&label.rect).set("fill", paint.fill).set("stroke", paint.stroke).set("rx", radius.as_str()));
        write_element(out, i == 0, &text(g, &label.text, style, paint.text, &[]));
    }
}

/// The card text's size and a normal card's text colour are set once on the layer; owner
/// lines and badges carry their own.
fn card_layer(scene: &Scene) -> Group {
    let layer = Group::new().set("id", "cards");
    match card_style(scene) {
        Some(style) => with_placeholder(style.set_on(layer), CARDS, true),
        None => layer,
    }
}

/// The cards' text style, from the first card; `None` when there is no card.
fn card_style(scene: &Scene) -> Option<Style> {
    let first = scene.cards.first()?;
    Some(Style { font_size: Some(first.text.font_size), fill: Some(scene.paint.card.normal.text), centered: false })
}

/// Each card is built and written at once: a card is a few dozen small allocations, freed
/// while they are still in cache, instead of a tree of 10,000 cards kept alive to be
/// written at the end (which halved the export time).
fn write_cards(scene: &Scene, out: &mut String) {
    let Some(style) = card_style(scene) else { return };
    let Paint { card: cards, badge: badges, .. } = &scene.paint;
    let mut amounts = Amounts::default();
    for (i, card) in scene.cards.iter().enumerate() {
        let id = safe_id(&card.element);
        let paint = cards.of(card.fail_point);
        let mut frame =
            rect(&card.rect).set("rx", amounts.get(paint.radius)).set("fill", paint.fill).set("stroke", paint.stroke);
        // A stroke width of 1 is SVG's default and is left out.
        if paint.width != 1.0 {
            frame = frame.set("stroke-width", amounts.get(paint.width));
        }
        let mut g = Group::new().set("id", format!("card-{id}")).set("data-id", id).add(frame);
        if let Some(band) = &card.colour_band {
            g = g.add(colour_band(band, &scene.paint.card_colour, &mut amounts));
        }
        let g = text(g, &card.text, style, paint.text, &[]);
        let g = text(g, &card.owner, style, paint.owner, &[]);
        let g = text(g, &card.notes, style, scene.paint.notes.text, &[]);
        let mut g = text(g, &card.tags, style, scene.paint.notes.tags, &[]);
        for badge in &card.badges {
            g = g.add(badge_group(badge, badges, &mut amounts));
        }
        write_element(out, i == 0, &g);
    }
}

/// A card's colour band, in its colour's paint.
fn colour_band(band: &layout::ColourBand, paints: &layout::CardColourPaints, amounts: &mut Amounts) -> Rectangle {
    rect(&band.rect).set("rx", amounts.get(band.radius)).set("fill", paints.of(band.colour))
}

/// A badge: its pill and its bold label, in its tone's paint.
fn badge_group(badge: &layout::Badge, badges: &layout::BadgePaints, amounts: &mut Amounts) -> Group {
    let paint = badges.of(badge.tone);
    let mut label = Element::new("text");
    label.assign("font-size", num(badge.font_size));
    label.assign("font-weight", "bold");
    label.assign("fill", paint.ink);
    label.append(tspan(&badge.label.text, badge.label.x, badge.label.y));
    Group::new()
        .set("data-badge", badge_key(&badge.kind))
        .add(rect(&badge.rect).set("rx", amounts.get(paint.radius)).set("fill", paint.fill).set("stroke", paint.stroke))
        .add(label)
}

/// The legend, when the Scene has one: its frame and title, then each item's swatches
/// (drawn as the drawing draws them) and words.
fn legend_layer(scene: &Scene, legend: &layout::Legend) -> Group {
    let mut layer = Group::new().set("id", "legend");
    let paint = &scene.paint;
    let mut amounts = Amounts::default();
    layer = layer.add(rect(&legend.frame).set("fill", paint.page).set("stroke", paint.lane.stroke));
    layer = text(layer, &legend.title, Style::NONE, paint.title.title, &[]);
    for item in &legend.items {
        let mut g = Group::new();
        for swatch in &item.swatches {
            g = match swatch {
                layout::Swatch::Badge { badge } => g.add(badge_group(badge, &paint.badge, &mut amounts)),
                layout::Swatch::Outline { rect: r, fail_point } => {
                    let card = paint.card.of(*fail_point);
                    let mut frame =
                        rect(r).set("rx", amounts.get(card.radius)).set("fill", card.fill).set("stroke", card.stroke);
                    if card.width != 1.0 {
                        frame = frame.set("stroke-width", amounts.get(card.width));
                    }
                    g.add(frame)
                }
                layout::Swatch::Bar { track, bar, wait, limit_x } => {
                    let p = &paint.strip;
                    let t = track;
                    g.add(rect(track).set("fill", p.track))
                        .add(rect(bar).set("fill", p.bar))
                        .add(rect(wait).set("fill", p.wait))
                        .add(
                            line(*limit_x, t.y - 3.0, *limit_x, t.bottom() + 3.0)
                                .set("stroke", p.limit)
                                .set("stroke-width", amount(p.limit_width)),
                        )
                }
                layout::Swatch::Line { x1, x2, y, color, dash } => {
                    let mut stroke =
                        line(*x1, *y, *x2, *y).set("stroke", *color).set("stroke-width", amount(paint.line.width));
                    if let Some(dash) = dash {
                        stroke = stroke.set("stroke-dasharray", *dash);
                    }
                    g.add(stroke)
                }
                layout::Swatch::Heat { rect: r, by, level } => match paint.heat.of(*by) {
                    Some(fill) => g.add(
                        rect(r).set("fill", fill).set("fill-opacity", amounts.get(heat_opacity(&paint.heat, *level))),
                    ),
                    None => g,
                },
                layout::Swatch::Ring { rect: r } => g.add(ring_rect(r, &paint.heat, &mut amounts)),
            };
        }
        layer = layer.add(text(g, &item.text, Style::NONE, paint.title.subtitle, &[]));
    }
    layer
}

/// The heat map's cells, each at its level's opacity of the one colour of the layer, and
/// its rings; under the connectors and cards.
fn heat_layer(scene: &Scene, heat: &layout::HeatMap) -> Group {
    let paint = &scene.paint.heat;
    let mut layer = Group::new().set("id", "heat-map").set("data-by", heat.by.key());
    if let Some(fill) = paint.of(heat.by) {
        layer = layer.set("fill", fill);
    }
    let mut amounts = Amounts::default();
    for cell in &heat.cells {
        layer = layer.add(
            rect(&cell.rect)
                .set("fill-opacity", amounts.get(heat_opacity(paint, cell.level)))
                .set("data-value", cell.value),
        );
    }
    for ring in &heat.rings {
        layer = layer.add(ring_rect(ring, paint, &mut amounts));
    }
    layer
}

/// The footnotes, when the Scene has them: the frame and title as the legend's, then each
/// note's number, text and tags. The texts sit in the layer beside the frame, the box they
/// are drawn in.
fn notes_layer(scene: &Scene, notes: &layout::NotesBlock) -> Group {
    let paint = &scene.paint;
    let mut layer = Group::new().set("id", "notes");
    layer = layer.add(rect(&notes.frame).set("fill", paint.page).set("stroke", paint.lane.stroke));
    layer = text(layer, &notes.title, Style::NONE, paint.title.title, &[]);
    for item in &notes.items {
        layer = text(layer, &item.number, Style::NONE, paint.notes.number, &[]);
        layer = text(layer, &item.text, Style::NONE, paint.notes.text, &[]);
        layer = text(layer, &item.tags, Style::NONE, paint.notes.tags, &[]);
    }
    layer
}

/// The opacity of a heat map's `level` (1 to 5).
fn heat_opacity(paint: &layout::HeatPaint, level: u8) -> f32 {
    paint.levels[usize::from(level.clamp(1, 5)) - 1]
}

fn ring_rect(r: &Rect, paint: &layout::HeatPaint, amounts: &mut Amounts) -> Rectangle {
    rect(r)
        .set("rx", 6)
        .set("fill", "none")
        .set("stroke", paint.ring)
        .set("stroke-width", amounts.get(paint.ring_width))
        .set("stroke-dasharray", paint.ring_dash)
}

fn badge_key(kind: &BadgeKind) -> &'static str {
    match kind {
        BadgeKind::KeyMoment => "key_moment",
        BadgeKind::Note { .. } => "note",
        BadgeKind::FailPoint { .. } => "fail",
        BadgeKind::Wait => "wait",
        BadgeKind::Emotion { .. } => "emotion",
        BadgeKind::Time { .. } => "time",
        BadgeKind::Channel { .. } => "channel",
    }
}

/// Text presentation attributes a layer's `<g>` sets for the texts in it.
#[derive(Clone, Copy)]
struct Style {
    font_size: Option<f32>,
    fill: Option<&'static str>,
    centered: bool,
}

impl Style {
    /// A layer that sets nothing.
    const NONE: Style = Style { font_size: None, fill: None, centered: false };

    fn set_on(self, mut g: Group) -> Group {
        if let Some(size) = self.font_size {
            g = g.set("font-size", num(size));
        }
        if let Some(fill) = self.fill {
            g = g.set("fill", fill);
        }
        if self.centered {
            g = g.set("text-anchor", "middle");
        }
        g
    }
}

/// Append `block` in colour `fill` to `g`: a `<text>` with one `<tspan>` per wrapped
/// line, or for a centred block one `<text>` per line (see the module notes on
/// whitespace); nothing for an empty block. Attributes the layer already sets to the
/// same value are left out.
fn text(mut g: Group, block: &TextBlock, layer: Style, fill: &'static str, extra: &[(&str, &str)]) -> Group {
    if block.lines.is_empty() {
        return g;
    }
    let start = || {
        let mut t = Element::new("text");
        if layer.font_size != Some(block.font_size) {
            t.assign("font-size", num(block.font_size));
        }
        if layer.fill != Some(fill) {
            t.assign("fill", fill);
        }
        if block.bold {
            t.assign("font-weight", "bold");
        }
        if block.centered != layer.centered {
            t.assign("text-anchor", if block.centered { "middle" } else { "start" });
        }
        for (k, v) in extra {
            t.assign(*k, *v);
        }
        t
    };
    if block.centered {
        for l in &block.lines {
            let mut t = start();
            t.append(tspan(&l.text, l.x, l.y));
            g = g.add(t);
        }
    } else {
        let mut t = start();
        for l in &block.lines {
            t.append(tspan(&l.text, l.x, l.y));
        }
        g = g.add(t);
    }
    g
}

fn tspan(s: &str, x: f32, y: f32) -> TSpan {
    TSpan::new(content(s)).set("x", num(x)).set("y", num(y))
}

fn rect(r: &Rect) -> Rectangle {
    Rectangle::new().set("x", num(r.x)).set("y", num(r.y)).set("width", num(r.w)).set("height", num(r.h))
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
        write_number(&mut s, p.x);
        s.push(',');
        write_number(&mut s, p.y);
    }
    s
}

/// Text content for the crate's text node (which escapes `& < >`): characters XML 1.0
/// forbids dropped, and line ends as `\n`, which is what a parser would make of a bare CR.
fn content(s: &str) -> String {
    let s = xml_clean(s);
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s.into_owned()
    }
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

/// A paint amount (opacity, stroke width, radius) as the theme gives it: `0.05`, `1.5`, `4`.
fn amount(v: f32) -> String {
    v.to_string()
}

/// Paint amounts written as [`amount`] once per value, not once per card or badge.
#[derive(Default)]
struct Amounts(Vec<(f32, String)>);

impl Amounts {
    fn get(&mut self, v: f32) -> &str {
        let i = match self.0.iter().position(|(a, _)| *a == v) {
            Some(i) => i,
            None => {
                self.0.push((v, amount(v)));
                self.0.len() - 1
            }
        };
        &self.0[i].1
    }
}

/// A number with at most one decimal, never `-0`.
pub fn num(v: f32) -> String {
    let mut s = String::with_capacity(8);
    write_number(&mut s, v);
    s
}

fn write_number(out: &mut String, v: f32) {
    let tenths = (v * 10.0).round() as i64;
    if tenths < 0 {
        out.push('-');
    }
    let a = tenths.unsigned_abs();
    let _ = write!(out, "{}", a / 10);
    if !a.is_multiple_of(10) {
        out.push('.');
        out.push(char::from(b'0' + (a % 10) as u8));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Card, Connector, Lane, LaneKind, Stage};
    use roxmltree::Document as Xml;

    /// Colours come from the Scene's paint: none is written in this file outside its tests.
    #[test]
    fn no_colour_literal_outside_the_tests() {
        // The bands' file first: the cut at the tests is in svg.rs.
        let source = [include_str!("svg/bands.rs"), include_str!("svg.rs")].join("\n");
        let code = &source[..source.find("#[cfg(test)]").unwrap()];
        let literals: Vec<&str> = code
            .match_indices('#')
            .map(|(i, _)| &code[i..])
            .map(|rest| &rest[..1 + rest[1..].bytes().take_while(u8::is_ascii_hexdigit).count()])
            .filter(|hash| hash.len() >= 4)
            .collect();
        assert!(literals.is_empty(), "colour literals in svg.rs: {literals:?}");
        let named = ["white", "black", "rgb(", "hsl("];
        for word in named {
            assert!(!code.contains(&format!("\"{word}")), "a named colour in svg.rs: {word}");
        }
    }

    #[test]
    fn the_bundled_fonts_come_first_by_their_family_names() {
        let first = format!("'{}', '{}', ", crate::fonts::LATIN, crate::fonts::CJK);
        assert!(FONT_FAMILY.starts_with(&first), "{FONT_FAMILY}");
    }

    #[test]
    fn without_its_background_the_page_is_transparent() {
        let b = wrapped();
        let scene = layout::layout(&b);
        let page = format!("fill=\"{}\"", scene.paint.page);
        let with = scene_to_svg(&scene, &b);
        let without = scene_to_svg_with(&scene, &b, &SvgOptions { background: false });
        let first_rect = |svg: &str| svg[svg.find("<rect").unwrap()..].split('>').next().unwrap().to_owned();
        assert!(first_rect(&with).contains(&page), "{}", first_rect(&with));
        assert!(!first_rect(&without).contains(&page), "{}", first_rect(&without));
        assert_eq!(with.len() - without.len(), first_rect(&with).len() + 2);
    }

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
    fn the_crate_escapes_text_and_attribute_values() {
        let t = TSpan::new(content("<b>&\"x\"]]>\u{0}\u{FFFF}\r\n")).set("a", "\"<&>'");
        assert_eq!(t.to_string(), "<tspan a=\"&quot;&lt;&amp;&gt;&apos;\">&lt;b&gt;&amp;\"x\"]]&gt;\n</tspan>");
    }

    /// Long stage names and connector labels wrap into several centred lines.
    fn wrapped() -> Blueprint {
        let mut b = Blueprint::empty("Wrapped");
        let long = "A stage name long enough to wrap over several lines of its header";
        b.stages.push(Stage::new("s1", long));
        b.stages.push(Stage::new("s2", "Pay"));
        b.lanes.push(Lane::new("l1", LaneKind::Customer, "Customer"));
        let text = "Card text that is long enough to need three or more wrapped lines here";
        for (id, stage) in [("c1", "s1"), ("c2", "s2")] {
            let card = Card::new(id, "l1", stage, text);
            b.cards.insert(card.id.clone(), card);
        }
        let mut a = Connector::new("a1", "c1", "c2");
        a.label = "a connector label long enough to wrap onto two lines at least".into();
        b.connectors.insert(a.id.clone(), a);
        b
    }

    fn lines(b: &TextBlock) -> impl Iterator<Item = &str> {
        b.lines.iter().map(|l| l.text.as_str())
    }

    #[test]
    fn every_tspan_holds_exactly_its_wrapped_line() {
        let b = wrapped();
        let scene = layout::layout(&b);
        let svg = scene_to_svg(&scene, &b);
        let xml = Xml::parse(&svg).unwrap();
        let shown: Vec<&str> =
            xml.descendants().filter(|n| n.has_tag_name("tspan")).map(|n| n.text().unwrap()).collect();
        let mut blocks: Vec<&TextBlock> = vec![&scene.title.title, &scene.title.subtitle];
        for l in &scene.lanes {
            blocks.extend([&l.name, &l.note]);
        }
        blocks.extend(scene.stages.iter().map(|s| &s.name));
        blocks.extend(scene.lines.iter().map(|l| &l.label));
        let mut want: Vec<&str> = Vec::new();
        blocks.iter().for_each(|b| want.extend(lines(b)));
        for c in &scene.cards {
            want.extend(lines(&c.text));
            want.extend(lines(&c.owner));
            want.extend(c.badges.iter().map(|b| b.label.text.as_str()));
        }
        for c in &scene.connectors {
            c.label.iter().for_each(|l| want.extend(lines(&l.text)));
        }
        assert!(scene.cards[0].text.lines.len() >= 3);
        assert_eq!(shown, want);
    }

    #[test]
    fn centred_lines_share_no_text_element_so_no_space_shifts_them() {
        let b = wrapped();
        let svg = to_svg(&b);
        let xml = Xml::parse(&svg).unwrap();
        let mut centred = 0;
        for t in xml.descendants().filter(|n| n.has_tag_name("text")) {
            let anchor = t.ancestors().find_map(|a| a.attribute("text-anchor"));
            let spans = t.children().filter(|n| n.is_element()).count();
            if anchor == Some("middle") {
                centred += 1;
                assert_eq!(spans, 1, "{:?}", t.text());
            }
            // Between tspans there is only whitespace, which renders as nothing visible
            // after a start-anchored line.
            for n in t.children().filter(|n| n.is_text()) {
                assert!(n.text().unwrap().trim().is_empty());
            }
        }
        // The long stage name and the label each take several lines.
        assert!(centred >= 5, "{centred}");
    }

    #[test]
    fn shared_styling_sits_on_the_layer_once() {
        let b = wrapped();
        let svg = to_svg(&b);
        let xml = Xml::parse(&svg).unwrap();
        let by_id = |id: &str| xml.descendants().find(|n| n.attribute("id") == Some(id));
        let cards = by_id("cards").unwrap();
        let paint = &layout::PAPER.paint;
        assert_eq!(cards.attribute("fill"), Some(paint.card.normal.text));
        let card_text = by_id("card-c1").unwrap().children().find(|n| n.has_tag_name("text")).unwrap();
        assert_eq!(card_text.attribute("font-size"), None);
        assert_eq!(card_text.attribute("fill"), None);
        let connectors = by_id("connectors").unwrap();
        assert_eq!(connectors.attribute("stroke"), Some(paint.connector.stroke));
        let a1 = by_id("connector-a1").unwrap();
        let head = a1.children().find(|n| n.has_tag_name("polygon")).unwrap();
        assert_eq!(head.attribute("stroke"), Some("none"));
        let path = a1.children().find(|n| n.has_tag_name("polyline")).unwrap();
        assert_eq!(path.attribute("fill"), Some("none"));
    }

    #[test]
    fn bands_notes_and_footnotes_are_drawn_from_the_scene_and_user_text_stays_text() {
        use crate::model::{CardColour, NotesDisplay};
        let mut b = wrapped();
        let hostile = "<script>alert('x')</script> & \u{0}\"quoted\"";
        for c in b.cards.values_mut() {
            c.colour = Some(CardColour::Purple);
            c.key_moment = true;
            c.notes = hostile.into();
            c.tags = vec!["</text><g>".into()];
        }
        for display in [NotesDisplay::OnCard, NotesDisplay::Footnotes] {
            b.display.notes = display;
            let scene = layout::layout(&b);
            let svg = scene_to_svg(&scene, &b);
            let xml = Xml::parse(&svg).expect("well-formed whatever the notes say");
            assert!(!svg.contains("<script>") && !svg.contains("</text><g>"));
            let card = xml.descendants().find(|n| n.attribute("id") == Some("card-c1")).unwrap();
            let rects: Vec<_> = card.children().filter(|n| n.has_tag_name("rect")).collect();
            let band = scene.cards[0].colour_band.unwrap();
            assert_eq!(rects[1].attribute("fill"), Some(scene.paint.card_colour.purple));
            assert_eq!(rects[1].attribute("y"), Some(num(band.rect.y).as_str()));
            let key = card.descendants().find(|n| n.attribute("data-badge") == Some("key_moment")).unwrap();
            assert_eq!(
                key.children().find(|n| n.has_tag_name("rect")).unwrap().attribute("fill"),
                Some(scene.paint.badge.key.fill)
            );
            let shown: String = xml
                .descendants()
                .filter(|n| n.has_tag_name("tspan"))
                .filter_map(|n| n.text())
                .collect::<Vec<_>>()
                .join(" ");
            assert!(shown.contains("<script>alert('x')</script>") || shown.contains("<script>alert('x')"), "{shown}");
            assert!(shown.contains("#</text><g>"), "{shown}");
            let notes = xml.descendants().find(|n| n.attribute("id") == Some("notes"));
            assert_eq!(notes.is_some(), display == NotesDisplay::Footnotes);
            if let Some(notes) = notes {
                let block = scene.notes.as_ref().unwrap();
                let texts: Vec<_> = notes.children().filter(|n| n.has_tag_name("text")).collect();
                // The title, and per card its number, its notes and its tags.
                assert_eq!(texts.len(), 1 + 3 * block.items.len());
                assert_eq!(texts[1].attribute("fill"), Some(scene.paint.notes.number));
                assert_eq!(
                    notes.children().find(|n| n.has_tag_name("rect")).unwrap().attribute("height"),
                    Some(num(block.frame.h).as_str())
                );
            }
        }
    }
}
