//! The open documents, one per window: each window's [`Session`] (the core's: document,
//! history, file, checker, what its view holds) and the name of its recovery copy.

use crate::AppError;
use frontstage::edit::Command;
use frontstage::model::Language;
use frontstage::rules::Diagnostic;
use frontstage::view::{Prepared, Session, Status};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
use tauri::ipc::InvokeResponseBody;

/// A window's document and the name of its copy in the recovery folder.
struct Open {
    session: Session,
    recovery_id: String,
}

/// What the recovery copies need to know of one open document.
pub struct Snapshot<'a> {
    pub recovery_id: &'a str,
    pub session: &'a Session,
}

/// All sessions, by window label.
#[derive(Default)]
pub struct Sessions {
    by_window: Mutex<HashMap<String, Open>>,
    /// The language every session writes its diagnostics and edit names in: the UI's.
    language: Mutex<Language>,
    next_window: AtomicU32,
    next_recovery: AtomicU32,
}

impl Sessions {
    /// Put `session` in the window, replacing what it held. It gets a fresh recovery id,
    /// so an old copy is never overwritten by a different document.
    pub fn insert(&self, label: &str, mut session: Session) {
        let n = self.next_recovery.fetch_add(1, Ordering::Relaxed) + 1;
        session.set_language(self.language());
        let recovery_id = format!("{}-{n}", std::process::id());
        self.lock().insert(label.to_owned(), Open { session, recovery_id });
    }

    /// The language diagnostics are written in.
    pub fn language(&self) -> Language {
        *self.language.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Write every session's diagnostics and edit names in `lang` (the UI's language
    /// changed). Returns, for each window whose UI holds other diagnostics, the new ones.
    pub fn set_language(&self, lang: Language) -> Vec<(String, Vec<Diagnostic>)> {
        *self.language.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = lang;
        let mut map = self.lock();
        map.iter_mut().filter_map(|(label, o)| Some((label.clone(), o.session.set_language(lang)?))).collect()
    }

    /// Take the window's session out (its window is gone); returns its recovery id.
    pub fn remove(&self, label: &str) -> Option<String> {
        self.lock().remove(label).map(|o| o.recovery_id)
    }

    /// Run `f` on the window's session.
    pub fn with<R>(&self, label: &str, f: impl FnOnce(&mut Session) -> R) -> Result<R, AppError> {
        let mut map = self.lock();
        let open = map.get_mut(label).ok_or_else(|| no_session(label))?;
        Ok(f(&mut open.session))
    }

    /// Prepare the window's next drop (`Session::prepare`) on a blocking thread, so the
    /// drag goes on meanwhile.
    pub async fn prepare_aside(
        app: tauri::AppHandle,
        label: String,
        command: Command,
        with_measures: bool,
    ) -> Result<Option<Prepared>, AppError> {
        use tauri::Manager;
        let prepare = move || app.state::<Sessions>().with(&label, |s| s.prepare(&command, with_measures))?;
        tauri::async_runtime::spawn_blocking(prepare)
            .await
            .map_err(|e| AppError::new("internal", format!("the preparation stopped: {e}")))?
    }

    /// The window's whole view as the JSON the UI receives, written while the session is
    /// locked: the `View` borrows the document rather than copying it.
    pub fn view(&self, label: &str) -> Result<InvokeResponseBody, AppError> {
        let json = self.with(label, |s| serde_json::to_string(&s.view()))?;
        json.map(InvokeResponseBody::Json).map_err(|e| AppError::new("internal", e.to_string()))
    }

    /// The window's status (title, undo and redo).
    pub fn status(&self, label: &str) -> Result<Status, AppError> {
        self.with(label, |s| s.status())
    }

    /// The name of the window's recovery copy.
    pub fn recovery_id(&self, label: &str) -> Result<String, AppError> {
        self.lock().get(label).map(|o| o.recovery_id.clone()).ok_or_else(|| no_session(label))
    }

    /// Run `f` on every session (autosave), under the lock: keep it short.
    pub fn each<R>(&self, mut f: impl FnMut(Snapshot) -> Option<R>) -> Vec<R> {
        self.lock().values().filter_map(|o| f(Snapshot { recovery_id: &o.recovery_id, session: &o.session })).collect()
    }

    /// A label for a new document window, never reused in this run.
    pub fn fresh_label(&self) -> String {
        format!("doc-{}", self.next_window.fetch_add(1, Ordering::Relaxed) + 1)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Open>> {
        // A panic while holding the lock cannot leave an editor half-changed (a refused
        // command leaves the document untouched), so the map stays usable.
        self.by_window.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn no_session(label: &str) -> AppError {
    AppError::new("no_document", format!("window \"{label}\" has no open document"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontstage::edit::Command;
    use frontstage::model::Stage;
    use frontstage::rules::{check, check_in};
    use frontstage::templates::template;

    fn doc() -> frontstage::model::Blueprint {
        template("restaurant").unwrap()
    }

    #[test]
    fn sessions_are_per_window_with_distinct_recovery_ids() {
        let sessions = Sessions::default();
        let mut small = doc();
        small.cards.clear();
        small.connectors.clear();
        sessions.insert("main", Session::untitled(small));
        sessions.insert("doc-1", Session::untitled(doc()));
        assert_eq!(sessions.with("main", |s| s.doc().cards.len()).unwrap(), 0);
        assert_eq!(sessions.with("doc-1", |s| s.doc().cards.len()).unwrap(), doc().cards.len());
        let a = sessions.recovery_id("main").unwrap();
        let b = sessions.recovery_id("doc-1").unwrap();
        assert_ne!(a, b);
        assert!(a.starts_with(&format!("{}-", std::process::id())));
        assert_eq!(sessions.remove("doc-1"), Some(b));
        let err = sessions.with("doc-1", |_| ()).unwrap_err();
        assert_eq!(err.code, "no_document");
        assert_eq!(sessions.recovery_id("doc-1").unwrap_err().code, "no_document");
    }

    #[test]
    fn diagnostics_follow_the_ui_language() {
        let sessions = Sessions::default();
        let mut doc = doc();
        // A stage with a backstage card but no customer action: a diagnostic to read (a
        // stage with no card at all is not reported).
        doc.stages.push(Stage::new("s-empty", "Leave"));
        let card = frontstage::model::Card::new("c-leave", "l-backstage", "s-empty", "Clears the table");
        doc.cards.insert(card.id.clone(), card);
        let english = check(&doc);
        let chinese = check_in(&doc, Language::SimplifiedChinese);
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
                s.view();
                let stage = s.doc().stages[1].id.clone();
                s.execute(&Command::RenameStage { stage, name: "Sit".into() }, None).unwrap();
                assert_eq!(s.diagnostics(), check_in(s.doc(), Language::SimplifiedChinese));
            })
            .unwrap();
        // Switching back resends to the window that holds diagnostics, in English.
        let resend = sessions.set_language(Language::English);
        assert_eq!(resend.len(), 1);
        assert_eq!(resend[0].0, "doc-1");
        assert_eq!(resend[0].1, sessions.with("doc-1", |s| check(s.doc())).unwrap());
    }

    #[test]
    fn fresh_labels_are_unique() {
        let sessions = Sessions::default();
        assert_eq!(sessions.fresh_label(), "doc-1");
        assert_eq!(sessions.fresh_label(), "doc-2");
    }
}
