//! Bad files give the right error code and a message that says what and where.

use frontstage::io::{load_bytes, load_path, load_str, LoadError, MAX_FILE_BYTES};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad").join(name)
}

/// (file, code, parts the message must contain)
const TABLE: &[(&str, &str, &[&str])] = &[
    ("missing-comma.frontstage", "syntax", &["line 4, column 3", "expected `,` or `}`", "\\\"title\\\""]),
    ("truncated.frontstage", "syntax", &["line 12, column 47", "cut short"]),
    ("trailing-garbage.frontstage", "syntax", &["line 15, column 1", "more text after the end", "and then some"]),
    ("control-char-in-string.frontstage", "syntax", &["line 4, column 13", "control character", "\\u{1}"]),
    ("deep-nesting.frontstage", "syntax", &["line 2"]),
    ("empty.frontstage", "empty", &["empty"]),
    ("whitespace-only.frontstage", "empty", &["empty"]),
    ("binary.frontstage", "not_utf8", &["offset 0", "binary file"]),
    ("utf16.frontstage", "not_utf8", &["UTF-16"]),
    ("latin1.frontstage", "not_utf8", &["offset 69", "line 4, column 16"]),
    ("package.json", "not_a_blueprint", &["not a Frontstage blueprint", "\"format\": \"frontstage-blueprint\""]),
    ("other-format.frontstage", "not_a_blueprint", &["\"excalidraw\""]),
    ("top-level-list.frontstage", "not_a_blueprint", &["list"]),
    (
        "future-version.frontstage",
        "newer_version",
        &["newer Frontstage (format 3)", "up to format 2", "Update Frontstage"],
    ),
    ("version-zero.frontstage", "unsupported_version", &["format version 0"]),
    ("no-version.frontstage", "unsupported_version", &["no \"version\""]),
    ("version-string.frontstage", "unsupported_version", &["\"version\": \"1\""]),
    ("wrong-type.frontstage", "invalid", &["cards[0].order", "line 12, column 63", "\"first\"", "whole number"]),
    ("unknown-field.frontstage", "invalid", &["lanes[0].colour", "line 9, column 63", "unknown field `colour`"]),
    ("bad-enum.frontstage", "invalid", &["lanes[0].kind", "line 9, column 36", "`swimlane`", "`customer`"]),
    ("missing-title.frontstage", "invalid", &["\"title\" is missing", "line 13"]),
    ("emotion-too-big-for-type.frontstage", "invalid", &["cards[0].emotion", "line 12", "-2 to +2"]),
    ("duplicate-card-ids.frontstage", "invalid", &["cards[1].id", "line 13, column 13", "duplicate id \"c1\""]),
    ("emotion-out-of-range.frontstage", "inconsistent", &["cards[id=c1].emotion (line 12, column 71)", "emotion 3"]),
    (
        "dangling-refs.frontstage",
        "inconsistent",
        &[
            "4 problems",
            "lines[0].boundary (line 12, column 41)",
            "cards[id=c1].lane (line 15, column 27): unknown lane \"l9\"",
            "cards[id=c1].stage (line 15, column 42): unknown stage \"s7\"",
            "connectors[id=a1].to (line 18, column 39): unknown card \"c9\"",
        ],
    ),
    ("duplicate-lane-ids.frontstage", "inconsistent", &["lanes[1].id (line 10, column 13)", "duplicate id \"l1\""]),
    (
        "duplicate-line-kinds.frontstage",
        "inconsistent",
        &["lines[1].kind (line 13, column 15)", "more than one line of interaction"],
    ),
    ("bad-color.frontstage", "inconsistent", &["lanes[0].color (line 9, column 65)", "#rrggbb"]),
    (
        "hostile-ids.frontstage",
        "inconsistent",
        &[
            "2 problems",
            "(line 12, column 13)",
            "<script>",
            "\\u{202e}",
            "not valid",
            "unknown lane \"\\u{202e}\\u{a}<img src=x>\"",
        ],
    ),
    ("hostile-enum.frontstage", "invalid", &["lanes[0].kind", "unknown variant `\\u{202e}evil\\u{a}xxx", "…"]),
    ("many-problems.frontstage", "inconsistent", &["80 problems", "… and 30 more."]),
];

#[test]
fn every_bad_file_gives_its_code_and_a_useful_message() {
    for (name, code, parts) in TABLE {
        let err = load_path(&fixture(name)).expect_err(name);
        let message = err.to_string();
        assert_eq!(err.code(), *code, "{name}: {message}");
        for part in *parts {
            assert!(message.contains(part), "{name}: {message:?} lacks {part:?}");
        }
    }
}

