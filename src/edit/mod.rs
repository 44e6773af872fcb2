//! Edits: commands (one per user intent), transactions recording patches, and history.

pub mod command;
pub mod error;
mod error_zh;
pub mod execute;
pub mod history;
mod limits;
pub mod patch;
pub mod transaction;

pub use command::{CardChanges, CellCards, Command, KpiChanges};
pub use error::EditError;
pub use execute::{execute, Outcome};
pub use history::{Editor, UNDO_LIMIT};
pub use patch::{Change, Meta, Patch};
