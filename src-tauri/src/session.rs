//! Per-window document sessions: each window edits one document, with its own history
//! and file path.

use crate::error::AppError;
use frontstage::edit::Editor;
use frontstage::model::Blueprint;
use serde::Serialize;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;

/// One open document.
#[derive(Debug)]
pub struct Session {
    pub editor: Editor,
    /// Where the document is saved; `None` until the first save.
    pub path: Option<PathBuf>,
}

/// What the window chrome and menus show about a session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Status {
    pub title: String,
    pub path: Option<String>,
    pub dirty: bool,
    pub can_undo: bool,
    pub can_redo: bool,
    pub undo_label: Option<String>,
    pub redo_label: Option<String>,
}

impl Session {
    /// A new document that has no file yet. It starts clean: closing it before any
    /// edit loses nothing, so nothing prompts.
    pub fn untitled(doc: Blueprint) -> Self {
        Session { editor: Editor::new(doc), path: None }
    }

    /// The file name shown to the user ("Untitled" before the first save).
    pub fn file_name(&self) -> String {
        self.path
            .as_deref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "Untitled".to_owned())
    }

    /// Window title: the file name, with a bullet while there are unsaved changes.
    pub fn title(&self) -> String {
        if self.editor.is_dirty() {
            format!("{} •", self.file_name())
        } else {
            self.file_name()
        }
    }

    pub fn status(&self) -> Status {
        Status {
            title: self.title(),
            path: self.path.as_deref().map(|p| p.display().to_string()),
            dirty: self.editor.is_dirty(),
            can_undo: self.editor.can_undo(),
            can_redo: self.editor.can_redo(),
            undo_label: self.editor.undo_label().map(str::to_owned),
            redo_label: self.editor.redo_label().map(str::to_owned),
        }
    }
}

/// All sessions, by window label.
#[derive(Debug, Default)]
pub struct Sessions {
    by_window: Mutex<HashMap<String, Session>>,
    next_window: AtomicU32,
}

impl Sessions {
    pub fn insert(&self, label: &str, session: Session) {
        self.lock().insert(label.to_owned(), session);
    }

    pub fn remove(&self, label: &str) -> Option<Session> {
        self.lock().remove(label)
    }

    /// Run `f` on the window's session.
    pub fn with<R>(&self, label: &str, f: impl FnOnce(&mut Session) -> R) -> Result<R, AppError> {
        let mut map = self.lock();
        let session = map.get_mut(label).ok_or_else(|| AppError::no_session(label))?;
        Ok(f(session))
    }

    /// A label for a new document window, never reused in this run.
    pub fn fresh_label(&self) -> String {
        format!("doc-{}", self.next_window.fetch_add(1, Ordering::Relaxed) + 1)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Session>> {
        // A panic while holding the lock cannot leave an Editor half-changed (a refused
        // command leaves the document untouched), so the map stays usable.
        self.by_window.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontstage::edit::Command;
    use frontstage::generate::synthetic;

    #[test]
    fn title_shows_file_name_and_unsaved_bullet() {
        let mut s = Session::untitled(synthetic(3));
        assert_eq!(s.title(), "Untitled");
        s.editor
            .execute(&Command::RenameStage { stage: "s2".into(), name: "Order".into() })
            .unwrap();
        assert_eq!(s.title(), "Untitled •");
        s.path = Some(PathBuf::from("/tmp/Café plan.frontstage"));
        s.editor.mark_saved();
        assert_eq!(s.title(), "Café plan.frontstage");
        s.editor
            .execute(&Command::RenameStage { stage: "s1".into(), name: "Arrive".into() })
            .unwrap();
        assert_eq!(s.title(), "Café plan.frontstage •");
        s.editor.undo();
        assert_eq!(s.title(), "Café plan.frontstage");
    }

    #[test]
    fn sessions_are_per_window() {
        let sessions = Sessions::default();
        sessions.insert("main", Session::untitled(synthetic(2)));
        sessions.insert("doc-1", Session::untitled(synthetic(5)));
        assert_eq!(sessions.with("main", |s| s.editor.doc().cards.len()).unwrap(), 2);
        assert_eq!(sessions.with("doc-1", |s| s.editor.doc().cards.len()).unwrap(), 5);
        assert!(sessions.remove("doc-1").is_some());
        let err = sessions.with("doc-1", |_| ()).unwrap_err();
        assert_eq!(err.code, "no_document");
    }

    #[test]
    fn fresh_labels_are_unique() {
        let sessions = Sessions::default();
        assert_eq!(sessions.fresh_label(), "doc-1");
        assert_eq!(sessions.fresh_label(), "doc-2");
    }

    #[test]
    fn status_reports_history() {
        let mut s = Session::untitled(synthetic(3));
        assert!(!s.status().can_undo);
        s.editor
            .execute(&Command::RenameStage { stage: "s1".into(), name: "Arrive".into() })
            .unwrap();
        let st = s.status();
        assert!(st.can_undo && st.dirty && !st.can_redo);
        assert_eq!(st.undo_label.as_deref(), Some("Rename Stage"));
    }
}
