//! `frontstage report`: the hotel example's figures, worked out by hand in
//! docs/measures.md, in every format; the JSON's shape against the committed schema.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn frontstage(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_frontstage")).args(args).output().expect("run frontstage")
}

fn example(name: &str) -> String {
    root().join("examples").join(name).display().to_string()
}

fn report(file: &str, format: &str) -> String {
    let out = frontstage(&["report", "--format", format, file]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn schema_path() -> PathBuf {
    root().join("schema/report.schema.json")
}

#[test]
fn committed_report_schema_is_up_to_date() {
    let fresh = frontstage::measure::report_schema();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(schema_path(), &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(schema_path()).unwrap_or_default();
    assert!(
        committed == fresh,
        "schema/report.schema.json is stale: the report's types changed. \
         Regenerate it with `UPDATE_SCHEMA=1 cargo test --test cli_report` and commit it."
    );
}

#[test]
fn the_hotel_in_json_has_the_hand_worked_figures_and_fits_the_schema() {
    let json: Value = serde_json::from_str(&report(&example("hotel-stay.frontstage"), "json")).unwrap();
    let schema: Value = serde_json::from_str(&frontstage::measure::report_schema()).unwrap();
    let v = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let errors: Vec<String> = v.iter_errors(&json).map(|e| format!("{}: {e}", e.instance_path())).collect();
    assert_eq!(errors, Vec::<String>::new());

    assert_eq!(json["format"], "frontstage-report");
    let journey = &json["time"]["journey"];
    assert_eq!(journey["customer_seconds"], 3720, "8 + 4 + 3 + 10 + 2 + 30 + 5 min");
    assert_eq!(journey["waiting_seconds"], 2040, "the queue and the wait for the food");
    assert_eq!(journey["over_standard_seconds"], 120);
    let path = &json["time"]["critical_path"];
    assert_eq!(path["outcome"], "path");
    assert_eq!(path["seconds"], 5880, "62 + 8 + 28 min");
    let steps: Vec<&str> = path["steps"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
    assert_eq!(
        steps,
        ["c102", "c202", "c203", "c204", "c206", "c205", "c302", "c402", "c404", "c406", "c405", "c403", "c502"]
    );
    let room_service = &json["time"]["stages"][3];
    assert_eq!(
        (room_service["customer_seconds"].as_u64(), room_service["over_standard_seconds"].as_u64()),
        (Some(1920), Some(120))
    );
    let dips: Vec<&str> =
        json["emotion"]["dips"].as_array().unwrap().iter().map(|d| d["card"].as_str().unwrap()).collect();
    assert_eq!(dips, ["c202", "c402", "c403"]);
    assert_eq!(json["fail_points"]["on_critical_path"], 2);
    assert_eq!(json["touchpoints"]["hand_offs"].as_array().unwrap().len(), 14);
    let status: Vec<&str> = json["kpis"].as_array().unwrap().iter().map(|k| k["status"].as_str().unwrap()).collect();
    assert_eq!(status, ["off", "met", "met", "no_actual", "met", "met"]);
}

#[test]
fn text_markdown_and_csv_say_the_same() {
    let file = example("hotel-stay.frontstage");
    let text = report(&file, "human");
    assert!(text.contains("Customer's time") && text.contains("1 h 2 min"), "{text}");
    let row = |label: &str, value: &str| format!("  {label:<36}{value}");
    assert!(text.contains(&row("Critical path", "1 h 38 min\n")), "{text}");
    assert!(text.contains(&row("Critical path's steps", "Books a room online → Queues at the front desk")), "{text}");
    // 4,290 s and 4,260 s: to the nearest minute from an hour up, so they do not read alike.
    assert!(text.contains(&row("Above the line of visibility", "1 h 12 min\n")), "{text}");
    assert!(text.contains(&row("Below the line of visibility", "1 h 11 min\n")), "{text}");
    // The journey's emotion beside its times, the employees' apart; a dip's causes say
    // which is a wait and which a fail point.
    assert!(text.contains(&row("Customer's emotion (mean / lowest)", "+0.3 / -1\n")), "{text}");
    assert!(text.contains(&row("Employees' emotion (mean / lowest)", "— / —\n")), "{text}");
    assert!(text.contains("Waits for the food (wait), Waiter brings the tray to the room (fail point)"), "{text}");
    // The lowest point with the one before it on the curve (+1 at booking, then the queue).
    assert!(text.contains("Lowest: Queues at the front desk  -1       +1"), "{text}");
    let md = report(&file, "md");
    assert!(md.starts_with("# Hotel stay: from booking to check-out\n"), "{md}");
    assert!(md.contains("| Room service | 32 min | 30 min | 30 min | 2 min |"), "{md}");
    let csv = report(&file, "csv");
    assert!(csv.starts_with('\u{feff}'), "Excel and WPS need the byte-order mark");
    assert!(csv.contains("Customer satisfaction,whole journey,≥ 93 %,91 %,off target\r\n"), "{csv}");
    // Every duration in a cell of its own, as h:mm:ss, which a spreadsheet adds up.
    for row in [
        "Critical path,1:38:00\r\n",
        "Above the line of visibility,1:11:30\r\n",
        "Below the line of visibility,1:11:00\r\n",
    ] {
        assert!(csv.contains(row), "{row} in {csv}");
    }
}

#[test]
fn a_chinese_blueprint_is_reported_in_chinese() {
    let csv = report(&example("restaurant-zh.frontstage"), "csv");
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.contains("客户用时") && csv.contains("关键路径"), "{csv}");
    assert!(!csv.contains("Customer's time"));
}

#[test]
fn an_unreadable_file_exits_two() {
    let out = frontstage(&["report", "/nonexistent/x.frontstage"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}
