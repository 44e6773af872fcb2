//! The Scene: positioned, id-tagged primitives that every renderer draws as they are,
//! with the paint they are drawn in ([`Scene::paint`], see [`super::paint`]).
//! Coordinates are pixels, y grows downwards, origin at the top left.

use super::card::CardShape;
use super::paint::Paint;
use crate::model::{
    CardColour, CardId, Channel, Direction, ElementRef, FailKind, LaneKind, LineKind, Overlay, StageId,
};
use serde::Serialize;
use std::sync::Arc;

/// A point.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

/// An axis-aligned rectangle.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    pub fn center_x(&self) -> f32 {
        self.x + self.w / 2.0
    }
    pub fn center_y(&self) -> f32 {
        self.y + self.h / 2.0
    }
}

/// One line of wrapped text. `x` is where the line starts (text-anchor start) unless the
/// block says it is centred; `y` is the baseline.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TextLine {
    pub text: String,
    pub x: f32,
    pub y: f32,
    /// Measured width, in pixels.
    pub width: f32,
}

/// Wrapped text with one style.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TextBlock {
    pub font_size: f32,
    pub bold: bool,
    /// Lines are centred on their `x` rather than starting there.
    pub centered: bool,
    pub lines: Vec<TextLine>,
}

/// Title and subtitle above the grid.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TitleBlock {
    pub element: ElementRef,
    pub title: TextBlock,
    /// Scenario and persona.
    pub subtitle: TextBlock,
}

/// A stage column with its header.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StageColumn {
    pub element: ElementRef,
    pub x: f32,
    pub width: f32,
    pub header: Rect,
    pub name: TextBlock,
}

/// A lane band across all stages, with its header on the left.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LaneBand {
    pub element: ElementRef,
    pub kind: LaneKind,
    pub y: f32,
    pub height: f32,
    /// The whole band, header included.
    pub band: Rect,
    pub header: Rect,
    pub name: TextBlock,
    /// "3 cards hidden" under the name of a collapsed lane.
    pub note: TextBlock,
    /// `#rrggbb`, validated (an invalid model colour falls back to the theme's default for
    /// the kind). The rest of the band's paint is the Scene's `paint.lane`.
    pub fill: String,
    pub collapsed: bool,
    /// Cards hidden by collapsing.
    pub hidden_cards: usize,
}

/// A line (interaction, visibility, …) across the full width, with its label.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LineGeom {
    pub element: ElementRef,
    pub kind: LineKind,
    pub y: f32,
    pub x1: f32,
    pub x2: f32,
    /// SVG dash array, e.g. `"8 4"`; `None` is solid. From the theme, as `color`; the
    /// width and the label's backdrop are the Scene's `paint.line`.
    pub dash: Option<&'static str>,
    /// `#rrggbb`, of the line and its label.
    pub color: &'static str,
    pub label: TextBlock,
    /// Backdrop behind the label, so connectors crossing it do not hide it.
    pub label_box: Rect,
}

/// Tone of a badge; its colours are the Scene's `paint.badge` of the tone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Tone {
    Alert,
    Warn,
    Neutral,
    Good,
    Info,
    /// A key moment: dark, so that it stands out in black-and-white print too.
    Key,
}

/// What a badge shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum BadgeKind {
    FailPoint {
        fail: FailKind,
    },
    Wait,
    Emotion {
        score: i8,
    },
    Time {
        over_tolerance: bool,
    },
    Channel {
        channel: Channel,
    },
    /// A moment of truth (`Card::key_moment`).
    KeyMoment,
    /// The number of the card's notes in the Scene's [`NotesBlock`] (notes shown as
    /// footnotes).
    Note {
        number: u32,
    },
}

/// A small labelled pill at the bottom of a card.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Badge {
    pub kind: BadgeKind,
    pub tone: Tone,
    pub rect: Rect,
    pub font_size: f32,
    pub label: TextLine,
}

/// A card, its wrapped text and badges.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CardBox {
    pub element: ElementRef,
    pub rect: Rect,
    pub text: TextBlock,
    /// "Owner: …", smaller, under the text.
    pub owner: TextBlock,
    /// The card's notes, under the owner, when the document shows notes on the cards;
    /// drawn in the Scene's `paint.notes.text`.
    pub notes: TextBlock,
    /// The card's tags as one run of `#tag`s, under the notes (same display), in
    /// `paint.notes.tags`.
    pub tags: TextBlock,
    pub badges: Vec<Badge>,
    /// Drawn with the Scene's `paint.card.fail_point` rather than `paint.card.normal`.
    pub fail_point: bool,
    /// The designer's colour mark, drawn as a band across the card's top.
    pub colour_band: Option<ColourBand>,
    /// What the box is placed from, shared with the next layout while the card's content
    /// stays the same.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub(crate) shape: Arc<CardShape>,
}

