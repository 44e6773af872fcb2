//! Files: format versions, migration, loading with precise errors, atomic save.
//!
//! A Frontstage file (extension [`FILE_EXTENSION`]) is one JSON document, the canonical
//! form written by [`crate::export::json::to_string`]. `docs/format.md` describes it.

mod error;
mod load;
mod locate;
pub mod migrate;
mod save;
pub mod schema;
mod text;
#[cfg(unix)]
mod through;

pub use error::{LoadError, Problem, SaveError, Special};
pub use load::{load_bytes, load_path, load_str};
pub use save::{save_document, save_path, write_atomically};

/// File name extension of blueprint files, without the dot.
pub const FILE_EXTENSION: &str = "frontstage";

/// Largest file Frontstage opens: 64 MiB. A real blueprint is a few hundred KiB; the limit
/// keeps a wrong file (a video, a disk image) from being read into memory whole. It is
/// checked against the file's size before reading.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// At most this many inconsistencies are listed in one [`LoadError::Inconsistent`].
pub const MAX_REPORTED_PROBLEMS: usize = 50;
