//! Reading, saving and exporting documents: the core's io and export, with their errors
//! as `{code, message}`. No dialogs here; the shell asks for paths and calls these.

use crate::error::AppError;
use crate::session::Session;
use frontstage::export::{json, svg};
use frontstage::io::{self, LoadError, SaveError};
use frontstage::model::Blueprint;
use serde::Deserialize;
use std::path::Path;

/// The file-name extension of blueprints.
pub const EXTENSION: &str = "frontstage";

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Svg,
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Json => "json",
        }
    }

    pub fn filter_name(self, locale: crate::locale::Locale) -> &'static str {
        crate::words::get(
            locale,
            match self {
                Format::Svg => crate::words::SVG_FILTER,
                Format::Json => crate::words::JSON_FILTER,
            },
        )
    }
}

impl From<LoadError> for AppError {
    fn from(e: LoadError) -> Self {
        AppError::new(e.code(), e.to_string())
    }
}

impl From<SaveError> for AppError {
    fn from(e: SaveError) -> Self {
        AppError::new(e.code(), e.to_string())
    }
}

/// Load a blueprint; a bad file gives the core's message and nothing else happens.
pub fn open(path: &Path) -> Result<Blueprint, AppError> {
    Ok(io::load_path(path)?)
}

/// Save the session's document to `path` atomically. On success the session belongs to
/// `path` and is clean; on failure it is unchanged (still dirty, same path).
pub fn save(session: &mut Session, path: &Path) -> Result<(), AppError> {
    io::save_path(path, session.editor.doc())?;
    session.path = Some(path.to_path_buf());
    session.untitled_name = None;
    session.editor.mark_saved();
    Ok(())
}

/// Export the document as SVG (what the canvas shows) or canonical JSON, atomically.
pub fn export(doc: &Blueprint, format: Format, path: &Path) -> Result<(), AppError> {
    let text = match format {
        Format::Svg => svg::to_svg(doc),
        Format::Json => json::to_string(doc),
    };
    Ok(io::write_atomically(path, text.as_bytes())?)
}

/// A file name for a document without one: its title, made safe for file systems.
pub fn suggested_name(title: &str, extension: &str) -> String {
    let stem: String = title
        .chars()
        .map(|c| if c.is_control() || r#"/\:*?"<>|"#.contains(c) { '_' } else { c })
        .collect::<String>()
        .trim()
        .chars()
        .take(80)
        .collect();
    let stem = if stem.trim_matches('.').is_empty() { "Untitled".to_owned() } else { stem };
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontstage::edit::Command;
    use std::path::PathBuf;

    fn example(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples").join(name)
    }

    fn temp_dir(tag: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("frontstage-app-files-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn opens_an_example_and_refuses_a_broken_file_with_the_core_message() {
        let doc = open(&example("restaurant-en.frontstage")).unwrap();
        assert!(!doc.cards.is_empty());
        let dir = temp_dir("broken");
        let bad = dir.join("bad.frontstage");
        std::fs::write(&bad, "{ not json").unwrap();
        let err = open(&bad).unwrap_err();
        let core = io::load_path(&bad).unwrap_err();
        assert_eq!(err.code, core.code());
        assert_eq!(err.message, core.to_string());
        let newer = dir.join("newer.frontstage");
        let mut text: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(example("restaurant-en.frontstage")).unwrap()).unwrap();
        text["version"] = serde_json::json!(999);
        std::fs::write(&newer, text.to_string()).unwrap();
        let err = open(&newer).unwrap_err();
        assert!(err.message.contains("999") || err.message.to_lowercase().contains("newer"), "{}", err.message);
    }

    #[test]
    fn save_sets_the_path_and_cleans_and_a_failed_save_keeps_it_dirty() {
        let dir = temp_dir("save");
        let mut s = Session::untitled(open(&example("restaurant-en.frontstage")).unwrap());
        s.execute(&Command::RenameStage { stage: s.editor.doc().stages[0].id.clone(), name: "Arrive".into() }).unwrap();
        let missing = dir.join("no-such-folder/plan.frontstage");
        let err = save(&mut s, &missing).unwrap_err();
        assert_eq!(err.code, "not_found");
        assert!(s.editor.is_dirty() && s.path.is_none());
        let target = dir.join("plan.frontstage");
        save(&mut s, &target).unwrap();
        assert!(!s.editor.is_dirty());
        assert_eq!(s.title(), "plan.frontstage");
        assert_eq!(open(&target).unwrap(), *s.editor.doc());
    }

    #[test]
    fn exports_svg_and_json() {
        let dir = temp_dir("export");
        let doc = open(&example("restaurant-en.frontstage")).unwrap();
        export(&doc, Format::Svg, &dir.join("a.svg")).unwrap();
        export(&doc, Format::Json, &dir.join("a.json")).unwrap();
        let svg = std::fs::read_to_string(dir.join("a.svg")).unwrap();
        assert!(svg.contains("<svg") && svg.contains(&doc.stages[0].name));
        let json = std::fs::read_to_string(dir.join("a.json")).unwrap();
        assert_eq!(io::load_str(&json).unwrap(), doc);
    }

    #[test]
    fn suggested_names_are_safe() {
        assert_eq!(suggested_name("Dinner: a/b", "svg"), "Dinner_ a_b.svg");
        assert_eq!(suggested_name("  ", "frontstage"), "Untitled.frontstage");
        assert_eq!(suggested_name("餐厅", "json"), "餐厅.json");
    }
}
