//! Lines: the horizontal separators between lanes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The lines of a blueprint, declared top to bottom in their prescribed order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum LineKind {
    /// Line of interaction: customer actions above, frontstage below.
    Interaction,
    /// Line of visibility: what the customer can see above, what they cannot below.
    Visibility,
    /// Line of internal interaction: contact employees above, support below.
    InternalInteraction,
    /// Line of order penetration (Fließ & Kleinaltenkamp): customer-induced above,
    /// customer-independent below.
    OrderPenetration,
    /// Line of implementation (Kingman-Brundage): support above, management below.
    Implementation,
}

impl LineKind {
    pub const ALL: [LineKind; 5] = [
        LineKind::Interaction,
        LineKind::Visibility,
        LineKind::InternalInteraction,
        LineKind::OrderPenetration,
        LineKind::Implementation,
    ];

    /// Position in the prescribed top-to-bottom order.
    pub fn rank(self) -> usize {
        self as usize
    }

    pub fn key(self) -> &'static str {
        match self {
            LineKind::Interaction => "interaction",
            LineKind::Visibility => "visibility",
            LineKind::InternalInteraction => "internal_interaction",
            LineKind::OrderPenetration => "order_penetration",
            LineKind::Implementation => "implementation",
        }
    }

    /// The line's label as drawn, in `language`.
    pub fn label_in(self, language: super::Language) -> &'static str {
        let zh = match self {
            LineKind::Interaction => "互动线",
            LineKind::Visibility => "可视线",
            LineKind::InternalInteraction => "内部互动线",
            LineKind::OrderPenetration => "订单渗透线",
            LineKind::Implementation => "执行线",
        };
        language.pick(self.label(), zh)
    }

    pub fn label(self) -> &'static str {
        match self {
            LineKind::Interaction => "Line of interaction",
            LineKind::Visibility => "Line of visibility",
            LineKind::InternalInteraction => "Line of internal interaction",
            LineKind::OrderPenetration => "Line of order penetration",
            LineKind::Implementation => "Line of implementation",
        }
    }
}

/// A line placed at a lane boundary. `boundary` counts the lanes above the line:
/// 0 is above the first lane, `lanes.len()` below the last. Lines stay at their boundary
/// when lanes are reordered, so dragging a lane moves it across lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Line {
    pub kind: LineKind,
    pub boundary: usize,
}
