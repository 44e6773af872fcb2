//! Paint: every colour and stroke a blueprint is drawn with, decided here and nowhere else.
//!
//! A [`Theme`] is one set of those choices; [`PAPER`] is the light theme the editor and the
//! exports draw with. Layout resolves the theme into the Scene and renderers (the SVG
//! export, the editor's canvas) only translate what they find there, so the screen shows
//! what the export shows by construction. Adding a colour is one field here and its value
//! in each theme; adding a theme is one more `const Theme`.
//!
//! Where the paint sits in the Scene:
//!
//! - What is the same for every element of a kind is resolved once per Scene, in
//!   [`Scene::paint`](super::Scene::paint): the theme's [`Paint`] (a `&'static`
//!   reference, so a layout copies nothing for it), with one entry per role: the page,
//!   the title, lane bands, stage headers, lines' label backdrops, connectors and their
//!   labels, cards, badges and the editor's problem marks. At 5,000 cards the Scene is
//!   megabytes of JSON sent to the editor, so no colour string is repeated on every card,
//!   badge or text: about a kilobyte for the whole Scene, and a Scene delta needs to send
//!   it only when the theme changes (it is compared whole, like the stage columns).
//! - A primitive names its role where the role varies: a card by
//!   [`CardBox::fail_point`](super::CardBox::fail_point) (→ [`CardPaints::of`]), a badge
//!   by its [`Tone`] (→ [`BadgePaints::of`]; the fields are named as the tones serialize,
//!   so a renderer in TypeScript reads `paint.badge[badge.tone]`), a card's colour band by
//!   its [`CardColour`] (→ [`CardColourPaints::of`], `paint.card_colour[band.colour]`).
//! - What already varies by element stays on the element: a lane's fill
//!   ([`LaneBand::fill`](super::LaneBand::fill): the document's colour, or the theme's
//!   default for its kind) and a line's colour and dash
//!   ([`LineGeom::color`](super::LineGeom::color), [`LineGeom::dash`](super::LineGeom::dash),
//!   from the theme's [`Theme::line`]).
//!
//! Colours are `#rrggbb` strings (`&'static str`, serialized as they are), opacities,
//! widths and radii plain numbers in the Scene's units. Typography (bold, italic, sizes)
//! is not paint: it stays with the text blocks and the renderers.
//!
//! The lane kinds' default fills stay in the model ([`LaneKind::default_color`]): they say
//! what a lane without a colour of its own looks like in the document (`Lane::fill`, the
//! editor's catalogue of lane kinds), and the model must not depend on layout. The paper
//! theme refers to them; another theme can give its own.

use super::scene::Tone;
use crate::model::{CardColour, LaneKind, LineKind, Overlay};
use serde::Serialize;

/// A `#rrggbb` colour.
pub type Color = &'static str;

/// How a blueprint is painted: the per-Scene [`Paint`], and the choices that vary by an
/// element's kind, which layout puts on the element.
#[derive(Clone, Copy, Debug)]
pub struct Theme {
    pub paint: Paint,
    /// A lane's fill when the document gives it none (or an invalid one).
    pub lane_fill: fn(LaneKind) -> Color,
    /// A line's colour and dash.
    pub line: fn(LineKind) -> LineStyle,
}

/// A line's stroke.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineStyle {
    pub color: Color,
    /// SVG dash array, e.g. `"8 4"`; `None` is solid.
    pub dash: Option<&'static str>,
}

