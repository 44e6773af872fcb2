//! Speed budgets of the core on generated blueprints of 100, 1,000 and 10,000 cards (with
//! as many connectors). Budgets at 10,000 cards, release, on the 2-core reference machine:
//! full check < 10 ms, one edit + re-check < 2 ms, layout + SVG < 100 ms, load < 150 ms;
//! and PNG at 2× of the hospital example (layout, SVG, drawing, encoding) < 300 ms.
//! Figures and how to reproduce them: docs/performance.md.

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion};
use frontstage::edit::{CardChanges, Command, Editor};
use frontstage::export::png::{self, PngOptions, PngSize};
use frontstage::generate::synthetic;
use frontstage::model::{Blueprint, Card, Connector, Lane, LaneKind, Stage};
use frontstage::rules::Checker;
use frontstage::{export, io, layout, rules};
use std::hint::black_box;

const SIZES: [usize; 3] = [100, 1_000, 10_000];

fn load(c: &mut Criterion) {
    let mut g = c.benchmark_group("load");
    for n in SIZES {
        let text = export::json::to_string(&synthetic(n));
        g.bench_with_input(BenchmarkId::from_parameter(n), &text, |b, text| {
            b.iter(|| io::load_str(black_box(text)).expect("generated document loads"))
        });
    }
    g.finish();
}

fn full_check(c: &mut Criterion) {
    let mut g = c.benchmark_group("check_full");
    for n in SIZES {
        let doc = synthetic(n);
        g.bench_with_input(BenchmarkId::from_parameter(n), &doc, |b, doc| b.iter(|| rules::check(black_box(doc))));
    }
    g.finish();
}

/// The editor's hot path after a drop: execute one command, then re-check incrementally.
/// Alternates between two cells so every iteration really moves the card.
fn edit_and_recheck(c: &mut Criterion) {
    let mut g = c.benchmark_group("edit_recheck");
    for n in SIZES {
        let doc = synthetic(n);
        let card = doc.cards.keys().nth(n / 2).expect("card").clone();
        let home = doc.cards[&card].clone();
        let mut ed = Editor::new(doc);
        let mut checker = Checker::new(ed.doc());
        let mut flip = false;
        g.bench_function(BenchmarkId::new("move_card", n), |b| {
            b.iter(|| {
                flip = !flip;
                let stage = if flip { ed.doc().stages[0].id.clone() } else { home.stage.clone() };
                let cmd = Command::MoveCard { card: card.clone(), lane: home.lane.clone(), stage, index: 0 };
                let out = ed.execute(&cmd).expect("move");
                checker.update(ed.doc(), &out.patch);
                black_box(checker.len())
            })
        });
        let mut i = 0u64;
        g.bench_function(BenchmarkId::new("edit_text", n), |b| {
            b.iter(|| {
                i += 1;
                ed.seal();
                let changes = CardChanges { text: Some(format!("Greet guest {i}")), ..Default::default() };
                let out = ed.execute(&Command::UpdateCard { card: card.clone(), changes }).expect("edit");
                checker.update(ed.doc(), &out.patch);
                black_box(checker.len())
            })
        });
    }
    g.finish();
}

fn layout_and_svg(c: &mut Criterion) {
    let mut g = c.benchmark_group("layout_svg");
    for n in SIZES {
        let doc = synthetic(n);
        g.bench_with_input(BenchmarkId::new("layout", n), &doc, |b, doc| b.iter(|| layout::layout(black_box(doc))));
        // The part of the layout that the emotion curve and the time strip add.
        g.bench_with_input(BenchmarkId::new("bands", n), &doc, |b, doc| {
            b.iter(|| frontstage::measure::for_drawing(black_box(doc), true, true))
        });
        g.bench_with_input(BenchmarkId::new("layout+svg", n), &doc, |b, doc| {
            b.iter(|| export::svg::to_svg(black_box(doc)))
        });
    }
    g.finish();
}

