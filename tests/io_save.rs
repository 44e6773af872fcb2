//! Saving is atomic: the target is always the old document or the new one, whole.

mod io_common;

use frontstage::export::json::to_string;
use frontstage::io::{load_path, save_path, write_atomically, SaveError};
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

/// The kind of what is at `path` itself, a link not followed.
#[cfg(unix)]
fn kind(path: &Path) -> fs::FileType {
    fs::symlink_metadata(path).unwrap().file_type()
}

/// A named pipe at `path`, made by the system's `mkfifo`.
#[cfg(unix)]
fn make_fifo(path: &Path) {
    assert!(Command::new("mkfifo").arg(path).status().unwrap().success(), "mkfifo {}", path.display());
}

/// Runs `f` on a thread and returns what it returns; fails the test if it has not
/// returned in a generous time, the failure being a hang.
#[cfg(unix)]
fn within<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    use std::sync::mpsc::RecvTimeoutError;
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || tx.send(f()));
    match rx.recv_timeout(Duration::from_secs(20)) {
        Ok(value) => value,
        Err(RecvTimeoutError::Timeout) => panic!("{what}: still waiting after 20 s"),
        Err(RecvTimeoutError::Disconnected) => panic!("{what}: the thread panicked"),
    }
}

/// The whole text reaches the pipe's reader, even one larger than a pipe holds (the writer
/// waits for the reader), and the pipe stays a pipe: nothing is renamed over it.
#[cfg(unix)]
#[test]
fn saving_to_a_named_pipe_gives_its_reader_the_whole_text_and_keeps_the_pipe() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("pipe.svg");
    make_fifo(&pipe);
    let text = to_string(&io_common::big(2000));
    assert!(text.len() > 256 * 1024, "more than a pipe's buffer");

    let reader = std::thread::spawn({
        let pipe = pipe.clone();
        move || fs::read_to_string(pipe).unwrap()
    });
    let (saving, bytes) = (pipe.clone(), text.clone());
    within("saving to a pipe with a reader", move || save_to_pipe(&saving, bytes.as_bytes())).unwrap();
    let read = within("the pipe's reader", move || reader.join().unwrap());
    assert!(read == text, "the reader got other text");
    assert!(kind(&pipe).is_fifo());
    assert!(others(dir.path(), &["pipe.svg"]).is_empty());
}

/// Saves to a pipe whose reader is being started on another thread: until that thread has
/// opened the pipe, the pipe has no reader.
#[cfg(unix)]
fn save_to_pipe(pipe: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match write_atomically(pipe, bytes) {
            Err(SaveError::NoReader { .. }) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(10))
            }
            result => return result,
        }
    }
}

/// A reader that stops before the end: the save says so, and that part of the text went.
#[cfg(unix)]
#[test]
fn a_pipe_reader_stopping_early_is_reported_as_such() {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("pipe.svg");
    make_fifo(&pipe);
    let reader = std::thread::spawn({
        let pipe = pipe.clone();
        move || {
            let mut start = [0; 16];
            fs::File::open(pipe).unwrap().read_exact(&mut start).unwrap();
            start // the pipe is closed on return
        }
    });
    let text = to_string(&io_common::big(2000));
    let (saving, bytes) = (pipe.clone(), text.clone());
    let err =
        within("saving to a pipe whose reader stops", move || save_to_pipe(&saving, bytes.as_bytes())).unwrap_err();
    assert_eq!(within("the pipe's reader", move || reader.join().unwrap()), text.as_bytes()[..16]);
    assert_eq!(err.code(), "no_reader");
    assert_eq!(
        err.to_string(),
        format!(
            "Cannot save to {}: writing to the named pipe failed: the reader stopped reading before the end. \
             Part of the text may have been written to it.",
            pipe.display()
        )
    );
    assert!(kind(&pipe).is_fifo());
}

