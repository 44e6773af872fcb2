//! The `frontstage` command-line tool as a script would use it: exit codes, output
//! formats, files written.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn frontstage(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_frontstage")).args(args).output().expect("run frontstage")
}

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples").join(name).display().to_string()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_a_clean_example_exits_zero() {
    let out = frontstage(&["check", &example("restaurant-en.frontstage")]);
    assert_eq!(out.status.code(), Some(0), "{}{}", text(&out.stdout), text(&out.stderr));
    assert!(text(&out.stdout).contains("0 error(s)"), "{}", text(&out.stdout));
}

#[test]
fn check_reports_error_problems_with_exit_one_in_json() {
    let out = frontstage(&["check", "--format", "json", &example("bank-account-opening.frontstage")]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let diags = report["diagnostics"].as_array().expect("diagnostics array");
    assert!(diags.iter().any(|d| d["severity"] == "error"));
    for d in diags {
        for key in ["rule", "severity", "message", "elements", "hint"] {
            assert!(d.get(key).is_some(), "diagnostic without {key}: {d}");
        }
    }
}

#[test]
fn lang_flag_writes_the_problems_in_either_language_and_the_documents_is_the_default() {
    let file = example("bank-account-opening.frontstage");
    let messages = |args: &[&str]| {
        let out = frontstage(args);
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
        report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d["message"].clone(), d["rule"].clone()))
            .collect::<Vec<_>>()
    };
    let default = messages(&["check", "--format", "json", &file]);
    let en = messages(&["check", "--format", "json", "--lang", "en", &file]);
    let zh = messages(&["check", "--format", "json", "--lang", "zh-Hans", &file]);
    assert_eq!(default, en);
    assert_eq!(zh.len(), en.len());
    for ((zh, rule), (en, _)) in zh.iter().zip(&en) {
        let zh = zh.as_str().unwrap();
        assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{rule}: {zh}");
        assert_ne!(Some(zh), en.as_str());
    }
    // A Chinese blueprint's problems are in Chinese unless asked otherwise, as its report
    // is: the same blueprint, its language set to Chinese.
    let dir = tempfile::tempdir().unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    doc["language"] = "zh-Hans".into();
    let zh_path = dir.path().join("zh.frontstage");
    std::fs::write(&zh_path, doc.to_string()).unwrap();
    let zh_file = zh_path.to_string_lossy().into_owned();
    let zh_default = messages(&["check", "--format", "json", &zh_file]);
    assert_eq!(zh_default, zh);
    assert_eq!(zh_default, messages(&["check", "--format", "json", "--lang", "zh-Hans", &zh_file]));
    assert_ne!(zh_default, messages(&["check", "--format", "json", "--lang", "en", &zh_file]));
    let bad = frontstage(&["check", "--lang", "fr", &file]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("unknown language"), "{}", text(&bad.stderr));
}

#[test]
fn profile_flag_changes_the_grading() {
    let base = frontstage(&["check", "--format", "json", &example("restaurant-en.frontstage")]);
    let shostack =
        frontstage(&["check", "--format", "json", "--profile", "shostack", &example("restaurant-en.frontstage")]);
    let profile = |o: &Output| serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap()["profile"].clone();
    assert_eq!(profile(&base), "bitner");
    assert_eq!(profile(&shostack), "shostack");
    let bad = frontstage(&["check", "--profile", "nope", &example("restaurant-en.frontstage")]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("unknown profile"), "{}", text(&bad.stderr));
}

