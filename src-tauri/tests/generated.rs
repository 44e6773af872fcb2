//! Files generated from the core for the UI, committed under ui/src/generated/, must be
//! current: this test fails when one is stale. Run it with `UPDATE_GENERATED=1` to
//! rewrite them.

use std::path::{Path, PathBuf};

fn ui() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src")
}

fn check(path: &Path, want: &str) {
    if std::env::var("UPDATE_GENERATED").as_deref() == Ok("1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "{} is stale: run `UPDATE_GENERATED=1 cargo test -p frontstage-app --test generated` and commit it",
        path.display()
    );
}

/// The blueprint the UI's tests use (tests/fixtures/small.blueprint.json, here) and the
/// Scene its canvas tests draw, the core's layout of it. Generated into the UI, never
/// read from it.
#[test]
fn fixture_scene_is_current() {
    let text = include_str!("fixtures/small.blueprint.json");
    let doc = frontstage::io::load_str(text).unwrap();
    let scene = frontstage::layout::layout(&doc);
    let mut json = serde_json::to_string_pretty(&scene).unwrap();
    json.push('\n');
    check(&ui().join("generated/small.blueprint.json"), text);
    check(&ui().join("generated/small.scene.json"), &json);
}

/// The same blueprint with its heat map shown (View › Overlay › Fail Points): the Scene the
/// canvas's heat map tests draw.
#[test]
fn fixture_heat_map_scene_is_current() {
    let mut doc = frontstage::io::load_str(include_str!("fixtures/small.blueprint.json")).unwrap();
    doc.display.overlay = frontstage::model::Overlay::FailPoints;
    let scene = frontstage::layout::layout(&doc);
    assert!(scene.heat_map.as_ref().is_some_and(|h| !h.cells.is_empty()), "the fixture has a fail point to shade");
    let mut json = serde_json::to_string_pretty(&scene).unwrap();
    json.push('\n');
    check(&ui().join("generated/small.heat.scene.json"), &json);
}

/// A blueprint with emotions, durations, waits and a fail point (its bands: the emotion
/// curve and the time strip), and its Scene, for the canvas's tests of the bands.
#[test]
fn measured_fixture_scene_is_current() {
    let text = include_str!("fixtures/measured.blueprint.json");
    let doc = frontstage::io::load_str(text).unwrap();
    let scene = frontstage::layout::layout(&doc);
    assert!(scene.emotion_curve.is_some() && scene.time_strip.is_some(), "the fixture draws both bands");
    let mut json = serde_json::to_string_pretty(&scene).unwrap();
    json.push('\n');
    check(&ui().join("generated/measured.blueprint.json"), text);
    check(&ui().join("generated/measured.scene.json"), &json);
}

/// Key moments, card colours and notes for the canvas's tests: the blueprint
/// (tests/fixtures/emphasis.blueprint.json, notes on the cards) laid out as it is, and
/// laid out with its notes as footnotes.
#[test]
fn emphasis_scenes_are_current() {
    let text = include_str!("fixtures/emphasis.blueprint.json");
    let mut doc = frontstage::io::load_str(text).unwrap();
    assert_eq!(doc.display.notes, frontstage::model::NotesDisplay::OnCard);
    let json = |doc: &frontstage::model::Blueprint| {
        let mut json = serde_json::to_string_pretty(&frontstage::layout::layout(doc)).unwrap();
        json.push('\n');
        json
    };
    check(&ui().join("generated/emphasis.scene.json"), &json(&doc));
    doc.display.notes = frontstage::model::NotesDisplay::Footnotes;
    check(&ui().join("generated/footnotes.scene.json"), &json(&doc));
}
