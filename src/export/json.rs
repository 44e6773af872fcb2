//! Canonical JSON export: the exact text a save writes.
//!
//! Keys come in struct field order (maps such as `rules` sorted by key), cards and
//! connectors in id order, indented with two spaces, with a trailing newline. Loading the
//! text gives back an equal document, and exporting a loaded canonical text gives back the
//! same bytes.

use crate::model::Blueprint;

/// The canonical text of `doc`.
pub fn to_string(doc: &Blueprint) -> String {
    // Cannot fail: every map in the model has string keys and no serializer is fallible.
    let mut text = serde_json::to_string_pretty(doc).expect("a blueprint always serializes to JSON");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_text_is_pretty_with_header_first_and_trailing_newline() {
        let text = to_string(&Blueprint::empty("Café"));
        assert!(
            text.starts_with("{\n  \"format\": \"frontstage-blueprint\",\n  \"version\": 2,\n  \"title\": \"Café\",")
        );
        assert!(text.ends_with("}\n"));
    }
}
