//! A seeded mutation fuzzer over the examples (docs/testing.md). Each case mutates an
//! example (tests/mutate/) and runs it through the library's entry points in-process:
//! loading explains itself or gives a consistent document, whose check (in both
//! languages), SVG (well-formed and inert) and canonical JSON (which loads back to itself)
//! all work. One case in `BINARY_EVERY` also runs the real command-line tool on it
//! (`check`, `check --format json`, `export --svg --json`) and holds it to the same
//! answers, its exit codes and the files it leaves.
//!
//! `FRONTSTAGE_FUZZ_CASES` (default 2500) and `FRONTSTAGE_FUZZ_SEED` make a longer or
//! another run; `FRONTSTAGE_FUZZ_ONLY=N` reruns case N of the seed alone. A failing case's
//! input is written to `target/tmp/fuzz-failures/`.

mod mutate;

use frontstage::export::{json, svg};
use frontstage::io::{load_bytes, load_str};
use frontstage::model::{Language, Severity};
use frontstage::rules;
use mutate::{Kind, Rng};
use rand::{RngExt, SeedableRng};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const DEFAULT_CASES: u64 = 2500;
const DEFAULT_SEED: u64 = 0x5eed_f00d;
/// Spawning the binary costs far more than the in-process checks, so only a sample does.
const BINARY_EVERY: u64 = 12;
/// A case still running after this long is a hang (a debug build takes milliseconds).
const HANG: Duration = Duration::from_secs(60);
/// Reported failures; past this many the rest only count.
const MAX_REPORTED: usize = 10;

fn env_number(name: &str) -> Option<u64> {
    let value = std::env::var(name).ok()?;
    let parsed = match value.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => value.parse(),
    };
    Some(parsed.unwrap_or_else(|_| panic!("{name}={value} is not a number")))
}

fn examples() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "frontstage"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    out.sort();
    assert!(out.len() >= 4, "the examples are missing from {}", dir.display());
    out
}

struct Case {
    index: u64,
    example: String,
    kinds: Vec<Kind>,
    bytes: Vec<u8>,
}