/// A pipe nobody reads would block an ordinary open forever: the save fails at once,
/// saying so, and the pipe stays.
#[cfg(unix)]
#[test]
fn saving_to_a_named_pipe_nobody_reads_fails_at_once_and_keeps_the_pipe() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("pipe.svg");
    make_fifo(&pipe);
    let saving = pipe.clone();
    let err = within("saving to a pipe without a reader", move || write_atomically(&saving, b"<svg/>")).unwrap_err();
    assert_eq!(err.code(), "no_reader");
    assert_eq!(
        err.to_string(),
        format!("Cannot save to {}: it is a named pipe and nothing is reading from it.", pipe.display())
    );
    assert!(kind(&pipe).is_fifo());
    assert!(others(dir.path(), &["pipe.svg"]).is_empty());
}

/// `/dev/null` takes the text and stays the device, directly or through a link; a device
/// that refuses the text gives its cause once.
#[cfg(unix)]
#[test]
fn saving_to_a_character_device_writes_through_and_keeps_the_device() {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let null = Path::new("/dev/null");
    let before = fs::symlink_metadata(null).unwrap();
    assert!(before.file_type().is_char_device());
    save_path(null, &io_common::sample()).unwrap();
    let after = fs::symlink_metadata(null).unwrap();
    assert!(after.file_type().is_char_device());
    assert_eq!((after.rdev(), after.mode(), after.uid()), (before.rdev(), before.mode(), before.uid()));

    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("out.svg");
    std::os::unix::fs::symlink(null, &link).unwrap();
    write_atomically(&link, b"<svg/>").unwrap();
    assert!(kind(&link).is_symlink());
    assert!(kind(null).is_char_device());
    assert!(others(dir.path(), &["out.svg"]).is_empty());

    // Every write to /dev/full fails as if the disk were full.
    let full = Path::new("/dev/full");
    if kind(full).is_char_device() {
        let err = write_atomically(full, b"<svg/>").unwrap_err();
        assert_eq!(err.code(), "disk_full");
        assert_eq!(
            err.to_string(),
            "Cannot save to /dev/full: writing to the character device failed: the disk is full. \
             Part of the text may have been written to it."
        );
        assert!(kind(full).is_char_device());
    }
}

/// A socket's listener gets the text; with nobody listening the save is refused plainly.
/// The socket stays either way.
#[cfg(unix)]
#[test]
fn saving_to_a_socket_gives_its_listener_the_text_and_keeps_the_socket() {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    use std::os::unix::net::UnixListener;
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("export.sock");
    let listener = UnixListener::bind(&socket).unwrap();
    let listening = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut text = String::new();
        stream.read_to_string(&mut text).unwrap();
        text // the listener is closed on return
    });
    let text = to_string(&io_common::big(500));
    let (saving, bytes) = (socket.clone(), text.clone());
    within("saving to a socket", move || write_atomically(&saving, bytes.as_bytes())).unwrap();
    let read = within("the socket's listener", move || listening.join().unwrap());
    assert!(read == text, "the listener got other text");
    assert!(kind(&socket).is_socket());

    let err = write_atomically(&socket, b"<svg/>").unwrap_err();
    assert_eq!(err.code(), "no_reader");
    assert_eq!(
        err.to_string(),
        format!("Cannot save to {}: it is a socket and nothing is listening on it.", socket.display())
    );
    assert!(kind(&socket).is_socket());
    assert!(others(dir.path(), &["export.sock"]).is_empty());
}

/// A disk is refused before it is opened. The node made here names the first loop device;
/// making one needs root (this machine's tests run as root), so elsewhere the test says it
/// did not run.
#[cfg(unix)]
#[test]
fn saving_to_a_disk_is_refused_and_the_node_kept() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let disk = dir.path().join("disk");
    let made = Command::new("mknod").arg(&disk).args(["b", "7", "0"]).stderr(Stdio::null()).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("not run: making a block device node needs root");
        return;
    }
    let err = save_path(&disk, &io_common::sample()).unwrap_err();
    assert_eq!(err.code(), "block_device");
    assert_eq!(
        err.to_string(),
        format!("Cannot save to {}: it is a disk or a partition (a block device), not a file.", disk.display())
    );
    assert!(kind(&disk).is_block_device());
    assert!(others(dir.path(), &["disk"]).is_empty());
}

