//! Peak memory and time of the core on the worst files the loader accepts: each case is a
//! file of about 20 MB (the loader takes up to 64 MiB) written to a temporary folder, then
//! read back by a process of its own for each path, so each peak (`VmHWM` in
//! /proc/self/status, Linux) is that path's alone:
//!
//! - export (the command line's `check` and `export`): load, full check, layout, SVG;
//! - view (what the desktop app does to open the file): load, a `Session` (its checker),
//!   the whole `View` (the document, the Scene, the diagnostics) as the JSON sent to the UI.
//!
//! The budget: peak memory at most 20 times the file's size on the export path. The view
//! path is measured too: it holds more (the `View` carries a copy of the document).
//!
//! ```text
//! cargo bench --bench worst_cases               # every case
//! cargo bench --bench worst_cases -- newlines   # the cases whose name contains "newlines"
//! ```
//!
//! A measured harness, not a test: it prints figures (docs/performance.md records them)
//! and asserts nothing.

use frontstage::view::Session;
use frontstage::{export, io, layout, rules};
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// About 20 MB of file for each case.
const SIZE: usize = 20_000_000;
/// Peak memory allowed, as a multiple of the file's size.
const BUDGET: f64 = 20.0;

struct Case {
    name: &'static str,
    what: &'static str,
    file: fn() -> String,
}

const CASES: &[Case] = &[
    Case { name: "newlines", what: "one card of 10,000,000 line breaks", file: newlines },
    Case { name: "long_word", what: "one card of one 20,000,000-letter word", file: long_word },
    Case { name: "tiny_cards", what: "100,000 cards of one letter, minified", file: tiny_cards },
    Case { name: "long_label", what: "one arrow labelled with 4,000,000 words", file: long_label },
    Case { name: "long_tags", what: "2,000 cards of 100 tags of 100 letters", file: long_tags },
    Case { name: "tiny_tags", what: "one card of 5,000,000 one-letter tags", file: tiny_tags },
    Case {
        name: "newline_fields",
        what: "title, names, owner, label: 1,400,000 line breaks each",
        file: newline_fields,
    },
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, name, path, path_kind] = args.as_slice() {
        if flag == "--case" {
            return run_case(name, Path::new(path), path_kind == "view");
        }
    }
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let dir = tempfile::tempdir().expect("temporary folder");
    println!("| case | file | export: peak | ÷ file | load | check | layout | SVG | SVG size | view: peak | ÷ file | view: time |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for case in CASES.iter().filter(|c| filters.is_empty() || filters.iter().any(|f| c.name.contains(f.as_str()))) {
        let path = dir.path().join(format!("{}.frontstage", case.name));
        std::fs::write(&path, (case.file)()).expect("write the case's file");
        let file = std::fs::metadata(&path).expect("the case's file").len() as f64;
        let run = |kind: &str| -> Result<Vec<String>, String> {
            let exe = std::env::current_exe().expect("this harness");
            let out = Command::new(exe).args(["--case", case.name]).arg(&path).arg(kind).output().expect("run");
            if !out.status.success() {
                return Err(format!("{}: {}", out.status, String::from_utf8_lossy(&out.stderr).trim()));
            }
            Ok(String::from_utf8_lossy(&out.stdout).split_whitespace().map(str::to_owned).collect())
        };
        match (run("export"), run("view")) {
            // Each run prints its peak in bytes, its phases' times and what it wrote.
            (Ok(export), Ok(view)) => {
                let peak = |r: &[String]| r[0].parse::<f64>().unwrap_or(0.0);
                let (e, v) = (peak(&export), peak(&view));
                let over = if e > BUDGET * file { " (over)" } else { "" };
                println!(
                    "| {} | {} | {}{over} | {:.1}× | {} | {} | {} | {} | {} | {} | {:.1}× | {} |",
                    case.name,
                    mb(file),
                    mb(e),
                    e / file,
                    export[1],
                    export[2],
                    export[3],
                    export[4],
                    mb(export[5].parse().unwrap_or(0.0)),
                    mb(v),
                    v / file,
                    view[1],
                );
            }
            (e, v) => println!("| {} | failed: {:?} {:?} |", case.name, e.err(), v.err()),
        }
        eprintln!("{}: {}", case.name, case.what);
    }
}

/// One path of one case, in this process alone: its phases timed, then its peak. Prints
/// the peak in bytes, the phases' times and the size of what the path wrote.
fn run_case(name: &str, path: &Path, view: bool) {
    let mut times = Vec::new();
    let mut timed = |t: Instant| times.push(format!("{:.2}s", t.elapsed().as_secs_f64()));
    let t = Instant::now();
    let doc = io::load_path(path).unwrap_or_else(|e| panic!("{name} loads: {e}"));
    if view {
        let mut session = Session::opened(doc, path.to_path_buf());
        let json = serde_json::to_string(&session.view()).expect("the view serializes");
        timed(t);
        println!("{} {} {}", peak_bytes(), times.join(" "), json.len());
        return;
    }
    timed(t);
    let t = Instant::now();
    let diagnostics = rules::check(&doc);
    timed(t);
    let t = Instant::now();
    let scene = layout::layout(&doc);
    timed(t);
    let t = Instant::now();
    let svg = export::svg::scene_to_svg(&scene, &doc).len();
    timed(t);
    std::hint::black_box(&diagnostics);
    println!("{} {} {svg}", peak_bytes(), times.join(" "));
}

