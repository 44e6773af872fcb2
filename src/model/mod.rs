//! The blueprint model: stages, lanes, lines, cards, connectors, KPIs, display settings
//! and their ids.

pub mod blueprint;
pub mod card;
pub mod connector;
pub mod display;
pub mod element;
pub mod ids;
pub mod keyed;
pub mod kpi;
pub mod lane;
pub mod language;
pub mod limits;
pub mod line;
pub mod profile;
pub mod stage;

pub use blueprint::{Blueprint, Inconsistency, FORMAT_TAG, FORMAT_VERSION};
pub use card::{Card, CardColour, Channel, FailKind, FailPoint, EMOTION_RANGE};
pub use connector::{Connector, Direction};
pub use display::{DisplaySettings, LegendDisplay, NotesDisplay, Overlay};
pub use element::ElementRef;
pub use ids::{CardId, ConnectorId, KpiId, LaneId, StageId};
pub use kpi::{Kpi, KpiDirection, KpiSubject};
pub use lane::{Lane, LaneKind};
pub use language::Language;
pub use line::{Line, LineKind};
pub use profile::{Profile, RuleSetting, Severity};
pub use stage::Stage;
