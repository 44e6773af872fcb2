// The Tauri config lives at the repository root (paths in it are relative to the root).
// The app manifest lists the shell's commands so that capabilities must grant each one.
fn main() {
    let attributes = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .app_manifest(tauri_build::AppManifest::new().commands(&[
            "document",
            "new_document",
            "execute",
            "undo",
            "redo",
            "seal",
            "status",
        ]));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build script failed: {error:#}");
    }
}
