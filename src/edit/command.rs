//! Commands: one variant per user intent. The UI sends these; the core executes them.

use crate::model::{
    CardColour, CardId, Channel, ConnectorId, Direction, FailPoint, KpiDirection, KpiId, KpiSubject, LaneId, LaneKind,
    Language, LegendDisplay, LineKind, NotesDisplay, Overlay, Profile, RuleSetting, StageId,
};
use serde::{Deserialize, Deserializer, Serialize};

/// A user intent. Ids in `id` fields are optional: the core picks a fresh one when absent.
/// Its numbers (a KPI's) are finite, as JSON's are: `Eq` holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
pub enum Command {
    /// Set document properties; absent fields stay as they are.
    SetProperties {
        #[serde(default)]
        title: Option<String>,
        #[serde(default)]
        scenario: Option<String>,
        #[serde(default)]
        persona: Option<String>,
        #[serde(default)]
        description: Option<String>,
        /// The language of the blueprint's fixed words.
        #[serde(default)]
        language: Option<Language>,
    },
    SetProfile {
        profile: Profile,
    },
    /// Turn a rule off or change its severity for this document; `None` restores the
    /// profile's setting.
    SetRule {
        rule: String,
        #[serde(default)]
        setting: Option<RuleSetting>,
    },
    AddStage {
        #[serde(default)]
        id: Option<StageId>,
        /// Position among the stages; absent appends.
        #[serde(default)]
        index: Option<usize>,
        name: String,
    },
    RenameStage {
        stage: StageId,
        name: String,
    },
    MoveStage {
        stage: StageId,
        index: usize,
    },
    /// Delete a stage with its cards and their connectors.
    DeleteStage {
        stage: StageId,
    },
    AddLane {
        #[serde(default)]
        id: Option<LaneId>,
        #[serde(default)]
        index: Option<usize>,
        kind: LaneKind,
        /// Absent: the kind's default name.
        #[serde(default)]
        name: Option<String>,
    },
    UpdateLane {
        lane: LaneId,
        #[serde(default)]
        name: Option<String>,
        #[serde(default)]
        kind: Option<LaneKind>,
        /// `Some(None)` resets the colour to the kind's default.
        #[serde(default, deserialize_with = "present")]
        #[cfg_attr(feature = "ts", ts(as = "Option<String>"))]
        color: Option<Option<String>>,
        #[serde(default)]
        collapsed: Option<bool>,
    },
    /// Reorder a lane; its cards go with it and lines stay at their boundaries.
    MoveLane {
        lane: LaneId,
        index: usize,
    },
    /// Delete a lane with its cards and their connectors.
    DeleteLane {
        lane: LaneId,
    },
    /// Place a line at a boundary (lanes above it), or remove it with `None`.
    PlaceLine {
        kind: LineKind,
        #[serde(default)]
        boundary: Option<usize>,
    },
    AddCard {
        #[serde(default)]
        id: Option<CardId>,
        lane: LaneId,
        stage: StageId,
        /// Position in the cell; absent appends.
        #[serde(default)]
        index: Option<usize>,
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
        text: String,
    },
    /// Move a card to a cell (possibly its own) at a position in that cell.
    MoveCard {
        card: CardId,
        lane: LaneId,
        stage: StageId,
        index: usize,
    },
    /// Bring each listed cell to exactly the cards listed for it, in that order (one undo
    /// step): cards listed for a cell they are not in move there. A card in a listed cell
    /// must be listed for some cell, so none is left without a place.
    MoveCards {
        cells: Vec<CellCards>,
    },
    UpdateCard {
        card: CardId,
        changes: CardChanges,
    },
    DeleteCards {
        cards: Vec<CardId>,
    },
    AddConnector {
        #[serde(default)]
        id: Option<ConnectorId>,
        from: CardId,
        to: CardId,
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
        direction: Direction,
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
        label: String,
    },
    UpdateConnector {
        connector: ConnectorId,
        #[serde(default)]
        from: Option<CardId>,
        #[serde(default)]
        to: Option<CardId>,
        #[serde(default)]
        direction: Option<Direction>,
        #[serde(default)]
        label: Option<String>,
    },
    DeleteConnectors {
        connectors: Vec<ConnectorId>,
    },
    /// Several commands as one undo step (paste, duplicate, multi-move). All or nothing.
    Batch {
        label: String,
        commands: Vec<Command>,
    },
    /// Set the standard time of the whole journey, or of one stage with `stage`;
    /// `seconds` absent clears it.
    SetStandard {
        #[serde(default)]
        stage: Option<StageId>,
        #[serde(default)]
        seconds: Option<u32>,
    },
    /// Change the document's display settings; absent fields stay as they are.
    SetDisplay {
        #[serde(default)]
        notes: Option<NotesDisplay>,
        #[serde(default)]
        legend: Option<LegendDisplay>,
        #[serde(default)]
        emotion_curve: Option<bool>,
        #[serde(default)]
        time_strip: Option<bool>,
        #[serde(default)]
        overlay: Option<Overlay>,
    },
    AddKpi {
        #[serde(default)]
        id: Option<KpiId>,
        /// Position in the list; absent appends.
        #[serde(default)]
        index: Option<usize>,
        name: String,
        target: f64,
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
        unit: String,
        #[serde(default)]
        actual: Option<f64>,
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
        direction: KpiDirection,
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
        source: String,
        /// What the KPI is about; absent means the whole blueprint.
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
        on: KpiSubject,
    },
    UpdateKpi {
        kpi: KpiId,
        changes: KpiChanges,
    },
    DeleteKpi {
        kpi: KpiId,
    },
}

