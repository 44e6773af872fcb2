// The Tauri config lives at the repository root (paths in it are relative to the root).
// The app manifest lists the shell's commands so that capabilities must grant each one.
fn main() {
    // generate_context! embeds the built UI; say how to get it rather than failing later
    // with a bare missing-path error.
    let dist = std::path::Path::new("../ui/dist/index.html");
    println!("cargo:rerun-if-changed=../ui/dist");
    if !dist.exists() {
        panic!("ui/dist is missing: build the UI first with `npm --prefix ui ci && npm --prefix ui run build`");
    }
    let attributes = tauri_build::Attributes::new().config_path("../tauri.conf.json").app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "view",
            "new_document",
            "execute",
            "anticipate",
            "preview",
            "confirm",
            "undo",
            "redo",
            "seal",
            "status",
            "recovered",
            "restore_recovered",
            "discard_recovered",
            "rules",
            "lane_kinds",
            "preferences",
            "test_save_as",
            "test_export",
            "test_open",
            "test_pid",
        ]),
    );
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build script failed: {error:#}");
    }
}
