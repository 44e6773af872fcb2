//! Cards: actions, touchpoints and evidence placed in a lane × stage cell.

use super::ids::{CardId, LaneId, StageId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Touchpoint channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Channel {
    /// Store, packaging, signage.
    Physical,
    /// Web, app, e-mail, social.
    Digital,
    /// Face to face, phone.
    Interpersonal,
    /// Registration, purchase, after-sales.
    Process,
}

/// What kind of failure a fail point is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum FailKind {
    /// Too slow, a step missed.
    Process,
    /// The result is not as promised.
    Outcome,
    /// Rude, unclear.
    Interaction,
    /// Technology or policy failure.
    System,
}

/// A colour a designer marks a card with. A small fixed palette, so every theme can draw
/// each one legibly (the theme decides the exact shade).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum CardColour {
    Red,
    Orange,
    Yellow,
    Green,
    Blue,
    Purple,
    Grey,
}

impl CardColour {
    pub const ALL: [CardColour; 7] = [
        CardColour::Red,
        CardColour::Orange,
        CardColour::Yellow,
        CardColour::Green,
        CardColour::Blue,
        CardColour::Purple,
        CardColour::Grey,
    ];
}

/// A place where the service can go wrong, with its recovery (fail-safe) design.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FailPoint {
    pub kind: FailKind,
    /// What goes wrong; empty when not yet written.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The fail-safe or recovery design; empty when not yet designed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub recovery: String,
}

/// Lowest and highest emotion score.
pub const EMOTION_RANGE: std::ops::RangeInclusive<i8> = -2..=2;

/// A card in a cell of the blueprint. Its place is `(lane, stage, order)`: the model, not
/// pixels, says where it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Card {
    pub id: CardId,
    pub lane: LaneId,
    pub stage: StageId,
    /// Position among the cards of the same cell, top to bottom (0 first).
    pub order: u32,
    /// The action or touchpoint, as shown on the card.
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// Role or department responsible.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// Standard execution time, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<u32>,
    /// The customer's tolerance time, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance_seconds: Option<u32>,
    /// The customer waits (queues) here.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub wait: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_point: Option<FailPoint>,
    /// Emotion score from −2 (very negative) to +2 (very positive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = -2, max = 2))]
    pub emotion: Option<i8>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// A moment of truth: a step that decides how the customer judges the service.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub key_moment: bool,
    /// The designer's colour mark; `None` draws the lane's usual card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colour: Option<CardColour>,
}

impl FailPoint {
    /// A fail point of `kind` with neither description nor recovery yet.
    pub fn new(kind: FailKind) -> Self {
        FailPoint { kind, description: String::new(), recovery: String::new() }
    }
}

impl Card {
    /// A card with only its place and text set.
    pub fn new(
        id: impl Into<CardId>,
        lane: impl Into<LaneId>,
        stage: impl Into<StageId>,
        text: impl Into<String>,
    ) -> Self {
        Card {
            id: id.into(),
            lane: lane.into(),
            stage: stage.into(),
            order: 0,
            text: text.into(),
            notes: String::new(),
            channel: None,
            owner: String::new(),
            duration_seconds: None,
            tolerance_seconds: None,
            wait: false,
            fail_point: None,
            emotion: None,
            tags: Vec::new(),
            key_moment: false,
            colour: None,
        }
    }
}