impl Eq for Command {}

/// KPI fields to change; absent fields stay. `actual: null` clears the measured value.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct KpiChanges {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(as = "Option<f64>"))]
    pub actual: Option<Option<f64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<KpiDirection>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<KpiSubject>,
}

impl Eq for KpiChanges {}

/// The cards of one cell, top to bottom (for [`Command::MoveCards`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CellCards {
    pub lane: LaneId,
    pub stage: StageId,
    pub cards: Vec<CardId>,
}

/// Card fields to change; absent fields stay. For optional fields `Some(None)` clears.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CardChanges {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Channel>"))]
    pub channel: Option<Option<Channel>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(as = "Option<u32>"))]
    pub duration_seconds: Option<Option<u32>>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(as = "Option<u32>"))]
    pub tolerance_seconds: Option<Option<u32>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait: Option<bool>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(as = "Option<FailPoint>"))]
    pub fail_point: Option<Option<FailPoint>>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(as = "Option<i8>"))]
    pub emotion: Option<Option<i8>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_moment: Option<bool>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(as = "Option<CardColour>"))]
    pub colour: Option<Option<CardColour>>,
}

impl CardChanges {
    /// Only the text changes: consecutive edits like this coalesce into one undo step.
    pub fn is_text_only(&self) -> bool {
        self.text.is_some() && CardChanges { text: None, ..self.clone() } == CardChanges::default()
    }

    /// The fields present, by their JSON names in a fixed order (`"channel,emotion"`):
    /// edits of the same fields coalesce. Read from the serialized form so that a field
    /// added to the struct takes part without being listed here.
    fn field_names(&self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(fields)) => fields.keys().cloned().collect::<Vec<_>>().join(","),
            _ => String::new(),
        }
    }
}

/// A present field (even `null`) deserializes to `Some(..)`, an absent one to `None`
/// (with `#[serde(default)]`), so "clear" and "leave alone" differ.
fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

