//! Orthogonal connector routes through the gutters between stage columns, never across a
//! card other than their own ends.
//!
//! - forward (to a later stage): out of the right side, into the target's left side,
//!   turning in the gutter left of the target column; when the source's row is blocked by a
//!   card in a stage between them, turning in the gutter right of the source instead; when
//!   both rows are blocked, through the nearest corridor free across those stages;
//! - backward: the mirror image, out of the left side into the target's right side;
//! - same column with no card between them (or an end in a collapsed lane with none):
//!   straight down or up; otherwise a loop through the gutter right of the column, or the
//!   one left of it where fewer runs pass beside it (not left of the first column);
//! - a card to itself: a small loop through the gutter on its right.
//!
//! Where a gutter would carry more runs side by side than it holds, the arrows
//! of that bundle whose way is clear go through lane space instead, as an **elbow**: along
//! the source's row into the target's column, then down (or up) into the target's top (or
//! bottom) through empty cells, with no run in a gutter at all.
//!
//! Several ends on one side of a card get ports of their own ([`super::ports`]); vertical
//! runs sharing a gutter, and horizontal runs sharing a corridor, get tracks of their own,
//! ordered to cross as little as possible. Every gutter is widened to hold as many tracks
//! [`TRACK_STEP`] apart as the blueprint's lanes suggest ([`gutter_tracks`],
//! [`super::columns`]), and further where a label needs room: routes are planned in even
//! columns (a plan depends on the columns' order and the cards' rows only), then drawn in
//! the widened ones.

use super::columns::Columns;
use super::geometry::CELL_PAD_X;
use super::obstacles::{Channel, Obstacles, CLEARANCE};
use super::ports::{self, Side};
use super::scene::{Arrowhead, ConnectorRoute, Point, Rect};
use crate::model::{Connector, Direction, ElementRef};

pub const HEAD_LEN: f32 = 8.0;
const HEAD_HALF: f32 = 4.0;
/// Half the height of a card's loop to itself.
const SELF_LOOP: f32 = 6.0;

/// Leftmost and rightmost track, relative to the gutter's middle: an arrow into a card's
/// right side (at −`CELL_PAD_X`) or left side (at +`CELL_PAD_X`) keeps most of an
/// arrowhead's length after its last bend.
pub const TRACK_MIN: f32 = -CELL_PAD_X + 8.0;
pub const TRACK_MAX: f32 = CELL_PAD_X - HEAD_LEN - 2.0;
/// Room between two neighbouring tracks: a gutter holds [`gutter_tracks`] this far apart.
pub const TRACK_STEP: f32 = 6.0;
/// The most a gutter is widened for a label.
pub const MAX_WIDENING: f32 = 10.0 * WIDENING_STEP;

/// Where a connector end sits.
#[derive(Clone, Copy, Debug)]
pub struct Place {
    pub column: usize,
    /// The card, or its cell inside a collapsed lane.
    pub rect: Rect,
    pub collapsed: bool,
    /// Identifies the box: ends with the same key share its sides' ports.
    pub key: usize,
}

/// How a connector runs, decided from its ends before any coordinate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shape {
    SelfLoop,
    Forward,
    Backward,
    Down,
    Up,
    /// Same column with cards between: through the gutter on the right (`right`), or on
    /// the left where the right one is busier ([`balance_loops`]).
    Loop {
        right: bool,
    },
    /// Along the source's row into the target's column (a later one when `forward`), then
    /// down into its top (`down`) or up into its bottom.
    Elbow {
        forward: bool,
        down: bool,
    },
}

/// The least drop between an elbow's source card and its target: the vertical leg keeps
/// an arrowhead and a little line above it.
const ELBOW_DROP: f32 = HEAD_LEN + 4.0;

impl Shape {
    pub fn of(from: &Place, to: &Place, obstacles: &Obstacles) -> Shape {
        let (a, b) = (from.rect, to.rect);
        if from.key == to.key {
            Shape::SelfLoop
        } else if from.column < to.column {
            Shape::Forward
        } else if from.column > to.column {
            Shape::Backward
        } else if a.y < b.y && !obstacles.any_between(from.column, a.bottom(), b.y) {
            Shape::Down
        } else if a.y > b.y && !obstacles.any_between(from.column, b.bottom(), a.y) {
            Shape::Up
        } else {
            Shape::Loop { right: true }
        }
    }

    /// The elbow from `from` to `to` in another column, when its way is clear: no card of
    /// the columns between within `CLEARANCE` of the source's band, and none of the
    /// target's column between that band and the target.
    fn elbow(from: &Place, to: &Place, obstacles: &Obstacles) -> Option<Shape> {
        let (a, b) = (from.rect, to.rect);
        let forward = from.column < to.column;
        let mut between = if forward { from.column + 1..to.column } else { to.column + 1..from.column };
        let down = b.y - a.bottom() >= ELBOW_DROP;
        if from.column == to.column || (!down && a.y - b.bottom() < ELBOW_DROP) {
            return None;
        }
        let (band_top, band_bottom) = (a.y - CLEARANCE, a.bottom() + CLEARANCE);
        let clear_between = between.all(|c| !obstacles.any_between(c, band_top, band_bottom));
        let clear_down = if down {
            !obstacles.any_between(to.column, band_top, b.y)
        } else {
            !obstacles.any_between(to.column, b.bottom(), band_bottom)
        };
        (clear_between && clear_down).then_some(Shape::Elbow { forward, down })
    }

