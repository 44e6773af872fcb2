//! Edits: commands (one per user intent), transactions recording patches, and history.

pub mod patch;

pub use patch::{Change, Meta, Patch};
