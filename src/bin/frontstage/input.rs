//! Reading the blueprint a command works on.

use crate::output::say;
use crate::EXIT_UNREADABLE;
use frontstage::io::{self, LoadError};
use frontstage::model::Blueprint;
use std::path::Path;
use std::process::ExitCode;

/// The blueprint at `file`, or the exit code after saying why it could not be read.
pub fn load(file: &Path) -> Result<Blueprint, ExitCode> {
    io::load_path(file).map_err(|e| {
        if names_the_file(&e) {
            say(&e.to_string());
        } else {
            say(&format!("cannot open {}: {e}", file.display()));
        }
        ExitCode::from(EXIT_UNREADABLE)
    })
}

/// Whether the error's message already names the file, so that it is not named twice.
/// Every kind is listed: a new one has to decide.
fn names_the_file(e: &LoadError) -> bool {
    match e {
        LoadError::NotFound { .. }
        | LoadError::PermissionDenied { .. }
        | LoadError::NotAFile { .. }
        | LoadError::Io { .. } => true,
        LoadError::TooLarge { .. }
        | LoadError::NotUtf8 { .. }
        | LoadError::Empty
        | LoadError::Syntax { .. }
        | LoadError::NotABlueprint { .. }
        | LoadError::NewerVersion { .. }
        | LoadError::UnsupportedVersion { .. }
        | LoadError::MigrationFailed { .. }
        | LoadError::Invalid { .. }
        | LoadError::Inconsistent { .. } => false,
    }
}
