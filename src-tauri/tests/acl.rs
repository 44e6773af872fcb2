//! What the UI may call in each build (build/acl.rs): the product's commands are granted
//! by capabilities/default.json alone, and neither the test hooks nor the benchmark's
//! command is in the product's build; each comes with its own capability in its own build.

#[path = "../build/acl.rs"]
mod acl;

use std::collections::BTreeSet;
use std::path::Path;

/// The app's own commands a capability file grants (`allow-view` → `view`).
fn granted(file: &str) -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities").join(file);
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    json["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-").map(|c| c.replace('-', "_")))
        .collect()
}

fn set(commands: &[&str]) -> BTreeSet<String> {
    commands.iter().map(|c| c.to_string()).collect()
}

#[test]
fn the_product_has_no_test_or_benchmark_command() {
    let product = acl::commands(false, false);
    assert!(product.iter().all(|c| !c.starts_with("test_") && !c.starts_with("bench_")), "{product:?}");
    assert_eq!(acl::capability_files(false, false), ["default.json"]);
    assert_eq!(granted("default.json"), set(&product));
}

#[test]
fn the_test_hooks_and_the_benchmark_bring_their_own_capability() {
    let product = set(&acl::commands(false, false));
    let hooks: BTreeSet<String> = set(&acl::commands(false, true)).difference(&product).cloned().collect();
    assert!(!hooks.is_empty() && hooks.iter().all(|c| c.starts_with("test_")), "{hooks:?}");
    assert_eq!(granted("test-hooks.json"), hooks);
    let bench: BTreeSet<String> = set(&acl::commands(true, false)).difference(&product).cloned().collect();
    assert_eq!(bench, set(&["bench_document"]));
    assert_eq!(granted("bench.json"), bench);
    assert_eq!(acl::capability_files(true, true), ["default.json", "bench.json", "test-hooks.json"]);
}

#[test]
fn this_crates_tests_are_built_with_the_hooks() {
    // The dev-dependency on itself turns them on for the end-to-end test's binary: this
    // names the module that exists only then.
    assert_eq!(frontstage_app::hooks::ENV, "FRONTSTAGE_TEST_HOOKS");
}

#[test]
fn each_command_gets_a_permission_to_allow_and_one_to_deny_it() {
    let toml = acl::permission_toml("restore_recovered");
    assert!(toml.contains("identifier = \"allow-restore-recovered\""), "{toml}");
    assert!(toml.contains("commands.allow = [\"restore_recovered\"]"), "{toml}");
    assert!(toml.contains("identifier = \"deny-restore-recovered\""), "{toml}");
    assert!(toml.contains("commands.deny = [\"restore_recovered\"]"), "{toml}");
}
