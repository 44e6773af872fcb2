//! What the Scene delta of drop_split's drop names at N cards: items removed, shifted and
//! drawn again, per kind; with a second argument, every connector whose route changed,
//! before and after (why a move redraws what it does).
//! `cargo run --release -p frontstage-bench-bridge --example delta_stats -- 5000 [routes]`

mod common;

use frontstage::layout::layout;

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(5000);
    let mut s = common::session(n);
    let cmd = common::the_drop(&s);
    // The Scene the view holds, before and after (layout is a function of the document).
    let before = layout(s.doc());
    let applied = s.execute(&cmd, None).unwrap();
    let after = layout(s.doc());
    let old: std::collections::HashMap<_, _> = before.connectors.iter().map(|c| (c.element.clone(), c)).collect();
    let verbose = std::env::args().nth(2).is_some();
    for c in &after.connectors {
        // A new connector has no route before: the counts say it was added.
        let Some(o) = old.get(&c.element) else { continue };
        if verbose && o.points != c.points {
            let dxy = (c.points[0].x - o.points[0].x, c.points[0].y - o.points[0].y);
            println!(
                "{:?} {}->{} {:?}\n   old {:?}\n   new {:?}",
                c.element,
                c.from,
                c.to,
                dxy,
                o.points.iter().map(|p| (p.x, p.y)).collect::<Vec<_>>(),
                c.points.iter().map(|p| (p.x, p.y)).collect::<Vec<_>>()
            );
        }
    }
    let xs = |s: &frontstage::layout::Scene| s.stages.iter().map(|c| c.x).collect::<Vec<_>>();
    println!("stage x before {:?}\nstage x after  {:?}", xs(&before), xs(&after));
    let v = serde_json::to_value(&applied).unwrap();
    let d = &v["delta"];
    for k in ["cards", "connectors"] {
        let kd = &d[k];
        let shifted: usize =
            kd["shifted"].as_array().map(|a| a.iter().map(|s| s["ids"].as_array().unwrap().len()).sum()).unwrap_or(0);
        println!(
            "{k}: removed {} shifted {} (groups {}) upserted {}",
            kd["removed"].as_array().map_or(0, |a| a.len()),
            shifted,
            kd["shifted"].as_array().map_or(0, |a| a.len()),
            kd["upserted"].as_array().map_or(0, |a| a.len())
        );
    }
    for k in ["lanes", "stages", "lines", "title", "width", "height"] {
        println!("{k}: {}", !d[k].is_null());
    }
    let dd = &v["diagnostics"];
    println!(
        "diagnostics: {} now; delta {}",
        s.diagnostics().len(),
        serde_json::to_string(dd).unwrap().chars().take(300).collect::<String>()
    );
    println!("json {} KB", serde_json::to_string(&v).unwrap().len() / 1024);
}
