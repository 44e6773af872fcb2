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
