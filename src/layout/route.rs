//! Orthogonal connector routes through the gutters between stage columns.
//!
//! - forward (to a later stage): out of the right side, along the source's row to the
//!   gutter left of the target column, down or up, into the target's left side;
//! - backward: out of the left side into the gutter left of the source column, then
//!   along the target's row into its right side;
//! - the vertical runs that share a gutter get tracks of their own across its width
//!   ([`gutter_tracks`]), ordered by row, so parallel hand-offs stay apart;
//! - same column, neighbours in that column (or one end in a collapsed lane): straight
//!   down or up between them;
//! - same column otherwise: a loop through the column's right padding, into the right
//!   side;
//! - a card to itself: a small loop on its right side.
//!
//! No obstacle avoidance beyond that: horizontal runs across intermediate columns may
//! pass behind cards (connectors are drawn under cards).

use super::card::block;
use super::geometry::CELL_PAD_X;
use super::scene::{Arrowhead, ConnectorLabel, ConnectorRoute, Point, Rect, TextBlock};
use super::wrap::wrap;
use crate::model::{Connector, Direction, ElementRef};

const HEAD_LEN: f32 = 8.0;
const HEAD_HALF: f32 = 4.0;
const LABEL_FONT: f32 = 10.0;
const LABEL_LINE: f32 = 13.0;
const LABEL_MAX_W: f32 = 140.0;
const LABEL_PAD: f32 = 3.0;

/// Where a connector end sits.
#[derive(Clone, Copy, Debug)]
pub struct Place {
    pub column: usize,
    /// Left edge of the stage column.
    pub column_x: f32,
    /// The card, or its cell inside a collapsed lane.
    pub rect: Rect,
    /// Index among the visible cards of its column, top to bottom; `None` when hidden.
    pub rank: Option<usize>,
    pub collapsed: bool,
}

/// Leftmost and rightmost track, relative to the gutter's middle (the target column's left
/// edge): a forward arrow leaves its source at −`CELL_PAD_X` and needs an arrowhead's
/// length before the target at +`CELL_PAD_X`.
const TRACK_MIN: f32 = -CELL_PAD_X + 4.0;
const TRACK_MAX: f32 = CELL_PAD_X - HEAD_LEN - 2.0;
/// Most room between two neighbouring tracks.
const TRACK_STEP: f32 = 4.0;

/// The x offset of each connector's vertical run within its gutter, relative to the
/// gutter's middle. Runs sharing a gutter are spread evenly (at most `TRACK_STEP` apart),
/// ordered by where they start and end, then by id, so the result is deterministic.
/// Connectors without a run through a gutter (same row, same column) get 0.
pub fn gutter_tracks<'a>(ends: impl Iterator<Item = (&'a Connector, &'a Place, &'a Place)>) -> Vec<f32> {
    let mut runs: Vec<(usize, f32, f32, &'a str, usize)> = Vec::new();
    let mut tracks = Vec::new();
    for (i, (c, from, to)) in ends.enumerate() {
        tracks.push(0.0);
        let (ya, yb) = (from.rect.center_y(), to.rect.center_y());
        if from.column == to.column || ya == yb {
            continue;
        }
        let gutter = if from.column < to.column { to.column } else { from.column };
        runs.push((gutter, ya, yb, c.id.as_str(), i));
    }
    runs.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)).then(a.2.total_cmp(&b.2)).then(a.3.cmp(b.3)));
    for group in runs.chunk_by(|a, b| a.0 == b.0) {
        let n = group.len() as f32;
        let step = TRACK_STEP.min((TRACK_MAX - TRACK_MIN) / n);
        let first = (TRACK_MIN + TRACK_MAX) / 2.0 - step * (n - 1.0) / 2.0;
        for (k, run) in group.iter().enumerate() {
            tracks[run.4] = first + step * k as f32;
        }
    }
    tracks
}