    /// The sides the route leaves `from` and enters `to` by.
    pub fn sides(self) -> (Side, Side) {
        match self {
            Shape::Elbow { forward, down } => {
                (if forward { Side::Right } else { Side::Left }, if down { Side::Top } else { Side::Bottom })
            }
            Shape::SelfLoop | Shape::Loop { right: true } => (Side::Right, Side::Right),
            Shape::Loop { right: false } => (Side::Left, Side::Left),
            Shape::Forward => (Side::Right, Side::Left),
            Shape::Backward => (Side::Left, Side::Right),
            Shape::Down => (Side::Bottom, Side::Top),
            Shape::Up => (Side::Top, Side::Bottom),
        }
    }
}

/// A vertical run in a gutter, waiting for its track.
struct Run<'a> {
    gutter: usize,
    y0: f32,
    y1: f32,
    enter_right: bool,
    exit_right: bool,
    id: &'a str,
}

/// A horizontal run through a corridor, waiting for its track.
struct HRun<'a> {
    channel: Channel,
    y0: f32,
    id: &'a str,
}

/// A route before its tracks are known: start → (x of run 0, start.y) → (x of run 0,
/// y of the corridor) → (x of run 1, y of the corridor) → (x of run 1, end.y) → end.
/// Inline, not in vectors: a layout plans thousands.
struct Plan {
    start: Point,
    end: Point,
    /// Up to two vertical runs, by index, the second only after a corridor.
    runs: [Option<usize>; 2],
    /// The horizontal run (corridor) between them, by index.
    hrun: Option<usize>,
    /// No run: one bend, below or above the end, at the start's height.
    elbow: bool,
}

/// Route every connector between the cards of `even` columns (`ends` are placed in them).
/// `labels` are the sizes of their labels' boxes, `None` for no label. Returns the routes,
/// in the order of `ends`, drawn in the columns the gutters' tracks and the labels need,
/// and those columns: the caller places the cards in them. Labels are placed afterwards,
/// knowing every route ([`super::label`]).
pub fn route_all(
    ends: &[(&Connector, Place, Place)],
    labels: &[Option<(f32, f32)>],
    obstacles: &Obstacles,
    even: &Columns,
    held: usize,
) -> (Vec<ConnectorRoute>, Columns) {
    let mut shapes: Vec<Shape> = ends.iter().map(|(_, f, t)| Shape::of(f, t, obstacles)).collect();
    let (mut plans, mut runs, mut hruns) = plan_all(ends, &shapes, obstacles);
    let mut tracks = Tracks::of(&runs);
    // Bundles of more runs than a gutter holds send their clear arrows through lane
    // space; the ports of their ends' sides change, so everything is planned again.
    let mut owner = vec![0; runs.len()];
    for (i, plan) in plans.iter().enumerate() {
        for &r in plan.runs.iter().flatten() {
            owner[r] = i;
        }
    }
    let mut elbows = false;
    for group in tracks.groups(&runs).filter(|g| g.len() > held) {
        for &r in group {
            let i = owner[r];
            let (_, from, to) = &ends[i];
            if let Some(elbow) = Shape::elbow(from, to, obstacles) {
                shapes[i] = elbow;
                elbows = true;
            }
        }
    }
    if elbows {
        (plans, runs, hruns) = plan_all(ends, &shapes, obstacles);
        tracks = Tracks::of(&runs);
    }
    if balance_loops(ends, &mut shapes, &plans, &runs, even.len(), held) {
        (plans, runs, hruns) = plan_all(ends, &shapes, obstacles);
        tracks = Tracks::of(&runs);
    }
    // Not the gutter left of the first column: no run is ever planned there.
    let base = widening(held);
    let widened = |g: usize, w: f32| if g == 0 { 0.0 } else { w };
    let mut columns = Columns::widened(even.left(0), (0..=even.len()).map(|g| widened(g, base)).collect());
    let mut xs = tracks.xs(&runs, &columns);
    // How far each column's cards moved: the plan's ends move with their cards.
    let moved = |p: Point, column: usize, columns: &Columns| Point {
        x: p.x + columns.card_x(column) - even.card_x(column),
        y: p.y,
    };
    // Gutters widened further where a label has no room on its route otherwise. Tracks
    // keep their offsets from the gutter's middle (they are TRACK_STEP apart already).
    let room = label_room(ends, labels, &plans, &runs, &xs, &columns, |p, c| moved(p, c, &columns));
    if room.iter().any(|&r| r > base) {
        columns =
            Columns::widened(even.left(0), room.iter().enumerate().map(|(g, r)| widened(g, r.max(base))).collect());
        xs = tracks.xs(&runs, &columns);
    }
    let ys = corridor_tracks(&hruns);
    let routes = ends
        .iter()
        .zip(plans)
        .map(|((c, from, to), mut plan)| {
            plan.start = moved(plan.start, from.column, &columns);
            plan.end = moved(plan.end, to.column, &columns);
            let mut points = Vec::with_capacity(6);
            points.push(plan.start);
            let mut y = plan.start.y;
            for (i, &r) in plan.runs.iter().flatten().enumerate() {
                let next = if i == 0 { plan.hrun.map_or(plan.end.y, |h| ys[h]) } else { plan.end.y };
                points.push(p(xs[r], y));
                points.push(p(xs[r], next));
                y = next;
            }
            if plan.elbow {
                points.push(p(plan.end.x, plan.start.y));
            }
            points.push(plan.end);
            finish(c, from, to, simplify(points))
        })
        .collect();
    (routes, columns)
}