/// Case `index` of `seed`, the same on every run whatever else runs.
fn case(seed: u64, index: u64, examples: &[(String, Vec<u8>)]) -> Case {
    let mut rng = Rng::seed_from_u64(seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let (example, text) = &examples[rng.random_range(0..examples.len())];
    let (kinds, bytes) = mutate::mutate(&mut rng, text);
    Case { index, example: example.clone(), kinds, bytes }
}

/// What the library made of a case, which the binary must agree with.
enum Expected {
    Unreadable,
    Loaded { errors: usize, warnings: usize, notes: usize, profile: &'static str, svg: String, json: String },
}

fn in_process(bytes: &[u8]) -> Result<Expected, String> {
    let doc = match load_bytes(bytes) {
        Ok(doc) => doc,
        Err(e) if e.to_string().trim().is_empty() || e.code().is_empty() => {
            return Err(format!("load error without a message: {e:?}"))
        }
        Err(_) => return Ok(Expected::Unreadable),
    };
    if !doc.inconsistencies().is_empty() {
        return Err(format!("loaded an inconsistent document: {:?}", doc.inconsistencies()));
    }
    let diagnostics = rules::check(&doc);
    // The same problems in the other language: its messages are written by other code.
    if rules::check_in(&doc, Language::SimplifiedChinese).len() != diagnostics.len() {
        return Err("the check finds other problems in Chinese".into());
    }
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let svg = svg::to_svg(&doc);
    inert_svg(&svg)?;
    let json = json::to_string(&doc);
    match load_str(&json) {
        Ok(back) if json::to_string(&back) == json => {}
        Ok(_) => return Err("the canonical JSON loads as another document".into()),
        Err(e) => return Err(format!("the canonical JSON does not load: {e}")),
    }
    Ok(Expected::Loaded {
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        notes: count(Severity::Info),
        profile: doc.profile.key(),
        svg,
        json,
    })
}

/// Well-formed SVG that can do nothing when opened: no script, no event attribute, no
/// foreign or embedded content, no style sheet, no reference outside the file.
fn inert_svg(svg: &str) -> Result<(), String> {
    let doc = roxmltree::Document::parse(svg).map_err(|e| format!("SVG is not well-formed XML: {e}"))?;
    if doc.root_element().tag_name().name() != "svg" {
        return Err("the SVG's root is not <svg>".into());
    }
    for n in doc.descendants().filter(|n| n.is_element()) {
        let tag = n.tag_name().name().to_ascii_lowercase();
        if matches!(tag.as_str(), "script" | "foreignobject" | "style" | "iframe" | "image" | "use" | "a" | "object") {
            return Err(format!("<{tag}> in the SVG"));
        }
        for a in n.attributes() {
            let (name, value) = (a.name().to_ascii_lowercase(), a.value().to_ascii_lowercase());
            let external_url = value.match_indices("url(").any(|(i, _)| !value[i + 4..].trim_start().starts_with('#'));
            if name.starts_with("on")
                || (name == "href" && !value.starts_with('#'))
                || external_url
                || value.contains("javascript:")
            {
                return Err(format!("<{tag} {}=\"{}\"> in the SVG", a.name(), a.value()));
            }
        }
    }
    if svg.to_ascii_lowercase().contains("<script") {
        return Err("<script in the SVG's text".into());
    }
    Ok(())
}

/// A worker's two folders: the one the binary works in (only the input and the outputs it
/// was asked for may be left there) and the one its standard streams go to.
struct Dirs {
    work: tempfile::TempDir,
    streams: tempfile::TempDir,
}

struct Run {
    status: ExitStatus,
    stdout: Vec<u8>,
    stderr: String,
}

fn run_binary(dirs: &Dirs, args: &[&str]) -> Result<Run, String> {
    let out_path = dirs.streams.path().join("stdout");
    let err_path = dirs.streams.path().join("stderr");
    let file = |p: &Path| std::fs::File::create(p).map(Stdio::from).map_err(|e| e.to_string());
    let mut child = Command::new(env!("CARGO_BIN_EXE_frontstage"))
        .args(args)
        .current_dir(dirs.work.path())
        .stdin(Stdio::null())
        .stdout(file(&out_path)?)
        .stderr(file(&err_path)?)
        .spawn()
        .map_err(|e| format!("cannot run frontstage: {e}"))?;
    // Polled rather than waited for, so a hang fails the case instead of the whole run.
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > HANG {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("frontstage {args:?} still ran after {HANG:?}"));
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    let stdout = std::fs::read(&out_path).map_err(|e| e.to_string())?;
    let stderr = String::from_utf8_lossy(&std::fs::read(&err_path).map_err(|e| e.to_string())?).into_owned();
    Ok(Run { status, stdout, stderr })
}

fn binary(dirs: &Dirs, bytes: &[u8], expected: &Expected) -> Result<(), String> {
    let work = dirs.work.path();
    for entry in std::fs::read_dir(work).map_err(|e| e.to_string())?.flatten() {
        std::fs::remove_file(entry.path()).map_err(|e| e.to_string())?;
    }
    std::fs::write(work.join("in.frontstage"), bytes).map_err(|e| e.to_string())?;
    let commands: [&[&str]; 3] = [
        &["check", "in.frontstage"],
        &["check", "--format", "json", "in.frontstage"],
        &["export", "in.frontstage", "--svg", "out.svg", "--json", "out.json"],
    ];
    for args in commands {
        let run = run_binary(dirs, args)?;
        let code = run.status.code();
        let said = |what: &str| format!("frontstage {args:?}: {what} (exit {code:?}, stderr: {})", run.stderr.trim());
        if !matches!(code, Some(0..=3)) || run.stderr.contains("panicked") {
            return Err(said("crashed"));
        }
        let stdout = String::from_utf8(run.stdout.clone()).map_err(|_| said("stdout is not UTF-8"))?;
        match (expected, args[0], args.get(1) == Some(&"--format")) {
            (Expected::Unreadable, _, _) => {
                if code != Some(2) || run.stderr.trim().is_empty() || !stdout.is_empty() {
                    return Err(said("an unreadable file must give exit 2 and a message, and print nothing"));
                }
            }
            (Expected::Loaded { errors, .. }, "check", _) if code != Some(if *errors > 0 { 1 } else { 0 }) => {
                return Err(said(&format!("{errors} error(s) in-process")));
            }
            (Expected::Loaded { errors, warnings, notes, profile, .. }, "check", true) => {
                let report: serde_json::Value =
                    serde_json::from_str(&stdout).map_err(|e| said(&format!("the JSON report does not parse: {e}")))?;
                let found = report["diagnostics"].as_array().map_or(usize::MAX, Vec::len);
                if found != errors + warnings + notes || report["profile"] != *profile {
                    return Err(said("the JSON report differs from the in-process check"));
                }
            }
            (Expected::Loaded { errors, warnings, notes, .. }, "check", false) => {
                let counts = format!("{errors} error(s), {warnings} warning(s), {notes} note(s)");
                if !stdout.split('\n').next().is_some_and(|first| first.ends_with(&counts)) {
                    return Err(said(&format!("the report's first line does not end with {counts:?}")));
                }
                if let Some(c) = stdout.chars().find(|&c| (c.is_control() && c != '\n') || is_bidi_control(c)) {
                    return Err(said(&format!("{c:?} reached the terminal raw")));
                }
            }
            (Expected::Loaded { svg, json, .. }, _, _) => {
                if code != Some(0) {
                    return Err(said("export of a loadable file failed"));
                }
                let read = |name: &str| std::fs::read_to_string(work.join(name)).unwrap_or_default();
                if read("out.svg") != *svg || read("out.json") != *json {
                    return Err(said("the exported files differ from the library's export"));
                }
            }
        }
    }
    let mut left: Vec<String> = std::fs::read_dir(work)
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    let wanted: &[&str] = match expected {
        Expected::Unreadable => &["in.frontstage"],
        Expected::Loaded { .. } => &["in.frontstage", "out.json", "out.svg"],
    };
    if left != wanted {
        return Err(format!("files left in the folder: {left:?}, expected {wanted:?}"));
    }
    Ok(())
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Runs one case; `Ok` says whether the mutated file loaded, `Err` what went wrong.
fn run_case(case: &Case, dirs: &Dirs) -> Result<bool, String> {
    let expected = catch_unwind(AssertUnwindSafe(|| in_process(&case.bytes))).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        format!("panicked in-process: {message}")
    })??;
    if case.index.is_multiple_of(BINARY_EVERY) {
        binary(dirs, &case.bytes, &expected)?;
    }
    Ok(matches!(expected, Expected::Loaded { .. }))
}

struct Failure {
    index: u64,
    report: String,
}

/// Saves the failing input where a person can find it and says how to rerun it.
fn failure(seed: u64, case: &Case, message: &str) -> Failure {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures");
    let file: PathBuf = dir.join(format!("seed-{seed:x}-case-{}.frontstage", case.index));
    let saved = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&file, &case.bytes));
    let place = match saved {
        Ok(()) => file.display().to_string(),
        Err(e) => format!("not saved: {e}"),
    };
    Failure {
        index: case.index,
        report: format!(
            "case {} ({} with {:?}, FRONTSTAGE_FUZZ_SEED={seed:#x} FRONTSTAGE_FUZZ_ONLY={}): {message}\n  input: {place}",
            case.index, case.example, case.kinds, case.index
        ),
    }
}

