//! Per-window document sessions: each window edits one document, with its own history,
//! file path, rule checker and recovery copy.

use crate::anticipation::Anticipation;
use crate::error::AppError;
use frontstage::edit::{Command, Editor, Outcome, Patch};
use frontstage::layout::Scene;
use frontstage::model::{Blueprint, Language};
use frontstage::rules::{Checker, Diagnostic};
use serde::Serialize;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
use ts_rs::TS;

/// One open document.
pub struct Session {
    pub editor: Editor,
    /// Where the document is saved; `None` until the first save.
    pub path: Option<PathBuf>,
    /// Kept up to date after every execute, undo and redo, from the patch alone.
    pub checker: Checker,
    /// Bumped on every change of the document, so autosave writes only what changed.
    pub revision: u64,
    /// Name shown before the first save, e.g. for restored work ("Untitled" when `None`).
    pub untitled_name: Option<String>,
    /// Name of this session's recovery copy in the recovery folder; set by `Sessions`.
    pub recovery_id: String,
    /// The Scene and diagnostics this window's UI last received, so that a command sends
    /// only what changed. `None` until the UI asks for the whole view.
    pub sent: Option<Sent>,
    /// The answer to the command the UI expects next (a drop), prepared against `sent`.
    pub anticipation: Option<Anticipation>,
    /// What a prepared drop replaced (Scenes of thousands of cards take milliseconds to
    /// free): freed by the next preparation, on its worker, not while the UI waits.
    pub retired: Vec<Box<dyn Send>>,
}

/// What the UI was last sent.
pub struct Sent {
    pub scene: Scene,
    pub diagnostics: Vec<Diagnostic>,
}

