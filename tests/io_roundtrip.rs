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

/// A hand-merged file where two cards of one cell share an order still opens, in the
/// order it showed; other cells keep their numbers.
#[test]
fn clashing_orders_in_a_cell_are_renumbered_on_load() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/restaurant-en.frontstage");
    let mut doc = frontstage::io::load_path(&path).unwrap();
    let (lane, stage) = {
        let c = doc.cards.values().find(|c| c.order == 1).expect("a cell with two cards");
        (c.lane.clone(), c.stage.clone())
    };
    let cell: Vec<_> = doc.cell_cards(&lane, &stage).iter().map(|c| c.id.clone()).collect();
    for id in &cell {
        doc.cards.get_mut(id).unwrap().order = 7;
    }
    let untouched: Vec<_> = doc.cards.values().filter(|c| c.lane != lane || c.stage != stage).cloned().collect();
    let loaded = frontstage::io::load_str(&frontstage::export::json::to_string(&doc)).expect("the file opens");
    let mut ids: Vec<_> = cell.clone();
    ids.sort();
    let orders: Vec<(String, u32)> = ids.iter().map(|id| (id.to_string(), loaded.cards[id].order)).collect();
    let expected: Vec<(String, u32)> = ids.iter().enumerate().map(|(i, id)| (id.to_string(), i as u32)).collect();
    assert_eq!(orders, expected, "(order, id) order, numbered from 0");
    for c in untouched {
        assert_eq!(loaded.cards[&c.id], c);
    }
    assert_eq!(loaded.inconsistencies(), vec![]);
}