/// Loops whose gutter (right of their column) is busy beside them go through the gutter
/// left of the column instead, where fewer runs pass beside them and it still has room
/// (`held` tracks: the crowded bundles were re-planned before): longest first, each
/// counted against where the ones before it went. A gutter is busy when two other runs
/// pass beside the loop; a loop of the first column stays (left of it are the lane
/// headers, and that gutter is not widened for runs). Returns whether any loop moved.
fn balance_loops(
    ends: &[(&Connector, Place, Place)],
    shapes: &mut [Shape],
    plans: &[Plan],
    runs: &[Run],
    columns: usize,
    held: usize,
) -> bool {
    let extent = |r: &Run| (r.y0.min(r.y1), r.y0.max(r.y1));
    let mut loops: Vec<(usize, usize)> = shapes
        .iter()
        .zip(plans)
        .enumerate()
        .filter(|(i, (shape, _))| **shape == Shape::Loop { right: true } && ends[*i].1.column > 0)
        .filter_map(|(i, (_, plan))| Some((i, plan.runs[0]?)))
        .collect();
    if loops.is_empty() {
        return false;
    }
    let span = |r: usize| extent(&runs[r]).1 - extent(&runs[r]).0;
    loops.sort_by(|a, b| span(b.1).total_cmp(&span(a.1)).then(runs[a.1].id.cmp(runs[b.1].id)));
    // Each gutter's runs: their extents, and which run.
    let mut gutters: Vec<Vec<(f32, f32, usize)>> = vec![Vec::new(); columns + 1];
    for (i, r) in runs.iter().enumerate() {
        let (lo, hi) = extent(r);
        gutters[r.gutter].push((lo, hi, i));
    }
    let beside = |list: &[(f32, f32, usize)], (lo, hi): (f32, f32), me: usize| {
        list.iter().filter(|&&(a, b, r)| r != me && a < hi && lo < b).count()
    };
    let mut moved = false;
    for (i, r) in loops {
        let (g, at) = (runs[r].gutter, extent(&runs[r]));
        let right = beside(&gutters[g], at, r);
        let left = beside(&gutters[g - 1], at, r);
        if right >= 2 && left < right && left < held {
            shapes[i] = Shape::Loop { right: false };
            gutters[g].retain(|e| e.2 != r);
            gutters[g - 1].push((at.0, at.1, r));
            moved = true;
        }
    }
    moved
}

/// How many tracks every gutter of a blueprint with `lanes` lanes holds `TRACK_STEP` apart:
/// a run joins two rows, and a gutter beside n lanes rarely has more than half as many side
/// by side (the hospital example's 12 lanes: 5 at most). The columns' x then depends on
/// the lanes, not on the routes: sized by its runs, a gutter changed with every edit to
/// them and moved every column right of it (at 5,000 cards a drop moved forty columns by
/// up to 156 px, redrew every card and took 80–130 ms). Beyond that, its tracks come closer.
pub fn gutter_tracks(lanes: usize) -> usize {
    lanes.div_ceil(2).clamp(2, 6)
}

/// Each connector's plan in its shape, with the vertical and horizontal runs they need.
fn plan_all<'a>(
    ends: &[(&'a Connector, Place, Place)],
    shapes: &[Shape],
    obstacles: &Obstacles,
) -> (Vec<Plan>, Vec<Run<'a>>, Vec<HRun<'a>>) {
    let ports = ports::assign(ends, shapes);
    let mut runs: Vec<Run> = Vec::new();
    let mut hruns: Vec<HRun> = Vec::new();
    let plans = ends
        .iter()
        .zip(shapes)
        .zip(&ports)
        .map(|(((c, from, to), &shape), &(pa, pb))| {
            plan(c.id.as_str(), from, to, shape, pa, pb, obstacles, &mut runs, &mut hruns)
        })
        .collect();
    (plans, runs, hruns)
}

#[allow(clippy::too_many_arguments)]
fn plan<'a>(
    id: &'a str,
    from: &Place,
    to: &Place,
    shape: Shape,
    pa: f32,
    pb: f32,
    obstacles: &Obstacles,
    runs: &mut Vec<Run<'a>>,
    hruns: &mut Vec<HRun<'a>>,
) -> Plan {
    let (a, b) = (from.rect, to.rect);
    let mut run = |gutter: usize, y0: f32, y1: f32, enter_right: bool, exit_right: bool| {
        runs.push(Run { gutter, y0, y1, enter_right, exit_right, id });
        runs.len() - 1
    };
    let straight = |start: Point, end: Point| Plan { start, end, runs: [None; 2], hrun: None, elbow: false };
    let one =
        |start: Point, end: Point, run: usize| Plan { start, end, runs: [Some(run), None], hrun: None, elbow: false };
    match shape {
        Shape::Down | Shape::Up => {
            let (ya, yb) = if shape == Shape::Down { (a.bottom(), b.y) } else { (a.y, b.bottom()) };
            // One x for both ends keeps the run straight; the busier side's port wins.
            straight(p(pa, ya), p(pa, yb))
        }
        Shape::Elbow { forward, down } => {
            let start = if forward { p(a.right(), pa) } else { p(a.x, pa) };
            let end = if down { p(pb, b.y) } else { p(pb, b.bottom()) };
            Plan { elbow: true, ..straight(start, end) }
        }
        Shape::SelfLoop | Shape::Loop { right: true } => {
            let (ya, yb) = if shape == Shape::SelfLoop { (pa - SELF_LOOP, pa + SELF_LOOP) } else { (pa, pb) };
            let r = run(from.column + 1, ya, yb, false, false);
            one(p(a.right(), ya), p(b.right(), yb), r)
        }
        Shape::Loop { right: false } => {
            let r = run(from.column, pa, pb, true, true);
            one(p(a.x, pa), p(b.x, pb), r)
        }
        Shape::Forward | Shape::Backward => {
            let fwd = shape == Shape::Forward;
            let (start, end) = if fwd { (p(a.right(), pa), p(b.x, pb)) } else { (p(a.x, pa), p(b.right(), pb)) };
            // Columns strictly between the two ends, and the gutters next to each end.
            let (between, near_from, near_to) = if fwd {
                (from.column + 1..to.column, from.column + 1, to.column)
            } else {
                (to.column + 1..from.column, from.column, to.column + 1)
            };
            let enter_right = !fwd;
            if pa == pb && obstacles.row_free(between.clone(), pa) {
                straight(start, end)
            } else if obstacles.row_free(between.clone(), pa) {
                let r = run(near_to, pa, pb, enter_right, !enter_right);
                one(start, end, r)
            } else if obstacles.row_free(between.clone(), pb) {
                let r = run(near_from, pa, pb, enter_right, !enter_right);
                one(start, end, r)
            } else {
                let channel = obstacles.channel(between, pa, pa, pb);
                let r0 = run(near_from, pa, channel.y, enter_right, !enter_right);
                let r1 = run(near_to, channel.y, pb, enter_right, !enter_right);
                hruns.push(HRun { channel, y0: pa, id });
                Plan { start, end, runs: [Some(r0), Some(r1)], hrun: Some(hruns.len() - 1), elbow: false }
            }
        }
    }
}