#[test]
fn the_table_covers_every_fixture() {
    let mut files: Vec<String> = std::fs::read_dir(fixture(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut listed: Vec<String> = TABLE.iter().map(|t| t.0.to_owned()).collect();
    listed.sort();
    assert_eq!(files, listed);
}

#[test]
fn hostile_text_never_reaches_the_message_raw() {
    let message = load_path(&fixture("hostile-ids.frontstage")).unwrap_err().to_string();
    // One line per problem: the newlines and bidi overrides in ids are escaped.
    assert_eq!(message.lines().count(), 3, "{message}");
    assert!(!message.contains('\u{202e}'));

    let message = load_path(&fixture("hostile-enum.frontstage")).unwrap_err().to_string();
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(!message.contains('\u{202e}'));
    assert!(message.chars().count() < 500, "the 2000-character value is cut: {message}");
}

#[test]
fn inconsistencies_are_listed_up_to_the_cap() {
    match load_path(&fixture("many-problems.frontstage")).unwrap_err() {
        LoadError::Inconsistent { problems, total } => {
            assert_eq!(total, 80);
            assert_eq!(problems.len(), frontstage::io::MAX_REPORTED_PROBLEMS);
            assert!(problems.iter().all(|p| p.line.is_some() && p.column.is_some()));
        }
        other => panic!("{other}"),
    }
}

#[test]
fn file_system_errors_name_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.frontstage");
    let err = load_path(&missing).unwrap_err();
    assert_eq!(err.code(), "not_found");
    assert!(err.to_string().contains("nope.frontstage"), "{err}");

    let err = load_path(dir.path()).unwrap_err();
    assert_eq!(err.code(), "not_a_file");
    assert!(err.to_string().contains(&dir.path().display().to_string()), "{err}");

    // A parent that is a file, not a folder.
    let file = dir.path().join("f");
    std::fs::write(&file, "x").unwrap();
    let err = load_path(&file.join("x.frontstage")).unwrap_err();
    assert!(!err.to_string().is_empty());
    assert!(err.to_string().contains("x.frontstage"), "{err}");
}

#[test]
fn a_huge_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.frontstage");
    // Sparse: its size says 1 GiB, but nothing is written, and reading it all would be slow.
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(1 << 30).unwrap();
    let started = std::time::Instant::now();
    let err = load_path(&path).unwrap_err();
    assert_eq!(err.code(), "too_large");
    assert!(err.to_string().contains("1073741824 bytes") && err.to_string().contains("64 MiB"), "{err}");
    assert!(started.elapsed().as_millis() < 500, "the file was read");

    let text = " ".repeat(MAX_FILE_BYTES as usize + 1);
    assert_eq!(load_str(&text).unwrap_err().code(), "too_large");
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let depth = 100_000;
    let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let cases = [
        "[".repeat(depth),
        nested.clone(),
        format!("{{{}", "\"a\":{".repeat(depth)),
        format!(r#"{{"format": "frontstage-blueprint", "version": 1, "title": {nested}}}"#),
        format!(r#"{{"format": {nested}}}"#),
        format!(r#"{{"version": {nested}, "format": "frontstage-blueprint"}}"#),
        format!(
            r#"{{"format": "frontstage-blueprint", "version": 1, "title": "", "stages": [], "lanes": [], "cards": [{nested}]}}"#
        ),
    ];
    for text in &cases {
        let err = load_str(text).unwrap_err();
        assert!(!err.to_string().is_empty());
        assert!(matches!(err.code(), "syntax" | "not_a_blueprint" | "invalid"), "{}: {err}", err.code());
    }
    let err = load_str(&format!(r#"{{"format": {nested}}}"#)).unwrap_err();
    assert!(err.to_string().contains("nested too deeply"), "{err}");
}

/// docs/format.md, Limits: a deep value where the format expects text is refused for its
/// type, at its path, before its depth is read.
#[test]
fn a_deep_value_in_a_typed_field_is_refused_for_its_type() {
    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let err =
        load_str(&format!(r#"{{"format": "frontstage-blueprint", "version": 1, "title": {nested}}}"#)).unwrap_err();
    assert_eq!(err.code(), "invalid", "{err}");
    let message = err.to_string();
    assert!(message.contains("title") && message.contains("expected a string"), "{message}");
}

#[test]
fn raw_bytes_that_are_not_utf8_say_where() {
    let err = load_bytes(b"{\"title\": \"a\xC3\"}").unwrap_err();
    assert_eq!(err.code(), "not_utf8");
    assert!(err.to_string().contains("offset 12"), "{err}");
}

/// A file cut inside a Chinese character is not called "not UTF-8" and left at that: it
/// says the file may be cut short, as a file cut between characters does.
#[test]
fn a_file_cut_inside_a_character_says_it_may_be_cut_short() {
    let whole = "{\"title\": \"挂号\"}".as_bytes();
    let cut = &whole[..whole.len() - 4]; // inside 号, which is three bytes
    let err = load_bytes(cut).expect_err("a cut file");
    assert_eq!(err.code(), "not_utf8");
    assert!(err.to_string().contains("cut short"), "{err}");
    // Not said of a wrong byte in the middle of a file.
    let mut latin1 = whole.to_vec();
    latin1[12] = 0xE9;
    let err = load_bytes(&latin1).expect_err("not UTF-8");
    assert!(!err.to_string().contains("cut short"), "{err}");
}
