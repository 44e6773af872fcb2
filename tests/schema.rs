//! The committed JSON Schema matches the Rust types, and documents validate against it.

mod io_common;

use frontstage::export::json::to_string;
use frontstage::io::schema::json_schema;
use proptest::prelude::*;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn schema_path() -> PathBuf {
    root().join("schema/blueprint.schema.json")
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&json_schema()).unwrap();
    jsonschema::validator_for(&schema).expect("the generated schema is a valid JSON Schema")
}

/// Schema errors of `doc`, one line each.
fn errors(v: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    v.iter_errors(doc).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

#[test]
fn committed_schema_is_up_to_date() {
    let fresh = json_schema();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::create_dir_all(schema_path().parent().unwrap()).unwrap();
        std::fs::write(schema_path(), &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(schema_path()).unwrap_or_default();
    assert!(
        committed == fresh,
        "schema/blueprint.schema.json is stale: the model types changed. \
         Regenerate it with `UPDATE_SCHEMA=1 cargo test --test schema` and commit it."
    );
}

#[test]
fn the_sample_validates_and_broken_documents_do_not() {
    let v = validator();
    let good: Value = serde_json::from_str(&to_string(&io_common::sample())).unwrap();
    assert_eq!(errors(&v, &good), Vec::<String>::new());

    let broken = [
        ("/format", json!("excalidraw")),
        ("/lanes/0/kind", json!("swimlane")),
        ("/lanes/2/color", json!("red")),
        ("/cards/0/emotion", json!(3)),
        ("/cards/0/id", json!("<script>")),
        ("/cards/0/order", json!(-1)),
        ("/stages/0/colour", json!("#ffffff")),
    ];
    for (pointer, value) in broken {
        let mut doc = good.clone();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        doc.pointer_mut(parent).unwrap().as_object_mut().unwrap().insert(key.to_owned(), value);
        assert!(!v.is_valid(&doc), "{pointer} should be refused by the schema");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn generated_documents_validate(doc in io_common::blueprint()) {
        let v = validator();
        let value: Value = serde_json::from_str(&to_string(&doc)).unwrap();
        prop_assert_eq!(errors(&v, &value), Vec::<String>::new());
    }
}

/// Every example blueprint validates against the schema and loads. The folder must not
/// be empty: examples are part of the product.
#[test]
fn every_example_validates_and_loads() {
    let dir = root().join("examples");
    let mut examples: Vec<PathBuf> =
        std::fs::read_dir(&dir).map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    examples.retain(|p| p.extension().is_some_and(|e| e == frontstage::io::FILE_EXTENSION));
    examples.sort();
    assert!(!examples.is_empty(), "no examples/*.{} files found in {}", frontstage::io::FILE_EXTENSION, dir.display());

    let v = validator();
    let mut failures = Vec::new();
    for path in &examples {
        let text = std::fs::read_to_string(path).unwrap();
        match serde_json::from_str::<Value>(&text) {
            Ok(value) => failures.extend(errors(&v, &value).into_iter().map(|e| format!("{}: {e}", path.display()))),
            Err(e) => failures.push(format!("{}: {e}", path.display())),
        }
        if let Err(e) = frontstage::io::load_path(path) {
            failures.push(format!("{}: [{}] {e}", path.display(), e.code()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The complete example in docs/format.md is a real, loadable blueprint.
#[test]
fn the_example_in_the_format_doc_loads_and_validates() {
    let doc = std::fs::read_to_string(root().join("docs/format.md")).unwrap();
    let start = doc.find("## A complete example").expect("docs/format.md has a complete example");
    let block = doc[start..].split("```json\n").nth(1).unwrap().split("```").next().unwrap();
    let loaded = frontstage::io::load_str(block).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(loaded.cards.len(), 4);
    let value: Value = serde_json::from_str(block).unwrap();
    assert_eq!(errors(&validator(), &value), Vec::<String>::new());
}