/// Vertical runs of one gutter closer than this need tracks of their own: two ports apart
/// and more, so that two runs ending at neighbouring ports of one card never line up into
/// what reads as one line passing the card.
const TRACK_CLEAR: f32 = 2.0 * ports::PORT_STEP;

/// The runs' order in their gutters' tracks. Runs of a gutter whose vertical extents
/// overlap, directly or through others, form a bundle; each bundle is spread evenly across
/// its gutter (at most `TRACK_STEP` apart), so runs far apart keep the gutter's middle and
/// a move re-tracks only the bundles it touches. Order in a bundle, left to right: loops back into the left
/// column (longest outermost), runs passing through the gutter ordered so their horizontal
/// legs do not cross each other's vertical ones, loops back into the right column.
struct Tracks {
    /// Run indices sorted by gutter, bundle and place in the bundle.
    order: Vec<usize>,
    bundle: Vec<usize>,
}

impl Tracks {
    fn of(runs: &[Run]) -> Tracks {
        let key = |r: &Run| -> (u8, f32) {
            let span = (r.y1 - r.y0).abs();
            match (r.enter_right, r.exit_right) {
                (false, false) => (0, span),
                (true, true) => (2, -span),
                (enter_right, _) => {
                    let up = r.y1 < r.y0;
                    (1, if up != enter_right { r.y0 } else { -r.y0 })
                }
            }
        };
        let bundle = bundles(runs);
        let mut order: Vec<usize> = (0..runs.len()).collect();
        order.sort_by(|&i, &j| {
            let (a, b) = (&runs[i], &runs[j]);
            let (ka, kb) = (key(a), key(b));
            a.gutter
                .cmp(&b.gutter)
                .then(bundle[i].cmp(&bundle[j]))
                .then(ka.0.cmp(&kb.0))
                .then(ka.1.total_cmp(&kb.1))
                .then(a.y1.total_cmp(&b.y1))
                .then(a.id.cmp(b.id))
        });
        Tracks { order, bundle }
    }

    /// The bundles, each in its order.
    fn groups<'s>(&'s self, runs: &'s [Run]) -> impl Iterator<Item = &'s [usize]> {
        let bundle = &self.bundle;
        self.order.chunk_by(move |&i, &j| runs[i].gutter == runs[j].gutter && bundle[i] == bundle[j])
    }

    /// The x of each run in `columns`.
    fn xs(&self, runs: &[Run], columns: &Columns) -> Vec<f32> {
        let mut xs = vec![0.0; runs.len()];
        for group in self.groups(runs) {
            let g = runs[group[0]].gutter;
            let (mid, half) = (columns.gutter_mid(g), columns.widening(g) / 2.0);
            for (k, t) in spread(group.len(), TRACK_MIN - half, TRACK_MAX + half).enumerate() {
                xs[group[k]] = mid + t;
            }
        }
        xs
    }
}

/// Per gutter, how wide it must be for the labels that have no room on their route but a
/// vertical run in it: a label whose box is longer than every horizontal segment of its
/// route sits centred on its longest run, and the gutter is widened (in steps of
/// `WIDENING_STEP`, at most `MAX_WIDENING`) until the box clears the cards either side.
#[allow(clippy::too_many_arguments)]
fn label_room(
    ends: &[(&Connector, Place, Place)],
    labels: &[Option<(f32, f32)>],
    plans: &[Plan],
    runs: &[Run],
    xs: &[f32],
    columns: &Columns,
    moved: impl Fn(Point, usize) -> Point,
) -> Vec<f32> {
    let mut room = vec![0.0f32; columns.len() + 1];
    for (((_, from, to), label), plan) in ends.iter().zip(labels).zip(plans) {
        let (Some((w, h)), Some(first)) = (label, plan.runs[0]) else { continue };
        // The route's horizontal segments: to the first run, between runs, from the last.
        let last = plan.runs[1].unwrap_or(first);
        let (start, end) = (moved(plan.start, from.column), moved(plan.end, to.column));
        let widest = (xs[first] - start.x).abs().max((xs[last] - xs[first]).abs()).max((end.x - xs[last]).abs());
        if widest >= w + 2.0 * HEAD_LEN {
            continue;
        }
        let Some(r) = plan
            .runs
            .iter()
            .flatten()
            .copied()
            .max_by(|&a, &b| (runs[a].y1 - runs[a].y0).abs().total_cmp(&(runs[b].y1 - runs[b].y0).abs()))
        else {
            continue;
        };
        let run = &runs[r];
        if (run.y1 - run.y0).abs() < h + 2.0 * HEAD_LEN {
            continue;
        }
        // The gutter between the cards either side, from the run: its middle ± half its
        // width, which is 2 × CELL_PAD_X plus the widening.
        let off = (xs[r] - columns.gutter_mid(run.gutter)).abs();
        let need = w + 2.0 * (off + CLEARANCE) - 2.0 * CELL_PAD_X;
        let need = (need / WIDENING_STEP).ceil() * WIDENING_STEP;
        if need <= MAX_WIDENING {
            room[run.gutter] = room[run.gutter].max(need);
        }
    }
    room
}

