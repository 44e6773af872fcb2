//! Loading: bytes → text → header (format tag and version) → migration → typed document →
//! consistency check. Every failure is a [`LoadError`] saying what is wrong and where.

use super::error::{LoadError, Problem};
use super::locate::{locate, locate_repeat};
use super::migrate::Chain;
use super::text::{char_column, line_col, offset_of, quote, sanitize, snippet};
use super::{MAX_FILE_BYTES, MAX_REPORTED_PROBLEMS};
use crate::model::{Blueprint, CardId, LaneId, StageId, FORMAT_TAG};
use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::error::Category;
use serde_json::Value;
use std::fs::File;
use std::io::Read;
use std::path::Path;

/// Reads and loads the blueprint file at `path`.
pub fn load_path(path: &Path) -> Result<Blueprint, LoadError> {
    let file = File::open(path).map_err(|e| LoadError::from_io(path, e))?;
    let meta = file.metadata().map_err(|e| LoadError::from_io(path, e))?;
    if meta.is_dir() {
        return Err(LoadError::NotAFile { path: path.to_path_buf() });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { size: meta.len() });
    }
    // The size can lie (special files, a file still growing), so cap the read as well.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| LoadError::from_io(path, e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { size: bytes.len() as u64 });
    }
    load_bytes(&bytes)
}

/// Loads a blueprint from the raw bytes of a file.
pub fn load_bytes(bytes: &[u8]) -> Result<Blueprint, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { size: bytes.len() as u64 });
    }
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let body = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let text = std::str::from_utf8(body).map_err(|e| {
        let valid = e.valid_up_to();
        // `valid_up_to` bytes are valid UTF-8 by definition.
        let (line, column) = line_col(std::str::from_utf8(&body[..valid]).unwrap_or(""), valid);
        let hint = if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
            "; it looks like UTF-16 text"
        } else if bytes.iter().take(4096).any(|&b| b == 0) {
            "; it looks like a binary file"
        } else if e.error_len().is_none() {
            // A character begun and not finished at the very end: a file cut short.
            "; it ends in the middle of a character, so it may be cut short"
        } else {
            ""
        };
        LoadError::NotUtf8 { offset: valid + (bytes.len() - body.len()), line, column, hint }
    })?;
    load_str(text)
}

/// Loads a blueprint from the text of a file.
pub fn load_str(text: &str) -> Result<Blueprint, LoadError> {
    load_with(text, Chain::CURRENT)
}

/// Only the parts of a document that decide how to read the rest.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<Value>,
    #[serde(default)]
    version: Option<Value>,
}

pub(crate) fn load_with(text: &str, chain: Chain) -> Result<Blueprint, LoadError> {
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { size: text.len() as u64 });
    }
    // A byte-order mark is legal in UTF-8 files and some editors add one; it carries nothing.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let first = text.trim_start_matches([' ', '\t', '\n', '\r']).chars().next();
    match first {
        None => return Err(LoadError::Empty),
        Some('{') => {}
        Some(_) => {
            // Check the syntax first: a broken file should be reported as broken.
            serde_json::from_str::<IgnoredAny>(text).map_err(|e| syntax_error(text, &e))?;
            return Err(LoadError::NotABlueprint { reason: format!("the file holds {}", top_level_kind(text)) });
        }
    }
    // A light first pass validates the JSON syntax and reads only the header.
    let header: Header = serde_json::from_str(text).map_err(|e| syntax_error(text, &e))?;
    let version = check_header(&header, chain)?;

    // A document whose newer versions only added fields reads as it is written, so its
    // errors keep their lines and columns.
    let as_written = chain.additive_from(version);
    let doc: Blueprint = if as_written {
        let de = &mut serde_json::Deserializer::from_str(text);
        let mut doc: Blueprint = serde_path_to_error::deserialize(de).map_err(|e| shape_error(Some(text), e))?;
        doc.version = chain.latest();
        doc
    } else {
        let mut value: Value = serde_json::from_str(text).map_err(|e| syntax_error(text, &e))?;
        chain.upgrade(&mut value, version).map_err(|(from, message)| LoadError::MigrationFailed { from, message })?;
        // Positions in the text mean nothing for the upgraded document: paths only.
        serde_path_to_error::deserialize(value).map_err(|e| shape_error(None, e))?
    };
    check(doc, as_written.then_some(text))
}

