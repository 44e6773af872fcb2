//! Geometric checks on a laid-out Scene, shared by the layout tests.
#![allow(dead_code)] // each test crate uses part of it

use frontstage::layout::{Point, Rect, Scene};

fn overlap(a: &Rect, b: &Rect) -> bool {
    a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom()
}

/// The segment from `a` to `b` passes through the inside of `r` (running along an edge
/// or touching it does not count).
fn crosses(a: Point, b: Point, r: &Rect) -> bool {
    let (x0, x1) = (a.x.min(b.x), a.x.max(b.x));
    let (y0, y1) = (a.y.min(b.y), a.y.max(b.y));
    x0 < r.right() && x1 > r.x && y0 < r.bottom() && y1 > r.y
}

/// Every problem with the Scene's routes and labels: a segment that is not horizontal or
/// vertical, a segment through a card other than the connector's own ends, an end off its
/// card, a connector label over a card, a line's label over a card, two labels over
/// each other.
pub fn route_problems(scene: &Scene) -> Vec<String> {
    let mut out = Vec::new();
    let id = |c: &frontstage::layout::CardBox| c.element.to_string();
    for c in &scene.connectors {
        let own = [format!("card {}", c.from), format!("card {}", c.to)];
        for w in c.points.windows(2) {
            if w[0].x != w[1].x && w[0].y != w[1].y {
                out.push(format!("{}: diagonal segment {:?}", c.element, w));
            }
            for card in &scene.cards {
                if !own.contains(&id(card)) && crosses(w[0], w[1], &card.rect) {
                    out.push(format!("{}: segment {:?} crosses {}", c.element, w, id(card)));
                }
            }
        }
        if let Some(l) = &c.label {
            for card in &scene.cards {
                if overlap(&l.rect, &card.rect) {
                    out.push(format!("{}: label {:?} over {}", c.element, l.rect, id(card)));
                }
            }
        }
    }
    for l in &scene.lines {
        for card in &scene.cards {
            if overlap(&l.label_box, &card.rect) {
                out.push(format!("{}: label over {}", l.element, id(card)));
            }
        }
    }
    out
}

/// Connector labels that overlap each other or a line's label, when there was room to
/// avoid it (the checks above are hard rules; this one is best effort).
pub fn label_overlaps(scene: &Scene) -> Vec<String> {
    let mut out = Vec::new();
    let labels: Vec<_> = scene.connectors.iter().filter_map(|c| Some((c, c.label.as_ref()?))).collect();
    for (i, (a, la)) in labels.iter().enumerate() {
        for (b, lb) in &labels[i + 1..] {
            if overlap(&la.rect, &lb.rect) {
                out.push(format!("{} label over {} label", a.element, b.element));
            }
        }
        for l in &scene.lines {
            if overlap(&la.rect, &l.label_box) {
                out.push(format!("{} label over {} label", a.element, l.element));
            }
        }
    }
    out
}

/// How the vertical runs of the connectors sit in one gutter (between two stage columns,
/// or either side of the grid).
#[derive(Debug, PartialEq)]
pub struct Gutter {
    /// The gutter's middle, as laid out.
    pub x: f32,
    /// The most runs of different connectors side by side at one height.
    pub parallel: usize,
    /// The least room between two runs of different connectors side by side (infinite
    /// when no two are).
    pub closest: f32,
}

/// Every gutter that has a vertical run, left to right. A run is a vertical segment
/// outside the cards' x range of every column.
pub fn gutters(scene: &Scene) -> Vec<Gutter> {
    let cards_x: Vec<(f32, f32)> = scene
        .stages
        .iter()
        .filter_map(|s| {
            let xs = scene.cards.iter().filter(|c| c.rect.x >= s.x && c.rect.x < s.x + s.width);
            xs.map(|c| (c.rect.x, c.rect.right())).reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)))
        })
        .collect();
    // Gutter k lies left of column k's cards (the last one right of the last column's).
    let gutter_of = |x: f32| cards_x.iter().position(|&(l, _)| x < l).unwrap_or(cards_x.len());
    let mut runs: Vec<Vec<(usize, f32, f32, f32)>> = vec![Vec::new(); cards_x.len() + 1];
    for (i, c) in scene.connectors.iter().enumerate() {
        for w in c.points.windows(2) {
            let inside = cards_x.iter().any(|&(l, r)| w[0].x >= l && w[0].x <= r);
            if w[0].x == w[1].x && w[0].y != w[1].y && !inside {
                runs[gutter_of(w[0].x)].push((i, w[0].x, w[0].y.min(w[1].y), w[0].y.max(w[1].y)));
            }
        }
    }
    let mut out = Vec::new();
    for (k, runs) in runs.iter().enumerate().filter(|(_, r)| !r.is_empty()) {
        let mut parallel = 1;
        let mut closest = f32::INFINITY;
        for a in runs {
            // The runs of other connectors beside `a` at its top end or just below it.
            let beside: Vec<_> = runs.iter().filter(|b| b.0 != a.0 && b.2 <= a.2 && b.3 > a.2).collect();
            parallel = parallel.max(beside.iter().map(|b| b.0).collect::<std::collections::BTreeSet<_>>().len() + 1);
            for b in runs.iter().filter(|b| b.0 != a.0 && b.2 < a.3 && a.2 < b.3) {
                closest = closest.min((a.1 - b.1).abs());
            }
        }
        let x = if k < cards_x.len() { cards_x[k].0 } else { cards_x[k - 1].1 };
        out.push(Gutter { x, parallel, closest });
    }
    out
}

/// How far each connector's label is from its route: 0 on it, else the gap between the
/// label's box and the nearest segment.
pub fn label_distances(scene: &Scene) -> Vec<(String, f32)> {
    let gap = |r: &Rect, a: Point, b: Point| {
        let dx = (r.x - a.x.max(b.x)).max(a.x.min(b.x) - r.right()).max(0.0);
        let dy = (r.y - a.y.max(b.y)).max(a.y.min(b.y) - r.bottom()).max(0.0);
        (dx * dx + dy * dy).sqrt()
    };
    scene
        .connectors
        .iter()
        .filter_map(|c| {
            let l = c.label.as_ref()?;
            let d = c.points.windows(2).map(|w| gap(&l.rect, w[0], w[1])).fold(f32::INFINITY, f32::min);
            Some((c.element.to_string(), d))
        })
        .collect()
}