/// What a gutter is widened by for a bundle of `tracks` runs: enough for them to be
/// `TRACK_STEP` apart, in steps of [`WIDENING_STEP`], at most `MAX_WIDENING`.
pub fn widening(tracks: usize) -> f32 {
    let need = tracks as f32 * TRACK_STEP - (TRACK_MAX - TRACK_MIN);
    ((need / WIDENING_STEP).ceil() * WIDENING_STEP).clamp(0.0, MAX_WIDENING)
}

/// Gutters widen two tracks at a time.
const WIDENING_STEP: f32 = 2.0 * TRACK_STEP;

/// For each run, its bundle: the runs of its gutter reached through a chain of runs each
/// within `TRACK_CLEAR` of the next. Numbered by the topmost run's rank, so numbers
/// compare within a gutter only.
fn bundles(runs: &[Run]) -> Vec<usize> {
    let span = |r: &Run| (r.y0.min(r.y1), r.y0.max(r.y1));
    let mut by_top: Vec<usize> = (0..runs.len()).collect();
    by_top.sort_unstable_by(|&i, &j| {
        runs[i].gutter.cmp(&runs[j].gutter).then(span(&runs[i]).0.total_cmp(&span(&runs[j]).0))
    });
    let mut bundle = vec![0; runs.len()];
    let mut current = 0;
    let mut reach = f32::NEG_INFINITY;
    for (rank, &i) in by_top.iter().enumerate() {
        let (top, bottom) = span(&runs[i]);
        let joins = rank > 0 && runs[by_top[rank - 1]].gutter == runs[i].gutter && top < reach + TRACK_CLEAR;
        if !joins {
            current = rank;
            reach = bottom;
        }
        reach = reach.max(bottom);
        bundle[i] = current;
    }
    bundle
}

/// Offsets of `n` tracks evenly spread between `lo` and `hi`, centred, at most
/// `TRACK_STEP` apart.
fn spread(n: usize, lo: f32, hi: f32) -> impl Iterator<Item = f32> {
    let step = TRACK_STEP.min((hi - lo) / n as f32);
    let first = (lo + hi) / 2.0 - step * (n as f32 - 1.0) / 2.0;
    (0..n).map(move |k| first + step * k as f32)
}

/// The y of each horizontal run: runs through the same corridor get tracks of their own
/// inside it, ordered by the row they come from.
fn corridor_tracks(hruns: &[HRun]) -> Vec<f32> {
    let key = |h: &HRun| (h.channel.lo.to_bits(), h.channel.hi.to_bits(), h.channel.y.to_bits());
    let mut order: Vec<usize> = (0..hruns.len()).collect();
    order.sort_by(|&i, &j| {
        let (a, b) = (&hruns[i], &hruns[j]);
        key(a).cmp(&key(b)).then(a.y0.total_cmp(&b.y0)).then(a.id.cmp(b.id))
    });
    let mut ys = vec![0.0; hruns.len()];
    for group in order.chunk_by(|&i, &j| key(&hruns[i]) == key(&hruns[j])) {
        let c = hruns[group[0]].channel;
        // Centred on the corridor's y, within its clear band.
        let half = ((c.y - c.lo).min(c.hi - c.y) - CLEARANCE).max(0.0);
        for (k, t) in spread(group.len(), -half, half).enumerate() {
            ys[group[k]] = c.y + t;
        }
    }
    ys
}

/// Drop repeated points and bends that do not turn (in place: kept points move down).
fn simplify(mut points: Vec<Point>) -> Vec<Point> {
    let mut kept = 0;
    for i in 0..points.len() {
        let q = points[i];
        if kept > 0 && points[kept - 1] == q {
            continue;
        }
        if kept >= 2 {
            let (a, b) = (points[kept - 2], points[kept - 1]);
            if (a.x == b.x && b.x == q.x) || (a.y == b.y && b.y == q.y) {
                kept -= 1;
            }
        }
        points[kept] = q;
        kept += 1;
    }
    points.truncate(kept);
    if kept == 1 {
        points.push(points[0]);
    }
    points
}

fn finish(c: &Connector, from: &Place, to: &Place, points: Vec<Point>) -> ConnectorRoute {
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
        label: None,
        points,
        arrowheads,
        from_collapsed: from.collapsed,
        to_collapsed: to.collapsed,
    }
}