#[test]
fn unreadable_input_exits_two_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.frontstage");
    std::fs::write(&broken, "{\"format\": \"frontstage-blueprint\", \"version\": 1, \"title\": ").unwrap();
    for file in [broken.display().to_string(), dir.path().join("missing.frontstage").display().to_string()] {
        let out = frontstage(&["check", &file]);
        assert_eq!(out.status.code(), Some(2), "{file}");
        let stderr = text(&out.stderr);
        assert!(stderr.to_lowercase().contains("cannot open"), "{stderr}");
        assert_eq!(stderr.matches(&file).count(), 1, "the file is named once: {stderr}");
        assert!(stderr.starts_with("frontstage: ") && !stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn export_writes_svg_and_canonical_json() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("out.svg");
    let json = dir.path().join("out.json");
    let src = example("restaurant-zh.frontstage");
    let out = frontstage(&["export", &src, "--svg", svg.to_str().unwrap(), "--json", json.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let svg_text = std::fs::read_to_string(&svg).unwrap();
    assert!(svg_text.starts_with("<svg") || svg_text.starts_with("<?xml"));
    assert!(svg_text.contains("点餐"));
    // The canonical JSON of a canonical example is the example itself.
    assert_eq!(std::fs::read_to_string(&json).unwrap(), std::fs::read_to_string(&src).unwrap());
}

#[test]
fn export_to_stdout_and_to_an_unwritable_place() {
    let out = frontstage(&["export", &example("restaurant-en.frontstage"), "--svg", "-"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("</svg>"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    let inside_file: PathBuf = file.join("out.svg");
    let out = frontstage(&["export", &example("restaurant-en.frontstage"), "--svg", inside_file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.starts_with("frontstage: Cannot save"), "{stderr}");
    assert_eq!(stderr.matches(inside_file.to_str().unwrap()).count(), 1, "the file is named once: {stderr}");
}

#[test]
fn export_never_writes_over_the_blueprint_or_mixes_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.frontstage");
    std::fs::copy(example("restaurant-en.frontstage"), &file).unwrap();
    let before = std::fs::read(&file).unwrap();
    let f = file.to_str().unwrap();
    let other = dir.path().join("out.svg");
    let o = other.to_str().unwrap();
    for args in [
        vec!["export", f, "--svg", f],
        vec!["export", f, "--json", f],
        vec!["export", f, "--svg", o, "--json", o],
        vec!["export", f, "--svg", "-", "--json", "-"],
    ] {
        let out = frontstage(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!text(&out.stderr).is_empty(), "{args:?} says why");
        assert!(out.stdout.is_empty(), "{args:?} wrote nothing");
    }
    assert_eq!(std::fs::read(&file).unwrap(), before, "the blueprint is untouched");
    assert!(!other.exists());
}

#[test]
fn new_creates_from_templates_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.frontstage");
    let p = path.to_str().unwrap();
    let list = frontstage(&["new", "--list"]);
    for name in ["bitner", "shostack", "18f", "fliess"] {
        assert!(text(&list.stdout).contains(name), "{}", text(&list.stdout));
    }
    let out = frontstage(&["new", "--template", "18f", "--title", "Clinic 门诊", p]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc = frontstage::io::load_path(&path).expect("the new file loads");
    assert_eq!(doc.title, "Clinic 门诊");
    assert_eq!(doc.profile, frontstage::model::Profile::EighteenF);
    let again = frontstage(&["new", p]);
    assert_eq!(again.status.code(), Some(3));
    let nowhere = dir.path().join("no-such-folder").join("x.frontstage");
    let nowhere = nowhere.to_str().unwrap();
    let failed = frontstage(&["new", nowhere]);
    assert_eq!(failed.status.code(), Some(3));
    let stderr = text(&failed.stderr);
    assert!(stderr.starts_with("frontstage: Cannot save"), "{stderr}");
    assert_eq!(stderr.matches(nowhere).count(), 1, "the file is named once: {stderr}");
    assert_eq!(frontstage::io::load_path(&path).unwrap().title, "Clinic 门诊", "not overwritten");
    let unknown = frontstage(&["new", "--template", "nope", dir.path().join("x.frontstage").to_str().unwrap()]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("unknown template"));
}

#[test]
fn hostile_titles_do_not_reach_the_terminal_raw() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.frontstage");
    let out = frontstage(&["new", "--title", "evil\u{1b}[2J title \u{202e}desrever", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let check = frontstage(&["check", path.to_str().unwrap()]);
    assert!(!text(&check.stdout).contains('\u{1b}'), "escape sequence printed raw");
    assert!(!text(&check.stdout).contains('\u{202e}'), "bidi override printed raw");
    assert!(text(&check.stdout).contains("\\u{1b}[2J"));
}

#[test]
fn help_explains_the_commands() {
    let out = frontstage(&["--help"]);
    let help = text(&out.stdout);
    for word in ["check", "export", "new", "Exit codes"] {
        assert!(help.contains(word), "{help}");
    }
}
