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

/// The Scene the UI's canvas tests draw is the core's layout of the UI's fixture.
#[test]
fn fixture_scene_is_current() {
    let text = std::fs::read_to_string(ui().join("fixtures/small.blueprint.json")).unwrap();
    let doc = frontstage::io::load_str(&text).unwrap();
    let scene = frontstage::layout::layout(&doc);
    let mut json = serde_json::to_string_pretty(&scene).unwrap();
    json.push('\n');
    check(&ui().join("generated/small.scene.json"), &json);
}
