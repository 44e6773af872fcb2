//! Saving is atomic: the target is always the old document or the new one, whole.

mod io_common;

use frontstage::export::json::to_string;
use frontstage::io::{load_path, save_path, write_atomically};
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Names in `dir` other than the expected ones (e.g. leftover temporary files).
fn others(dir: &Path, expected: &[&str]) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !expected.contains(&n.as_str()))
        .collect()
}

#[test]
fn save_then_load_is_the_identity_and_writes_the_canonical_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hotel.frontstage");
    let doc = io_common::sample();
    save_path(&path, &doc).unwrap();
    assert_eq!(load_path(&path).unwrap(), doc);
    assert_eq!(fs::read_to_string(&path).unwrap(), to_string(&doc));
    assert!(others(dir.path(), &["hotel.frontstage"]).is_empty());
}

#[test]
fn saving_over_an_existing_file_replaces_it_and_keeps_its_permissions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.frontstage");
    save_path(&path, &io_common::big(50)).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    }
    let doc = io_common::sample();
    save_path(&path, &doc).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), to_string(&doc));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
    }
    assert!(others(dir.path(), &["doc.frontstage"]).is_empty());
}

#[cfg(unix)]
#[test]
fn saving_through_a_symlink_replaces_the_linked_file() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.frontstage");
    let link = dir.path().join("link.frontstage");
    fs::write(&real, "old").unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    save_path(&link, &io_common::sample()).unwrap();
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(load_path(&real).unwrap(), io_common::sample());
}

#[test]
fn a_failed_save_reports_the_path_and_leaves_everything_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let doc = io_common::sample();

    // The folder does not exist.
    let missing = dir.path().join("no-such-folder").join("doc.frontstage");
    let err = save_path(&missing, &doc).unwrap_err();
    assert_eq!(err.code(), "not_found");
    assert!(err.to_string().contains("no-such-folder"), "{err}");
    assert!(err.to_string().contains("does not exist"), "{err}");

    // The "folder" is a file (root ignores permission bits, so this is the reliable way
    // to make the write fail). The file in the way is untouched.
    let blocker = dir.path().join("blocker");
    fs::write(&blocker, "not a folder").unwrap();
    let err = save_path(&blocker.join("doc.frontstage"), &doc).unwrap_err();
    assert_eq!(err.code(), "not_found");
    assert!(err.to_string().contains("blocker is a file, not a folder"), "{err}");
    assert_eq!(fs::read_to_string(&blocker).unwrap(), "not a folder");

    // The target is a folder: refused, folder kept.
    let folder = dir.path().join("folder.frontstage");
    fs::create_dir(&folder).unwrap();
    let err = save_path(&folder, &doc).unwrap_err();
    assert_eq!(err.code(), "not_a_file");
    assert!(folder.is_dir());
    assert!(others(dir.path(), &["blocker", "folder.frontstage"]).is_empty());
}

/// Runs one test of this binary again in a child process, with `env` set so the test
/// plays its child role; `shell` is run before, in the same process (e.g. `ulimit`).
#[cfg(unix)]
fn child(test: &str, env: (&str, &Path), shell: &str) -> Command {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("{shell}\nexec \"$0\" --exact \"$1\" --nocapture --test-threads=1"))
        .arg(std::env::current_exe().unwrap())
        .arg(test)
        .env(env.0, env.1);
    cmd
}

/// A write that fails half way (the file size limit stands in for a full disk) leaves the
/// old file whole and no temporary file behind.
#[cfg(unix)]
#[test]
fn a_write_failing_half_way_leaves_the_old_file_and_no_temporary_file() {
    const ROLE: &str = "FRONTSTAGE_TEST_FAILING_WRITE";
    let old = io_common::sample();
    if let Some(target) = std::env::var_os(ROLE) {
        // Child role: writes above the limit fail with EFBIG.
        let target = Path::new(&target);
        let err = save_path(target, &io_common::big(2000)).unwrap_err();
        assert_eq!(err.code(), "io", "{err}");
        assert!(err.to_string().contains(&target.display().to_string()), "{err}");
        assert!(err.to_string().contains("unchanged"), "{err}");
        assert_eq!(load_path(target).unwrap(), old);
        assert!(others(target.parent().unwrap(), &["doc.frontstage"]).is_empty());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("doc.frontstage");
    save_path(&target, &old).unwrap();
    // Ignoring SIGXFSZ turns "file too large" into an error the save sees.
    let out = child(
        "a_write_failing_half_way_leaves_the_old_file_and_no_temporary_file",
        (ROLE, &target),
        "trap '' XFSZ; ulimit -f 64",
    )
    .output()
    .unwrap();
    assert!(out.status.success(), "{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 passed"), "the child did not run the test");
    assert_eq!(load_path(&target).unwrap(), old);
}

