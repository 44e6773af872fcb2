//! Rule profiles and severities: the document remembers which conventions it follows.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A blueprint convention; it decides which lines and lanes are expected and how the
/// rules are graded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Profile {
    /// Bitner, Ostrom & Morgan (2008) / Nielsen Norman Group: three lines, five lanes.
    #[default]
    #[serde(rename = "bitner")]
    Bitner,
    /// Shostack (1984): a single line, the line of visibility.
    #[serde(rename = "shostack")]
    Shostack,
    /// 18F: four rows, evidence folded into frontstage; no evidence lane.
    #[serde(rename = "18f")]
    EighteenF,
    /// Fließ & Kleinaltenkamp (2004): five lines, including order penetration and
    /// implementation.
    #[serde(rename = "fliess")]
    Fliess,
}

impl Profile {
    pub const ALL: [Profile; 4] = [Profile::Bitner, Profile::Shostack, Profile::EighteenF, Profile::Fliess];

    pub fn key(self) -> &'static str {
        match self {
            Profile::Bitner => "bitner",
            Profile::Shostack => "shostack",
            Profile::EighteenF => "18f",
            Profile::Fliess => "fliess",
        }
    }

    /// Name shown where a designer picks the profile.
    pub fn label(self) -> &'static str {
        match self {
            Profile::Bitner => "Bitner, Ostrom & Morgan / NN/g",
            Profile::Shostack => "Shostack",
            Profile::EighteenF => "18F",
            Profile::Fliess => "Fließ & Kleinaltenkamp",
        }
    }

    pub fn from_key(s: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|p| p.key() == s)
    }
}

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn key(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A document's own setting for one rule: off, or a severity replacing the profile's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum RuleSetting {
    Off,
    Info,
    Warning,
    Error,
}

impl RuleSetting {
    /// The severity this setting imposes, or `None` when the rule is off.
    pub fn severity(self) -> Option<Severity> {
        match self {
            RuleSetting::Off => None,
            RuleSetting::Info => Some(Severity::Info),
            RuleSetting::Warning => Some(Severity::Warning),
            RuleSetting::Error => Some(Severity::Error),
        }
    }
}