fn check_header(h: &Header, chain: Chain) -> Result<u32, LoadError> {
    match &h.format {
        Some(Value::String(s)) if s == FORMAT_TAG => {}
        None => {
            return Err(LoadError::NotABlueprint {
                reason: format!("it has no \"format\": \"{FORMAT_TAG}\" entry, so it is some other JSON file"),
            })
        }
        Some(other) => {
            return Err(LoadError::NotABlueprint {
                reason: format!("its \"format\" is {}, not \"{FORMAT_TAG}\"", describe(other)),
            })
        }
    }
    let supported = chain.latest();
    let unsupported = |reason: String| LoadError::UnsupportedVersion { reason, supported };
    let version = match &h.version {
        None => return Err(unsupported("no \"version\" entry".into())),
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) => v,
            None => return Err(unsupported(format!("\"version\": {n}, which is not a format number"))),
        },
        Some(other) => return Err(unsupported(format!("\"version\": {}, which is not a number", describe(other)))),
    };
    if version > u64::from(chain.latest()) {
        return Err(LoadError::NewerVersion { found: version, supported });
    }
    if version < u64::from(chain.first) {
        return Err(unsupported(format!("format version {version}, which no released Frontstage ever wrote")));
    }
    Ok(version as u32)
}

/// Normalises what is safe to normalise, then reports every broken invariant.
fn check(mut doc: Blueprint, text: Option<&str>) -> Result<Blueprint, LoadError> {
    // Lines are kept in kind order; a file listing them otherwise means the same thing.
    let mut order: Vec<usize> = (0..doc.lines.len()).collect();
    order.sort_by_key(|&i| doc.lines[i].kind);
    doc.lines = order.iter().map(|&i| doc.lines[i]).collect();
    renumber_clashing_cells(&mut doc);
    share_ids(&mut doc);

    let found = doc.inconsistencies();
    if found.is_empty() {
        return Ok(doc);
    }
    let total = found.len();
    let problems = found
        .into_iter()
        .take(MAX_REPORTED_PROBLEMS)
        .map(|inc| {
            let path = file_line_path(&inc.path, &order);
            let pos = text.and_then(|t| locate(t, &path).map(|o| line_col(t, o)));
            let message = sanitize(&inc.message, 300);
            Problem { path, message, line: pos.map(|p| p.0), column: pos.map(|p| p.1) }
        })
        .collect();
    Err(LoadError::Inconsistent { problems, total })
}

/// Two cards of one cell with the same `order` (a hand edit, a merge of two versions)
/// are put in `(order, id)` order and numbered 0, 1, 2…: the display order is kept and the
/// file opens. Cells without a clash are left exactly as written.
fn renumber_clashing_cells(doc: &mut Blueprint) {
    use std::collections::{BTreeMap, HashSet};
    let mut cells: BTreeMap<(&str, &str), Vec<(u32, CardId)>> = BTreeMap::new();
    for c in doc.cards.values() {
        cells.entry((c.lane.as_str(), c.stage.as_str())).or_default().push((c.order, c.id.clone()));
    }
    let mut renumber: Vec<(CardId, u32)> = Vec::new();
    for mut cell in cells.into_values() {
        let mut seen = HashSet::new();
        if cell.iter().all(|(order, _)| seen.insert(*order)) {
            continue;
        }
        cell.sort();
        renumber.extend(cell.into_iter().enumerate().map(|(i, (_, id))| (id, i as u32)));
    }
    for (id, order) in renumber {
        if let Some(c) = doc.cards.get_mut(&id) {
            c.order = order;
        }
    }
}

