//! The view protocol: what keeps a view (the desktop app's window, or any other client)
//! in step with a document the core edits. A [`Session`] holds one open document with
//! its history, file and rule checker, and remembers what its view last received, so
//! each answer carries only what changed: the patch, the Scene delta
//! ([`scene_delta`]), the diagnostics as runs of the old list ([`runs`]), and the
//! status. A drop the view expects can be prepared while the card is still dragged
//! ([`prepared`]). The panels' fixed catalogues (rules, lane kinds) come from here too.
//!
//! No shell lives here: the desktop app's commands and the benchmark bridge are each a
//! line or two over these methods.

pub mod catalogue;
mod diagnostics_delta;
mod error;
mod kept_measures;
pub mod measures;
mod prepared;
pub mod runs;
pub mod scene_delta;
mod session;

pub use catalogue::{lane_kind_catalogue, rule_catalogue, LaneKindInfo, RuleCatalogue};
pub use diagnostics_delta::{diagnostics_change, diagnostics_runs};
pub use error::{parse_command, Error};
pub use kept_measures::KeptMeasures;
pub use measures::{Figure, FigureCards, Measures};
pub use prepared::Prepared;
pub use runs::Run;
pub use scene_delta::{KeyedDelta, SceneDelta, Shift};
pub use session::{Applied, Session, Status, Stepped, View};