/// What the window chrome and menus show about a session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
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
    fn with_editor(editor: Editor, path: Option<PathBuf>) -> Self {
        let checker = Checker::new(editor.doc());
        Session {
            editor,
            path,
            checker,
            revision: 0,
            untitled_name: None,
            recovery_id: String::new(),
            sent: None,
            anticipation: None,
            retired: Vec::new(),
        }
    }

    /// A new document that has no file yet. It starts clean: closing it before any
    /// edit loses nothing, so nothing prompts.
    pub fn untitled(doc: Blueprint) -> Self {
        Self::with_editor(Editor::new(doc), None)
    }

    /// A document loaded from `path`.
    pub fn opened(doc: Blueprint, path: PathBuf) -> Self {
        Self::with_editor(Editor::new(doc), Some(path))
    }

    /// Work restored from a recovery copy: unsaved and without a file, so that Save asks
    /// where to put it rather than overwriting the file it came from.
    pub fn restored(doc: Blueprint, name: String) -> Self {
        let mut s = Self::with_editor(Editor::unsaved(doc), None);
        s.untitled_name = Some(name);
        s
    }

    /// An untitled document nobody has touched: opening a file may replace it.
    pub fn is_blank(&self) -> bool {
        self.path.is_none() && self.untitled_name.is_none() && !self.editor.is_dirty() && !self.editor.can_undo()
    }

    pub fn execute(&mut self, cmd: &Command) -> Result<Outcome, frontstage::edit::EditError> {
        let outcome = self.editor.execute(cmd)?;
        self.changed(&outcome.patch);
        Ok(outcome)
    }

    pub fn undo(&mut self) -> Option<Patch> {
        let patch = self.editor.undo()?;
        self.changed(&patch);
        Some(patch)
    }

    pub fn redo(&mut self) -> Option<Patch> {
        let patch = self.editor.redo()?;
        self.changed(&patch);
        Some(patch)
    }

    fn changed(&mut self, patch: &Patch) {
        self.checker.update(self.editor.doc(), patch);
        self.revision += 1;
    }

    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        self.checker.diagnostics()
    }

    /// Write the diagnostics in `lang` from now on (the UI's language): checks again
    /// when the language changes.
    pub fn set_language(&mut self, lang: Language) {
        if self.checker.language() != lang {
            self.checker = Checker::new_in(self.editor.doc(), lang);
        }
    }

    /// The file name shown to the user ("Untitled", in the UI's language, before the first save).
    pub fn file_name(&self) -> String {
        self.path
            .as_deref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .or_else(|| self.untitled_name.clone())
            .unwrap_or_else(|| self.checker.language().pick("Untitled", "未命名").to_owned())
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
#[derive(Default)]
pub struct Sessions {
    by_window: Mutex<HashMap<String, Session>>,
    /// The language every session's diagnostics are written in: the UI's.
    language: Mutex<Language>,
    next_window: AtomicU32,
    next_recovery: AtomicU32,
}

impl Sessions {
    /// Put `session` in the window, replacing what it held. It gets a fresh recovery
    /// id, so an old copy is never overwritten by a different document.
    pub fn insert(&self, label: &str, mut session: Session) {
        let n = self.next_recovery.fetch_add(1, Ordering::Relaxed) + 1;
        session.recovery_id = format!("{}-{n}", std::process::id());
        session.set_language(self.language());
        self.lock().insert(label.to_owned(), session);
    }

    /// The language diagnostics are written in.
    pub fn language(&self) -> Language {
        *self.language.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Write every session's diagnostics in `lang` (the UI's language changed). Returns,
    /// for each window whose UI holds diagnostics, the new ones to send it.
    pub fn set_language(&self, lang: Language) -> Vec<(String, Vec<Diagnostic>)> {
        *self.language.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = lang;
        let mut map = self.lock();
        let mut resend = Vec::new();
        for (label, s) in map.iter_mut() {
            s.set_language(lang);
            // Its diagnostics are in the old language.
            s.anticipation = None;
            let diagnostics = s.diagnostics();
            if let Some(sent) = s.sent.as_mut() {
                if sent.diagnostics != diagnostics {
                    sent.diagnostics = diagnostics.clone();
                    resend.push((label.clone(), diagnostics));
                }
            }
        }
        resend
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

    /// Run `f` on every session (autosave).
    pub fn each<R>(&self, mut f: impl FnMut(&str, &Session) -> Option<R>) -> Vec<R> {
        self.lock().iter().filter_map(|(label, s)| f(label, s)).collect()
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
    use frontstage::generate::synthetic;

    #[test]
    fn title_shows_file_name_and_unsaved_bullet() {
        let mut s = Session::untitled(synthetic(3));
        assert_eq!(s.title(), "Untitled");
        s.execute(&Command::RenameStage { stage: "s2".into(), name: "Order".into() }).unwrap();
        assert_eq!(s.title(), "Untitled •");
        s.path = Some(PathBuf::from("/tmp/Café plan.frontstage"));
        s.editor.mark_saved();
        assert_eq!(s.title(), "Café plan.frontstage");
        s.execute(&Command::RenameStage { stage: "s1".into(), name: "Arrive".into() }).unwrap();
        assert_eq!(s.title(), "Café plan.frontstage •");
        s.undo();
        assert_eq!(s.title(), "Café plan.frontstage");
    }

    #[test]
    fn restored_work_is_unsaved_and_named() {
        let s = Session::restored(synthetic(3), "Recovered plan".into());
        assert_eq!(s.title(), "Recovered plan •");
        assert!(s.path.is_none() && !s.is_blank());
        assert!(Session::untitled(synthetic(3)).is_blank());
    }

    #[test]
    fn checker_follows_execute_undo_and_redo() {
        let doc = frontstage::templates::template("restaurant").unwrap();
        let mut s = Session::untitled(doc);
        let start = s.diagnostics();
        let card = s.editor.doc().cards.keys().next().unwrap().clone();
        s.execute(&Command::DeleteCards { cards: vec![card] }).unwrap();
        assert_eq!(s.diagnostics(), frontstage::rules::check(s.editor.doc()));
        assert_eq!(s.revision, 1);
        s.undo();
        assert_eq!(s.diagnostics(), start);
        s.redo();
        assert_eq!(s.diagnostics(), frontstage::rules::check(s.editor.doc()));
        assert_eq!(s.revision, 3);
    }

    #[test]
    fn sessions_are_per_window_with_distinct_recovery_ids() {
        let sessions = Sessions::default();
        sessions.insert("main", Session::untitled(synthetic(2)));
        sessions.insert("doc-1", Session::untitled(synthetic(5)));
        assert_eq!(sessions.with("main", |s| s.editor.doc().cards.len()).unwrap(), 2);
        assert_eq!(sessions.with("doc-1", |s| s.editor.doc().cards.len()).unwrap(), 5);
        let a = sessions.with("main", |s| s.recovery_id.clone()).unwrap();
        let b = sessions.with("doc-1", |s| s.recovery_id.clone()).unwrap();
        assert_ne!(a, b);
        assert!(a.starts_with(&format!("{}-", std::process::id())));
        assert!(sessions.remove("doc-1").is_some());
        let err = sessions.with("doc-1", |_| ()).unwrap_err();
        assert_eq!(err.code, "no_document");
    }

    #[test]
    fn diagnostics_follow_the_ui_language() {
        let sessions = Sessions::default();
        let mut doc = frontstage::templates::template("restaurant").unwrap();
        // A stage without a customer action: a diagnostic to read.
        doc.stages.push(frontstage::model::Stage::new("s-empty", "Leave"));
        let english = frontstage::rules::check(&doc);
        let chinese = frontstage::rules::check_in(&doc, Language::SimplifiedChinese);
        assert!(!english.is_empty() && english != chinese);

        sessions.insert("main", Session::untitled(doc.clone()));
        assert_eq!(sessions.with("main", |s| s.diagnostics()).unwrap(), english);
        // Not yet sent to a UI: nothing to resend, but checked in the new language.
        assert!(sessions.set_language(Language::SimplifiedChinese).is_empty());
        assert_eq!(sessions.with("main", |s| s.diagnostics()).unwrap(), chinese);
        // A new session starts in the current language; edits keep it.
        sessions.insert("doc-1", Session::untitled(doc));
        sessions
            .with("doc-1", |s| {
                s.sent = Some(Sent { scene: frontstage::layout::layout(s.editor.doc()), diagnostics: s.diagnostics() });
                s.execute(&Command::RenameStage { stage: s.editor.doc().stages[1].id.clone(), name: "Sit".into() })
                    .unwrap();
                assert_eq!(s.diagnostics(), frontstage::rules::check_in(s.editor.doc(), Language::SimplifiedChinese));
            })
            .unwrap();
        // Switching back resends to the window that holds diagnostics, in English.
        let resend = sessions.set_language(Language::English);
        assert_eq!(resend.len(), 1);
        assert_eq!(resend[0].0, "doc-1");
        assert_eq!(resend[0].1, sessions.with("doc-1", |s| frontstage::rules::check(s.editor.doc())).unwrap());
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
        s.execute(&Command::RenameStage { stage: "s1".into(), name: "Arrive".into() }).unwrap();
        let st = s.status();
        assert!(st.can_undo && st.dirty && !st.can_redo);
        assert_eq!(st.undo_label.as_deref(), Some("Rename Stage"));
    }
}
