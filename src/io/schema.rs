//! JSON Schema of the file format, generated from the model types.
//!
//! `schema/blueprint.schema.json` is this text, committed; `tests/schema.rs` fails when it
//! is stale (regenerate with `UPDATE_SCHEMA=1 cargo test --test schema`).

use crate::model::Blueprint;

/// The JSON Schema of a blueprint file, pretty-printed with a trailing newline.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Blueprint);
    // Cannot fail: a schema is plain JSON with string keys.
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serializes to JSON");
    text.push('\n');
    text
}
