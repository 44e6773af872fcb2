//! `frontstage export --png` as a script would use it: the file written and its size, what
//! is refused, and exit codes.

use resvg::tiny_skia::Pixmap;
use std::path::Path;
use std::process::{Command, Output};

fn frontstage(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_frontstage")).args(args).output().expect("run frontstage")
}

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples").join(name).display().to_string()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn size(png: &[u8]) -> (u32, u32) {
    let picture = Pixmap::decode_png(png).expect("a PNG");
    (picture.width(), picture.height())
}

/// What a folder holds, by name.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[test]
fn png_writes_a_picture_of_the_size_asked() {
    let dir = tempfile::tempdir().unwrap();
    let file = example("restaurant-zh.frontstage");
    let out = |name: &str| dir.path().join(name).display().to_string();
    let run = |extra: &[&str], name: &str| {
        let target = out(name);
        let mut args = vec!["export", file.as_str(), "--png", target.as_str()];
        args.extend_from_slice(extra);
        let result = frontstage(&args);
        assert_eq!(result.status.code(), Some(0), "{extra:?}: {}", text(&result.stderr));
        assert!(result.stdout.is_empty() && result.stderr.is_empty(), "{extra:?} says nothing");
        std::fs::read(&target).unwrap()
    };
    let one = size(&run(&[], "1.png"));
    assert_eq!(size(&run(&["--scale", "2"], "2.png")), (2 * one.0, 2 * one.1));
    assert_eq!(size(&run(&["--scale", "4"], "4.png")), (4 * one.0, 4 * one.1));
    let (w, h) = size(&run(&["--width", "600"], "600.png"));
    assert_eq!(w, 600);
    assert!((h as f32 - 600.0 * one.1 as f32 / one.0 as f32).abs() <= 1.0, "{h}");
    let clear = Pixmap::decode_png(&run(&["--transparent"], "clear.png")).unwrap();
    assert_eq!(clear.pixel(0, 0).unwrap().alpha(), 0);
    // To standard output, the same bytes as to a file.
    let piped = frontstage(&["export", &file, "--png", "-"]);
    assert_eq!(piped.status.code(), Some(0));
    assert_eq!(piped.stdout, std::fs::read(out("1.png")).unwrap());
    assert_eq!(listing(dir.path()), ["1.png", "2.png", "4.png", "600.png", "clear.png"]);
}

#[test]
fn an_unwritable_png_exits_3_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = example("restaurant-en.frontstage");
    let a_file = dir.path().join("a-file");
    std::fs::write(&a_file, "x").unwrap();
    let a_folder = dir.path().join("a-folder");
    std::fs::create_dir(&a_folder).unwrap();
    let mut targets = vec![a_file.join("out.png"), a_folder.clone(), dir.path().join("no-such-folder").join("out.png")];
    if Path::new("/dev/full").exists() {
        targets.push("/dev/full".into());
    }
    for target in &targets {
        let t = target.to_str().unwrap();
        let out = frontstage(&["export", &file, "--png", t]);
        assert_eq!(out.status.code(), Some(3), "{t}: {}", text(&out.stderr));
        let stderr = text(&out.stderr);
        assert!(stderr.starts_with("frontstage: Cannot save"), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
    // Nothing was left behind: no temporary file, no half-written picture.
    assert_eq!(listing(dir.path()), ["a-file", "a-folder"]);
    assert!(listing(&a_folder).is_empty());
    assert_eq!(std::fs::read(&a_file).unwrap(), b"x");
}

#[test]
fn png_never_writes_over_the_blueprint_or_another_output() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.frontstage");
    std::fs::copy(example("restaurant-en.frontstage"), &file).unwrap();
    let before = std::fs::read(&file).unwrap();
    let link = dir.path().join("link.png");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&file, &link).unwrap();
    let (f, l) = (file.to_str().unwrap(), link.to_str().unwrap());
    let other = dir.path().join("out.png");
    let o = other.to_str().unwrap();
    let mut cases = vec![
        vec!["export", f, "--png", f],
        vec!["export", f, "--png", o, "--svg", o],
        vec!["export", f, "--png", o, "--json", o],
        vec!["export", f, "--png", "-", "--svg", "-"],
    ];
    if cfg!(unix) {
        cases.push(vec!["export", f, "--png", l]);
    }
    for args in cases {
        let out = frontstage(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!text(&out.stderr).is_empty(), "{args:?} says why");
        assert!(out.stdout.is_empty(), "{args:?} wrote nothing");
    }
    assert_eq!(std::fs::read(&file).unwrap(), before, "the blueprint is untouched");
    assert!(!other.exists());
}

#[test]
fn a_picture_too_large_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (svg, png) = (dir.path().join("a.svg"), dir.path().join("a.png"));
    let out = frontstage(&[
        "export",
        &example("hospital-outpatient.frontstage"),
        "--svg",
        svg.to_str().unwrap(),
        "--png",
        png.to_str().unwrap(),
        "--width",
        "100000",
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("16384 × 16384") && stderr.contains("smaller scale"), "{stderr}");
    assert!(listing(dir.path()).is_empty(), "the SVG asked for as well is not written either");
}

#[test]
fn the_png_options_need_a_png_and_only_known_scales() {
    let file = example("restaurant-en.frontstage");
    for args in [
        vec!["export", &file, "--svg", "-", "--scale", "2"],
        vec!["export", &file, "--svg", "-", "--transparent"],
        vec!["export", &file, "--png", "-", "--scale", "3"],
        vec!["export", &file, "--png", "-", "--scale", "2", "--width", "800"],
        vec!["export", &file, "--png", "-", "--width", "0"],
    ] {
        let out = frontstage(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}
