// The Tauri config lives at the repository root (paths in it are relative to the root).
// The app manifest describes the shell's commands so that capabilities must grant each
// one; which commands and capabilities a build has depends on its features (build/acl.rs).

#[path = "build/acl.rs"]
mod acl;

fn main() {
    // generate_context! embeds the built UI; say how to get it rather than failing later
    // with a bare missing-path error.
    let dist = std::path::Path::new("../ui/dist/index.html");
    println!("cargo:rerun-if-changed=../ui/dist");
    if !dist.exists() {
        panic!("ui/dist is missing: build the UI first with `npm --prefix ui ci && npm --prefix ui run build`");
    }
    println!("cargo:rerun-if-changed=capabilities");
    println!("cargo:rerun-if-changed=build/acl.rs");
    let bench = std::env::var_os("CARGO_FEATURE_BENCH").is_some();
    let test_hooks = std::env::var_os("CARGO_FEATURE_TEST_HOOKS").is_some();
    // The build's capability files, alone in a folder of their own: tauri-build takes one
    // glob, and a capability granting a command the build lacks is an error.
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("capabilities");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).expect("a folder for the build's capabilities");
    for file in acl::capability_files(bench, test_hooks) {
        std::fs::copy(std::path::Path::new("capabilities").join(file), out.join(file))
            .unwrap_or_else(|e| panic!("capabilities/{file}: {e}"));
    }
    // A permission to allow and one to deny each command, written here for this build
    // alone: tauri-build would write them into the source folder (permissions/) and
    // describe every file it found there, other builds' commands (a test hook) included.
    let permissions = out.with_file_name("permissions");
    let _ = std::fs::remove_dir_all(&permissions);
    std::fs::create_dir_all(&permissions).expect("a folder for the build's permissions");
    for command in acl::commands(bench, test_hooks) {
        std::fs::write(permissions.join(format!("{command}.toml")), acl::permission_toml(command))
            .unwrap_or_else(|e| panic!("the permissions of {command}: {e}"));
    }
    // tauri-build keeps the patterns for the build script's life.
    let capabilities: &'static str = format!("{}/*.json", out.display()).leak();
    let permissions: &'static str = format!("{}/*.toml", permissions.display()).leak();
    let attributes = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .capabilities_path_pattern(capabilities)
        .app_manifest(tauri_build::AppManifest::new().permissions_path_pattern(permissions));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build script failed: {error:#}");
    }
}
