//! Recovery copies: while a document has unsaved changes, a copy is written into the
//! app's data folder every few seconds, off the UI thread. A clean close or a save
//! removes it; copies left behind by a crash are offered back at the next start.
//!
//! Copies are named `<pid>-<n>.frontstage` with a `<pid>-<n>.json` note beside them (the
//! name to show and where the document came from). A copy whose process is still running
//! belongs to another open instance and is not offered.

use crate::sessions::Sessions;
use crate::AppError;
use frontstage::io;
use frontstage::model::Blueprint;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use ts_rs::TS;

/// How often dirty documents are copied.
pub const PERIOD: Duration = Duration::from_secs(2);

/// The note beside a copy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Name to show, e.g. "restaurant-en.frontstage" or "Untitled".
    pub name: String,
    /// The file the document was opened from or last saved to.
    pub original: Option<PathBuf>,
    /// Seconds since the Unix epoch when the copy was written.
    pub saved_at: u64,
}

/// A copy left by an earlier run, as the UI lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Orphan {
    pub id: String,
    pub name: String,
    pub original: Option<String>,
    pub saved_at: u64,
}

/// The recovery folder, and which copies this process has written (id → revision).
pub struct Recovery {
    dir: PathBuf,
    written: Mutex<Written>,
}

#[derive(Default)]
struct Written {
    revisions: HashMap<String, u64>,
    /// What the notes of restored work say (its own name and file, not "Recovered …"), by
    /// the id of the session it was restored into.
    restored: HashMap<String, (String, Option<PathBuf>)>,
    /// Set when the app exits: nothing more is written.
    stopped: bool,
}

impl Recovery {
    pub fn new(dir: PathBuf) -> Self {
        Recovery { dir, written: Mutex::new(Written::default()) }
    }