/// What a worker is doing: the case it started and when, for the hang watchdog.
#[derive(Default)]
struct Progress {
    case: AtomicU64,
    started_ms: AtomicU64,
}

#[test]
fn mutated_examples_never_crash_the_core_or_the_binary() {
    let seed = env_number("FRONTSTAGE_FUZZ_SEED").unwrap_or(DEFAULT_SEED);
    let cases: Vec<u64> = match env_number("FRONTSTAGE_FUZZ_ONLY") {
        Some(only) => vec![only],
        None => (0..env_number("FRONTSTAGE_FUZZ_CASES").unwrap_or(DEFAULT_CASES)).collect(),
    };
    let examples = Arc::new(examples());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).min(cases.len().max(1));
    let failures: Arc<Mutex<Vec<Failure>>> = Arc::default();
    let progress: Arc<Vec<Progress>> = Arc::new((0..workers).map(|_| Progress::default()).collect());
    // How many mutated files still loaded, so a run that only ever exercises the parser shows.
    let loaded: Arc<AtomicU64> = Arc::default();
    let epoch = Instant::now();
    let mut handles = Vec::new();
    for w in 0..workers {
        let mine: Vec<u64> = cases.iter().copied().skip(w).step_by(workers).collect();
        let (examples, failures, progress, loaded) =
            (examples.clone(), failures.clone(), progress.clone(), loaded.clone());
        let handle = std::thread::Builder::new()
            .name(format!("fuzz-{w}"))
            // The stack a command-line tool's main thread gets on Linux, not a test thread's 2 MiB.
            .stack_size(8 << 20)
            .spawn(move || {
                let dirs = Dirs { work: tempfile::tempdir().unwrap(), streams: tempfile::tempdir().unwrap() };
                for index in mine {
                    progress[w].case.store(index, Ordering::SeqCst);
                    progress[w].started_ms.store(epoch.elapsed().as_millis() as u64 + 1, Ordering::SeqCst);
                    let case = case(seed, index, &examples);
                    match run_case(&case, &dirs) {
                        Ok(true) => _ = loaded.fetch_add(1, Ordering::SeqCst),
                        Ok(false) => {}
                        Err(message) => failures.lock().unwrap().push(failure(seed, &case, &message)),
                    }
                }
                progress[w].started_ms.store(0, Ordering::SeqCst);
            })
            .unwrap();
        handles.push(handle);
    }
    // Watch for a hang: a thread cannot be stopped, so the test fails without joining it.
    while !handles.iter().all(|h| h.is_finished()) {
        std::thread::sleep(Duration::from_millis(50));
        for p in progress.iter() {
            let started = p.started_ms.load(Ordering::SeqCst);
            if started > 0 && epoch.elapsed().as_millis() as u64 > started + HANG.as_millis() as u64 {
                let index = p.case.load(Ordering::SeqCst);
                let stuck = case(seed, index, &examples);
                panic!("{}", failure(seed, &stuck, &format!("still running after {HANG:?}")).report);
            }
        }
    }
    for h in handles {
        h.join().expect("a fuzz worker died");
    }
    let mut failures = std::mem::take(&mut *failures.lock().unwrap());
    failures.sort_by_key(|f| f.index);
    eprintln!(
        "fuzz: {} cases, {} of them loadable (seed {seed:#x}, 1 in {BINARY_EVERY} also through the binary) in {:.1?}",
        cases.len(),
        loaded.load(Ordering::SeqCst),
        epoch.elapsed()
    );
    let shown: Vec<&str> = failures.iter().take(MAX_REPORTED).map(|f| f.report.as_str()).collect();
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), shown.join("\n"));
}
