//! A PNG past the pixel limit is refused before its picture is allocated. A test binary of
//! its own, with one test, so that the process's peak of mapped memory (Linux's VmPeak)
//! moves only with what this test does: a 16,385-pixel-wide picture would map a gigabyte.

#[cfg(target_os = "linux")]
#[test]
fn the_pixel_limit_refuses_before_anything_is_allocated() {
    use frontstage::export::png::{self, PngError, PngOptions, PngSize};

    /// The most memory this process ever had mapped, in bytes.
    fn peak() -> u64 {
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let line = status.lines().find(|l| l.starts_with("VmPeak:")).expect("VmPeak");
        let kib: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
        kib * 1024
    }
    const MIB: u64 = 1024 * 1024;

    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/restaurant-en.frontstage");
    let doc = frontstage::io::load_path(&path).unwrap();
    // Warm up: the fonts parsed, the layout's and the renderer's first allocations made.
    png::to_png(&doc, &PngOptions::default()).unwrap();

    let before = peak();
    for size in [PngSize::Width(16_385), PngSize::Scale(100.0), PngSize::Scale(f32::MAX)] {
        let refused = png::to_png(&doc, &PngOptions { size, transparent: false });
        let what = refused.as_ref().map(Vec::len);
        assert!(matches!(refused, Err(PngError::TooLarge { .. })), "{size:?}: {what:?}");
    }
    let grew = peak() - before;
    assert!(grew < 32 * MIB, "refusing took {} MiB", grew / MIB);

    // The measure sees a picture being drawn: one 9,000 pixels wide (about 320 MB) does
    // raise the peak. (By less than its size when the process had mapped more before than
    // it holds now: the peak only moves past its old mark.)
    let before = peak();
    let drawn = png::to_png(&doc, &PngOptions { size: PngSize::Width(9_000), transparent: false }).unwrap();
    assert!(!drawn.is_empty());
    let grew = peak() - before;
    assert!(grew > 200 * MIB, "drawing 9,000 pixels wide raised the peak by only {} MiB", grew / MIB);
}