/// A link to nothing is refused, naming where it points; neither the link nor its target
/// becomes a file.
#[cfg(unix)]
#[test]
fn saving_through_a_link_to_nothing_is_refused_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("current.frontstage");
    let missing = dir.path().join("moved.frontstage");
    std::os::unix::fs::symlink(&missing, &link).unwrap();
    let err = save_path(&link, &io_common::sample()).unwrap_err();
    assert_eq!(err.code(), "dangling_link");
    assert_eq!(
        err.to_string(),
        format!(
            "Cannot save to {}: it is a symbolic link to {}, which does not exist.",
            link.display(),
            missing.display()
        )
    );
    assert!(kind(&link).is_symlink());
    assert_eq!(fs::read_link(&link).unwrap(), missing);
    assert!(others(dir.path(), &["current.frontstage"]).is_empty(), "nothing created");

    // A link to itself leads nowhere either.
    let looped = dir.path().join("loop.frontstage");
    std::os::unix::fs::symlink(&looped, &looped).unwrap();
    let err = save_path(&looped, &io_common::sample()).unwrap_err();
    assert_eq!(err.code(), "dangling_link");
    assert!(err.to_string().contains("which cannot be reached: too many levels of symbolic links"), "{err}");
    assert!(kind(&looped).is_symlink());
}

/// The new file keeps the old one's owner, group and mode, set-id bits included. Root
/// gives the file to another user first (65534, "nobody"); anyone else cannot give a file
/// away, and then it stays theirs.
#[cfg(unix)]
#[test]
fn saving_over_a_file_keeps_its_owner_group_and_mode() {
    use std::os::unix::fs::{chown, MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.frontstage");
    save_path(&path, &io_common::big(50)).unwrap();
    let root = fs::metadata(&path).unwrap().uid() == 0;
    if root {
        chown(&path, Some(65534), Some(65534)).unwrap();
    }
    fs::set_permissions(&path, fs::Permissions::from_mode(0o2750)).unwrap();
    let before = fs::metadata(&path).unwrap();
    let doc = io_common::sample();
    save_path(&path, &doc).unwrap();
    let after = fs::metadata(&path).unwrap();
    assert_ne!(after.ino(), before.ino(), "a new file, renamed over the old one");
    assert_eq!((after.uid(), after.gid()), (before.uid(), before.gid()));
    if root {
        assert_eq!((after.uid(), after.gid()), (65534, 65534));
    }
    assert_eq!(after.permissions().mode() & 0o7777, 0o2750);
    assert_eq!(fs::read_to_string(&path).unwrap(), to_string(&doc));
    assert!(others(dir.path(), &["doc.frontstage"]).is_empty());
}

/// A failed write's message names the path once and the cause once: not the temporary
/// file's path besides, and with no promise about a previous version that never was.
#[cfg(unix)]
#[test]
fn a_failed_write_names_the_path_and_the_cause_once() {
    const ROLE: &str = "FRONTSTAGE_TEST_WRITE_MESSAGE";
    if let Some(target) = std::env::var_os(ROLE) {
        // Child role: writes above the limit fail with EFBIG.
        let target = Path::new(&target);
        let err = write_atomically(target, &[b' '; 200_000]).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("Cannot save {}: writing failed: file too large (os error 27).", target.display())
        );
        assert!(others(target.parent().unwrap(), &[]).is_empty());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("new.svg");
    let out = child("a_failed_write_names_the_path_and_the_cause_once", (ROLE, &target), "trap '' XFSZ; ulimit -f 64")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 passed"), "the child did not run the test");
    assert!(others(dir.path(), &[]).is_empty());
}