    fn doc_path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.frontstage"))
    }

    fn note_path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// One autosave pass: copy every dirty session whose document changed since its last
    /// copy; remove the copies of sessions that are clean or gone.
    pub fn sync(&self, sessions: &Sessions) {
        struct Snap {
            id: String,
            revision: u64,
            dirty: bool,
            doc: Option<(Blueprint, Note)>,
        }
        let (known, restored) = {
            let w = self.lock();
            let known: Vec<(String, u64)> = w.revisions.iter().map(|(k, v)| (k.clone(), *v)).collect();
            (known, w.restored.clone())
        };
        let last = |id: &str| known.iter().find(|(k, _)| k == id).map(|(_, r)| *r);
        // Clone under the sessions lock; write after releasing it, so edits never wait
        // for the disk.
        let snaps = sessions.each(|open| {
            let s = open.session;
            let dirty = s.is_dirty();
            let doc = (dirty && last(open.recovery_id) != Some(s.revision())).then(|| {
                let (name, original) = restored
                    .get(open.recovery_id)
                    .cloned()
                    .unwrap_or_else(|| (s.file_name(), s.path().map(PathBuf::from)));
                (s.doc().clone(), Note { name, original, saved_at: now() })
            });
            Some(Snap { id: open.recovery_id.to_owned(), revision: s.revision(), dirty, doc })
        });
        let mut written = self.lock();
        if written.stopped {
            return;
        }
        for snap in &snaps {
            if let Some((doc, note)) = &snap.doc {
                match self.write(&snap.id, doc, note) {
                    Ok(()) => {
                        written.revisions.insert(snap.id.clone(), snap.revision);
                    }
                    Err(e) => eprintln!("Frontstage: could not write a recovery copy: {}", e.message),
                }
            }
        }
        let stale: Vec<String> =
            written.revisions.keys().filter(|id| !snaps.iter().any(|s| &s.id == *id && s.dirty)).cloned().collect();
        for id in stale {
            self.delete(&id);
            written.revisions.remove(&id);
            written.restored.remove(&id);
        }
    }

    /// Remove a session's copy now (it was saved, or closed without saving).
    pub fn forget(&self, id: &str) {
        let mut written = self.lock();
        written.revisions.remove(id);
        written.restored.remove(id);
        self.delete(id);
    }

    /// The app is exiting after every question was answered: remove this process's
    /// copies and write no more.
    pub fn stop(&self) {
        let mut written = self.lock();
        written.stopped = true;
        for id in written.revisions.keys() {
            self.delete(id);
        }
        written.revisions.clear();
        written.restored.clear();
    }

    fn write(&self, id: &str, doc: &Blueprint, note: &Note) -> Result<(), AppError> {
        std::fs::create_dir_all(&self.dir)
            .map_err(|e| AppError::new("io", format!("cannot create {}: {e}", self.dir.display())))?;
        io::save_path(&self.doc_path(id), doc)?;
        self.write_note(id, note)
    }

    fn write_note(&self, id: &str, note: &Note) -> Result<(), AppError> {
        let text = serde_json::to_vec_pretty(note).map_err(|e| AppError::new("io", e.to_string()))?;
        io::write_atomically(&self.note_path(id), &text)?;
        Ok(())
    }

    fn delete(&self, id: &str) {
        let _ = std::fs::remove_file(self.doc_path(id));
        let _ = std::fs::remove_file(self.note_path(id));
    }

    /// Copies left by processes that are no longer running, newest first.
    pub fn orphans(&self) -> Vec<Orphan> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else { return Vec::new() };
        let mut out: Vec<Orphan> = entries
            .flatten()
            .filter_map(|e| {
                let path = e.path();
                if path.extension()? != "frontstage" {
                    return None;
                }
                let id = path.file_stem()?.to_str()?.to_owned();
                let pid: u32 = id.split('-').next()?.parse().ok()?;
                if process_running(pid) {
                    return None;
                }
                let note: Option<Note> =
                    std::fs::read(self.note_path(&id)).ok().and_then(|b| serde_json::from_slice(&b).ok());
                let note = note.unwrap_or(Note { name: "Untitled".into(), original: None, saved_at: 0 });
                Some(Orphan {
                    id,
                    name: note.name,
                    original: note.original.map(|p| p.display().to_string()),
                    saved_at: note.saved_at,
                })
            })
            .collect();
        out.sort_by(|a, b| b.saved_at.cmp(&a.saved_at).then_with(|| a.id.cmp(&b.id)));
        out
    }

    /// Read an orphan's document. Its copy stays until [`Recovery::adopt`] hands it over.
    pub fn read(&self, id: &str) -> Result<(Blueprint, Orphan), AppError> {
        let orphan = self
            .orphans()
            .into_iter()
            .find(|o| o.id == id)
            .ok_or_else(|| AppError::new("not_found", "that recovered document is no longer available"))?;
        let doc = io::load_path(&self.doc_path(id))?;
        Ok((doc, orphan))
    }

    /// Hand `orphan`'s copy over to the session `recovery_id` it was restored into, as that
    /// session's own copy (the document is the same), so there is a copy at every moment:
    /// a crash right after Restore offers the work again, under its own name. Renamed, not
    /// deleted and written anew: the next autosave might come too late.
    pub fn adopt(&self, orphan: &Orphan, recovery_id: &str) {
        let mut written = self.lock();
        let (name, original) = (orphan.name.clone(), orphan.original.clone().map(PathBuf::from));
        written.restored.insert(recovery_id.to_owned(), (name.clone(), original.clone()));
        // The note first: until the copy is renamed, the orphan is whole where it was.
        let note = Note { name, original, saved_at: now() };
        if let Err(e) = self.write_note(recovery_id, &note) {
            // The next autosave writes the session's own copy; until then the orphan stays.
            eprintln!("Frontstage: could not take over the recovery copy {}: {}", orphan.id, e.message);
            return;
        }
        match std::fs::rename(self.doc_path(&orphan.id), self.doc_path(recovery_id)) {
            Ok(()) => {
                let _ = std::fs::remove_file(self.note_path(&orphan.id));
                // The restored session is at its first revision: this copy is current.
                written.revisions.insert(recovery_id.to_owned(), 0);
            }
            Err(e) => {
                let _ = std::fs::remove_file(self.note_path(recovery_id));
                eprintln!("Frontstage: could not take over the recovery copy {}: {e}", orphan.id);
            }
        }
    }

    /// Throw an orphan away.
    pub fn discard(&self, id: &str) -> Result<(), AppError> {
        if !self.orphans().iter().any(|o| o.id == id) {
            return Err(AppError::new("not_found", "that recovered document is no longer available"));
        }
        self.delete(id);
        Ok(())
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Written> {
        self.written.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// Whether a process with this id is running. Where that cannot be told, only this
/// process counts as running.
fn process_running(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    if cfg!(target_os = "linux") {
        Path::new(&format!("/proc/{pid}")).exists()
    } else {
        false
    }
}

/// Run `sync` every `PERIOD` on a background thread for the life of the app.
pub fn spawn(app: tauri::AppHandle) {
    use tauri::Manager;
    let started = std::thread::Builder::new().name("recovery-copies".into()).spawn(move || loop {
        std::thread::sleep(PERIOD);
        app.state::<Recovery>().sync(&app.state::<Sessions>());
    });
    if let Err(e) = started {
        eprintln!("Frontstage: recovery copies are off, the thread did not start: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontstage::edit::Command;
    use frontstage::templates::template;
    use frontstage::view::Session;

    /// A blueprint of `n` cards (the restaurant example's first ones).
    fn restaurant_cards(n: usize) -> Blueprint {
        let mut doc = template("restaurant").unwrap();
        let keep: Vec<_> = doc.cards.keys().take(n).cloned().collect();
        doc.cards.retain(|id, _| keep.contains(id));
        doc.connectors.retain(|_, c| keep.contains(&c.from) && keep.contains(&c.to));
        doc
    }

    fn dir(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("frontstage-app-recovery-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    fn rename(name: &str) -> Command {
        let doc = template("restaurant").unwrap();
        Command::RenameStage { stage: doc.stages[0].id.clone(), name: name.into() }
    }

    fn files(d: &Path) -> usize {
        std::fs::read_dir(d).map(|r| r.count()).unwrap_or(0)
    }

    #[test]
    fn copies_dirty_documents_and_removes_them_when_clean_or_closed() {
        let d = dir("sync");
        let rec = Recovery::new(d.clone());
        let sessions = Sessions::default();
        sessions.insert("main", Session::untitled(restaurant_cards(3)));
        rec.sync(&sessions);
        assert_eq!(files(&d), 0, "a clean document has no copy");
        sessions.with("main", |s| s.execute(&rename("Arrive"), None)).unwrap().unwrap();
        rec.sync(&sessions);
        assert_eq!(files(&d), 2);
        let id = sessions.recovery_id("main").unwrap();
        let copy = io::load_path(&d.join(format!("{id}.frontstage"))).unwrap();
        assert_eq!(copy.stages[0].name, "Arrive");
        // Our own copies are not orphans while we run.
        assert!(rec.orphans().is_empty());
        sessions.with("main", |s| s.undo()).unwrap();
        rec.sync(&sessions);
        assert_eq!(files(&d), 0, "back to clean: the copy goes");
        sessions.with("main", |s| s.redo()).unwrap();
        rec.sync(&sessions);
        assert_eq!(files(&d), 2);
        sessions.remove("main");
        rec.sync(&sessions);
        assert_eq!(files(&d), 0, "closed: the copy goes");
    }

    #[test]
    fn offers_copies_of_dead_processes_and_restores_or_discards_them() {
        let d = dir("orphans");
        std::fs::create_dir_all(&d).unwrap();
        // No process has id 4294967: pids are below 2^22 on Linux.
        let dead = "4194999-1";
        io::save_path(&d.join(format!("{dead}.frontstage")), &restaurant_cards(4)).unwrap();
        let note = Note { name: "plan.frontstage".into(), original: Some("/x/plan.frontstage".into()), saved_at: 7 };
        std::fs::write(d.join(format!("{dead}.json")), serde_json::to_vec(&note).unwrap()).unwrap();
        io::save_path(&d.join("4194999-2.frontstage"), &restaurant_cards(2)).unwrap();
        let rec = Recovery::new(d.clone());
        let orphans = rec.orphans();
        assert_eq!(orphans.len(), 2);
        assert_eq!(orphans[0].name, "plan.frontstage");
        assert_eq!(orphans[0].original.as_deref(), Some("/x/plan.frontstage"));
        assert_eq!(orphans[1].name, "Untitled", "a copy without its note is still offered");
        let (doc, _) = rec.read(dead).unwrap();
        assert_eq!(doc.cards.len(), 4);
        assert_eq!(rec.orphans().len(), 2, "reading takes nothing away");
        rec.discard("4194999-2").unwrap();
        rec.discard(dead).unwrap();
        assert!(rec.orphans().is_empty());
        assert_eq!(files(&d), 0);
        assert_eq!(rec.read(dead).unwrap_err().code, "not_found");
    }

    #[test]
    fn restored_work_keeps_a_copy_at_every_moment_under_its_own_name() {
        let d = dir("adopt");
        std::fs::create_dir_all(&d).unwrap();
        let dead = "4194998-1";
        io::save_path(&d.join(format!("{dead}.frontstage")), &restaurant_cards(4)).unwrap();
        let note = Note { name: "plan.frontstage".into(), original: Some("/x/plan.frontstage".into()), saved_at: 7 };
        std::fs::write(d.join(format!("{dead}.json")), serde_json::to_vec(&note).unwrap()).unwrap();
        let rec = Recovery::new(d.clone());
        let orphan = rec.orphans().remove(0);
        let (doc, _) = rec.read(dead).unwrap();
        let sessions = Sessions::default();
        sessions.insert("main", Session::restored(doc.clone(), "Recovered plan.frontstage".into()));
        let id = sessions.recovery_id("main").unwrap();
        rec.adopt(&orphan, &id);
        // Handed over before any autosave: the copy is the session's (this process's, so
        // not offered while it runs), the document whole, the note in the work's own name.
        assert_eq!(files(&d), 2);
        assert_eq!(io::load_path(&d.join(format!("{id}.frontstage"))).unwrap(), doc);
        let moved: Note = serde_json::from_slice(&std::fs::read(d.join(format!("{id}.json"))).unwrap()).unwrap();
        assert_eq!(
            (moved.name.as_str(), moved.original.as_deref()),
            ("plan.frontstage", Some(Path::new("/x/plan.frontstage")))
        );
        assert!(rec.orphans().is_empty());
        // An edit later: the copy is written again, still in the work's own name (a second
        // restore offers "plan.frontstage", not "Recovered plan.frontstage").
        sessions.with("main", |s| s.execute(&rename("Later"), None)).unwrap().unwrap();
        rec.sync(&sessions);
        let again: Note = serde_json::from_slice(&std::fs::read(d.join(format!("{id}.json"))).unwrap()).unwrap();
        assert_eq!(again.name, "plan.frontstage");
        assert_eq!(io::load_path(&d.join(format!("{id}.frontstage"))).unwrap().stages[0].name, "Later");
        // Adopting an orphan that vanished meanwhile leaves nothing half done.
        let gone = Orphan { id: "4194998-9".into(), name: "x".into(), original: None, saved_at: 0 };
        rec.adopt(&gone, "elsewhere-1");
        assert!(!d.join("elsewhere-1.json").exists() && !d.join("elsewhere-1.frontstage").exists());
    }

    #[test]
    fn stop_removes_this_runs_copies_and_writes_no_more() {
        let d = dir("stop");
        let rec = Recovery::new(d.clone());
        let sessions = Sessions::default();
        sessions.insert("main", Session::restored(restaurant_cards(3), "Recovered".into()));
        rec.sync(&sessions);
        assert_eq!(files(&d), 2);
        rec.stop();
        assert_eq!(files(&d), 0);
        sessions.with("main", |s| s.execute(&rename("Later"), None)).unwrap().unwrap();
        rec.sync(&sessions);
        assert_eq!(files(&d), 0);
    }
}
