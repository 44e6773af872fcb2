//! The canonical JSON text and loading are inverse: document → text → document and
//! canonical text → document → text are both the identity.

mod io_common;

use frontstage::export::json::to_string;
use frontstage::io::load_str;
use proptest::prelude::*;

#[test]
fn sample_round_trips_and_is_canonical() {
    let doc = io_common::sample();
    let text = to_string(&doc);
    assert_eq!(load_str(&text).unwrap(), doc);
    assert_eq!(to_string(&load_str(&text).unwrap()), text);
    // Defaults are left out, present values kept, keys in field order.
    assert!(!text.contains("\"collapsed\": false"));
    assert!(text.contains("\"collapsed\": true"));
    assert!(text.find("\"stages\"").unwrap() < text.find("\"lanes\"").unwrap());
    assert!(text.contains("\n  \"title\": \"Hotel check-in\",\n"));
}

#[test]
fn lines_out_of_order_are_sorted_on_load() {
    let doc = io_common::sample();
    let text = to_string(&doc);
    let swapped = text.replace(
        "{\n      \"kind\": \"interaction\",\n      \"boundary\": 2\n    },\n    {\n      \"kind\": \"visibility\",\n      \"boundary\": 3\n    }",
        "{\n      \"kind\": \"visibility\",\n      \"boundary\": 3\n    },\n    {\n      \"kind\": \"interaction\",\n      \"boundary\": 2\n    }",
    );
    assert_ne!(swapped, text, "the test must actually swap the lines");
    assert_eq!(load_str(&swapped).unwrap(), doc);
}

#[test]
fn a_utf8_byte_order_mark_is_accepted() {
    let doc = io_common::sample();
    let text = format!("\u{FEFF}{}", to_string(&doc));
    assert_eq!(load_str(&text).unwrap(), doc);
    assert_eq!(frontstage::io::load_bytes(text.as_bytes()).unwrap(), doc);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn generated_documents_round_trip(doc in io_common::blueprint()) {
        prop_assert!(doc.inconsistencies().is_empty(), "{:?}", doc.inconsistencies());
        let text = to_string(&doc);
        let back = load_str(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back, &doc);
        prop_assert_eq!(to_string(&back), text);
    }
}
