//! The invariants of docs/architecture.md, checked on the sources: what each layer may
//! know, that the shell's modules form no cycle, that its commands stay one-liners, and
//! that the benchmark and test aids stay out of the product. A failure names the file and
//! the rule; docs/architecture.md says why the rule exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file below `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())).flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The file without its unit tests (`#[cfg(test)]` and everything after it: the tests of
/// a module come last), so that what a layer's tests use does not count as what it uses.
fn product_part(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |i| &text[..i])
}

/// The first path segment of every `crate::…` path in `text`, `use crate::{a, b::c}`
/// groups included.
fn crate_modules(text: &str) -> BTreeSet<String> {
    let ident = |s: &str| s.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect::<String>();
    let mut out = BTreeSet::new();
    for (i, _) in text.match_indices("crate::") {
        if i > 0 && text[..i].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let rest = &text[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut start = 0;
            for (j, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        out.insert(ident(group[start..j].trim()));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.insert(ident(group[start..j].trim()));
                        start = j + 1;
                    }
                    _ => {}
                }
            }
        } else {
            out.insert(ident(rest));
        }
    }
    out.retain(|m| !m.is_empty() && m.chars().next().is_some_and(|c| c.is_ascii_lowercase()));
    out
}

/// The dependencies a `Cargo.toml` lists under `[dependencies]` (not dev or build ones).
fn dependencies(manifest: &Path) -> Vec<String> {
    let text = read(manifest);
    let mut in_deps = false;
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_deps = line == "[dependencies]";
        } else if in_deps && !line.starts_with('#') {
            if let Some((name, _)) = line.split_once('=') {
                out.push(name.trim().to_owned());
            }
        }
    }
    out
}

/// The core's top-level modules and the ones each may use: a layer knows only the
/// layers below it.
const CORE_LAYERS: &[(&str, &[&str])] = &[
    ("model", &[]),
    ("words", &["model"]),
    ("edit", &["model", "words"]),
    ("rules", &["model", "edit", "words", "layout", "measure"]),
    ("measure", &["model", "words"]),
    ("fonts", &[]),
    ("layout", &["model", "words", "fonts", "measure"]),
    ("export", &["model", "layout", "words", "fonts"]),
    ("io", &["model", "export"]),
    ("templates", &["model", "words"]),
    ("generate", &["model"]),
    ("view", &["model", "words", "edit", "rules", "layout", "export", "io", "templates", "measure"]),
];

/// The core module a file of the core belongs to: its folder under src/, or its name.
fn core_module(file: &Path) -> Option<String> {
    let rel = file.strip_prefix(repo().join("src")).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    Some(first.trim_end_matches(".rs").to_owned())
}