/// Everything a Scene is painted with that does not vary by element (see the module notes).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Paint {
    /// The page under everything.
    pub page: Color,
    pub title: TitlePaint,
    pub lane: LanePaint,
    pub stage: StagePaint,
    pub line: LinePaint,
    pub connector: ConnectorPaint,
    pub connector_label: ConnectorLabelPaint,
    pub card: CardPaints,
    /// The band of a card with a colour of its own, by [`CardColour`].
    pub card_colour: CardColourPaints,
    pub badge: BadgePaints,
    /// The rows under the grid (emotion curve, time strip): their band and header.
    pub band: BandPaint,
    pub curve: CurvePaint,
    pub strip: StripPaint,
    /// Notes and tags, on the cards or in the notes block under the grid.
    pub notes: NotesPaint,
    /// The editor's marks on elements; nothing of them is exported.
    pub mark: MarkPaint,
    /// The heat map (View › Overlay).
    pub heat: HeatPaint,
}

/// Title and subtitle text.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TitlePaint {
    pub title: Color,
    /// Scenario and persona.
    pub subtitle: Color,
}

/// Lane bands; each band's own fill is [`LaneBand::fill`](super::LaneBand::fill).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LanePaint {
    /// Outline of the band and of its header.
    pub stroke: Color,
    /// Laid over the band's fill in the header, at `header_opacity`: a darker shade of it.
    pub header_fill: Color,
    pub header_opacity: f32,
    pub name: Color,
    /// "3 cards hidden" under a collapsed lane's name.
    pub note: Color,
}

/// Stage headers and the separators between stage columns.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StagePaint {
    pub fill: Color,
    pub stroke: Color,
    pub name: Color,
    /// The line on a column's right edge, from its header to the last lane.
    pub separator: Color,
}

/// Lines; each line's colour and dash are its own ([`LineGeom`](super::LineGeom)), and its
/// label is drawn in its colour.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LinePaint {
    pub width: f32,
    /// The backdrop behind a label, so connectors crossing it do not hide it.
    pub label_fill: Color,
    pub label_opacity: f32,
}

/// Connectors and their arrowheads.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ConnectorPaint {
    pub stroke: Color,
    pub width: f32,
    /// SVG `stroke-linejoin` of the polyline's corners.
    pub linejoin: &'static str,
    /// SVG dash array of a connector with an end in a collapsed lane.
    pub collapsed_dash: &'static str,
    /// Fill of the arrowheads (drawn without a stroke).
    pub arrowhead: Color,
}

/// A connector's label on its box.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ConnectorLabelPaint {
    pub fill: Color,
    pub stroke: Color,
    /// Corner radius of the box.
    pub radius: f32,
    pub text: Color,
}

/// A card's box and text.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CardPaint {
    pub fill: Color,
    pub stroke: Color,
    pub width: f32,
    /// Corner radius of the box.
    pub radius: f32,
    pub text: Color,
    /// "Owner: …" under the text.
    pub owner: Color,
}

/// Cards, by [`CardBox::fail_point`](super::CardBox::fail_point).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CardPaints {
    pub normal: CardPaint,
    pub fail_point: CardPaint,
}

impl CardPaints {
    /// The paint of a card that is a fail point or not.
    pub fn of(&self, fail_point: bool) -> &CardPaint {
        if fail_point {
            &self.fail_point
        } else {
            &self.normal
        }
    }
}

/// The bands of cards with a colour of their own; the fields are named as the colours
/// serialize, so a renderer in TypeScript reads `paint.card_colour[band.colour]`.
///
/// A band, not the card's fill: the lanes are filled with pale colours of the same hues
/// (a yellow card on the customer lane's cream would all but vanish), a red fill would
/// blur the fail point's red outline, and a white card keeps its text's contrast whatever
/// the colour. So the colours are strong ones, each at least 3:1 against the card's fill
/// (a test checks it), as a graphic mark must be to be seen.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CardColourPaints {
    pub red: Color,
    pub orange: Color,
    pub yellow: Color,
    pub green: Color,
    pub blue: Color,
    pub purple: Color,
    pub grey: Color,
}