/// Boxes are equal when they draw the same: what they were placed from is not compared
/// (two durations can show as the same "1 h").
impl PartialEq for CardBox {
    fn eq(&self, other: &Self) -> bool {
        // Destructured, so that a field added later is not left out by mistake.
        let CardBox { element, rect, text, owner, notes, tags, badges, fail_point, colour_band, shape: _ } = self;
        *element == other.element
            && *rect == other.rect
            && *text == other.text
            && *owner == other.owner
            && *notes == other.notes
            && *tags == other.tags
            && *badges == other.badges
            && *fail_point == other.fail_point
            && *colour_band == other.colour_band
    }
}

/// A card's colour mark: a band inside the card's outline, filled with the Scene's
/// `paint.card_colour` of `colour`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ColourBand {
    pub rect: Rect,
    pub colour: CardColour,
    /// Corner radius.
    pub radius: f32,
}

/// A filled triangle; `tip` touches the card.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Arrowhead {
    pub tip: Point,
    pub points: [Point; 3],
}

/// The label of a connector, on a background box.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ConnectorLabel {
    pub rect: Rect,
    pub text: TextBlock,
}

/// An arrow between two cards, routed orthogonally.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ConnectorRoute {
    pub element: ElementRef,
    pub from: CardId,
    pub to: CardId,
    pub direction: Direction,
    /// Polyline through the gutters, first point on `from`, last on `to`.
    pub points: Vec<Point>,
    /// At `to`; for two-way connectors also at `from`.
    pub arrowheads: Vec<Arrowhead>,
    pub label: Option<ConnectorLabel>,
    /// An end sits in a collapsed lane: the route ends at that lane's band instead.
    pub to_collapsed: bool,
    pub from_collapsed: bool,
}

/// What a legend's item shows beside its words: a badge, a card's outline or a line, as the
/// drawing draws it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Swatch {
    Badge {
        badge: Badge,
    },
    /// A card's box, in the Scene's `paint.card` of a fail point or a normal card.
    Outline {
        rect: Rect,
        fail_point: bool,
    },
    /// A line's stroke, in its colour and dash, `paint.line.width` wide.
    Line {
        x1: f32,
        x2: f32,
        y: f32,
        color: &'static str,
        dash: Option<&'static str>,
    },
    /// A bar of the time strip, in `paint.strip`: its track, the time, the waiting part at
    /// its start and the mark at its limit.
    Bar {
        track: Rect,
        bar: Rect,
        wait: Rect,
        limit_x: f32,
    },
    /// A heat map's shade: `paint.heat[by]` at the opacity of `level`.
    Heat {
        rect: Rect,
        by: Overlay,
        level: u8,
    },
    /// The heat map's ring around a card, in `paint.heat.ring`.
    Ring {
        rect: Rect,
    },
}

/// The heat map over the grid (View › Overlay), drawn under the cards.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HeatMap {
    /// What the cells are shaded by (never `none`); their colour is `paint.heat[by]`.
    pub by: Overlay,
    /// The cells holding anything, row by row.
    pub cells: Vec<HeatCell>,
    /// The darkest cell's value.
    pub max: u64,
    /// Around each drawn card whose fail point has no recovery, in `paint.heat.ring`.
    pub rings: Vec<Rect>,
}

/// A shaded cell: a lane in a stage.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HeatCell {
    pub rect: Rect,
    /// 1 (lightest) to 5: its opacity is `paint.heat.levels[level - 1]`.
    pub level: u8,
    /// Fail points, waits, or seconds.
    pub value: u64,
}

/// One entry of the legend: its swatches (the badges of one kind the drawing shows, an
/// outline or a line) and what they mean.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LegendItem {
    pub swatches: Vec<Swatch>,
    pub text: TextBlock,
}

/// What the drawing's badges, outlines and lines mean, in a frame under the grid.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Legend {
    /// Drawn in the lanes' paint: `paint.lane.stroke` around `paint.page`.
    pub frame: Rect,
    pub title: TextBlock,
    pub items: Vec<LegendItem>,
}

/// A row under the grid, across the stage columns, with its header in the lane-header
/// column: drawn in the Scene's `paint.band`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BandRow {
    /// The whole row, header included.
    pub band: Rect,
    pub header: Rect,
    pub name: TextBlock,
}