impl Command {
    /// Short label for menus ("Undo Move Card").
    pub fn label(&self) -> String {
        match self {
            Command::SetProperties { .. } => "Edit Properties".into(),
            Command::SetProfile { .. } => "Change Profile".into(),
            Command::SetRule { .. } => "Change Rule Setting".into(),
            Command::AddStage { .. } => "Add Stage".into(),
            Command::RenameStage { .. } => "Rename Stage".into(),
            Command::MoveStage { .. } => "Move Stage".into(),
            Command::DeleteStage { .. } => "Delete Stage".into(),
            Command::AddLane { .. } => "Add Lane".into(),
            // A name alone reads as the stage's does ("Rename Stage").
            Command::UpdateLane { name: Some(_), kind: None, color: None, collapsed: None, .. } => "Rename Lane".into(),
            Command::UpdateLane { .. } => "Edit Lane".into(),
            Command::MoveLane { .. } => "Move Lane".into(),
            Command::DeleteLane { .. } => "Delete Lane".into(),
            Command::PlaceLine { boundary: None, .. } => "Remove Line".into(),
            Command::PlaceLine { .. } => "Move Line".into(),
            Command::AddCard { .. } => "Add Card".into(),
            Command::MoveCard { .. } => "Move Card".into(),
            Command::MoveCards { .. } => "Move Cards".into(),
            Command::UpdateCard { changes, .. } if changes.is_text_only() => "Typing".into(),
            Command::UpdateCard { .. } => "Edit Card".into(),
            Command::DeleteCards { cards } if cards.len() == 1 => "Delete Card".into(),
            Command::DeleteCards { .. } => "Delete Cards".into(),
            Command::AddConnector { .. } => "Add Connector".into(),
            Command::UpdateConnector { .. } => "Edit Connector".into(),
            Command::DeleteConnectors { .. } => "Delete Connector".into(),
            Command::Batch { label, .. } => label.clone(),
            Command::SetStandard { .. } => "Set Standard Time".into(),
            Command::SetDisplay { .. } => "Change Display Settings".into(),
            Command::AddKpi { .. } => "Add KPI".into(),
            Command::UpdateKpi { .. } => "Edit KPI".into(),
            Command::DeleteKpi { .. } => "Delete KPI".into(),
        }
    }

    /// Consecutive commands with the same key merge into one undo step (typing).
    pub(crate) fn coalesce_key(&self) -> Option<String> {
        match self {
            Command::UpdateCard { card, changes } if changes.is_text_only() => Some(format!("card-text:{card}")),
            // The same fields of a card set again before the inspector seals the run on
            // leaving the field (a select changed with the arrow keys, a number stepped):
            // one edit of a field, one undo step.
            Command::UpdateCard { card, changes } => Some(format!("card-fields:{card}:{}", changes.field_names())),
            // The same for several cards at once (the inspector over a multi-selection).
            Command::Batch { commands, .. } => {
                let mut cards = Vec::new();
                let mut fields = None;
                for c in commands {
                    let Command::UpdateCard { card, changes } = c else { return None };
                    let names = changes.field_names();
                    if fields.get_or_insert_with(|| names.clone()) != &names {
                        return None;
                    }
                    cards.push(card.as_str());
                }
                fields.map(|f| format!("cards-fields:{}:{f}", cards.join(",")))
            }
            Command::RenameStage { stage, .. } => Some(format!("stage-name:{stage}")),
            Command::UpdateLane { lane, name: Some(_), kind: None, color: None, collapsed: None } => {
                Some(format!("lane-name:{lane}"))
            }
            Command::UpdateConnector { connector, from: None, to: None, direction: None, label: Some(_) } => {
                Some(format!("connector-label:{connector}"))
            }
            Command::SetProperties { title, scenario, persona, description, language: None } => {
                let fields = [title.is_some(), scenario.is_some(), persona.is_some(), description.is_some()];
                (fields.iter().filter(|f| **f).count() == 1)
                    .then(|| format!("meta:{}", fields.iter().position(|f| *f).unwrap_or(0)))
            }
            _ => None,
        }
    }
}