impl CardColourPaints {
    /// The band's colour of a card marked `c`.
    pub fn of(&self, c: CardColour) -> Color {
        match c {
            CardColour::Red => self.red,
            CardColour::Orange => self.orange,
            CardColour::Yellow => self.yellow,
            CardColour::Green => self.green,
            CardColour::Blue => self.blue,
            CardColour::Purple => self.purple,
            CardColour::Grey => self.grey,
        }
    }
}

/// Notes and tags: under a card's text, or numbered in the block under the grid.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NotesPaint {
    pub text: Color,
    pub tags: Color,
    /// A footnote's number in the block.
    pub number: Color,
}

/// A badge's pill and label.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BadgePaint {
    pub fill: Color,
    pub stroke: Color,
    /// The label's colour.
    pub ink: Color,
    /// Corner radius of the pill.
    pub radius: f32,
}

/// Badges, by [`Tone`]; the fields are named as the tones serialize.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BadgePaints {
    pub alert: BadgePaint,
    pub warn: BadgePaint,
    pub neutral: BadgePaint,
    pub good: BadgePaint,
    pub info: BadgePaint,
    pub key: BadgePaint,
}

impl BadgePaints {
    /// The paint of a badge of tone `t`.
    pub fn of(&self, t: Tone) -> &BadgePaint {
        match t {
            Tone::Alert => &self.alert,
            Tone::Warn => &self.warn,
            Tone::Neutral => &self.neutral,
            Tone::Good => &self.good,
            Tone::Info => &self.info,
            Tone::Key => &self.key,
        }
    }
}

/// A row under the grid: its band, outlined as a lane, and its header in the lanes'
/// header paint (`lane.header_fill` at `lane.header_opacity`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BandPaint {
    pub fill: Color,
    pub stroke: Color,
    /// The row's name in its header.
    pub name: Color,
    /// Figures and scales.
    pub text: Color,
}

/// The customer's emotion curve.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CurvePaint {
    pub line: Color,
    pub width: f32,
    /// The zero line, dashed.
    pub zero: Color,
    pub zero_dash: &'static str,
    /// A point at or above zero, and one below.
    pub point: Color,
    pub low: Color,
    pub radius: f32,
    /// A dip's label: its words, on a backdrop so the line does not strike through them.
    pub dip: Color,
    pub label_fill: Color,
    pub label_opacity: f32,
}

/// The time strip's bars.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StripPaint {
    /// Under the bar, across the whole scale.
    pub track: Color,
    pub bar: Color,
    /// The part of the bar the customer spends waiting.
    pub wait: Color,
    /// A bar over its limit, and the words that say by how much.
    pub over: Color,
    /// The mark at the limit (standard or tolerance).
    pub limit: Color,
    pub limit_width: f32,
    /// The time against its limit.
    pub figure: Color,
}

/// The colours the editor marks elements with: the worst problem's severity (the fields
/// are named as `Severity` serializes, so TypeScript reads `paint.mark[severity]`) and the
/// selection.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MarkPaint {
    pub error: Color,
    pub warning: Color,
    /// The canvas rings no info problem today; this is the colour the problem list's light
    /// theme marks them with.
    pub info: Color,
    pub selected: Color,
}

/// The heat map: a colour per measure it shades by (the fields are named as `Overlay`
/// serializes, so TypeScript reads `paint.heat[by]`), the opacity of each level, lightest
/// first, and the ring around an unrecovered fail point.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HeatPaint {
    pub fail_points: Color,
    pub waits: Color,
    pub time: Color,
    pub levels: [f32; 5],
    pub ring: Color,
    pub ring_width: f32,
    pub ring_dash: &'static str,
}

impl HeatPaint {
    /// The colour of a heat map shaded by `by` (`None` for no heat map).
    pub fn of(&self, by: Overlay) -> Option<Color> {
        match by {
            Overlay::None => None,
            Overlay::FailPoints => Some(self.fail_points),
            Overlay::Waits => Some(self.waits),
            Overlay::Time => Some(self.time),
        }
    }
}

