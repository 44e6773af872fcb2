//! The export dialog's last choices per document: by file for saved documents, kept in
//! `export-choices.json` in the app's data folder (beside `settings.json`), and by window
//! for a document not saved yet. A missing or damaged file forgets, never fails.

use crate::exports::ExportChoices;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Documents remembered; the oldest choice is forgotten first.
pub const MAX_REMEMBERED: usize = 200;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Entry {
    path: PathBuf,
    choices: ExportChoices,
}

#[derive(Default)]
struct Remembered {
    /// Most recently used first.
    by_file: Vec<Entry>,
    by_window: HashMap<String, ExportChoices>,
}

pub struct ExportMemory {
    file: Option<PathBuf>,
    remembered: Mutex<Remembered>,
}

impl ExportMemory {
    pub fn load(file: Option<PathBuf>) -> ExportMemory {
        let by_file = file.as_deref().and_then(|f| std::fs::read(f).ok()).map(|b| parse(&b)).unwrap_or_default();
        ExportMemory { file, remembered: Mutex::new(Remembered { by_file, by_window: HashMap::new() }) }
    }

    /// The choices last made for the document saved at `path` (else the window's, else
    /// the defaults).
    pub fn get(&self, window: &str, path: Option<&Path>) -> ExportChoices {
        let r = self.lock();
        let saved = path.map(canonical).and_then(|p| r.by_file.iter().find(|e| e.path == p).map(|e| e.choices));
        saved.or_else(|| r.by_window.get(window).copied()).unwrap_or_default()
    }

    pub fn remember(&self, window: &str, path: Option<&Path>, choices: ExportChoices) {
        let persist = {
            let mut r = self.lock();
            r.by_window.insert(window.to_owned(), choices);
            let Some(path) = path.map(canonical) else { return };
            r.by_file.retain(|e| e.path != path);
            r.by_file.insert(0, Entry { path, choices });
            r.by_file.truncate(MAX_REMEMBERED);
            r.by_file.clone()
        };
        self.persist(&persist);
    }

    /// The window closed: what it remembered for an unsaved document goes with it.
    pub fn forget_window(&self, window: &str) {
        self.lock().by_window.remove(window);
    }

    /// Best effort: a file that cannot be written only costs the choices at the next start.
    fn persist(&self, entries: &[Entry]) {
        let Some(file) = &self.file else { return };
        if let Some(dir) = file.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        if let Ok(text) = serde_json::to_vec_pretty(entries) {
            if let Err(e) = frontstage::io::write_atomically(file, &text) {
                eprintln!("Frontstage: could not keep the export choices: {e}");
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Remembered> {
        self.remembered.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Each entry on its own: one damaged entry does not cost the others.
fn parse(bytes: &[u8]) -> Vec<Entry> {
    let Ok(serde_json::Value::Array(items)) = serde_json::from_slice(bytes) else { return Vec::new() };
    items.into_iter().filter_map(|v| serde_json::from_value(v).ok()).take(MAX_REMEMBERED).collect()
}

fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontstage::export::pdf::{Paper, PdfLayout};
    use frontstage::export::png::PngSize;

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("frontstage-app-export-memory-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn chosen(paper: Paper) -> ExportChoices {
        let mut c = ExportChoices::default();
        c.pdf.paper = paper;
        c.pdf.layout = PdfLayout::Tiles;
        c.png.size = PngSize::Width(1600);
        c
    }

    #[test]
    fn each_document_keeps_its_own_choices_across_a_restart() {
        let dir = temp("restart");
        let (a, b) = (dir.join("a.frontstage"), dir.join("b.frontstage"));
        std::fs::write(&a, "").unwrap();
        std::fs::write(&b, "").unwrap();
        let file = dir.join("data/export-choices.json");
        let memory = ExportMemory::load(Some(file.clone()));
        assert_eq!(memory.get("main", Some(&a)), ExportChoices::default());
        memory.remember("main", Some(&a), chosen(Paper::A3));
        memory.remember("w2", Some(&b), chosen(Paper::A2));
        let again = ExportMemory::load(Some(file));
        assert_eq!(again.get("any", Some(&a)), chosen(Paper::A3));
        // The same file reached by another path.
        assert_eq!(again.get("any", Some(&dir.join(".").join("b.frontstage"))), chosen(Paper::A2));
        assert_eq!(again.get("any", None), ExportChoices::default());
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn an_unsaved_document_is_remembered_by_its_window_until_it_closes() {
        let memory = ExportMemory::load(None);
        memory.remember("w3", None, chosen(Paper::Letter));
        assert_eq!(memory.get("w3", None), chosen(Paper::Letter));
        assert_eq!(memory.get("w4", None), ExportChoices::default());
        memory.forget_window("w3");
        assert_eq!(memory.get("w3", None), ExportChoices::default());
    }

    #[test]
    fn a_damaged_file_forgets_only_what_it_cannot_read() {
        let dir = temp("damaged");
        let file = dir.join("export-choices.json");
        for bad in ["", "{", "null", "{\"a\": 1}", "\u{feff}[]"] {
            std::fs::write(&file, bad).unwrap();
            assert_eq!(ExportMemory::load(Some(file.clone())).get("main", Some(&file)), ExportChoices::default());
        }
        let good = serde_json::to_value(Entry { path: dir.clone(), choices: chosen(Paper::A3) }).unwrap();
        let text = serde_json::json!([{"path": 7}, good, {"path": "/x", "choices": {"pdf": {"paper": "b5"}}}]);
        std::fs::write(&file, text.to_string()).unwrap();
        assert_eq!(ExportMemory::load(Some(file)).get("main", Some(&dir)), chosen(Paper::A3));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn the_oldest_documents_are_forgotten_first() {
        let memory = ExportMemory::load(None);
        for i in 0..=MAX_REMEMBERED {
            memory.remember("main", Some(Path::new(&format!("/no/such/{i}.frontstage"))), chosen(Paper::A3));
        }
        assert_eq!(memory.get("x", Some(Path::new("/no/such/0.frontstage"))), ExportChoices::default());
        assert_eq!(memory.get("x", Some(Path::new("/no/such/1.frontstage"))), chosen(Paper::A3));
    }
}
