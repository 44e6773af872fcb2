//! Why a command was refused. A refused command leaves the document untouched.

use crate::model::limits::Field;
use crate::model::{CardId, ConnectorId, KpiId, LaneId, LineKind, StageId};
use thiserror::Error;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum EditError {
    #[error("there is no stage \"{0}\"")]
    UnknownStage(StageId),
    #[error("there is no lane \"{0}\"")]
    UnknownLane(LaneId),
    #[error("there is no card \"{0}\"")]
    UnknownCard(CardId),
    #[error("there is no connector \"{0}\"")]
    UnknownConnector(ConnectorId),
    #[error("there is no KPI \"{0}\"")]
    UnknownKpi(KpiId),
    /// A KPI's target or actual that is not a finite number.
    #[error("a KPI's {0} must be a finite number")]
    NotFinite(&'static str),
    #[error("the id \"{0}\" is already used")]
    DuplicateId(String),
    #[error("\"{0}\" is not a valid id: use 1–64 of A–Z a–z 0–9 _ - . :")]
    InvalidId(String),
    #[error("position {index} is out of range (0…{max})")]
    IndexOutOfRange { index: usize, max: usize },
    #[error("the {} cannot go below lane {boundary}: there are only {lanes} lanes", .kind.label().to_lowercase())]
    BoundaryOutOfRange { kind: LineKind, boundary: usize, lanes: usize },
    /// A line moved onto a boundary another line already marks: the two would be drawn
    /// over each other.
    #[error("the {} cannot go where the {} is: one line would hide the other", .kind.label().to_lowercase(), .other.label().to_lowercase())]
    BoundaryTaken { kind: LineKind, other: LineKind },
    #[error("\"{0}\" is not a colour of the form #rrggbb")]
    InvalidColor(String),
    #[error("emotion {0} is outside −2…+2")]
    EmotionOutOfRange(i8),
    #[error("a connector cannot start and end at the same card")]
    SelfConnector,
    /// Holds the two cards' texts (shortened), which is what people recognise them by.
    #[error("\"{from}\" and \"{to}\" are already connected")]
    DuplicateConnector { from: String, to: String },
    #[error("nothing is selected")]
    NothingSelected,
    /// A move of several cards names a card or a cell twice.
    #[error("\"{0}\" is named twice in one move")]
    NamedTwice(String),
    /// A move of several cards leaves a card of a cell it reorders without a place.
    #[error("card \"{0}\" would be left without a place")]
    LeftWithoutPlace(CardId),
    /// The edit would make a field longer than its limit (`model::limits`).
    #[error("{}", too_long(*.field, *.length))]
    TooLong { field: Field, length: usize },
}

fn too_long(field: Field, length: usize) -> String {
    let limit = field.limit();
    if field == Field::Tags {
        format!("{field} can carry at most {limit} tags; this edit would give it {length}")
    } else {
        format!("{field} can be at most {limit} characters long; this one has {length}")
    }
}

impl EditError {
    /// Stable machine code for the UI.
    pub fn code(&self) -> &'static str {
        match self {
            EditError::UnknownStage(_)
            | EditError::UnknownLane(_)
            | EditError::UnknownCard(_)
            | EditError::UnknownConnector(_)
            | EditError::UnknownKpi(_) => "unknown_element",
            EditError::DuplicateId(_) => "duplicate_id",
            EditError::InvalidId(_) => "invalid_id",
            EditError::IndexOutOfRange { .. } | EditError::BoundaryOutOfRange { .. } => "out_of_range",
            EditError::InvalidColor(_) | EditError::EmotionOutOfRange(_) | EditError::NotFinite(_) => "invalid_value",
            EditError::SelfConnector => "self_connector",
            EditError::DuplicateConnector { .. } => "duplicate_connector",
            EditError::NothingSelected => "nothing_selected",
            EditError::NamedTwice(_) | EditError::LeftWithoutPlace(_) | EditError::BoundaryTaken { .. } => {
                "invalid_move"
            }
            EditError::TooLong { .. } => "too_long",
        }
    }
}