const INK: Color = "#1f2328";
const MUTED: Color = "#57606a";
const GRID: Color = "#d0d7de";
const WHITE: Color = "#ffffff";
const RED: Color = "#cf222e";
const AMBER: Color = "#bf8700";
const GREY: Color = "#8c959f";

/// The light theme the editor and the exports draw with.
pub static PAPER: Theme = Theme {
    paint: Paint {
        page: WHITE,
        title: TitlePaint { title: INK, subtitle: MUTED },
        lane: LanePaint { stroke: GRID, header_fill: "#000000", header_opacity: 0.05, name: INK, note: MUTED },
        stage: StagePaint { fill: "#24323f", stroke: WHITE, name: WHITE, separator: GRID },
        line: LinePaint { width: 1.5, label_fill: WHITE, label_opacity: 0.85 },
        connector: ConnectorPaint {
            stroke: MUTED,
            width: 1.5,
            linejoin: "round",
            collapsed_dash: "4 3",
            arrowhead: MUTED,
        },
        connector_label: ConnectorLabelPaint { fill: WHITE, stroke: GRID, radius: 3.0, text: MUTED },
        card: CardPaints {
            normal: CardPaint { fill: WHITE, stroke: GREY, width: 1.0, radius: 4.0, text: INK, owner: MUTED },
            fail_point: CardPaint { fill: WHITE, stroke: RED, width: 1.5, radius: 4.0, text: INK, owner: MUTED },
        },
        card_colour: CardColourPaints {
            red: RED,
            orange: "#bc4c00",
            yellow: "#b08800",
            green: "#1a7f37",
            blue: "#0969da",
            purple: "#8250df",
            grey: "#6e7781",
        },
        badge: BadgePaints {
            alert: BadgePaint { fill: "#ffebe9", stroke: RED, ink: "#a40e26", radius: 8.0 },
            warn: BadgePaint { fill: "#fff8c5", stroke: AMBER, ink: "#7d4e00", radius: 8.0 },
            neutral: BadgePaint { fill: "#eef1f4", stroke: GREY, ink: "#424a53", radius: 8.0 },
            good: BadgePaint { fill: "#dafbe1", stroke: "#2da44e", ink: "#116329", radius: 8.0 },
            info: BadgePaint { fill: "#ddf4ff", stroke: "#218bff", ink: "#0a3069", radius: 8.0 },
            // Solid ink and white words: it reads as strongly on a black-and-white print.
            key: BadgePaint { fill: INK, stroke: INK, ink: WHITE, radius: 8.0 },
        },
        band: BandPaint { fill: "#f6f8fa", stroke: GRID, name: INK, text: MUTED },
        curve: CurvePaint {
            line: "#1f6feb",
            width: 2.0,
            zero: GREY,
            zero_dash: "4 3",
            point: "#1f6feb",
            low: RED,
            radius: 3.5,
            dip: "#a40e26",
            label_fill: WHITE,
            label_opacity: 0.85,
        },
        strip: StripPaint {
            track: "#eaeef2",
            bar: "#218bff",
            wait: AMBER,
            over: RED,
            limit: INK,
            limit_width: 1.5,
            figure: INK,
        },
        notes: NotesPaint { text: "#424a53", tags: MUTED, number: INK },
        mark: MarkPaint { error: RED, warning: AMBER, info: GREY, selected: "#1a73e8" },
        // Light enough at the darkest level (0.45) for black text on the cards' white to
        // stay readable where a card does not cover its cell.
        heat: HeatPaint {
            fail_points: "#d1242f",
            waits: "#d4a72c",
            time: "#0969da",
            levels: [0.08, 0.16, 0.25, 0.35, 0.45],
            ring: "#a40e26",
            ring_width: 2.5,
            ring_dash: "6 3",
        },
    },
    lane_fill: LaneKind::default_color,
    line: paper_line,
};