pub fn p(x: f32, y: f32) -> Point {
    Point { x, y }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::geometry::{CARD_W, STAGE_W};

    const GRID_X: f32 = 200.0;

    fn even() -> Columns {
        Columns::even(GRID_X, 8)
    }

    fn place(key: usize, column: usize, y: f32) -> Place {
        let column_x = GRID_X + column as f32 * STAGE_W;
        Place { column, rect: Rect { x: column_x + CELL_PAD_X, y, w: CARD_W, h: 40.0 }, collapsed: false, key }
    }

    fn obstacles(places: &[Place]) -> Obstacles {
        let mut v: Vec<_> = places.iter().map(|p| (p.column, p.rect)).collect();
        v.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.y.total_cmp(&b.1.y)));
        Obstacles::new(even(), v.into_iter())
    }

    fn orthogonal(points: &[Point]) -> bool {
        points.windows(2).all(|w| w[0].x == w[1].x || w[0].y == w[1].y)
    }

    /// No segment crosses the inside of a card other than its ends'.
    fn clear_of(points: &[Point], cards: &[Place], ends: [usize; 2]) -> bool {
        points.windows(2).all(|w| {
            let (x0, x1) = (w[0].x.min(w[1].x), w[0].x.max(w[1].x));
            let (y0, y1) = (w[0].y.min(w[1].y), w[0].y.max(w[1].y));
            cards.iter().filter(|c| !ends.contains(&c.key)).all(|c| {
                let r = c.rect;
                x1 <= r.x || x0 >= r.right() || y1 <= r.y || y0 >= r.bottom()
            })
        })
    }

    /// How many times a horizontal segment of one route crosses a vertical one of another
    /// (strictly inside both).
    fn crossings(routes: &[ConnectorRoute]) -> usize {
        let segments = |r: &ConnectorRoute| r.points.windows(2).map(|w| (w[0], w[1])).collect::<Vec<_>>();
        let mut n = 0;
        for (i, a) in routes.iter().enumerate() {
            for b in routes.iter().skip(i + 1) {
                for (h0, h1) in segments(a).into_iter().chain(segments(b)) {
                    let other = if segments(a).contains(&(h0, h1)) { b } else { a };
                    if h0.y != h1.y {
                        continue;
                    }
                    for (v0, v1) in segments(other).into_iter().filter(|(p, q)| p.x == q.x) {
                        let (x0, x1) = (h0.x.min(h1.x), h0.x.max(h1.x));
                        let (y0, y1) = (v0.y.min(v1.y), v0.y.max(v1.y));
                        n += usize::from(v0.x > x0 && v0.x < x1 && h0.y > y0 && h0.y < y1);
                    }
                }
            }
        }
        n
    }

    #[test]
    fn elbows_from_one_card_to_columns_apart_do_not_cross() {
        let cs: Vec<Connector> = (0..2).map(|i| Connector::new(format!("a{i}"), "x", "y")).collect();
        let (a, near, far) = (place(0, 0, 100.0), place(1, 1, 300.0), place(2, 2, 500.0));
        let cards = [a, near, far];
        let ends = [(&cs[0], a, near), (&cs[1], a, far)];
        let shapes = [Shape::Elbow { forward: true, down: true }; 2];
        let ports = ports::assign(&ends, &shapes);
        assert!(ports[1].0 < ports[0].0, "the leg to the farther column leaves higher: {ports:?}");
        let mut runs = Vec::new();
        let mut hruns = Vec::new();
        let o = obstacles(&cards);
        let routes: Vec<ConnectorRoute> = ends
            .iter()
            .zip(&ports)
            .zip(shapes)
            .map(|(((c, f, t), &(pa, pb)), sh)| {
                let plan = plan(c.id.as_str(), f, t, sh, pa, pb, &o, &mut runs, &mut hruns);
                let points = simplify(vec![plan.start, p(plan.end.x, plan.start.y), plan.end]);
                finish(c, f, t, points)
            })
            .collect();
        assert_eq!(crossings(&routes), 0, "{routes:?}");
        // What the count counts: a leg across another's.
        let mut across = routes.clone();
        across[0].points = vec![p(0.0, 50.0), p(100.0, 50.0)];
        across[1].points = vec![p(50.0, 0.0), p(50.0, 100.0)];
        assert_eq!(crossings(&across), 1);
    }

    fn one(c: &Connector, places: &[Place], from: usize, to: usize) -> ConnectorRoute {
        let o = obstacles(places);
        route_all(&[(c, places[from], places[to])], &[], &o, &even(), 2).0.remove(0)
    }

    #[test]
    fn forward_turns_in_the_gutter_left_of_the_target() {
        let c = Connector::new("a1", "c1", "c2");
        let r = one(&c, &[place(0, 0, 100.0), place(1, 1, 300.0)], 0, 1);
        assert_eq!(r.points.len(), 4);
        assert!(orthogonal(&r.points));
        assert!((r.points[1].x - (GRID_X + STAGE_W)).abs() <= CELL_PAD_X);
        assert_eq!(r.points[3], p(GRID_X + STAGE_W + CELL_PAD_X, 320.0));
        assert_eq!(r.arrowheads[0].tip, r.points[3]);
    }

    #[test]
    fn a_card_in_between_is_gone_around() {
        let c = Connector::new("a1", "c1", "c3");
        // The source's row is blocked in column 1: turn next to the source instead.
        let cards = [place(0, 0, 100.0), place(1, 1, 90.0), place(2, 2, 300.0)];
        let r = one(&c, &cards, 0, 2);
        assert!(orthogonal(&r.points) && clear_of(&r.points, &cards, [0, 2]), "{:?}", r.points);
        assert!(r.points[1].x < GRID_X + STAGE_W + CELL_PAD_X);
        // Both rows blocked: through a corridor free across the columns between.
        let cards = [place(0, 0, 100.0), place(1, 1, 90.0), place(2, 2, 100.0), place(3, 3, 300.0), place(4, 2, 290.0)];
        let r = one(&c, &cards, 0, 3);
        assert!(orthogonal(&r.points) && clear_of(&r.points, &cards, [0, 3]), "{:?}", r.points);
        assert_eq!(r.points.len(), 6);
        // Backward, same trouble.
        let r = one(&c, &cards, 3, 0);
        assert!(orthogonal(&r.points) && clear_of(&r.points, &cards, [3, 0]), "{:?}", r.points);
    }

    #[test]
    fn overlapping_rows_give_a_straight_arrow() {
        let c = Connector::new("a1", "c1", "c2");
        let mut b = place(1, 1, 110.0);
        b.rect.h = 80.0;
        let r = one(&c, &[place(0, 0, 100.0), b], 0, 1);
        assert_eq!(r.points.len(), 2, "{:?}", r.points);
        assert_eq!(r.points[0].y, r.points[1].y);
    }

    #[test]
    fn same_column_straight_between_neighbours_else_loops() {
        let c = Connector::new("a1", "c1", "c2");
        let cards = [place(0, 1, 300.0), place(1, 1, 200.0), place(2, 1, 100.0)];
        let r = one(&c, &cards, 0, 1);
        assert_eq!(r.points.len(), 2);
        assert_eq!(r.points[0].y, 300.0);
        assert_eq!(r.points[1].y, 240.0);
        let r = one(&c, &cards, 0, 2);
        assert_eq!(r.points.len(), 4);
        assert!(orthogonal(&r.points) && clear_of(&r.points, &cards, [0, 2]));
        let gutter = GRID_X + 2.0 * STAGE_W;
        assert!(r.points[1].x >= gutter + TRACK_MIN && r.points[1].x <= gutter + TRACK_MAX);
        let r = one(&c, &cards, 0, 0);
        assert_eq!(r.points.len(), 4, "a loop to itself");
        assert!(orthogonal(&r.points));
    }

    #[test]
    fn a_loop_goes_left_of_its_column_where_its_gutter_is_busy() {
        let cs: Vec<Connector> = (0..3).map(|i| Connector::new(format!("a{i}"), "x", "y")).collect();
        for column in [0, 1] {
            let cards: Vec<Place> = (0..4).map(|k| place(k, column, 100.0 + 100.0 * k as f32)).collect();
            // Three loops side by side right of the column; the longest has two beside it.
            let ends = [(&cs[0], cards[0], cards[3]), (&cs[1], cards[0], cards[2]), (&cs[2], cards[1], cards[3])];
            let (routes, _) = route_all(&ends, &[], &obstacles(&cards), &even(), 2);
            let right = GRID_X + (column + 1) as f32 * STAGE_W;
            let left = GRID_X + column as f32 * STAGE_W;
            let gutter_x = |r: &ConnectorRoute| r.points[1].x;
            for (r, (_, from, to)) in routes.iter().zip(&ends) {
                assert!(orthogonal(&r.points) && clear_of(&r.points, &cards, [from.key, to.key]), "{r:?}");
            }
            for r in &routes[1..] {
                assert!((gutter_x(r) - right).abs() <= CELL_PAD_X, "a loop with one beside it stays right: {r:?}");
            }
            let longest = &routes[0];
            if column == 0 {
                // Left of the first column are the lane headers.
                assert!((gutter_x(longest) - right).abs() <= CELL_PAD_X, "{longest:?}");
            } else {
                assert!((gutter_x(longest) - left).abs() <= CELL_PAD_X, "{longest:?}");
                // Out of the left side and into it: the arrowhead points right, at the card.
                assert_eq!(longest.points[0].x, cards[0].rect.x);
                assert_eq!(longest.arrowheads[0].tip, *longest.points.last().unwrap());
                assert_eq!(longest.arrowheads[0].tip.x, cards[3].rect.x);
                assert!(longest.arrowheads[0].points[1].x < cards[3].rect.x);
            }
        }
    }

    #[test]
    fn runs_sharing_a_gutter_get_tracks_of_their_own() {
        let cs: Vec<Connector> = (0..4).map(|i| Connector::new(format!("a{i}"), "x", "y")).collect();
        let cards = [
            place(0, 0, 100.0),
            place(1, 0, 200.0),
            place(2, 0, 300.0),
            place(3, 1, 400.0),
            place(4, 1, 100.0),
            place(5, 0, 500.0),
            // Blocks the way through column 1's cells above card 3 (were the gutter crowded).
            place(6, 1, 340.0),
        ];
        let o = obstacles(&cards);
        // Three runs into the gutter left of column 1, and a loop in the same gutter.
        let ends = [
            (&cs[0], cards[0], cards[3]),
            (&cs[1], cards[1], cards[3]),
            (&cs[2], cards[2], cards[3]),
            (&cs[3], cards[0], cards[5]),
        ];
        // The blueprint's gutters hold four tracks: every gutter is widened for them, so
        // the columns' x does not follow the routes (an edit to them moves no column).
        let (routes, columns) = route_all(&ends, &[], &o, &even(), 4);
        assert!(widening(4) > 0.0 && widening(2) == 0.0);
        assert!((1..=even().len()).all(|g| columns.widening(g) == widening(4)));
        assert_eq!(columns.widening(0), 0.0, "no run is planned left of the first column");
        assert_eq!(columns.card_x(1), even().card_x(1) + widening(4));
        let mut xs: Vec<f32> = routes.iter().map(|r| r.points[1].x).collect();
        xs.sort_by(f32::total_cmp);
        xs.dedup();
        assert_eq!(xs.len(), 4, "every vertical run has its own track: {xs:?}");
        assert!(routes[..3].iter().all(|r| r.points.last().unwrap().x == columns.card_x(1)));
        let gutter = columns.left(1);
        let (lo, hi) = (gutter + TRACK_MIN, gutter + widening(4) + TRACK_MAX);
        assert!(xs.iter().all(|x| (lo..=hi).contains(x)), "{xs:?} in {lo}..{hi}");
        assert!(xs.windows(2).all(|w| w[1] - w[0] >= TRACK_STEP - 0.01), "{xs:?}");
        // Going down from the left, the run starting highest is rightmost: no crossings.
        assert!(routes[0].points[1].x > routes[1].points[1].x && routes[1].points[1].x > routes[2].points[1].x);
        // Fewer runs than that: the same columns (they follow the lanes, not the runs).
        assert_eq!(route_all(&ends[..1], &[], &o, &even(), 4).1, columns);
        // More runs than the gutter holds come closer, and stay inside it.
        let many: Vec<Connector> = (0..50).map(|i| Connector::new(format!("m{i}"), "x", "y")).collect();
        let ends: Vec<_> = many.iter().map(|c| (c, cards[0], cards[3])).collect();
        let (routes, wide) = route_all(&ends, &[], &o, &even(), 4);
        assert_eq!(wide, columns);
        assert!(routes.iter().all(|r| (lo..=hi).contains(&r.points[1].x)));
    }

    #[test]
    fn gutters_hold_tracks_for_half_the_lanes() {
        assert_eq!([1, 3, 5, 12, 30].map(gutter_tracks), [2, 2, 3, 6, 6]);
    }

    #[test]
    fn a_crowded_gutter_sends_arrows_with_a_clear_way_through_lane_space() {
        let cs: Vec<Connector> = (0..3).map(|i| Connector::new(format!("a{i}"), "x", "y")).collect();
        let target = place(3, 1, 500.0);
        let cards = [place(0, 0, 100.0), place(1, 0, 200.0), place(2, 0, 300.0), target];
        let ends: Vec<_> = (0..3).map(|i| (&cs[i], cards[i], target)).collect();
        let routes = route_all(&ends, &[], &obstacles(&cards), &even(), 2).0;
        let mut xs = Vec::new();
        for (i, r) in routes.iter().enumerate() {
            // Out of the right side along the source's row, then down into the target's top.
            assert_eq!(r.points.len(), 3, "{:?}", r.points);
            assert!(orthogonal(&r.points) && clear_of(&r.points, &cards, [i, 3]), "{:?}", r.points);
            assert_eq!(r.points[0].x, cards[i].rect.right());
            assert_eq!(r.points[2].y, target.rect.y);
            assert!(r.points[2].x > target.rect.x && r.points[2].x < target.rect.right());
            assert_eq!(r.arrowheads[0].tip, r.points[2]);
            xs.push(r.points[2].x);
        }
        // The highest source's leg nearest the far corner: the lower ones' legs end before it.
        assert!(xs[0] > xs[1] && xs[1] > xs[2], "each enters at a port of its own: {xs:?}");
        assert_eq!(crossings(&routes), 0);

        // A card in the way keeps the arrows above it in the gutter; the one below it goes
        // through the cells.
        let blocker = place(4, 1, 250.0);
        let cards = [cards[0], cards[1], cards[2], target, blocker];
        let routes = route_all(&ends, &[], &obstacles(&cards), &even(), 2).0;
        assert_eq!(routes.iter().map(|r| r.points.len()).collect::<Vec<_>>(), [4, 4, 3]);
        for (i, r) in routes.iter().enumerate() {
            assert!(orthogonal(&r.points) && clear_of(&r.points, &cards, [i, 3]), "{:?}", r.points);
        }

        // Two runs fit the gutter: they stay there.
        let ends = &ends[..2];
        let routes = route_all(ends, &[], &obstacles(&cards[..4]), &even(), 2).0;
        assert!(routes.iter().all(|r| r.points.len() == 4), "{routes:?}");
    }

    #[test]
    fn runs_at_neighbouring_ports_get_tracks_of_their_own() {
        let cs: Vec<Connector> = (0..2).map(|i| Connector::new(format!("a{i}"), "x", "y")).collect();
        // b has one loop in from above (a → b) and one out below (b → c), around the cards
        // between, through the gutter right of their column: their runs meet b's right side
        // a port apart.
        let cards =
            [place(0, 0, 100.0), place(1, 0, 300.0), place(2, 0, 500.0), place(3, 0, 200.0), place(4, 0, 400.0)];
        let o = obstacles(&cards);
        let ends = [(&cs[0], cards[0], cards[1]), (&cs[1], cards[1], cards[2])];
        let routes = route_all(&ends, &[], &o, &even(), 2).0;
        assert!(routes.iter().all(|r| r.points.len() == 4), "two loops: {routes:?}");
        let gap = routes[1].points[1].y - routes[0].points[2].y;
        assert!(gap > 0.0 && gap <= 12.0, "the runs end and start a port apart: {gap}");
        assert_ne!(routes[0].points[1].x, routes[1].points[1].x, "{:?} / {:?}", routes[0].points, routes[1].points);
    }

    #[test]
    fn runs_far_apart_share_a_track_and_keep_it() {
        let cs: Vec<Connector> = (0..4).map(|i| Connector::new(format!("a{i}"), "x", "y")).collect();
        // Two bundles in the gutter left of column 1: rows 100 → 200 and rows 600 → 700.
        let cards =
            [place(0, 0, 100.0), place(1, 1, 200.0), place(2, 0, 600.0), place(3, 1, 700.0), place(4, 0, 130.0)];
        let o = obstacles(&cards);
        let top = [(&cs[0], cards[0], cards[1])];
        let both = [(&cs[0], cards[0], cards[1]), (&cs[1], cards[2], cards[3])];
        let alone = route_all(&top, &[], &o, &even(), 2).0[0].points[1].x;
        let routes = route_all(&both, &[], &o, &even(), 2).0;
        assert_eq!(routes[0].points[1].x, alone, "a run far below takes no track from it");
        assert_eq!(routes[1].points[1].x, alone, "runs that never meet share the middle track");
        // A second run joining the top bundle moves that bundle's tracks only.
        let three = [(&cs[0], cards[0], cards[1]), (&cs[1], cards[2], cards[3]), (&cs[2], cards[4], cards[1])];
        let routes = route_all(&three, &[], &o, &even(), 2).0;
        assert_ne!(routes[0].points[1].x, routes[2].points[1].x, "overlapping runs get tracks of their own");
        assert_eq!(routes[1].points[1].x, alone, "the bundle below keeps its track");
    }
}
