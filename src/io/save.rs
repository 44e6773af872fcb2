//! Saving: a file is either the old one or the new one, whole, at every moment, and what
//! the path names is never replaced by something of another kind.
//!
//! A regular file (or a new one) is saved atomically: the text goes to a temporary file in
//! the target's own folder (a rename is only atomic within one file system), is synced to
//! disk, then renamed over the target; on Unix the folder is synced too, so the rename
//! itself survives a power cut. On any failure the temporary file is removed and the target
//! is untouched. The new file keeps the old one's permissions, and its owner and group
//! where the OS allows.
//!
//! Anything else is never renamed over, since that would turn it into a plain file: a
//! character device, a named pipe or a socket gets the text written through to it
//! (`through.rs`); a disk (a block device) and a folder are refused. Saving through a
//! symbolic link saves to what it points to and keeps the link; a link to nothing is
//! refused rather than followed to create its target: the link may be stale or planted (in
//! a shared folder, it can point anywhere the saver may write), refusing loses nothing, and
//! the message says where it points so the user can save there or remove the link.

use super::error::{Cause, SaveError, Special};
use crate::export::json;
use crate::model::Blueprint;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Saves `doc` to `path` in the canonical text of [`json::to_string`], atomically.
pub fn save_path(path: &Path, doc: &Blueprint) -> Result<(), SaveError> {
    write_atomically(path, json::to_string(doc).as_bytes())
}

/// Saves `doc` as the document's own file: as [`save_path`], but a device, pipe or socket
/// is refused. The editor then treats the path as the document's file and the document
/// as saved, which a pipe would not keep.
pub fn save_document(path: &Path, doc: &Blueprint) -> Result<(), SaveError> {
    if let Some(kind) =
        resolve_link(path).ok().and_then(|t| fs::metadata(t).ok()).and_then(|m| match Kind::of(m.file_type()) {
            Kind::Through(kind) => Some(kind),
            _ => None,
        })
    {
        return Err(SaveError::NotAFile { path: path.to_path_buf(), kind });
    }
    save_path(path, doc)
}

/// Writes `bytes` to `path`: a file atomically (a temporary file in the same folder, synced,
/// then renamed over the target; the old file stays whole until the new one is), a
/// character device, named pipe or socket by writing through to it. See the module's doc
/// for what is refused.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    // "plans/" names a folder even when it does not exist yet.
    if path.as_os_str().to_string_lossy().ends_with(['/', std::path::MAIN_SEPARATOR]) {
        return Err(SaveError::InvalidPath { path: path.to_path_buf() });
    }
    let target = resolve_link(path)?;
    let Some(name) = target.file_name() else {
        return Err(SaveError::InvalidPath { path: path.to_path_buf() });
    };
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    // Checked first so the message can say plainly that the folder is missing.
    match fs::metadata(&dir) {
        Ok(m) if !m.is_dir() => return Err(SaveError::ParentIsAFile { path: path.to_path_buf(), dir }),
        Err(e) if matches!(Cause::of(&e), Cause::NotFound | Cause::NotAFolder) => {
            return Err(SaveError::NoFolder { path: path.to_path_buf(), dir })
        }
        _ => {}
    }
    let existing = fs::metadata(&target).ok();
    match existing.as_ref().map(|m| Kind::of(m.file_type())) {
        Some(Kind::Folder) => Err(SaveError::IsAFolder { path: path.to_path_buf() }),
        Some(Kind::Disk) => Err(SaveError::BlockDevice { path: path.to_path_buf() }),
        #[cfg(unix)]
        Some(Kind::Through(kind)) => super::through::write(path, &target, kind, bytes),
        _ => replace(path, &target, &dir, &name.to_string_lossy(), existing.as_ref(), bytes),
    }
}

/// What is at the target, as far as saving goes.
#[cfg_attr(not(unix), allow(dead_code))]
enum Kind {
    File,
    Folder,
    Disk,
    Through(Special),
}

impl Kind {
    fn of(t: fs::FileType) -> Kind {
        if t.is_dir() {
            return Kind::Folder;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if t.is_block_device() {
                return Kind::Disk;
            } else if t.is_char_device() {
                return Kind::Through(Special::Device);
            } else if t.is_fifo() {
                return Kind::Through(Special::Pipe);
            } else if t.is_socket() {
                return Kind::Through(Special::Socket);
            }
        }
        Kind::File
    }
}

/// The atomic save of a regular file (or a new one) at `target`, `existing` being the
/// file it replaces.
fn replace(
    path: &Path,
    target: &Path,
    dir: &Path,
    name: &str,
    existing: Option<&fs::Metadata>,
    bytes: &[u8],
) -> Result<(), SaveError> {
    // A dot-prefixed name next to the target, so a leftover after a crash is recognisable.
    // Created and written as a plain `fs::File`: tempfile's own writes add the temporary
    // file's path to their errors, which would then name a second path in the message and
    // hide the OS error a cause is told by.
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .make_in(dir, create_new)
        .map_err(|source| SaveError::CreateTemp { path: path.to_path_buf(), dir: dir.to_path_buf(), source })?;

    let existed = existing.is_some();
    let write_err = |source| SaveError::Write { path: path.to_path_buf(), source, existed };
    let file = tmp.as_file_mut();
    file.write_all(bytes).map_err(write_err)?;
    if let Some(meta) = existing {
        // The owner first: giving a file away clears its set-id bits, which the mode restores.
        keep_owner(file, meta);
        // Keep the permissions the user gave the file.
        file.set_permissions(meta.permissions()).map_err(write_err)?;
    }
    file.sync_all().map_err(write_err)?;

    // On failure the returned temp file is dropped here, which deletes it.
    tmp.persist(target).map_err(|e| SaveError::Replace { path: path.to_path_buf(), source: e.error, existed })?;
    sync_dir(dir);
    Ok(())
}

/// A new file, never an existing one. It gets the usual permissions (the umask applies),
/// not a temporary file's 0600.
fn create_new(path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o666);
    }
    options.open(path)
}

/// Gives the new file the old one's owner and group where the OS allows: only root can
/// give a file away, anyone can give it a group they belong to. Where it does not, the
/// new file is the saver's like any file they create, so a refusal is no error.
#[cfg(unix)]
fn keep_owner(file: &fs::File, old: &fs::Metadata) {
    use std::os::unix::fs::{fchown, MetadataExt};
    let Ok(new) = file.metadata() else { return };
    if (new.uid(), new.gid()) == (old.uid(), old.gid()) {
        return;
    }
    if fchown(file, Some(old.uid()), Some(old.gid())).is_err() {
        let _ = fchown(file, None, Some(old.gid()));
    }
}

#[cfg(not(unix))]
fn keep_owner(_: &fs::File, _: &fs::Metadata) {}

/// Saving through a symbolic link saves to what it points to, not over the link; a link
/// whose end cannot be reached is refused (see the module's doc).
fn resolve_link(path: &Path) -> Result<PathBuf, SaveError> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => fs::canonicalize(path).map_err(|source| SaveError::DanglingLink {
            path: path.to_path_buf(),
            target: fs::read_link(path).unwrap_or_default(),
            source,
        }),
        _ => Ok(path.to_path_buf()),
    }
}

/// Makes the rename durable. Errors are ignored: the new file is already in place and
/// complete, and some file systems cannot sync a folder at all.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
