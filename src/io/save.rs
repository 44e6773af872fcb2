//! Atomic save: the target is either the old file or the new one, whole, at every moment.
//!
//! The text goes to a temporary file in the target's own folder (a rename is only atomic
//! within one file system), is flushed and synced to disk, then renamed over the target;
//! on Unix the folder is synced too, so the rename itself survives a power cut. On any
//! failure the temporary file is removed and the target is untouched.

use super::error::{Cause, SaveError};
use crate::export::json;
use crate::model::Blueprint;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Saves `doc` to `path` in the canonical text of [`json::to_string`], atomically.
pub fn save_path(path: &Path, doc: &Blueprint) -> Result<(), SaveError> {
    write_atomically(path, json::to_string(doc).as_bytes())
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed and
/// synced, then renamed over the target. The old file stays whole until the new one is.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    // "plans/" names a folder even when it does not exist yet.
    let names_a_folder = path.as_os_str().to_string_lossy().ends_with(['/', std::path::MAIN_SEPARATOR]);
    let target = resolve_link(path);
    let (Some(name), false) = (target.file_name(), names_a_folder) else {
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
    if existing.as_ref().is_some_and(|m| m.is_dir()) {
        return Err(SaveError::IsAFolder { path: path.to_path_buf() });
    }

    // A dot-prefixed name next to the target, so a leftover after a crash is recognisable.
    let prefix = format!(".{}.", name.to_string_lossy());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        // A new file gets the usual permissions (the umask applies), not the temp file's 0600.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(&dir).map_err(|source| SaveError::CreateTemp {
        path: path.to_path_buf(),
        dir: dir.clone(),
        source,
    })?;

    let existed = existing.is_some();
    let write_err = |source| SaveError::Write { path: path.to_path_buf(), source, existed };
    tmp.write_all(bytes).map_err(write_err)?;
    tmp.flush().map_err(write_err)?;
    if let Some(meta) = &existing {
        // Keep the permissions the user gave the file.
        tmp.as_file().set_permissions(meta.permissions()).map_err(write_err)?;
    }
    tmp.as_file().sync_all().map_err(write_err)?;

    // On failure the returned temp file is dropped here, which deletes it.
    tmp.persist(&target).map_err(|e| SaveError::Replace { path: path.to_path_buf(), source: e.error, existed })?;
    sync_dir(&dir);
    Ok(())
}

/// Saving through a symbolic link replaces the file it points to, not the link.
fn resolve_link(path: &Path) -> PathBuf {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()),
        _ => path.to_path_buf(),
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
