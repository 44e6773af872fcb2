//! Ports: where connector ends attach to a card's side. Several ends on one side are
//! spread along it, ordered by where their other ends are so they do not cross; a
//! horizontal connector whose cards' rows overlap gets one y at both ends, so it is
//! straight.

use super::route::{Place, Shape};
use super::scene::Rect;
use super::slots::by_slot;
use crate::model::Connector;

/// Most room between two neighbouring ports.
pub const PORT_STEP: f32 = 12.0;
/// Ports keep this far from a side's corners.
const PORT_INSET: f32 = 4.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    Top,
    Right,
    Bottom,
    Left,
}

#[derive(Clone, Copy)]
struct End<'a> {
    key: usize,
    side: Side,
    /// Position of the other end along this side's axis: ends are ordered by it.
    toward: f32,
    id: &'a str,
    connector: usize,
    is_to: bool,
    elbow: bool,
}

/// Far enough apart to keep an elbow's ends apart from the other ends of a side.
const FAR: f32 = 1e6;

/// Where an elbow's ends go among the other ends of their sides, so that elbows do not
/// cross each other. On the source's side, elbows going down take the upper ports, the one
/// to the farthest column highest (its leg passes over the nearer ones' columns), and
/// elbows going up the lower ports, the farthest lowest. On the target's top or bottom,
/// elbows from the left take the ports left of the arrows from straight above or below,
/// the nearest source leftmost (the farther ones' legs pass beside its leg, not across),
/// and elbows from the right the ports right of them, the nearest rightmost.
fn elbow_order(from: &Place, to: &Place, forward: bool, down: bool) -> (f32, f32) {
    let columns = from.column.abs_diff(to.column) as f32;
    let source = if down { -FAR * columns } else { FAR * columns } + to.rect.center_y();
    let rise = (from.rect.center_y() - to.rect.center_y()).abs();
    let target = to.rect.center_x() + if forward { rise - FAR } else { FAR - rise };
    (source, target)
}

/// Where a loop's ends go among the other ends of their sides. A loop's run is the
/// innermost of its gutter (nearest the column), so another end between its two ports would
/// cross it: each end takes the port nearest the way the loop goes from there (the lowest
/// where it goes on down, the highest where it goes up), a longer loop around a shorter one.
fn loop_order(from: &Place, to: &Place) -> (f32, f32) {
    let (a, b) = (from.rect.center_y(), to.rect.center_y());
    let span = (b - a).abs();
    let (lowest, highest) = (FAR - span, span - FAR);
    if b > a {
        (lowest, highest)
    } else {
        (highest, lowest)
    }
}

/// For each connector, the coordinate of its `from` and `to` port along their sides (y on
/// left and right sides, x on top and bottom ones).
pub fn assign(ends: &[(&Connector, Place, Place)], shapes: &[Shape]) -> Vec<(f32, f32)> {
    let mut list: Vec<End> = Vec::with_capacity(ends.len() * 2);
    for (i, ((c, from, to), shape)) in ends.iter().zip(shapes).enumerate() {
        let (sa, sb) = shape.sides();
        let along = |side: Side, r: &Rect| match side {
            Side::Left | Side::Right => r.center_y(),
            Side::Top | Side::Bottom => r.center_x(),
        };
        let id = c.id.as_str();
        let (mut ta, mut tb) = (along(sa, &to.rect), along(sb, &from.rect));
        match *shape {
            Shape::Elbow { forward, down } => (ta, tb) = elbow_order(from, to, forward, down),
            Shape::Loop { .. } => (ta, tb) = loop_order(from, to),
            _ => {}
        }
        let elbow = matches!(shape, Shape::Elbow { .. });
        list.push(End { key: from.key, side: sa, toward: ta, id, connector: i, is_to: false, elbow });
        if *shape != Shape::SelfLoop {
            list.push(End { key: to.key, side: sb, toward: tb, id, connector: i, is_to: true, elbow });
        }
    }
    // By box and side first (boxes are numbered densely: a counting sort); then each
    // side's few ends by where their other ends are (ids and `is_to` tell any two apart,
    // so the order is total).
    let mut list = by_slot(&list, |e| e.key * 4 + e.side as usize);
    for group in list.chunk_by_mut(|a, b| (a.key, a.side) == (b.key, b.side)) {
        group.sort_unstable_by(|a, b| a.toward.total_cmp(&b.toward).then(a.id.cmp(b.id)).then(a.is_to.cmp(&b.is_to)));
    }

    // (coordinate, how many ends share the side, whether an elbow ends there) per connector end.
    let mut at = vec![[(0.0f32, 0usize, false); 2]; ends.len()];
    for group in list.chunk_by(|a, b| (a.key, a.side) == (b.key, b.side)) {
        let e = &group[0];
        let (_, from, to) = &ends[e.connector];
        let r = if e.is_to { to.rect } else { from.rect };
        let (lo, hi) = match e.side {
            Side::Left | Side::Right => (r.y, r.bottom()),
            Side::Top | Side::Bottom => (r.x, r.right()),
        };
        let n = group.len();
        let step = PORT_STEP.min((hi - lo - 2.0 * PORT_INSET).max(0.0) / n as f32);
        let first = (lo + hi) / 2.0 - step * (n as f32 - 1.0) / 2.0;
        let elbow = group.iter().any(|e| e.elbow);
        for (k, e) in group.iter().enumerate() {
            at[e.connector][e.is_to as usize] = (first + step * k as f32, n, elbow);
        }
    }

    ends.iter()
        .zip(shapes)
        .zip(at)
        .map(|(((_, from, to), shape), [(pa, na, ea), (pb, nb, eb)])| match shape {
            Shape::SelfLoop => (pa, pa),
            Shape::Down | Shape::Up => {
                // An elbow's leg runs at its port on the side it shares: the straight arrow
                // keeps that side's own port, never the other side's, which may be the same x.
                let x = if ea || (!eb && na >= nb) { pa } else { pb };
                (x, x)
            }
            Shape::Forward | Shape::Backward => straighten(&from.rect, &to.rect, (pa, na), (pb, nb)),
            Shape::Loop { .. } | Shape::Elbow { .. } => (pa, pb),
        })
        .collect()
}