/// The route of one connector; `track` is its vertical run's offset within its gutter
/// (see [`gutter_tracks`]).
pub fn route(c: &Connector, from: &Place, to: &Place, same_card: bool, track: f32) -> ConnectorRoute {
    let (a, b) = (from.rect, to.rect);
    let (ya, yb) = (a.center_y(), b.center_y());
    let points = if same_card {
        let x = a.right() + CELL_PAD_X / 2.0;
        vec![
            p(a.right(), ya - 8.0),
            p(x, ya - 8.0),
            p(x, ya + 8.0),
            p(a.right(), ya + 8.0),
        ]
    } else if from.column < to.column {
        elbow(p(a.right(), ya), to.column_x + track, p(b.x, yb))
    } else if from.column > to.column {
        elbow(p(a.x, ya), from.column_x + track, p(b.right(), yb))
    } else if from.collapsed
        || to.collapsed
        || matches!((from.rank, to.rank), (Some(r), Some(s)) if r.abs_diff(s) == 1)
    {
        // Direct neighbours in the column, or an end hidden in a collapsed band (which
        // spans the cell): straight down or up.
        let x = a.center_x();
        if a.y < b.y {
            vec![p(x, a.bottom()), p(x, b.y)]
        } else {
            vec![p(x, a.y), p(x, b.bottom())]
        }
    } else {
        let gx = a.right() + CELL_PAD_X / 2.0;
        elbow(p(a.right(), ya), gx, p(b.right(), yb))
    };

    let n = points.len();
    let mut arrowheads = vec![head(points[n - 2], points[n - 1])];
    if c.direction == Direction::TwoWay {
        arrowheads.push(head(points[1], points[0]));
    }
    ConnectorRoute {
        element: ElementRef::Connector(c.id.clone()),
        from: c.from.clone(),
        to: c.to.clone(),
        direction: c.direction,
        label: label(&c.label, &points),
        points,
        arrowheads,
        from_collapsed: from.collapsed,
        to_collapsed: to.collapsed,
    }
}

fn p(x: f32, y: f32) -> Point {
    Point { x, y }
}

/// start → (gx, start.y) → (gx, end.y) → end, without the bend when the rows line up.
fn elbow(start: Point, gx: f32, end: Point) -> Vec<Point> {
    if start.y == end.y {
        vec![start, end]
    } else {
        vec![start, p(gx, start.y), p(gx, end.y), end]
    }
}

/// A triangle pointing from `from` to `tip` along an axis-aligned segment.
fn head(from: Point, tip: Point) -> Arrowhead {
    let (dx, dy) = (tip.x - from.x, tip.y - from.y);
    let len = (dx * dx + dy * dy).sqrt().max(f32::EPSILON);
    let (ux, uy) = (dx / len, dy / len);
    let base = p(tip.x - ux * HEAD_LEN, tip.y - uy * HEAD_LEN);
    Arrowhead {
        tip,
        points: [
            tip,
            p(base.x - uy * HEAD_HALF, base.y + ux * HEAD_HALF),
            p(base.x + uy * HEAD_HALF, base.y - ux * HEAD_HALF),
        ],
    }
}

