//! References to any element of a blueprint, for diagnostics, layout tags and selection.

use super::ids::{CardId, ConnectorId, LaneId, StageId};
use super::line::LineKind;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One element of a blueprint (or the document itself).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ElementRef {
    Document,
    Stage(StageId),
    Lane(LaneId),
    Line(LineKind),
    Card(CardId),
    Connector(ConnectorId),
}

impl fmt::Display for ElementRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ElementRef::Document => f.write_str("document"),
            ElementRef::Stage(id) => write!(f, "stage {id}"),
            ElementRef::Lane(id) => write!(f, "lane {id}"),
            ElementRef::Line(k) => write!(f, "line {}", k.key()),
            ElementRef::Card(id) => write!(f, "card {id}"),
            ElementRef::Connector(id) => write!(f, "connector {id}"),
        }
    }
}