/// One y for both ends when an end alone on its side can move to the other's y (or both
/// to the middle of where the two cards' rows overlap).
fn straighten(a: &Rect, b: &Rect, (pa, na): (f32, usize), (pb, nb): (f32, usize)) -> (f32, f32) {
    let inside = |y: f32, r: &Rect| y >= r.y + PORT_INSET && y <= r.bottom() - PORT_INSET;
    if nb == 1 && inside(pa, b) {
        (pa, pa)
    } else if na == 1 && inside(pb, a) {
        (pb, pb)
    } else if na == 1 && nb == 1 {
        let (lo, hi) = (a.y.max(b.y) + PORT_INSET, a.bottom().min(b.bottom()) - PORT_INSET);
        if lo <= hi {
            let y = (lo + hi) / 2.0;
            (y, y)
        } else {
            (pa, pb)
        }
    } else {
        (pa, pb)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(key: usize, column: usize, y: f32, h: f32) -> Place {
        Place { column, rect: Rect { x: 216.0 + column as f32 * 224.0, y, w: 192.0, h }, collapsed: false, key }
    }

    #[test]
    fn ends_on_one_side_spread_in_the_order_of_their_other_ends() {
        let cs: Vec<Connector> = (0..3).map(|i| Connector::new(format!("a{i}"), "x", "y")).collect();
        let src = place(0, 0, 100.0, 60.0);
        // Ids in the opposite order of the targets' rows.
        let ends = [
            (&cs[0], src, place(1, 1, 300.0, 40.0)),
            (&cs[1], src, place(2, 1, 200.0, 40.0)),
            (&cs[2], src, place(3, 1, 20.0, 40.0)),
        ];
        let shapes = [Shape::Forward; 3];
        let got = assign(&ends, &shapes);
        assert!(got[2].0 < got[1].0 && got[1].0 < got[0].0, "{got:?}");
        assert!(got.iter().all(|&(y, _)| y > 100.0 && y < 160.0));
        assert!(got[1].0 - got[2].0 <= PORT_STEP);
    }

    #[test]
    fn a_loop_takes_the_ports_toward_where_it_goes() {
        let cs: Vec<Connector> = (0..3).map(|i| Connector::new(format!("a{i}"), "x", "y")).collect();
        let (a, b) = (place(0, 1, 100.0, 60.0), place(1, 1, 300.0, 60.0));
        // Besides the loop from a down to b, an arrow leaves a's right side to a card below
        // b's row, and one enters b's right side from above a's: by their other ends they
        // would sit between the loop's ports, across its run.
        let ends = [(&cs[0], a, b), (&cs[1], a, place(2, 2, 500.0, 40.0)), (&cs[2], place(3, 2, 20.0, 40.0), b)];
        let shapes = [Shape::Loop { right: true }, Shape::Forward, Shape::Backward];
        let got = assign(&ends, &shapes);
        assert!(got[0].0 > got[1].0, "the loop leaves a below the other end: {got:?}");
        assert!(got[0].1 < got[2].1, "the loop enters b above the other end: {got:?}");
        // Going up, the other way round.
        let ends = [(&cs[0], b, a), (&cs[1], b, place(2, 2, 20.0, 40.0)), (&cs[2], place(3, 2, 500.0, 40.0), a)];
        let got = assign(&ends, &shapes);
        assert!(got[0].0 < got[1].0 && got[0].1 > got[2].1, "{got:?}");
    }

    #[test]
    fn overlapping_rows_share_a_y() {
        let c = Connector::new("a", "x", "y");
        let (a, b) = (place(0, 0, 100.0, 40.0), place(1, 1, 110.0, 80.0));
        let got = assign(&[(&c, a, b)], &[Shape::Forward]);
        assert_eq!(got[0], (120.0, 120.0), "a's middle lies inside b");
        let (a, b) = (place(0, 0, 100.0, 40.0), place(1, 1, 130.0, 80.0));
        let got = assign(&[(&c, a, b)], &[Shape::Forward]);
        assert_eq!(got[0].0, got[0].1);
        assert!(got[0].0 >= 134.0 && got[0].0 <= 136.0, "{got:?}");
        let (a, b) = (place(0, 0, 100.0, 40.0), place(1, 1, 200.0, 40.0));
        let got = assign(&[(&c, a, b)], &[Shape::Forward]);
        assert_eq!(got[0], (120.0, 220.0), "rows apart: an elbow");
    }
}