#[test]
fn core_layers_know_only_the_layers_below_them() {
    let mut wrong = Vec::new();
    for file in rust_files(&repo().join("src")) {
        let Some(module) = core_module(&file) else { continue };
        // A module's tests in a file of their own are tests too.
        if module == "lib" || module == "bin" || file.ends_with("tests.rs") {
            continue;
        }
        let Some((_, allowed)) = CORE_LAYERS.iter().find(|(m, _)| *m == module) else {
            wrong.push(format!("{}: module `{module}` is not in CORE_LAYERS", file.display()));
            continue;
        };
        for used in crate_modules(product_part(&read(&file))) {
            if used != module && !allowed.contains(&used.as_str()) {
                wrong.push(format!("{}: `{module}` uses `crate::{used}`", file.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "layer rules broken (docs/architecture.md, \"The core\"):\n{}", wrong.join("\n"));
}

#[test]
fn the_core_knows_no_shell_and_no_ui() {
    for dep in dependencies(&repo().join("Cargo.toml")) {
        assert!(!dep.starts_with("tauri") && !dep.starts_with("frontstage-"), "the core depends on {dep}");
    }
    for file in rust_files(&repo().join("src")) {
        let text = read(&file);
        assert!(!text.contains("tauri::"), "{} names Tauri", file.display());
    }
}

#[test]
fn the_benchmark_bridge_depends_on_the_core_only() {
    let deps = dependencies(&repo().join("bench/bridge/Cargo.toml"));
    assert!(deps.iter().any(|d| d == "frontstage"), "{deps:?}");
    for dep in deps {
        assert!(!dep.starts_with("tauri") && dep != "frontstage-app", "the bridge depends on {dep}");
    }
}

#[test]
fn no_rust_file_reads_the_ui() {
    for dir in ["src", "src-tauri/src", "src-tauri/tests", "bench/bridge", "tests", "benches"] {
        for file in rust_files(&repo().join(dir)) {
            let text = read(&file);
            for needle in ["include_str!(", "include_bytes!("] {
                for (i, _) in text.match_indices(needle) {
                    let arg = text[i..].split(')').next().unwrap_or_default();
                    assert!(!arg.contains("ui/"), "{} reads the UI's files: {arg})", file.display());
                }
            }
        }
    }
}

/// The shell's modules by file name, each with the modules it uses.
fn shell_graph() -> BTreeMap<String, BTreeSet<String>> {
    let dir = repo().join("src-tauri/src");
    let files = rust_files(&dir);
    let name = |f: &Path| f.strip_prefix(&dir).unwrap().with_extension("").display().to_string();
    let modules: BTreeSet<String> = files.iter().map(|f| name(f)).collect();
    files
        .iter()
        .filter(|f| !["lib", "main"].contains(&name(f).as_str()))
        .map(|f| {
            let used = crate_modules(product_part(&read(f)));
            (name(f), used.into_iter().filter(|m| modules.contains(m) && *m != name(f)).collect())
        })
        .collect()
}

/// A cycle in `graph`, as the modules along it, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_shell_modules_form_no_cycle() {
    let graph = shell_graph();
    assert!(graph.len() > 5, "{graph:?}");
    if let Some(cycle) = find_cycle(&graph) {
        panic!("src-tauri/src modules import each other in a circle: {}", cycle.join(" → "));
    }
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let g = |edges: &[(&str, &str)]| {
        let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (a, b) in edges {
            g.entry(a.to_string()).or_default().insert(b.to_string());
            g.entry(b.to_string()).or_default();
        }
        g
    };
    assert_eq!(find_cycle(&g(&[("a", "b"), ("b", "c"), ("a", "c")])), None);
    assert_eq!(find_cycle(&g(&[("a", "b"), ("b", "c"), ("c", "b")])), Some(vec!["b".into(), "c".into(), "b".into()]));
    let used =
        crate_modules("use crate::{files::Format, flows, texts::{self, get}};\nlet x = crate::settings::locale(app);");
    assert_eq!(used.into_iter().collect::<Vec<_>>(), ["files", "flows", "settings", "texts"]);
}

/// Most lines a `#[tauri::command]`'s body may have: a command is a line or two over the
/// core (docs/architecture.md, "The desktop shell").
const COMMAND_LINES: usize = 5;

#[test]
fn shell_commands_are_one_liners() {
    let mut long = Vec::new();
    for file in rust_files(&repo().join("src-tauri/src")) {
        let text = read(&file);
        for (i, _) in text.match_indices("#[tauri::command]") {
            let after = &text[i..];
            let Some(open) =
                after.find(") -> ").or_else(|| after.find(") {")).and_then(|j| after[j..].find('{').map(|k| j + k))
            else {
                continue;
            };
            let body = &after[open + 1..];
            let end = body.find("\n}").unwrap_or(body.len());
            let lines = body[..end].lines().filter(|l| !l.trim().is_empty() && !l.trim().starts_with("//")).count();
            let name = after.split("fn ").nth(1).and_then(|s| s.split('(').next()).unwrap_or("?");
            if lines > COMMAND_LINES {
                long.push(format!("{}: `{name}` has {lines} lines", file.display()));
            }
        }
    }
    assert!(long.is_empty(), "commands that do more than call the core:\n{}", long.join("\n"));
}

#[test]
fn generated_documents_stay_out_of_the_product() {
    for file in rust_files(&repo().join("src-tauri/src")) {
        let text = product_part(&read(&file)).to_owned();
        let allowed = file.ends_with("bench.rs");
        assert!(allowed || !text.contains("generate::"), "{} uses the synthetic generator", file.display());
    }
    let lib = read(&repo().join("src/lib.rs"));
    assert!(lib.contains("#[cfg(any(test, feature = \"synthetic\"))]\npub mod generate;"), "generate is gated");
    let app = read(&repo().join("src-tauri/src/lib.rs"));
    assert!(app.contains("#[cfg(feature = \"test-hooks\")]\npub mod hooks;"), "the test hooks are gated");
    assert!(app.contains("#[cfg(feature = \"bench\")]\npub mod bench;"), "the benchmark's command is gated");
}
