//! Opening, exporting and new documents: the core's io, export and templates, with their
//! errors as `{code, message}` (saving is the session's, `Session::save`). No dialogs
//! here; the shell asks for paths and calls these.

use crate::AppError;
use frontstage::export::{json, svg};
use frontstage::io;
use frontstage::model::{Blueprint, Language};
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
        let text = match self {
            Format::Svg => crate::texts::SVG_FILTER,
            Format::Json => crate::texts::JSON_FILTER,
        };
        crate::texts::get(locale, text)
    }
}

/// Load a blueprint; a bad file gives the core's message and nothing else happens.
pub fn open(path: &Path) -> Result<Blueprint, AppError> {
    Ok(io::load_path(path)?)
}

/// A new document: the default template (five lanes, three lines, four empty stages)
/// with its fixed words in `lang` (the UI's language).
pub fn new_blueprint(lang: Language) -> Result<Blueprint, AppError> {
    frontstage::templates::load_in(frontstage::templates::DEFAULT, lang)
        .map_err(|e| AppError::new("template", e.to_string()))
}

/// Export the document as SVG (what the canvas shows) or canonical JSON, atomically.
pub fn export(doc: &Blueprint, format: Format, path: &Path) -> Result<(), AppError> {
    let text = match format {
        Format::Svg => svg::to_svg(doc),
        Format::Json => json::to_string(doc),
    };
    Ok(io::write_atomically(path, text.as_bytes())?)
}

/// An export never replaces the blueprint it was made from (a Save dialog lets the user
/// pick the blueprint's own file by mistake).
pub fn refuse_overwriting(dest: &Path, blueprint: &Path) -> Result<(), AppError> {
    let same = dest == blueprint
        || matches!((std::fs::canonicalize(dest), std::fs::canonicalize(blueprint)), (Ok(a), Ok(b)) if a == b);
    if same {
        return Err(AppError::new(
            "export_over_blueprint",
            format!("refusing to export over the blueprint itself ({})", blueprint.display()),
        ));
    }
    Ok(())
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
    fn new_documents_start_in_the_ui_language_with_nothing_filled_in() {
        // A designer's new blueprint: the canonical lanes and lines, nothing filled in.
        let doc = new_blueprint(Language::English).unwrap();
        assert_eq!(doc.cards.len(), 0);
        assert_eq!(doc.lanes.len(), 5);
        assert_eq!(doc.lines.len(), 3);
        assert_eq!(doc.title, "Untitled blueprint");
        assert_eq!(doc.language, Language::English);
        assert_eq!(doc.inconsistencies(), vec![]);
        let doc = new_blueprint(Language::SimplifiedChinese).unwrap();
        assert_eq!(doc.language, Language::SimplifiedChinese);
        assert_eq!(doc.title, "未命名服务蓝图");
        assert_eq!(doc.lanes[1].name, "客户行为");
        assert_eq!(doc.stages[0].name, "阶段 1");
        assert_eq!(doc.inconsistencies(), vec![]);
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
    fn an_export_never_replaces_its_blueprint() {
        let dir = temp_dir("over");
        let blueprint = dir.join("a.frontstage");
        std::fs::write(&blueprint, "{}").unwrap();
        let err = refuse_overwriting(&dir.join(".").join("a.frontstage"), &blueprint).unwrap_err();
        assert_eq!(err.code, "export_over_blueprint");
        assert!(refuse_overwriting(&dir.join("a.pdf"), &blueprint).is_ok());
        // A link to the blueprint is the blueprint.
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&blueprint, dir.join("link.svg")).unwrap();
            assert!(refuse_overwriting(&dir.join("link.svg"), &blueprint).is_err());
        }
    }

    #[test]
    fn suggested_names_are_safe() {
        assert_eq!(suggested_name("Dinner: a/b", "svg"), "Dinner_ a_b.svg");
        assert_eq!(suggested_name("  ", "frontstage"), "Untitled.frontstage");
        assert_eq!(suggested_name("餐厅", "json"), "餐厅.json");
    }
}
