//! The Open Recent list: most recent first, persisted as JSON in the app's data folder,
//! so it survives restarts. Files that no longer exist are pruned.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// How many files the menu lists.
pub const MAX_RECENT: usize = 10;

pub struct Recent {
    file: Option<PathBuf>,
    paths: Mutex<Vec<PathBuf>>,
}

impl Recent {
    /// Read the list from `file` (a missing or damaged list is an empty one). Returns the
    /// list and the entries pruned because their files are gone.
    pub fn load(file: Option<PathBuf>) -> (Recent, Vec<PathBuf>) {
        let stored: Vec<PathBuf> = file
            .as_deref()
            .and_then(|f| std::fs::read(f).ok())
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        let (paths, gone): (Vec<_>, Vec<_>) = stored.into_iter().partition(|p| p.is_file());
        let recent = Recent { file, paths: Mutex::new(paths.into_iter().take(MAX_RECENT).collect()) };
        if !gone.is_empty() {
            recent.persist();
        }
        (recent, gone)
    }

    pub fn list(&self) -> Vec<PathBuf> {
        self.lock().clone()
    }

    /// Put `path` first.
    pub fn add(&self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        {
            let mut paths = self.lock();
            paths.retain(|p| *p != path);
            paths.insert(0, path);
            paths.truncate(MAX_RECENT);
        }
        self.persist();
    }

    pub fn remove(&self, path: &Path) {
        self.lock().retain(|p| p != path);
        self.persist();
    }

    pub fn clear(&self) {
        self.lock().clear();
        self.persist();
    }

    /// Best effort: a list that cannot be written only costs the menu entries.
    fn persist(&self) {
        let Some(file) = &self.file else { return };
        let paths = self.list();
        if let Some(dir) = file.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        if let Ok(text) = serde_json::to_vec_pretty(&paths) {
            if let Err(e) = frontstage::io::write_atomically(file, &text) {
                eprintln!("Frontstage: could not keep the recent files list: {e}");
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<PathBuf>> {
        self.paths.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn survives_a_restart_most_recent_first_and_prunes_missing_files() {
        let dir = std::env::temp_dir().join(format!("frontstage-app-recent-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let (a, b) = (dir.join("a.frontstage"), dir.join("b.frontstage"));
        std::fs::write(&a, "{}").unwrap();
        std::fs::write(&b, "{}").unwrap();
        let store = dir.join("data/recent.json");
        let (recent, gone) = Recent::load(Some(store.clone()));
        assert!(gone.is_empty() && recent.list().is_empty());
        recent.add(&a);
        recent.add(&b);
        recent.add(&a);
        let (again, gone) = Recent::load(Some(store.clone()));
        assert!(gone.is_empty());
        let names: Vec<_> = again.list().iter().map(|p| p.file_name().unwrap().to_owned()).collect();
        assert_eq!(names, ["a.frontstage", "b.frontstage"]);
        std::fs::remove_file(&b).unwrap();
        let (pruned, gone) = Recent::load(Some(store.clone()));
        assert_eq!(gone.len(), 1);
        assert_eq!(pruned.list().len(), 1);
        assert_eq!(Recent::load(Some(store)).0.list().len(), 1, "pruning is persisted");
    }

    #[test]
    fn keeps_at_most_ten() {
        let (recent, _) = Recent::load(None);
        for i in 0..15 {
            recent.add(Path::new(&format!("/nowhere/{i}.frontstage")));
        }
        assert_eq!(recent.list().len(), MAX_RECENT);
        assert_eq!(recent.list()[0], Path::new("/nowhere/14.frontstage"));
    }
}