/// The label box, centred on the middle of the route's longest segment.
fn label(text: &str, points: &[Point]) -> Option<ConnectorLabel> {
    let lines = wrap(text, LABEL_FONT, LABEL_MAX_W);
    if lines.is_empty() {
        return None;
    }
    let (mut best, mut best_len) = (0, -1.0f32);
    for (i, w) in points.windows(2).enumerate() {
        let len = (w[1].x - w[0].x).abs() + (w[1].y - w[0].y).abs();
        if len > best_len {
            (best, best_len) = (i, len);
        }
    }
    let mid = p(
        (points[best].x + points[best + 1].x) / 2.0,
        (points[best].y + points[best + 1].y) / 2.0,
    );
    let h = lines.len() as f32 * LABEL_LINE + 2.0 * LABEL_PAD;
    let mut cursor = mid.y - h / 2.0 + LABEL_PAD;
    let text: TextBlock = TextBlock {
        centered: true,
        ..block(lines, LABEL_FONT, LABEL_LINE, mid.x, &mut cursor)
    };
    let w = text.lines.iter().map(|l| l.width).fold(0.0, f32::max) + 2.0 * LABEL_PAD;
    Some(ConnectorLabel {
        rect: Rect {
            x: mid.x - w / 2.0,
            y: mid.y - h / 2.0,
            w,
            h,
        },
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(column: usize, y: f32, rank: usize) -> Place {
        let column_x = 200.0 + column as f32 * 224.0;
        Place {
            column,
            column_x,
            rect: Rect {
                x: column_x + 16.0,
                y,
                w: 192.0,
                h: 40.0,
            },
            rank: Some(rank),
            collapsed: false,
        }
    }

    fn orthogonal(points: &[Point]) -> bool {
        points
            .windows(2)
            .all(|w| w[0].x == w[1].x || w[0].y == w[1].y)
    }

    #[test]
    fn forward_goes_through_the_gutter_left_of_the_target() {
        let c = Connector::new("a1", "c1", "c2");
        let r = route(&c, &place(0, 100.0, 0), &place(1, 300.0, 1), false, 0.0);
        assert_eq!(r.points.len(), 4);
        assert!(orthogonal(&r.points));
        assert_eq!(r.points[1].x, 424.0);
        assert_eq!(r.points[3], p(440.0, 320.0));
        assert_eq!(r.arrowheads.len(), 1);
        assert_eq!(r.arrowheads[0].tip, p(440.0, 320.0));
    }

    #[test]
    fn same_row_is_straight_and_two_way_has_two_heads() {
        let mut c = Connector::new("a1", "c1", "c2");
        c.direction = Direction::TwoWay;
        c.label = "hand-off".into();
        let r = route(&c, &place(0, 100.0, 0), &place(2, 100.0, 0), false, 0.0);
        assert_eq!(r.points.len(), 2);
        assert_eq!(r.arrowheads.len(), 2);
        let l = r.label.unwrap();
        assert_eq!(l.text.lines[0].text, "hand-off");
        assert!((l.rect.center_y() - 120.0).abs() < 0.01);
    }

    #[test]
    fn neighbours_in_a_column_connect_vertically_others_loop() {
        let c = Connector::new("a1", "c1", "c2");
        let r = route(&c, &place(1, 300.0, 3), &place(1, 100.0, 2), false, 0.0);
        assert_eq!(r.points, vec![p(536.0, 300.0), p(536.0, 140.0)]);
        let r = route(&c, &place(1, 300.0, 4), &place(1, 100.0, 2), false, 0.0);
        assert_eq!(r.points.len(), 4);
        assert!(r.points[1].x > 632.0 && r.points[1].x < 648.0);
        assert!(orthogonal(&r.points));
    }

    #[test]
    fn runs_sharing_a_gutter_get_tracks_of_their_own() {
        let cs: Vec<Connector> = (0..4).map(|i| Connector::new(format!("a{i}"), "x", "y")).collect();
        let (f0, f1, f2) = (place(0, 100.0, 0), place(0, 200.0, 1), place(0, 300.0, 2));
        let target = place(1, 400.0, 3);
        let same_row = place(1, 100.0, 0);
        let ends = vec![(&cs[0], &f1, &target), (&cs[1], &f0, &target), (&cs[2], &f2, &target), (&cs[3], &f0, &same_row)];
        let t = gutter_tracks(ends.into_iter());
        // Ordered by the row they start from; spread at most TRACK_STEP apart; centred.
        assert!(t[1] < t[0] && t[0] < t[2], "{t:?}");
        assert_eq!(t[0] - t[1], TRACK_STEP);
        assert!(t.iter().take(3).all(|x| (TRACK_MIN..=TRACK_MAX).contains(x)));
        assert_eq!(t[3], 0.0, "no vertical run, no track");
        // Many runs still fit the gutter.
        let many: Vec<Connector> = (0..50).map(|i| Connector::new(format!("m{i}"), "x", "y")).collect();
        let starts: Vec<Place> = (0..50).map(|i| place(0, 10.0 * i as f32 + 5.0, 0)).collect();
        let t = gutter_tracks(many.iter().zip(&starts).map(|(c, f)| (c, f, &target)));
        assert!(t.iter().all(|x| (TRACK_MIN..=TRACK_MAX).contains(x)));
        assert!(t.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn backward_and_self_loops_are_orthogonal() {
        let c = Connector::new("a1", "c1", "c2");
        let r = route(&c, &place(2, 300.0, 0), &place(0, 100.0, 0), false, 0.0);
        assert!(orthogonal(&r.points));
        assert_eq!(r.points[0].x, 200.0 + 2.0 * 224.0 + 16.0);
        assert_eq!(r.points[3].x, 200.0 + 16.0 + 192.0);
        let r = route(&c, &place(2, 300.0, 0), &place(2, 300.0, 0), true, 0.0);
        assert_eq!(r.points.len(), 4);
        assert!(orthogonal(&r.points));
    }
}
