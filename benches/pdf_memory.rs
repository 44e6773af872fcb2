//! Peak memory and time of PDF export of a 5,000-card synthetic blueprint: on one page the
//! size of the blueprint, and as an A3 poster of tiles. Each case runs in a process of its
//! own, so each peak (`VmHWM` in /proc/self/status, Linux) is that case's alone; it includes
//! making the blueprint and laying it out.
//!
//! ```text
//! cargo bench --bench pdf_memory
//! ```
//!
//! A measured harness, not a test: it prints figures (docs/performance.md records them)
//! and asserts nothing.

use frontstage::export::pdf::{self, Orientation, Paper, PdfLayout, PdfOptions};
use frontstage::generate::synthetic;
use std::process::Command;
use std::time::Instant;

const CARDS: usize = 5_000;

fn options(case: &str) -> PdfOptions {
    match case {
        "fit" => PdfOptions::default(),
        "a3_tiles" => {
            PdfOptions { paper: Paper::A3, orientation: Some(Orientation::Landscape), layout: PdfLayout::Tiles }
        }
        "a4_handout" => PdfOptions { paper: Paper::A4, orientation: None, layout: PdfLayout::Handout },
        other => panic!("no case {other}"),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, case] = args.as_slice() {
        if flag == "--case" {
            let doc = synthetic(CARDS);
            let t = Instant::now();
            let bytes = pdf::to_pdf(&doc, &options(case)).expect("a PDF");
            let time = t.elapsed();
            println!("{} {:.0} {}", peak_bytes(), time.as_secs_f64() * 1000.0, bytes.len());
            return;
        }
    }
    let me = std::env::current_exe().expect("this harness");
    println!("PDF of {CARDS} synthetic cards, each case in its own process:");
    for case in ["fit", "a3_tiles", "a4_handout"] {
        let out = Command::new(&me).args(["--case", case]).output().expect("run a case");
        let line = String::from_utf8_lossy(&out.stdout);
        let f: Vec<&str> = line.split_whitespace().collect();
        if let [peak, ms, size] = f.as_slice() {
            let mb = |v: &str| v.parse::<f64>().unwrap_or(0.0) / 1e6;
            println!("  {case:<11} {ms:>6} ms   peak {:>6.1} MB   file {:>5.1} MB", mb(peak), mb(size));
        } else {
            println!("  {case}: failed: {}", String::from_utf8_lossy(&out.stderr));
        }
    }
}

/// Peak resident memory of this process, from /proc/self/status (Linux).
fn peak_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .unwrap_or(0);
    kb * 1024
}
