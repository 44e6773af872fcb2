//! Load and save errors: a stable machine `code()` and a message a service designer can act on.

use super::text::show_path;
use super::{MAX_FILE_BYTES, MAX_REPORTED_PROBLEMS};
use serde::Serialize;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// One problem in a document that parsed but breaks the model's rules.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// JSON path of the offending value, e.g. `cards[id=c3].lane`.
    pub path: String,
    pub message: String,
    /// 1-based line and column of the value in the file, when it could be located.
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&show_path(&self.path))?;
        if let (Some(l), Some(c)) = (self.line, self.column) {
            write!(f, " (line {l}, column {c})")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Why a file could not be opened as a blueprint.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("Cannot open {}: there is no such file.", .path.display())]
    NotFound { path: PathBuf },
    #[error("Cannot open {}: permission denied.", .path.display())]
    PermissionDenied { path: PathBuf },
    #[error("Cannot open {}: it is a folder, not a file.", .path.display())]
    NotAFile { path: PathBuf },
    #[error("Cannot read {}: {source}.", .path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("The file is too large ({size} bytes); Frontstage opens blueprint files up to {} MiB.", MAX_FILE_BYTES / 1024 / 1024)]
    TooLarge { size: u64 },
    #[error("The file is not UTF-8 text (invalid byte at offset {offset}, line {line}, column {column}){hint}. A Frontstage file is JSON saved as UTF-8.")]
    NotUtf8 { offset: usize, line: usize, column: usize, hint: &'static str },
    #[error("The file is empty; a Frontstage blueprint is a JSON document.")]
    Empty,
    #[error("The file is not valid JSON: line {line}, column {column}: {message}.")]
    Syntax { line: usize, column: usize, message: String },
    #[error("This is not a Frontstage blueprint: {reason}.")]
    NotABlueprint { reason: String },
    #[error("This blueprint was made by a newer Frontstage (format {found}); this version reads up to format {supported}. Update Frontstage to open it.")]
    NewerVersion { found: u64, supported: u32 },
    #[error("This blueprint has {reason}; this version of Frontstage reads {}.", readable_formats(*.supported))]
    UnsupportedVersion { reason: String, supported: u32 },
    #[error("This blueprint (format {from}) could not be upgraded to format {}: {message}.", .from + 1)]
    MigrationFailed { from: u32, message: String },
    #[error("{}", invalid_message(.path, *.line, *.column, .message))]
    Invalid { path: String, line: Option<usize>, column: Option<usize>, message: String },
    #[error("{}", inconsistent_message(.problems, *.total))]
    Inconsistent { problems: Vec<Problem>, total: usize },
}

impl LoadError {
    /// Stable machine code, for the UI and for tests.
    pub fn code(&self) -> &'static str {
        match self {
            LoadError::NotFound { .. } => "not_found",
            LoadError::PermissionDenied { .. } => "permission_denied",
            LoadError::NotAFile { .. } => "not_a_file",
            LoadError::Io { .. } => "io",
            LoadError::TooLarge { .. } => "too_large",
            LoadError::NotUtf8 { .. } => "not_utf8",
            LoadError::Empty => "empty",
            LoadError::Syntax { .. } => "syntax",
            LoadError::NotABlueprint { .. } => "not_a_blueprint",
            LoadError::NewerVersion { .. } => "newer_version",
            LoadError::UnsupportedVersion { .. } => "unsupported_version",
            LoadError::MigrationFailed { .. } => "migration_failed",
            LoadError::Invalid { .. } => "invalid",
            LoadError::Inconsistent { .. } => "inconsistent",
        }
    }

    pub(crate) fn from_io(path: &Path, source: io::Error) -> LoadError {
        let path = path.to_path_buf();
        match source.kind() {
            io::ErrorKind::NotFound => LoadError::NotFound { path },
            io::ErrorKind::PermissionDenied => LoadError::PermissionDenied { path },
            _ => LoadError::Io { path, source },
        }
    }
}