/// A card's lane and stage, and a connector's ends, are read as ids of their own; they
/// share the id of what they name instead, one allocation an id rather than one a
/// reference (a few megabytes for 100,000 cards). The document is the same.
fn share_ids(doc: &mut Blueprint) {
    use std::collections::HashMap;
    let lanes: HashMap<&str, &LaneId> = doc.lanes.iter().map(|l| (l.id.as_str(), &l.id)).collect();
    let stages: HashMap<&str, &StageId> = doc.stages.iter().map(|s| (s.id.as_str(), &s.id)).collect();
    for c in doc.cards.values_mut() {
        if let Some(&lane) = lanes.get(c.lane.as_str()) {
            c.lane = lane.clone();
        }
        if let Some(&stage) = stages.get(c.stage.as_str()) {
            c.stage = stage.clone();
        }
    }
    for a in doc.connectors.values_mut() {
        if let Some((from, _)) = doc.cards.get_key_value(a.from.as_str()) {
            a.from = from.clone();
        }
        if let Some((to, _)) = doc.cards.get_key_value(a.to.as_str()) {
            a.to = to.clone();
        }
    }
}

/// Paths into `lines` refer to the sorted list; point them back at the file's order.
fn file_line_path(path: &str, order: &[usize]) -> String {
    let Some(rest) = path.strip_prefix("lines[") else { return path.to_owned() };
    let Some((index, tail)) = rest.split_once(']') else { return path.to_owned() };
    match index.parse::<usize>().ok().and_then(|i| order.get(i)) {
        Some(orig) => format!("lines[{orig}]{tail}"),
        None => path.to_owned(),
    }
}

/// A serde_json message without the " at line L column C" it appends.
fn bare_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    full.strip_suffix(&suffix).unwrap_or(&full).to_owned()
}

fn syntax_error(text: &str, e: &serde_json::Error) -> LoadError {
    let line = e.line().max(1);
    let column = char_column(text, line, e.column());
    let bare = bare_message(e);
    let message = match e.classify() {
        Category::Eof => {
            format!("the document ends before it is complete ({bare}); the file may be cut short")
        }
        Category::Data => bare,
        _ => {
            let what = match bare.as_str() {
                "trailing characters" => "there is more text after the end of the document".to_owned(),
                "recursion limit exceeded" => "values are nested too deeply (more than 128 levels)".to_owned(),
                "key must be a string" => "expected a key in double quotes".to_owned(),
                m if m.starts_with("control character") => {
                    "a text value contains a raw control character (write a line break as \\n)".to_owned()
                }
                m => m.to_owned(),
            };
            let binary = if text.contains('\0') { "; it looks like a binary file" } else { "" };
            format!("{what}, near {}{binary}", snippet(text, offset_of(text, line, e.column())))
        }
    };
    LoadError::Syntax { line, column, message }
}

fn shape_error(text: Option<&str>, e: serde_path_to_error::Error<serde_json::Error>) -> LoadError {
    let path = if e.path().iter().next().is_none() { String::new() } else { e.path().to_string() };
    let inner = e.into_inner();
    if let (Some(t), Category::Syntax | Category::Eof) = (text, inner.classify()) {
        return syntax_error(t, &inner);
    }
    let mut path = path;
    let mut pos = match text {
        Some(t) if inner.line() > 0 => Some((inner.line(), char_column(t, inner.line(), inner.column()))),
        _ => None,
    };
    let message = bare_message(&inner);
    // The id-keyed lists refuse a repeated id once the list is read; point at the repeat.
    if let (Some(t), Some(id)) = (text, message.strip_prefix("duplicate id \"").and_then(|m| m.strip_suffix('"'))) {
        if let Some((index, offset)) = locate_repeat(t, &path, id) {
            path = format!("{path}[{index}].id");
            pos = Some(line_col(t, offset));
        }
    }
    LoadError::Invalid {
        message: sanitize(&friendly(&message), 300),
        path,
        line: pos.map(|p| p.0),
        column: pos.map(|p| p.1),
    }
}

/// Says serde's wording in a service designer's words.
fn friendly(message: &str) -> String {
    if let Some(field) = message.strip_prefix("missing field `").and_then(|m| m.strip_suffix('`')) {
        return format!("the required entry \"{field}\" is missing");
    }
    message
        .replace("expected u32", "expected a whole number from 0 to 4294967295")
        .replace("expected usize", "expected a whole number, 0 or more")
        // `i8` is only used for the emotion score.
        .replace("expected i8", "expected a whole number from -2 to +2")
}