fn paper_line(kind: LineKind) -> LineStyle {
    let (dash, color) = match kind {
        LineKind::Interaction => (None, "#1f6feb"),
        LineKind::Visibility => (Some("8 4"), "#d1242f"),
        LineKind::InternalInteraction => (Some("3 3"), "#8250df"),
        LineKind::OrderPenetration => (Some("10 3 2 3"), "#bc4c00"),
        LineKind::Implementation => (Some("2 4"), MUTED),
    };
    LineStyle { color, dash }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lane::is_valid_color;

    /// Every colour of a theme, found in its serialized paint and its per-kind choices.
    fn colours(theme: &Theme) -> Vec<String> {
        fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::String(s) if s.starts_with('#') => out.push(s.clone()),
                serde_json::Value::Object(m) => m.values().for_each(|v| walk(v, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(&serde_json::to_value(theme.paint).unwrap(), &mut out);
        out.extend(LaneKind::ALL.iter().map(|&k| (theme.lane_fill)(k).to_owned()));
        out.extend(LineKind::ALL.iter().map(|&k| (theme.line)(k).color.to_owned()));
        out
    }

    #[test]
    fn every_colour_is_rrggbb() {
        let all = colours(&PAPER);
        assert!(all.len() > 40, "{all:?}");
        for c in all {
            assert!(is_valid_color(&c) && c == c.to_ascii_lowercase(), "{c}");
        }
    }

    #[test]
    fn roles_that_vary_are_found_by_the_primitive() {
        let p = &PAPER.paint;
        assert_eq!(p.card.of(true), &p.card.fail_point);
        assert_eq!(p.card.of(false), &p.card.normal);
        assert_eq!(p.badge.of(Tone::Warn), &p.badge.warn);
        // The badge and mark entries are named as the tones and severities serialize.
        let json = serde_json::to_value(p).unwrap();
        for t in [Tone::Alert, Tone::Warn, Tone::Neutral, Tone::Good, Tone::Info, Tone::Key] {
            let key = serde_json::to_value(t).unwrap();
            assert_eq!(json["badge"][key.as_str().unwrap()]["fill"], p.badge.of(t).fill);
        }
        for c in CardColour::ALL {
            let key = serde_json::to_value(c).unwrap();
            assert_eq!(json["card_colour"][key.as_str().unwrap()], p.card_colour.of(c), "{key}");
        }
        for s in [crate::model::Severity::Error, crate::model::Severity::Warning, crate::model::Severity::Info] {
            let key = serde_json::to_value(s).unwrap();
            assert!(json["mark"][key.as_str().unwrap()].is_string(), "{key}");
        }
    }

    /// WCAG's contrast ratio of two `#rrggbb` colours.
    fn contrast(a: &str, b: &str) -> f64 {
        fn luminance(c: &str) -> f64 {
            let channel = |i: usize| {
                let v = u8::from_str_radix(&c[i..i + 2], 16).unwrap() as f64 / 255.0;
                if v <= 0.04045 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
        }
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn colour_bands_show_on_every_card_and_key_moments_read_in_grey() {
        // There is one drawing theme; a second one is one more entry here.
        for theme in [&PAPER] {
            let p = &theme.paint;
            for c in CardColour::ALL {
                let band = p.card_colour.of(c);
                for card in [p.card.normal, p.card.fail_point] {
                    assert!(contrast(band, card.fill) >= 3.0, "{c:?} {band} on {}", card.fill);
                    // The card's own text keeps its contrast: the band is not under it.
                    assert!(contrast(card.text, card.fill) >= 7.0);
                }
            }
            // The key moment's badge: words readable on it, and a pill that is not a pale one.
            let key = p.badge.key;
            assert!(contrast(key.ink, key.fill) >= 7.0);
            assert!(contrast(key.fill, p.page) >= 7.0);
            assert!(contrast(p.notes.text, p.page) >= 4.5 && contrast(p.notes.tags, p.page) >= 4.5);
        }
    }
}
