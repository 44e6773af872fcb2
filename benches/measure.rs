//! Speed of the measures on generated blueprints of 1,000 and 10,000 cards (with as many
//! connectors). Budget at 10,000 cards, release, on the 2-core reference machine: one
//! edit (a move or a text edit) plus measuring again < 2 ms, as a session does it (the
//! measures it keeps, `view::KeptMeasures`); `edit_full_remeasure` measures everything
//! again after the edit, for comparison. Figures and how to reproduce them:
//! docs/performance.md ("Measures").

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion};
use frontstage::edit::{CardChanges, Command, Editor};
use frontstage::generate::synthetic;
use frontstage::measure;
use frontstage::rules::Checker;
use frontstage::view::{Figure, KeptMeasures, Session};
use std::hint::black_box;

const SIZES: [usize; 2] = [1_000, 10_000];

fn measure_all(c: &mut Criterion) {
    let mut g = c.benchmark_group("measure");
    for n in SIZES {
        let doc = synthetic(n);
        g.bench_with_input(BenchmarkId::new("full", n), &doc, |b, doc| b.iter(|| measure::measure(black_box(doc))));
        g.bench_with_input(BenchmarkId::new("critical_path", n), &doc, |b, doc| {
            b.iter(|| measure::critical_path(black_box(doc)))
        });
        g.bench_with_input(BenchmarkId::new("time", n), &doc, |b, doc| b.iter(|| measure::time(black_box(doc))));
        g.bench_with_input(BenchmarkId::new("emotion", n), &doc, |b, doc| b.iter(|| measure::emotion(black_box(doc))));
        g.bench_with_input(BenchmarkId::new("touchpoints", n), &doc, |b, doc| {
            b.iter(|| measure::touchpoints(black_box(doc)))
        });
    }
    g.finish();
}

/// What the Measures panel costs after a drop or a keystroke: execute one command, then
/// measure again, with the measures a session keeps (`kept`) or from scratch (`full`);
/// and the whole of what the core does for the panels but the layout: execute, re-check
/// incrementally, measure again as a session does (`edit_recheck_remeasure`).
fn edit_and_remeasure(c: &mut Criterion) {
    for (group, kept, check) in
        [("edit_remeasure", true, false), ("edit_full_remeasure", false, false), ("edit_recheck_remeasure", true, true)]
    {
        let mut g = c.benchmark_group(group);
        for n in SIZES {
            let doc = synthetic(n);
            let card = doc.cards.keys().nth(n / 2).expect("card").clone();
            let home = doc.cards[&card].clone();
            let mut ed = Editor::new(doc);
            let mut measures = KeptMeasures::default();
            measures.report(ed.doc());
            let mut checker = Checker::new(ed.doc());
            let mut run = |ed: &mut Editor, cmd: &Command| {
                let out = ed.execute(cmd).expect("edit");
                if check {
                    checker.update(ed.doc(), &out.patch);
                    black_box(checker.len());
                }
                if kept {
                    measures.changed(ed.doc(), &out.patch);
                    black_box(measures.report(ed.doc()));
                } else {
                    black_box(measure::measure(ed.doc()));
                }
            };
            let mut flip = false;
            g.bench_function(BenchmarkId::new("move_card", n), |b| {
                b.iter(|| {
                    flip = !flip;
                    let stage = if flip { ed.doc().stages[0].id.clone() } else { home.stage.clone() };
                    run(&mut ed, &Command::MoveCard { card: card.clone(), lane: home.lane.clone(), stage, index: 0 })
                })
            });
            let mut i = 0u64;
            g.bench_function(BenchmarkId::new("edit_text", n), |b| {
                b.iter(|| {
                    i += 1;
                    ed.seal();
                    let changes = CardChanges { text: Some(format!("Greet guest {i}")), ..Default::default() };
                    run(&mut ed, &Command::UpdateCard { card: card.clone(), changes })
                })
            });
        }
        g.finish();
    }
}

/// What the Measures panel costs after an edit at 5,000 cards: `Session::measures` on a
/// revision not yet measured (the measurement and the panel's figures) and its JSON,
/// which is what crosses IPC; then a click on a figure (the critical path's cards and
/// connectors, from the report measured already). The JSON's size is printed once.
fn panel(c: &mut Criterion) {
    let n = 5_000;
    let doc = synthetic(n);
    let mut s = Session::untitled(doc.clone());
    let json = serde_json::to_string(&s.measures()).expect("the answer serialises");
    let report = serde_json::to_string(&measure::measure(s.doc())).expect("the report serialises");
    eprintln!("measures panel at {n} cards: {} bytes of JSON (the whole report: {} bytes)", json.len(), report.len());
    let mut g = c.benchmark_group("panel");
    g.bench_function(BenchmarkId::new("measures_json", n), |b| {
        b.iter_batched_ref(
            || Session::untitled(doc.clone()),
            |s| black_box(serde_json::to_string(&s.measures()).expect("json")),
            BatchSize::LargeInput,
        )
    });
    g.bench_function(BenchmarkId::new("critical_path_cards", n), |b| {
        b.iter(|| black_box(s.figure_cards(&Figure::CriticalPath).expect("cards")))
    });
    g.finish();
}

criterion_group!(benches, measure_all, edit_and_remeasure, panel);
criterion_main!(benches);
