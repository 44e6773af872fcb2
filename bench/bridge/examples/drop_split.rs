//! Where the core's answer to a drop goes at N cards (the benchmark's document): the
//! top-left card moved to the next lane and stage, timed step by step as
//! `Session::execute` does them (the same core calls, on an editor and checker of the
//! example's own); every third run times `execute` whole, with its JSON, and every third
//! the drop prepared during the drag (`Session::prepare`, with its JSON) and then run with
//! its answer already drawn.
//! `cargo run --release -p frontstage-bench-bridge --example drop_split -- 5000`

mod common;

use frontstage::edit::Editor;
use frontstage::layout::{layout, layout_reusing};
use frontstage::rules::Checker;
use frontstage::view::{diagnostics_runs, SceneDelta};
use std::time::Instant;

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(5000);
    let runs = 15;
    let mut rows: Vec<[f64; 7]> = Vec::new();
    for run in 0..runs {
        let mut s = common::session(n);
        let cmd = common::the_drop(&s);
        // The whole answer, as the app gives it.
        if run % 3 == 2 {
            let t = Instant::now();
            let prepared = s.prepare(&cmd, false).unwrap().unwrap();
            let t_prepare = t.elapsed();
            let json = serde_json::to_string(&prepared).unwrap();
            let t_json = t.elapsed();
            let applied = s.execute(&cmd, Some(prepared.token)).unwrap();
            let t_commit = t.elapsed();
            assert!(applied.drawn);
            eprintln!(
                "run {run}: prepare {:.1} ms, + json {:.1} ms ({} KB); commit {:.1} ms",
                ms(t_prepare),
                ms(t_json),
                json.len() / 1024,
                ms(t_commit - t_json)
            );
            continue;
        }
        if run % 3 == 0 {
            let t = Instant::now();
            let applied = s.execute(&cmd, None).unwrap();
            let t_apply = t.elapsed();
            let json = serde_json::to_string(&applied).unwrap();
            let t_json = t.elapsed();
            eprintln!("run {run}: apply {:.1} ms, + json {:.1} ms ({} KB)", ms(t_apply), ms(t_json), json.len() / 1024);
            continue;
        }
        // The same, step by step, on what the session holds: its document, the Scene and
        // diagnostics its view holds.
        let mut editor = Editor::new(s.doc().clone());
        let mut checker = Checker::new(editor.doc());
        let (held_scene, held_diagnostics) = (layout(editor.doc()), checker.diagnostics());
        let t = Instant::now();
        let outcome = editor.execute(&cmd).unwrap();
        checker.update(editor.doc(), &outcome.patch);
        let a = t.elapsed();
        let scene = layout_reusing(editor.doc(), Some(&held_scene));
        let b = t.elapsed();
        let diagnostics = checker.diagnostics();
        let c = t.elapsed();
        let delta = SceneDelta::between(Some(&held_scene), &scene);
        let d = t.elapsed();
        let dd = (held_diagnostics != diagnostics).then(|| diagnostics_runs(&held_diagnostics, &diagnostics));
        let e = t.elapsed();
        let status = s.status();
        let f = t.elapsed();
        let json = serde_json::to_string(&(&delta, &dd, &status)).unwrap();
        let g = t.elapsed();
        rows.push([ms(a), ms(b - a), ms(c - b), ms(d - c), ms(e - d), ms(f - e), ms(g - f)]);
        eprintln!("run {run}: {} KB", json.len() / 1024);
    }
    let names = ["execute+check", "layout", "diagnostics()", "scene delta", "diag delta", "status", "json"];
    for (i, name) in names.iter().enumerate() {
        let mut v: Vec<f64> = rows.iter().map(|r| r[i]).collect();
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        println!("{name:>14}: median {:.2} ms (min {:.2}, max {:.2})", v[v.len() / 2], v[0], v[v.len() - 1]);
    }
}

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
