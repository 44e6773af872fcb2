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
    // A benchmark build (feature `bench`) has one command more, granted by the capabilities
    // under capabilities/bench/; the product's build neither has it nor grants it.
    let bench = std::env::var_os("CARGO_FEATURE_BENCH").is_some();
    println!("cargo:rerun-if-changed=capabilities");
    let mut commands = vec![
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
        "test_new_from",
    ];
    if bench {
        commands.push("bench_document");
    }
    let attributes = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .capabilities_path_pattern(if bench { "./capabilities/**/*.json" } else { "./capabilities/*.json" })
        // The manifest keeps the list for the build script's life: leaking it is free here.
        .app_manifest(tauri_build::AppManifest::new().commands(Vec::leak(commands)));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build script failed: {error:#}");
    }
}