fn readable_formats(supported: u32) -> String {
    if supported == 1 {
        "format 1".to_owned()
    } else {
        format!("formats 1 to {supported}")
    }
}

fn invalid_message(path: &str, line: Option<usize>, column: Option<usize>, message: &str) -> String {
    let at = match (line, column) {
        (Some(l), Some(c)) => format!(" (line {l}, column {c})"),
        _ => String::new(),
    };
    if path.is_empty() {
        format!("The blueprint is not valid{at}: {message}.")
    } else {
        format!("The blueprint has a wrong value at {}{at}: {message}.", show_path(path))
    }
}

fn inconsistent_message(problems: &[Problem], total: usize) -> String {
    let mut out = if total == 1 {
        "The blueprint has 1 problem:".to_owned()
    } else {
        format!("The blueprint has {total} problems:")
    };
    for p in problems.iter().take(MAX_REPORTED_PROBLEMS) {
        out.push_str("\n- ");
        out.push_str(&p.to_string());
    }
    if total > problems.len() {
        out.push_str(&format!("\n… and {} more.", total - problems.len()));
    }
    out
}

/// The reassurance a failed save can give: only when there was a file to keep.
fn unchanged(existed: bool) -> &'static str {
    if existed {
        " The previous version of the file is unchanged."
    } else {
        ""
    }
}

/// Why a blueprint could not be saved. Each message is one sentence (or two) naming the
/// path once and the cause once, shown as it is by the CLI and the app. What was at the
/// path is untouched in every case, except that a device, pipe or socket written through
/// may have received part of the text ([`SaveError::WriteThrough`] says so).
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("Cannot save to {}: it is not a file path.", .path.display())]
    InvalidPath { path: PathBuf },
    #[error("Cannot save to {}: it is a folder.", .path.display())]
    IsAFolder { path: PathBuf },
    #[error("Cannot save {}: the folder {} does not exist.", .path.display(), .dir.display())]
    NoFolder { path: PathBuf, dir: PathBuf },
    #[error("Cannot save {}: {} is a file, not a folder.", .path.display(), .dir.display())]
    ParentIsAFile { path: PathBuf, dir: PathBuf },
    #[error("Cannot save {}: cannot create a file in {}: {}.", .path.display(), .dir.display(), reason(.source))]
    CreateTemp { path: PathBuf, dir: PathBuf, source: io::Error },
    #[error("Cannot save {}: writing failed: {}.{}", .path.display(), reason(.source), unchanged(*.existed))]
    Write { path: PathBuf, source: io::Error, existed: bool },
    #[error("Cannot save {}: replacing the file failed: {}.{}", .path.display(), reason(.source), unchanged(*.existed))]
    Replace { path: PathBuf, source: io::Error, existed: bool },
    #[error("Cannot save to {}: it is a disk or a partition (a block device), not a file.", .path.display())]
    BlockDevice { path: PathBuf },
    #[error("Cannot save to {}: it is a symbolic link to {}, {}.", .path.display(), .target.display(), link_end(.source))]
    DanglingLink { path: PathBuf, target: PathBuf, source: io::Error },
    #[error("Cannot save to {}: it is a {} and {}.", .path.display(), .kind.noun(), no_reader(*.kind))]
    NoReader { path: PathBuf, kind: Special },
    /// A blueprint is kept in a file: Save refuses what an export may write through to.
    #[error("Cannot save the blueprint to {}: it is a {}, and a blueprint is kept in a file.", .path.display(), .kind.noun())]
    NotAFile { path: PathBuf, kind: Special },
    #[error("Cannot save to {}: writing to the {} failed: {}.{}", .path.display(), .kind.noun(), reason(.source), partly(*.started))]
    WriteThrough { path: PathBuf, kind: Special, source: io::Error, started: bool },
}

/// What a save writes through to rather than replacing: not a regular file, but something
/// that takes the text as it comes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    /// A character device: `/dev/null`, a terminal.
    Device,
    /// A named pipe (FIFO).
    Pipe,
    /// A Unix domain socket.
    Socket,
}

