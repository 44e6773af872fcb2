//! The Scene: positioned, id-tagged primitives that every renderer draws as they are,
//! with the paint they are drawn in ([`Scene::paint`], see [`super::paint`]).
//! Coordinates are pixels, y grows downwards, origin at the top left.

use super::card::CardShape;
use super::paint::Paint;
use crate::model::{CardColour, CardId, Channel, Direction, ElementRef, FailKind, LaneKind, LineKind};
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
    /// Under the grid, when the layout's options place it ([`super::LegendPlacement`]).
    pub legend: Option<Legend>,
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
