//! How a document asks to be drawn: its notes, legend, emotion curve, time strip and
//! heat map.
//! The settings travel with the document so every export of it looks the same.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where a card's notes are drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum NotesDisplay {
    /// Only in the editor's inspector.
    #[default]
    Hidden,
    /// Numbered on the card, written out under the blueprint.
    Footnotes,
    /// Under the card's text.
    OnCard,
}

/// Whether the legend is drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum LegendDisplay {
    /// When the drawing uses something a legend explains.
    #[default]
    Auto,
    Shown,
    Hidden,
}

/// What the heat map shades each cell (a lane in a stage) by, with the unrecovered fail
/// points ringed: View › Overlay.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Overlay {
    /// No heat map.
    #[default]
    None,
    /// The number of fail points in the cell.
    FailPoints,
    /// The number of steps marked as the customer waiting.
    Waits,
    /// The cell's steps' durations added up.
    Time,
}

impl Overlay {
    pub const ALL: [Overlay; 4] = [Overlay::None, Overlay::FailPoints, Overlay::Waits, Overlay::Time];

    /// As it serializes.
    pub fn key(self) -> &'static str {
        match self {
            Overlay::None => "none",
            Overlay::FailPoints => "fail_points",
            Overlay::Waits => "waits",
            Overlay::Time => "time",
        }
    }
}

/// The document's display settings; absent means every default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DisplaySettings {
    #[serde(default, skip_serializing_if = "is_default")]
    pub notes: NotesDisplay,
    #[serde(default, skip_serializing_if = "is_default")]
    pub legend: LegendDisplay,
    /// The customer's emotion curve under the blueprint, drawn when there is emotion data.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub emotion_curve: bool,
    /// The time strip under the stages, drawn when there are durations.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub time_strip: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub overlay: Overlay,
}

impl Default for DisplaySettings {
    fn default() -> Self {
        DisplaySettings {
            notes: NotesDisplay::default(),
            legend: LegendDisplay::default(),
            emotion_curve: true,
            time_strip: true,
            overlay: Overlay::None,
        }
    }
}

impl DisplaySettings {
    pub fn is_default(&self) -> bool {
        *self == DisplaySettings::default()
    }
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_left_out_and_read_back() {
        assert_eq!(serde_json::to_string(&DisplaySettings::default()).unwrap(), "{}");
        let d: DisplaySettings = serde_json::from_str("{}").unwrap();
        for o in Overlay::ALL {
            assert_eq!(serde_json::to_value(o).unwrap(), o.key());
        }
        assert_eq!(d, DisplaySettings::default());
        let off = DisplaySettings { emotion_curve: false, notes: NotesDisplay::OnCard, ..d };
        let text = serde_json::to_string(&off).unwrap();
        assert_eq!(text, r#"{"notes":"on_card","emotion_curve":false}"#);
        assert_eq!(serde_json::from_str::<DisplaySettings>(&text).unwrap(), off);
    }
}