impl Special {
    fn noun(self) -> &'static str {
        match self {
            Special::Device => "character device",
            Special::Pipe => "named pipe",
            Special::Socket => "socket",
        }
    }
}

fn no_reader(kind: Special) -> &'static str {
    match kind {
        Special::Socket => "nothing is listening on it",
        _ => "nothing is reading from it",
    }
}

/// Said when the text may have reached a reader only in part: it was opened, then failed.
fn partly(started: bool) -> &'static str {
    if started {
        " Part of the text may have been written to it."
    } else {
        ""
    }
}

/// Why a symbolic link leads nowhere, after "it is a symbolic link to X, ".
fn link_end(e: &io::Error) -> String {
    match Cause::of(e) {
        Cause::NotFound | Cause::NotAFolder => "which does not exist".to_owned(),
        _ => format!("which cannot be reached: {}", reason(e)),
    }
}

impl SaveError {
    /// Stable machine code, for the UI and for tests.
    pub fn code(&self) -> &'static str {
        let source = match self {
            SaveError::InvalidPath { .. } => return "invalid_path",
            SaveError::IsAFolder { .. } | SaveError::NotAFile { .. } => return "not_a_file",
            SaveError::NoFolder { .. } | SaveError::ParentIsAFile { .. } => return "not_found",
            SaveError::BlockDevice { .. } => return "block_device",
            SaveError::DanglingLink { .. } => return "dangling_link",
            SaveError::NoReader { .. } => return "no_reader",
            SaveError::CreateTemp { source, .. }
            | SaveError::Write { source, .. }
            | SaveError::Replace { source, .. }
            | SaveError::WriteThrough { source, .. } => source,
        };
        match Cause::of(source) {
            Cause::NotFound | Cause::NotAFolder => "not_found",
            Cause::PermissionDenied => "permission_denied",
            Cause::ReadOnly => "read_only",
            Cause::DiskFull => "disk_full",
            Cause::ReaderLeft => "no_reader",
            Cause::Other => "io",
        }
    }
}

/// The causes a user can act on. Classified by OS error number as well as by kind because
/// the finer `io::ErrorKind`s need a newer Rust than the crate's minimum.
pub(crate) enum Cause {
    NotFound,
    NotAFolder,
    PermissionDenied,
    ReadOnly,
    DiskFull,
    /// The reader of a pipe or socket closed it before the end (EPIPE).
    ReaderLeft,
    Other,
}

impl Cause {
    pub(crate) fn of(e: &io::Error) -> Cause {
        match e.kind() {
            io::ErrorKind::NotFound => return Cause::NotFound,
            io::ErrorKind::PermissionDenied => return Cause::PermissionDenied,
            io::ErrorKind::BrokenPipe => return Cause::ReaderLeft,
            _ => {}
        }
        #[cfg(unix)]
        match e.raw_os_error() {
            Some(20) => return Cause::NotAFolder, // ENOTDIR
            Some(30) => return Cause::ReadOnly,   // EROFS
            Some(28) => return Cause::DiskFull,   // ENOSPC
            _ => {}
        }
        Cause::Other
    }
}

fn reason(e: &io::Error) -> String {
    match Cause::of(e) {
        Cause::NotFound => "the folder does not exist".to_owned(),
        Cause::NotAFolder => "part of the path is a file, not a folder".to_owned(),
        Cause::PermissionDenied => "permission denied".to_owned(),
        Cause::ReadOnly => "the disk is read-only".to_owned(),
        Cause::DiskFull => "the disk is full".to_owned(),
        Cause::ReaderLeft => "the reader stopped reading before the end".to_owned(),
        Cause::Other => mid_sentence(&e.to_string()),
    }
}

/// The OS's own words ("File too large (os error 27)") read on after a colon: lower case,
/// unless the first word is an abbreviation.
fn mid_sentence(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            first.to_lowercase().chain(text[first.len_utf8()..].chars()).collect()
        }
        _ => text.to_owned(),
    }
}