/// `lanes` lanes with a card in each of two stages, and `labels` labelled arrows spread
/// evenly down them, each from a card to the card four lanes below it: the route runs
/// down the gutter between the cards, which has no room for its label, so each label
/// looks for the nearest clear spot around its route.
fn lanes_and_labels(lanes: usize, labels: usize) -> Blueprint {
    let mut doc = Blueprint::empty("Lanes and labels");
    doc.stages = (0..2).map(|s| Stage::new(format!("s{s}"), format!("Stage {s}"))).collect();
    doc.lanes = (0..lanes).map(|l| Lane::new(format!("l{l}"), LaneKind::Custom, format!("Lane {l}"))).collect();
    for l in 0..lanes {
        for s in 0..2 {
            let card = Card::new(format!("c{l}-{s}"), format!("l{l}"), format!("s{s}"), "Step");
            doc.cards.insert(card.id.clone(), card);
        }
    }
    for k in 0..labels {
        let l = k * (lanes - 4) / labels;
        let mut arrow = Connector::new(format!("a{k}"), format!("c{l}-0"), format!("c{}-0", l + 4));
        arrow.label = "hands over".into();
        doc.connectors.insert(arrow.id.clone(), arrow);
    }
    doc
}

/// Label placement among many lanes: 2,000 lanes, without labels and with 200 of them.
fn label_placement(c: &mut Criterion) {
    let mut g = c.benchmark_group("label_placement");
    g.sample_size(10);
    let mut doc = lanes_and_labels(2_000, 200);
    g.bench_function("2000_lanes_200_labels", |b| b.iter(|| layout::layout(black_box(&doc))));
    for arrow in doc.connectors.values_mut() {
        arrow.label.clear();
    }
    g.bench_function("2000_lanes_no_labels", |b| b.iter(|| layout::layout(black_box(&doc))));
    g.finish();
}

/// A real blueprint, not a synthetic one: the drawing's cost is in its text and shapes.
fn png(c: &mut Criterion) {
    let mut g = c.benchmark_group("png");
    g.sample_size(20);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/hospital-outpatient.frontstage");
    let doc = io::load_path(&path).expect("the example loads");
    let options = PngOptions { size: PngSize::Scale(2.0), transparent: false };
    g.bench_function("hospital-outpatient@2x", |b| b.iter(|| png::to_png(black_box(&doc), &options).expect("PNG")));
    g.finish();
}

/// PDF: the hospital example on one page, and 5,000 synthetic cards on one page and as an
/// A3 poster (peak memory: `cargo bench --bench pdf_memory`).
fn pdf(c: &mut Criterion) {
    use frontstage::export::pdf::{self, Orientation, Paper, PdfLayout, PdfOptions};
    let mut g = c.benchmark_group("pdf");
    g.sample_size(10);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/hospital-outpatient.frontstage");
    let doc = io::load_path(&path).expect("the example loads");
    g.bench_function("hospital-outpatient_fit", |b| {
        b.iter(|| pdf::to_pdf(black_box(&doc), &PdfOptions::default()).expect("PDF"))
    });
    let big = synthetic(5_000);
    g.bench_function("5000_fit", |b| b.iter(|| pdf::to_pdf(black_box(&big), &PdfOptions::default()).expect("PDF")));
    let poster = PdfOptions { paper: Paper::A3, orientation: Some(Orientation::Landscape), layout: PdfLayout::Tiles };
    g.bench_function("5000_a3_tiles", |b| b.iter(|| pdf::to_pdf(black_box(&big), &poster).expect("PDF")));
    g.finish();
}

fn save(c: &mut Criterion) {
    let mut g = c.benchmark_group("save");
    let dir = tempfile::tempdir().expect("temp dir");
    for n in SIZES {
        let doc = synthetic(n);
        let path = dir.path().join(format!("bench-{n}.frontstage"));
        g.bench_with_input(BenchmarkId::from_parameter(n), &doc, |b, doc| {
            b.iter_batched(|| (), |_| io::save_path(&path, black_box(doc)).expect("save"), BatchSize::SmallInput)
        });
    }
    g.finish();
}

criterion_group!(benches, load, full_check, edit_and_recheck, layout_and_svg, label_placement, png, pdf, save);
criterion_main!(benches);