/// A process killed at a random moment while saving over and over leaves the target as
/// one of the two documents, whole, every time.
#[cfg(unix)]
#[test]
fn saving_survives_being_killed_at_any_moment() {
    const ROLE: &str = "FRONTSTAGE_TEST_SAVE_LOOP";
    const SAVING: &str = "frontstage-test: saving";
    let a = io_common::big(3000);
    let mut b = io_common::big(3000);
    b.title = "The other version".into();
    let (text_a, text_b) = (to_string(&a), to_string(&b));
    if let Some(target) = std::env::var_os(ROLE) {
        // Child role: say when the saving starts, then write the two versions in turn until
        // killed. Serialized once, so that the kills land in what makes a save atomic
        // (write_atomically, which save_path ends with) rather than in building the JSON.
        let target = Path::new(&target);
        println!("{SAVING}");
        std::io::stdout().flush().unwrap();
        loop {
            write_atomically(target, text_b.as_bytes()).unwrap();
            write_atomically(target, text_a.as_bytes()).unwrap();
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("doc.frontstage");
    save_path(&target, &a).unwrap();
    // One write's length on this machine.
    let timed = Instant::now();
    write_atomically(&target, text_a.as_bytes()).unwrap();
    let write_ms = timed.elapsed().as_millis() as u64 + 1;

    let mut seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1;
    let mut random = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let started = Instant::now();
    let (mut kills, mut seen_a, mut seen_b, mut interrupted) = (0, 0, 0, 0);
    // Stop once enough kills landed mid-save; the time bound keeps a slow machine in check.
    while !(kills >= 30 && interrupted >= 3) && kills < 200 && started.elapsed() < Duration::from_secs(8) {
        let mut proc = child("saving_survives_being_killed_at_any_moment", (ROLE, &target), "")
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        // Anywhere in the child's first two writes: a fixed delay from the spawn missed them
        // where starting the child and building its documents took longer than the delay.
        let mut out = BufReader::new(proc.stdout.take().unwrap());
        let mut line = String::new();
        while !line.contains(SAVING) {
            line.clear();
            assert!(out.read_line(&mut line).unwrap() > 0, "the child ended before saving");
        }
        std::thread::sleep(Duration::from_millis(random(2 * write_ms)));
        proc.kill().unwrap(); // SIGKILL: no destructor, no cleanup runs
        proc.wait().unwrap();
        kills += 1;
        let now = fs::read_to_string(&target).unwrap();
        if now == text_a {
            seen_a += 1;
        } else if now == text_b {
            seen_b += 1;
        } else {
            panic!("after kill {kills} the file is neither version ({} bytes)", now.len());
        }
        // A kill mid-save leaves its temporary file (nothing can remove it); it is
        // dot-named after the target, and never mistaken for it.
        for name in others(dir.path(), &["doc.frontstage"]) {
            assert!(name.starts_with(".doc.frontstage.") && name.ends_with(".tmp"), "{name}");
            fs::remove_file(dir.path().join(name)).unwrap();
            interrupted += 1;
        }
    }
    eprintln!("{kills} kills: {seen_a} old, {seen_b} new, {interrupted} interrupted mid-save");
    assert!(kills >= 10, "only {kills} kills in the time");
    assert!(interrupted > 0, "no kill landed in the middle of a save");
}

/// A path ending in a separator names a folder: refused up front, with no talk of a
/// previous version that never existed, and nothing written.
#[test]
fn a_path_naming_a_folder_is_refused_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plans/");
    let doc = frontstage::generate::synthetic(3);
    let err = frontstage::io::save_path(&path, &doc).expect_err("a folder path");
    assert_eq!(err.code(), "invalid_path");
    assert!(!err.to_string().contains("previous version"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing written");
}