/// A point of the customer's emotion curve, under its card's stage.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EmotionMark {
    pub card: CardId,
    pub at: Point,
    /// −2 to +2; below zero it is drawn in `paint.curve.low`.
    pub emotion: i8,
}

/// The words beside a dip: the waits and fail points that come with it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DipLabel {
    /// The dip's card.
    pub card: CardId,
    /// The backdrop, `paint.curve.label_fill`.
    pub rect: Rect,
    pub text: TextBlock,
}

/// The customer's emotion curve (docs/measures.md, "Emotion") in a row under the grid:
/// a point per step under its stage, the line through them in journey order, the zero
/// line, and the dips' causes.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EmotionBand {
    pub row: BandRow,
    /// "+2", "0" and "−2" at the right of the header, each on the level it names.
    pub scale: TextBlock,
    /// The zero line, from `x1` to `x2` at `y`.
    pub zero_y: f32,
    pub x1: f32,
    pub x2: f32,
    /// The polyline through the points, in journey order.
    pub line: Vec<Point>,
    pub points: Vec<EmotionMark>,
    pub dips: Vec<DipLabel>,
}

/// One stage of the time strip: the customer's time as a bar on the strip's common scale,
/// its limit (the stage's standard, or its steps' tolerances) as a mark, and the figures.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StageBar {
    pub stage: StageId,
    /// The stage's part of the strip.
    pub cell: Rect,
    /// "32 min / standard 30 min".
    pub figure: TextBlock,
    /// The whole scale, `paint.strip.track`.
    pub track: Rect,
    /// The customer's time, `paint.strip.bar` (or `over`).
    pub bar: Rect,
    /// The waiting part of it, at its start, `paint.strip.wait`.
    pub wait: Option<Rect>,
    /// Where the limit falls on the scale.
    pub limit_x: Option<f32>,
    /// Over its limit: the bar in `paint.strip.over`.
    pub over: bool,
    /// By how much, and steps over their own tolerance, in `paint.strip.over`.
    pub over_text: TextBlock,
    /// Steps without a duration, in `paint.band.text`.
    pub note: TextBlock,
}

/// The customer's time (docs/measures.md, "Time") in a row under the grid: per stage a
/// bar against its limit, and in the header the journey's total against its standard.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TimeStrip {
    pub row: BandRow,
    /// "Journey 1 h 2 min / standard 1 h", under the row's name, in `paint.strip.figure`.
    pub total: TextBlock,
    /// By how much the journey is over its standard, in `paint.strip.over`.
    pub total_over: TextBlock,
    /// Its steps without a duration, in `paint.band.text`.
    pub total_note: TextBlock,
    /// The stages with customer steps, in order.
    pub stages: Vec<StageBar>,
}

/// Everything needed to draw a blueprint.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Scene {
    pub width: f32,
    pub height: f32,
    /// What the primitives are painted with, once for the whole Scene (module
    /// `layout::paint`): the theme's own, shared, so a Scene is no bigger for it.
    pub paint: &'static Paint,
    pub title: TitleBlock,
    pub stages: Vec<StageColumn>,
    pub lanes: Vec<LaneBand>,
    pub lines: Vec<LineGeom>,
    pub connectors: Vec<ConnectorRoute>,
    // Shared (`Arc`) with the layout before when nothing about the card changed.
    pub cards: Vec<Arc<CardBox>>,
    /// Under the grid, when the document shows it and has emotions on the customer's steps.
    pub emotion_curve: Option<EmotionBand>,
    /// Under the grid (and the curve), when the document shows it and has durations.
    pub time_strip: Option<TimeStrip>,
    /// Under the grid and the bands, as the document's display asks (`display.legend`).
    pub legend: Option<Legend>,
    /// When the document asks for one (`display.overlay`).
    pub heat_map: Option<HeatMap>,
    /// Under the legend, when the document shows notes as footnotes and a drawn card has
    /// notes or tags.
    pub notes: Option<NotesBlock>,
}

/// One card's footnote: its number, its notes and its tags.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NoteItem {
    /// The card the notes are of.
    pub element: ElementRef,
    /// The number, as the card's `Note` badge shows it; in `paint.notes.number`.
    pub number: TextBlock,
    /// In `paint.notes.text`.
    pub text: TextBlock,
    /// In `paint.notes.tags`.
    pub tags: TextBlock,
}

/// The cards' notes written out under the grid, numbered in journey order (stage by
/// stage, lane by lane, top to bottom in a cell), in a frame drawn as the legend's.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NotesBlock {
    /// Drawn in the lanes' paint: `paint.lane.stroke` around `paint.page`.
    pub frame: Rect,
    pub title: TextBlock,
    pub items: Vec<NoteItem>,
}
