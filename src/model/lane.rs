//! Lanes: the rows of a blueprint.

use super::ids::LaneId;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What a lane holds. The first five are the canonical blueprint lanes (Bitner et al.);
/// the rest are the optional lanes seen in practice, plus the user's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum LaneKind {
    /// Physical evidence: what the customer sees, touches, receives.
    Evidence,
    /// Customer actions.
    Customer,
    /// Frontstage (onstage) actions of contact staff or customer-facing technology.
    Frontstage,
    /// Backstage actions: invisible actions of contact staff.
    Backstage,
    /// Support processes: internal systems, other departments, suppliers.
    Support,
    /// Time per step.
    Time,
    /// Customer (or employee) emotion.
    Emotion,
    /// Policies and regulations.
    Policy,
    /// Metrics, KPIs, cost.
    Metrics,
    /// Notes, pain points, ideas.
    Notes,
    /// A lane of the user's own.
    Custom,
}

impl LaneKind {
    pub const ALL: [LaneKind; 11] = [
        LaneKind::Evidence,
        LaneKind::Customer,
        LaneKind::Frontstage,
        LaneKind::Backstage,
        LaneKind::Support,
        LaneKind::Time,
        LaneKind::Emotion,
        LaneKind::Policy,
        LaneKind::Metrics,
        LaneKind::Notes,
        LaneKind::Custom,
    ];

    /// Stable machine name, as in the file format.
    pub fn key(self) -> &'static str {
        match self {
            LaneKind::Evidence => "evidence",
            LaneKind::Customer => "customer",
            LaneKind::Frontstage => "frontstage",
            LaneKind::Backstage => "backstage",
            LaneKind::Support => "support",
            LaneKind::Time => "time",
            LaneKind::Emotion => "emotion",
            LaneKind::Policy => "policy",
            LaneKind::Metrics => "metrics",
            LaneKind::Notes => "notes",
            LaneKind::Custom => "custom",
        }
    }

    /// Default display name in `language`.
    pub fn name_in(self, language: super::Language) -> &'static str {
        let zh = match self {
            LaneKind::Evidence => "有形展示",
            LaneKind::Customer => "客户行为",
            LaneKind::Frontstage => "前台行为",
            LaneKind::Backstage => "后台行为",
            LaneKind::Support => "支持过程",
            LaneKind::Time => "时间",
            LaneKind::Emotion => "情绪",
            LaneKind::Policy => "政策",
            LaneKind::Metrics => "指标",
            LaneKind::Notes => "备注",
            LaneKind::Custom => "泳道",
        };
        language.pick(self.label(), zh)
    }

    /// Default display name in English.
    pub fn label(self) -> &'static str {
        match self {
            LaneKind::Evidence => "Physical evidence",
            LaneKind::Customer => "Customer actions",
            LaneKind::Frontstage => "Frontstage actions",
            LaneKind::Backstage => "Backstage actions",
            LaneKind::Support => "Support processes",
            LaneKind::Time => "Time",
            LaneKind::Emotion => "Emotion",
            LaneKind::Policy => "Policies",
            LaneKind::Metrics => "Metrics",
            LaneKind::Notes => "Notes",
            LaneKind::Custom => "Lane",
        }
    }

    /// Default fill colour of the lane band.
    pub fn default_color(self) -> &'static str {
        match self {
            LaneKind::Evidence => "#f3efe6",
            LaneKind::Customer => "#fdf1d6",
            LaneKind::Frontstage => "#e3f0fb",
            LaneKind::Backstage => "#e6f4ea",
            LaneKind::Support => "#efe8f7",
            LaneKind::Time => "#f2f2f2",
            LaneKind::Emotion => "#fbe9ec",
            LaneKind::Policy => "#eeeeee",
            LaneKind::Metrics => "#eef3f3",
            LaneKind::Notes => "#fffbe0",
            LaneKind::Custom => "#f5f5f5",
        }
    }

    /// Whether this is one of the five canonical action lanes whose place relative to the
    /// lines is prescribed.
    pub fn is_canonical(self) -> bool {
        matches!(
            self,
            LaneKind::Evidence | LaneKind::Customer | LaneKind::Frontstage | LaneKind::Backstage | LaneKind::Support
        )
    }
}

/// A lane (row).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Lane {
    pub id: LaneId,
    pub kind: LaneKind,
    /// Display name; free text.
    pub name: String,
    /// Fill colour as `#rrggbb`; `None` uses the kind's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(r"^#[0-9a-fA-F]{6}$"))]
    pub color: Option<String>,
    /// Collapsed in the editor and in exports (cards hidden, header kept).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub collapsed: bool,
}

impl Lane {
    pub fn new(id: impl Into<LaneId>, kind: LaneKind, name: impl Into<String>) -> Self {
        Lane { id: id.into(), kind, name: name.into(), color: None, collapsed: false }
    }

    /// The colour to draw the lane with.
    pub fn fill(&self) -> &str {
        self.color.as_deref().unwrap_or(self.kind.default_color())
    }
}

/// Whether `s` is a `#rrggbb` colour.
pub fn is_valid_color(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].bytes().all(|b| b.is_ascii_hexdigit())
}