/// Peak resident memory of this process, from /proc/self/status (Linux).
fn peak_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .unwrap_or(0);
    kb * 1024
}

fn mb(bytes: f64) -> String {
    format!("{:.1} MB", bytes / 1e6)
}

/// A document around `stages`, `lanes`, `cards` and `connectors` (JSON arrays' insides).
fn document(title: &str, stages: &str, lanes: &str, cards: &str, connectors: &str) -> String {
    format!(
        r#"{{"format": "frontstage-blueprint", "version": 1, "title": {title},
"stages": [{stages}], "lanes": [{lanes}], "cards": [{cards}], "connectors": [{connectors}]}}"#
    )
}

const ONE_STAGE: &str = r#"{"id": "s1", "name": "Stage"}"#;
const ONE_LANE: &str = r#"{"id": "l1", "kind": "customer", "name": "Customer"}"#;

fn one_card(text: &str) -> String {
    document(
        r#""Worst case""#,
        ONE_STAGE,
        ONE_LANE,
        &format!(r#"{{"id": "c1", "lane": "l1", "stage": "s1", "order": 0, "text": "{text}"}}"#),
        "",
    )
}

fn newlines() -> String {
    one_card(&format!("a{}b", "\\n".repeat(SIZE / 2)))
}

fn long_word() -> String {
    one_card(&"x".repeat(SIZE))
}

fn tiny_cards() -> String {
    let (stages, lanes) = (40, 5);
    let stage_list: Vec<String> = (0..stages).map(|s| format!(r#"{{"id": "s{s}", "name": "S{s}"}}"#)).collect();
    let lane_list: Vec<String> =
        (0..lanes).map(|l| format!(r#"{{"id": "l{l}", "kind": "custom", "name": "L{l}"}}"#)).collect();
    let mut cards = String::new();
    for i in 0..100_000 {
        let cell = i % (stages * lanes);
        let sep = if i == 0 { "" } else { "," };
        let _ = write!(
            cards,
            r#"{sep}{{"id":"c{i}","lane":"l{}","stage":"s{}","order":{},"text":"x"}}"#,
            cell % lanes,
            cell / lanes,
            i / (stages * lanes)
        );
    }
    document(r#""Worst case""#, &stage_list.join(","), &lane_list.join(","), &cards, "")
}

fn long_label() -> String {
    let cards = r#"{"id": "c1", "lane": "l1", "stage": "s1", "order": 0, "text": "From"},
{"id": "c2", "lane": "l1", "stage": "s2", "order": 0, "text": "To"}"#;
    let stages = r#"{"id": "s1", "name": "One"}, {"id": "s2", "name": "Two"}"#;
    let arrow = format!(r#"{{"id": "a1", "from": "c1", "to": "c2", "label": "{}"}}"#, "word ".repeat(SIZE / 5));
    document(r#""Worst case""#, stages, ONE_LANE, cards, &arrow)
}

fn tags_card(i: usize, tags: &[String]) -> String {
    format!(r#"{{"id": "c{i}", "lane": "l1", "stage": "s1", "order": {i}, "text": "x", "tags": [{}]}}"#, tags.join(","))
}

fn long_tags() -> String {
    let tags: Vec<String> = (0..100).map(|t| format!("\"{t:03}{}\"", "t".repeat(97))).collect();
    let cards: Vec<String> = (0..2_000).map(|i| tags_card(i, &tags)).collect();
    document(r#""Worst case""#, ONE_STAGE, ONE_LANE, &cards.join(",\n"), "")
}

fn tiny_tags() -> String {
    let tags = vec!["\"t\"".to_owned(); SIZE / 4];
    document(r#""Worst case""#, ONE_STAGE, ONE_LANE, &tags_card(0, &tags), "")
}

fn newline_fields() -> String {
    let breaks = format!("a{}b", "\\n".repeat(SIZE / 14));
    let stages = format!(r#"{{"id": "s1", "name": "{breaks}"}}, {{"id": "s2", "name": "Two"}}"#);
    let lanes = format!(r#"{{"id": "l1", "kind": "customer", "name": "{breaks}"}}"#);
    let cards = format!(
        r#"{{"id": "c1", "lane": "l1", "stage": "s1", "order": 0, "text": "From", "owner": "{breaks}"}},
{{"id": "c2", "lane": "l1", "stage": "s2", "order": 0, "text": "To"}}"#
    );
    let arrow = format!(r#"{{"id": "a1", "from": "c1", "to": "c2", "label": "{breaks}"}}"#);
    let doc = document(&format!("\"{breaks}\""), &stages, &lanes, &cards, &arrow);
    doc.replacen(r#""stages""#, &format!(r#""scenario": "{breaks}", "persona": "{breaks}", "stages""#), 1)
}
