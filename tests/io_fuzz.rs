//! Loading arbitrary or damaged input never panics and always explains itself.

mod io_common;

use frontstage::export::json::to_string;
use frontstage::io::{load_bytes, load_path, load_str};
use proptest::prelude::*;

fn assert_explained(
    result: Result<frontstage::model::Blueprint, frontstage::io::LoadError>,
) -> Result<(), TestCaseError> {
    if let Err(e) = result {
        prop_assert!(!e.to_string().is_empty());
        prop_assert!(!e.code().is_empty());
    }
    Ok(())
}

/// One damage done to a valid document's text.
#[derive(Debug, Clone)]
enum Damage {
    DeleteChar(usize),
    DuplicateSpan(usize, usize),
    FlipDigit(usize),
    Truncate(usize),
    InsertByte(usize, u8),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        any::<usize>().prop_map(Damage::DeleteChar),
        (any::<usize>(), 1usize..40).prop_map(|(a, n)| Damage::DuplicateSpan(a, n)),
        any::<usize>().prop_map(Damage::FlipDigit),
        any::<usize>().prop_map(Damage::Truncate),
        (any::<usize>(), any::<u8>()).prop_map(|(a, b)| Damage::InsertByte(a, b)),
    ]
}

fn apply(text: &str, d: &Damage) -> Vec<u8> {
    let mut b = text.as_bytes().to_vec();
    let at = |i: usize| i % (b.len() + 1);
    match *d {
        Damage::DeleteChar(i) => {
            let i = at(i);
            if i < b.len() {
                b.remove(i);
            }
        }
        Damage::DuplicateSpan(i, n) => {
            let i = at(i);
            let span: Vec<u8> = b[i..(i + n).min(b.len())].to_vec();
            b.splice(i..i, span);
        }
        Damage::FlipDigit(i) => {
            let digits: Vec<usize> = (0..b.len()).filter(|&k| b[k].is_ascii_digit()).collect();
            if !digits.is_empty() {
                let k = digits[i % digits.len()];
                b[k] = b'0' + (b[k] - b'0' + 7) % 10;
            }
        }
        Damage::Truncate(i) => {
            let i = at(i);
            b.truncate(i);
        }
        Damage::InsertByte(i, x) => {
            let i = at(i);
            b.insert(i, x);
        }
    }
    b
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_bytes_give_an_explained_error(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let result = load_bytes(&bytes);
        prop_assert!(result.is_err());
        assert_explained(result)?;
        if let Ok(text) = std::str::from_utf8(&bytes) {
            assert_explained(load_str(text))?;
        }
    }

    #[test]
    fn json_looking_text_gives_an_explained_error(text in r#"[{}\[\]":,0-9a-z \n\-.]{0,200}"#) {
        assert_explained(load_str(&text))?;
    }

    #[test]
    fn damaged_documents_never_panic(doc in io_common::blueprint(), damages in prop::collection::vec(damage(), 1..4)) {
        let mut bytes = to_string(&doc).into_bytes();
        for d in &damages {
            bytes = apply(&String::from_utf8_lossy(&bytes), d);
        }
        let result = load_bytes(&bytes);
        // Some damage is harmless (a digit in a text); what loads must be consistent.
        if let Ok(back) = &result {
            prop_assert!(back.inconsistencies().is_empty());
        }
        assert_explained(result)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(30))]

    #[test]
    fn random_files_give_an_explained_error(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("random.frontstage");
        std::fs::write(&path, &bytes).unwrap();
        let result = load_path(&path);
        prop_assert!(result.is_err());
        assert_explained(result)?;
    }
}

#[test]
fn damaging_the_sample_in_every_place_never_panics() {
    let text = to_string(&io_common::sample());
    for i in 0..text.len() {
        for d in [Damage::DeleteChar(i), Damage::Truncate(i), Damage::DuplicateSpan(i, 7), Damage::InsertByte(i, b'"')]
        {
            let bytes = apply(&text, &d);
            if let Err(e) = load_bytes(&bytes) {
                assert!(!e.to_string().is_empty(), "{d:?}");
            }
        }
    }
}
