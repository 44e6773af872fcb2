// What the UI may call, by build: the product's commands and capability, and those the
// benchmark build (feature `bench`) and the test hooks (feature `test-hooks`, which the
// end-to-end test's build turns on) add. Shared by build.rs, which writes the app's
// manifest and picks the capability files, and by tests/acl.rs, which checks that the
// product's build has no test or benchmark command.

/// The commands of a build.
pub fn commands(bench: bool, test_hooks: bool) -> Vec<&'static str> {
    let mut commands = vec![
        "view",
        "execute",
        "anticipate",
        "preview",
        "confirm",
        "undo",
        "redo",
        "seal",
        "status",
        "measures",
        "figure_cards",
        "recovered",
        "restore_recovered",
        "discard_recovered",
        "rules",
        "lane_kinds",
        "export_choices",
        "export_outcome",
        "export_file",
        "preferences",
    ];
    if bench {
        commands.push("bench_document");
    }
    if test_hooks {
        commands.extend(["test_save_as", "test_export", "test_open", "test_pid", "test_new_from"]);
        commands.extend(["test_answer_save_dialog", "test_printed", "test_menu", "test_menu_radio"]);
    }
    commands
}

/// The capability files of a build, in `capabilities/`.
pub fn capability_files(bench: bool, test_hooks: bool) -> Vec<&'static str> {
    let mut files = vec!["default.json"];
    if bench {
        files.push("bench.json");
    }
    if test_hooks {
        files.push("test-hooks.json");
    }
    files
}

/// The permissions to allow and to deny `command`, as tauri-build would write them.
pub fn permission_toml(command: &str) -> String {
    let slug = command.replace('_', "-");
    format!(
        "[[permission]]\nidentifier = \"allow-{slug}\"\ndescription = \"Enables the {command} command.\"\n\
         commands.allow = [\"{command}\"]\n\n[[permission]]\nidentifier = \"deny-{slug}\"\n\
         description = \"Denies the {command} command.\"\ncommands.deny = [\"{command}\"]\n"
    )
}
