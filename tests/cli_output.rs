//! The command-line tool when its output fails, for every subcommand and format: a pipe
//! whose reader is gone ends it quietly with exit 141, a full disk with one line on
//! standard error and exit 3, and neither ever panics. The outputs here are larger than a
//! pipe holds, or the pipe is closed before the tool starts, so each outcome is certain
//! and not a matter of timing.

use frontstage::export::json::to_string;
use frontstage::model::{FailKind, FailPoint};
use std::fs::{File, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

const EXIT_UNWRITABLE: i32 = 3;
const EXIT_CLOSED: i32 = 141;

/// More than the largest pipe buffer an unprivileged process can ask for (1 MiB on Linux;
/// the default is 64 KiB) and the first bytes a test reads, so a writer still has bytes to
/// write after the reader is gone.
const MORE_THAN_A_PIPE: usize = (1 << 20) + (64 << 10);

fn frontstage() -> Command {
    Command::new(env!("CARGO_BIN_EXE_frontstage"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A blueprint whose check and exports are each larger than [`MORE_THAN_A_PIPE`]: the
/// synthetic blueprint where every card is a fail point without a recovery and takes longer
/// than its tolerance, so the checker has two problems to report for each card.
fn big_blueprint(dir: &Path) -> PathBuf {
    let mut doc = frontstage::generate::synthetic(4000);
    for card in doc.cards.values_mut() {
        card.fail_point =
            Some(FailPoint { kind: FailKind::Process, description: String::new(), recovery: String::new() });
        card.duration_seconds = Some(100);
        card.tolerance_seconds = Some(10);
    }
    let path = dir.join("big.frontstage");
    frontstage::io::save_path(&path, &doc).unwrap();
    path
}

/// Every way to write to standard output: each subcommand and format, and clap's help and
/// version. `new` gets a fresh file each time it is run.
struct Commands {
    dir: tempfile::TempDir,
    big: PathBuf,
    created: std::cell::Cell<usize>,
}

impl Commands {
    fn new() -> Commands {
        let dir = tempfile::tempdir().unwrap();
        let big = big_blueprint(dir.path());
        Commands { dir, big, created: 0.into() }
    }

    /// The argument lists, with whether each writes more than a pipe holds.
    fn all(&self) -> Vec<(Vec<String>, bool)> {
        let big = self.big.display().to_string();
        let s = |args: &[&str]| args.iter().map(|a| a.to_string()).collect::<Vec<_>>();
        vec![
            (s(&["check", &big]), true),
            (s(&["check", "--format", "json", &big]), true),
            (s(&["check", "--lang", "zh-Hans", &big]), true),
            (s(&["export", &big, "--svg", "-"]), true),
            (s(&["export", &big, "--json", "-"]), true),
            (s(&["rules"]), false),
            (s(&["schema"]), false),
            (s(&["new", "--list"]), false),
            (s(&["new", &self.fresh().display().to_string()]), false),
            (s(&["--help"]), false),
            (s(&["--version"]), false),
        ]
    }

    fn fresh(&self) -> PathBuf {
        self.created.set(self.created.get() + 1);
        self.dir.path().join(format!("new-{}.frontstage", self.created.get()))
    }
}

fn no_panic(args: &[String], out: &Output) {
    assert_ne!(out.status.code(), Some(101), "{args:?} panicked: {}", text(&out.stderr));
    assert!(!text(&out.stderr).contains("panicked"), "{args:?}: {}", text(&out.stderr));
}

/// The files `new` made are whole: exactly the template's canonical text.
fn assert_created_whole(args: &[String]) {
    if args[0] == "new" && args[1] != "--list" {
        let written = std::fs::read_to_string(&args[1]).expect("the file was created");
        let template = frontstage::templates::template("bitner").unwrap();
        assert_eq!(written, to_string(&template), "{args:?}: the file is whole");
    }
}

#[test]
fn the_big_outputs_are_bigger_than_any_pipe() {
    let commands = Commands::new();
    for (args, big) in commands.all() {
        let out = frontstage().args(&args).output().unwrap();
        assert!(matches!(out.status.code(), Some(0 | 1)), "{args:?}: {}", text(&out.stderr));
        assert!(!big || out.stdout.len() > MORE_THAN_A_PIPE, "{args:?} wrote only {} bytes", out.stdout.len());
        assert!(!out.stdout.is_empty(), "{args:?} wrote nothing");
    }
}

#[test]
fn a_pipe_closed_before_the_first_byte_ends_the_program_quietly() {
    let commands = Commands::new();
    for (args, _) in commands.all() {
        // The reader is closed before the program starts, so its first write fails.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = frontstage().args(&args).stdout(writer).stderr(Stdio::piped()).output().unwrap();
        no_panic(&args, &out);
        assert_eq!(out.status.code(), Some(EXIT_CLOSED), "{args:?}: {}", text(&out.stderr));
        assert_eq!(text(&out.stderr), "", "{args:?} ends quietly");
        assert_created_whole(&args);
    }
}

#[test]
fn a_pipe_closed_after_the_first_bytes_ends_the_program_quietly() {
    let commands = Commands::new();
    // Only the outputs larger than a pipe holds (`the_big_outputs_are_bigger_than_any_pipe`):
    // a smaller one may be in the pipe whole before the reader goes.
    for (args, _) in commands.all().into_iter().filter(|(_, big)| *big) {
        let mut child: Child = frontstage().args(&args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let mut reader = child.stdout.take().unwrap();
        let mut first = [0u8; 4096];
        let n = reader.read(&mut first).unwrap();
        assert!(n > 0, "{args:?} wrote nothing");
        // Like `| head -c 4096`: the reader has what it wanted and goes away.
        drop(reader);
        let out = child.wait_with_output().unwrap();
        no_panic(&args, &out);
        assert_eq!(out.status.code(), Some(EXIT_CLOSED), "{args:?}: {}", text(&out.stderr));
        assert_eq!(text(&out.stderr), "", "{args:?} ends quietly");
    }
}

/// The device whose every write fails with "no space left"; only Linux and some other
/// Unixes have it.
fn dev_full() -> Option<File> {
    if !Path::new("/dev/full").exists() {
        eprintln!("SKIPPED: there is no /dev/full on this system, so the full-disk cases did not run");
        return None;
    }
    Some(OpenOptions::new().write(true).open("/dev/full").expect("open /dev/full"))
}

#[test]
fn a_full_disk_gives_exit_three_and_one_line_saying_so() {
    let commands = Commands::new();
    for (args, _) in commands.all() {
        let Some(full) = dev_full() else { return };
        let out = frontstage().args(&args).stdout(full).stderr(Stdio::piped()).output().unwrap();
        no_panic(&args, &out);
        assert_eq!(out.status.code(), Some(EXIT_UNWRITABLE), "{args:?}: {}", text(&out.stderr));
        assert_eq!(
            text(&out.stderr),
            "frontstage: cannot write to standard output: the disk is full\n",
            "{args:?}: one line saying what failed"
        );
        // For `new` the save came first: the file is there and whole though the message failed.
        assert_created_whole(&args);
    }
}

#[test]
fn a_failing_standard_error_does_not_panic_either() {
    let Some(_) = dev_full() else { return };
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.frontstage").display().to_string();
    let existing = dir.path().join("existing.frontstage");
    std::fs::write(&existing, "{}").unwrap();
    let existing = existing.display().to_string();
    for (args, code) in [
        (vec!["check", missing.as_str()], 2),
        (vec!["export", missing.as_str(), "--svg", "-"], 2),
        (vec!["new", existing.as_str()], EXIT_UNWRITABLE),
        (vec!["check", "--format", "yaml", missing.as_str()], 2),
    ] {
        let out = frontstage().args(&args).stderr(dev_full().unwrap()).output().unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}");
    }
    // Standard output closed and standard error full at once.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = frontstage().args(["rules"]).stdout(writer).stderr(dev_full().unwrap()).output().unwrap();
    assert_eq!(out.status.code(), Some(EXIT_CLOSED));
}

#[test]
fn export_writes_its_files_before_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/restaurant-en.frontstage");
    for (file_flag, stdout_flag) in [("--json", "--svg"), ("--svg", "--json")] {
        let file = dir.path().join(format!("out{file_flag}"));
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = frontstage()
            .arg("export")
            .arg(&src)
            .args([file_flag.as_ref(), file.as_os_str(), stdout_flag.as_ref(), "-".as_ref()])
            .stdout(writer)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(EXIT_CLOSED), "{}", text(&out.stderr));
        assert!(file.exists(), "{file_flag} was written though standard output was closed");
    }
}