fn describe(v: &Value) -> String {
    match v {
        Value::String(s) => quote(s, 40),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => "null".into(),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

fn top_level_kind(text: &str) -> &'static str {
    match text.trim_start().chars().next() {
        Some('[') => "a JSON list, not an object",
        Some('"') => "a single JSON string, not an object",
        Some('t' | 'f') => "a single true/false value, not an object",
        Some('n') => "only null",
        _ => "a single number, not an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::migrate::{tests::rename_name_to_title, Step};

    #[test]
    fn an_older_version_is_migrated_through_the_chain() {
        // Pretend this build reads format 2 and format 1 called the title `name`.
        let steps: [Step; 1] = [Step::Rewrite(rename_name_to_title)];
        let chain = Chain { first: 1, steps: &steps };
        let v1 = r#"{"format": "frontstage-blueprint", "version": 1, "name": "Old", "stages": [], "lanes": []}"#;
        let doc = load_with(v1, chain).unwrap();
        assert_eq!(doc.title, "Old");
        assert_eq!(doc.version, 2);

        let v3 = r#"{"format": "frontstage-blueprint", "version": 3, "title": "x", "stages": [], "lanes": []}"#;
        let err = load_with(v3, chain).unwrap_err();
        assert_eq!(err.code(), "newer_version");
        assert!(err.to_string().contains("format 3"), "{err}");
        assert!(err.to_string().contains("up to format 2"), "{err}");
    }

    #[test]
    fn a_format_1_file_reads_as_format_2_with_its_line_numbers() {
        let v1 = "{\"format\": \"frontstage-blueprint\", \"version\": 1, \"title\": \"Old\",\n\"stages\": [], \"lanes\": []}";
        let doc = load_str(v1).unwrap();
        assert_eq!((doc.title.as_str(), doc.version), ("Old", 2));
        assert!(doc.kpis.is_empty() && doc.standard_seconds.is_none() && doc.display.is_default());
        let broken = "{\"format\": \"frontstage-blueprint\", \"version\": 1, \"title\": \"x\",\n\"stages\": [{\"id\": \"s\", \"name\": \"a\"},\n {\"id\": \"s\", \"name\": \"b\"}], \"lanes\": []}";
        match load_str(broken).unwrap_err() {
            LoadError::Inconsistent { problems, .. } => assert_eq!(problems[0].line, Some(3)),
            other => panic!("{other}"),
        }
        let v3 = r#"{"format": "frontstage-blueprint", "version": 3, "title": "x", "stages": [], "lanes": []}"#;
        assert_eq!(load_str(v3).unwrap_err().code(), "newer_version");
    }

    #[test]
    fn a_kpi_on_a_missing_stage_is_a_load_error() {
        let text = r#"{"format": "frontstage-blueprint", "version": 2, "title": "x", "stages": [], "lanes": [],
            "kpis": [{"id": "k1", "name": "CSAT", "target": 90, "on": {"stage": "s9"}}]}"#;
        match load_str(text).unwrap_err() {
            LoadError::Inconsistent { problems, .. } => {
                assert_eq!(problems[0].path, "kpis[0].on");
                assert!(problems[0].message.contains("s9"), "{}", problems[0].message);
            }
            other => panic!("{other}"),
        }
    }

    #[test]
    fn a_failing_migration_and_errors_after_migration_are_reported() {
        let steps: [Step; 1] = [Step::Rewrite(rename_name_to_title)];
        let chain = Chain { first: 1, steps: &steps };
        let no_name = r#"{"format": "frontstage-blueprint", "version": 1, "stages": [], "lanes": []}"#;
        let err = load_with(no_name, chain).unwrap_err();
        assert_eq!(err.code(), "migration_failed");
        assert!(err.to_string().contains("format 1") && err.to_string().contains("no \"name\""), "{err}");

        let bad =
            r#"{"format": "frontstage-blueprint", "version": 1, "name": "x", "stages": [{"id": 3}], "lanes": []}"#;
        match load_with(bad, chain).unwrap_err() {
            LoadError::Invalid { path, line, .. } => {
                assert_eq!(path, "stages[0].id");
                assert_eq!(line, None);
            }
            other => panic!("{other}"),
        }
    }

    #[test]
    fn line_paths_point_at_the_file_order() {
        assert_eq!(file_line_path("lines[0].boundary", &[2, 0, 1]), "lines[2].boundary");
        assert_eq!(file_line_path("lanes[0].id", &[2, 0, 1]), "lanes[0].id");
    }
}
