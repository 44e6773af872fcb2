//! The clear spot nearest a route that has no room of its own (an arrow in a gutter, or
//! between stacked cards): spots around points sampled along the route, and on the lane
//! boundaries (whose padding always leaves room for a line of label), nearest first, off
//! the lines if one is near enough.
//!
//! Cost: only the boundaries within reach of the route are tried, found by binary search,
//! and the reach grows fourfold while nothing within it is clear; a sample at the same x
//! as an earlier one (down a vertical segment) tries no boundary again, since it would
//! give the same spots later in the order. So a label costs its neighbourhood, not every
//! lane of the document, and the spot is the one trying every boundary would find (a test
//! compares the two).

use super::Labeler;
use crate::layout::scene::{Point, Rect};

/// Spots tried around the route when it has no room of its own.
const NEAR_STEP: f32 = 10.0;
const NEAR_X: i32 = 8;
const NEAR_Y: i32 = 8;
const NEAR_SAMPLES: f32 = 40.0;
/// How far from its route a label may go to stay off the lines.
const NEAR_OFF_LINE: f32 = 60.0;
/// How far from the route boundaries are first tried: beyond every spot around the
/// samples (at most 80 px across and down), and beyond [`NEAR_OFF_LINE`].
const FIRST_REACH: f32 = 128.0;

impl Labeler<'_> {
    /// The clear spot nearest the route, when the route itself has no room.
    pub(super) fn nearby(&self, points: &[Point], w: f32, h: f32) -> Option<Rect> {
        let samples = samples(points);
        let mut reach = FIRST_REACH;
        loop {
            // Every spot within `reach` of the route is here, some beyond it too.
            let (spots, everything) = self.spots(points, &samples, w, h, reach);
            let off_lines =
                spots.iter().take_while(|s| s.0 <= NEAR_OFF_LINE).find(|s| !self.on_line(&s.1) && self.clear(&s.1));
            if let Some(s) = off_lines {
                return Some(s.1);
            }
            match spots.iter().find(|s| self.clear(&s.1)) {
                Some(s) if everything || s.0 <= reach => return Some(s.1),
                None if everything => return None,
                _ => reach *= 4.0,
            }
        }
    }

    /// The spots around the samples and on the boundaries within `reach` of the route,
    /// sorted by distance (stable: equal distances keep the order along the route), and
    /// whether every boundary was tried.
    fn spots(&self, points: &[Point], samples: &[(f32, f32)], w: f32, h: f32, reach: f32) -> (Vec<(f32, Rect)>, bool) {
        let mut spots = Vec::new();
        let mut everything = true;
        let mut xs: Vec<u32> = Vec::new();
        for &(px, py) in samples {
            let mut row = |cy: f32| {
                for k in -NEAR_X..=NEAR_X {
                    let cx = px + k as f32 * NEAR_STEP;
                    spots.push((distance(points, cx, cy), Rect { x: cx - w / 2.0, y: cy - h / 2.0, w, h }));
                }
            };
            for j in -NEAR_Y..=NEAR_Y {
                row(py + j as f32 * NEAR_STEP);
            }
            if xs.contains(&px.to_bits()) {
                continue;
            }
            xs.push(px.to_bits());
            let near = self.boundaries_near(points, px, reach);
            everything &= near.len() == self.boundaries.len();
            for &cy in near {
                row(cy);
            }
        }
        spots.sort_by(|a, b| a.0.total_cmp(&b.0));
        (spots, everything)
    }

    /// The boundaries where a spot around `px` can be within `reach` of the route: near
    /// the height of the parts of the route that come within reach across.
    fn boundaries_near(&self, points: &[Point], px: f32, reach: f32) -> &[f32] {
        if !reach.is_finite() {
            return &self.boundaries;
        }
        // Room for rounding, which grows with the coordinates.
        let slack = |v: f32| 2.0 + v.abs() * 1e-6;
        let across = NEAR_X as f32 * NEAR_STEP + reach + slack(px);
        let (x0, x1) = (px - across, px + across);
        let (mut top, mut bottom) = (f32::INFINITY, f32::NEG_INFINITY);
        for s in points.windows(2) {
            if s[0].x.max(s[1].x) >= x0 && s[0].x.min(s[1].x) <= x1 {
                top = top.min(s[0].y.min(s[1].y));
                bottom = bottom.max(s[0].y.max(s[1].y));
            }
        }
        if top > bottom {
            return &[];
        }
        let lo = self.boundaries.partition_point(|&b| b < top - reach - slack(top));
        let hi = self.boundaries.partition_point(|&b| b <= bottom + reach + slack(bottom));
        &self.boundaries[lo..hi.max(lo)]
    }
}

/// Points sampled along the route, about [`NEAR_SAMPLES`] of them and at most
/// [`NEAR_STEP`] apart, with both ends of every segment.
fn samples(points: &[Point]) -> Vec<(f32, f32)> {
    let total: f32 = points.windows(2).map(|s| (s[1].x - s[0].x).abs() + (s[1].y - s[0].y).abs()).sum();
    let every = (total / NEAR_SAMPLES).max(NEAR_STEP);
    let mut out = Vec::new();
    for s in points.windows(2) {
        let len = (s[1].x - s[0].x).abs() + (s[1].y - s[0].y).abs();
        let n = (len / every).ceil().max(1.0) as usize;
        for i in 0..=n {
            let t = i as f32 / n as f32;
            out.push((s[0].x + (s[1].x - s[0].x) * t, s[0].y + (s[1].y - s[0].y) * t));
        }
    }
    out
}

/// Distance from `(x, y)` to the nearest segment of an orthogonal route.
fn distance(points: &[Point], x: f32, y: f32) -> f32 {
    points
        .windows(2)
        .map(|s| {
            let cx = x.clamp(s[0].x.min(s[1].x), s[0].x.max(s[1].x));
            let cy = y.clamp(s[0].y.min(s[1].y), s[0].y.max(s[1].y));
            ((x - cx).powi(2) + (y - cy).powi(2)).sqrt()
        })
        .fold(f32::INFINITY, f32::min)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::columns::Columns;
    use crate::layout::obstacles::Obstacles;
    use crate::layout::{layout, LANE_HEADER_W, MARGIN};
    use crate::model::{Blueprint, Card, Connector, Lane, LaneKind, Stage};

    impl Labeler<'_> {
        /// The search with every boundary tried for every sample: what `nearby` must find.
        fn nearby_everywhere(&self, points: &[Point], w: f32, h: f32) -> Option<Rect> {
            let mut spots: Vec<(f32, Rect)> = Vec::new();
            for (px, py) in samples(points) {
                let rows = (-NEAR_Y..=NEAR_Y).map(|j| py + j as f32 * NEAR_STEP).chain(self.boundaries.iter().copied());
                for cy in rows {
                    for k in -NEAR_X..=NEAR_X {
                        let cx = px + k as f32 * NEAR_STEP;
                        spots.push((distance(points, cx, cy), Rect { x: cx - w / 2.0, y: cy - h / 2.0, w, h }));
                    }
                }
            }
            spots.sort_by(|a, b| a.0.total_cmp(&b.0));
            let off_lines =
                spots.iter().take_while(|s| s.0 <= NEAR_OFF_LINE).find(|s| !self.on_line(&s.1) && self.clear(&s.1));
            off_lines.or_else(|| spots.iter().find(|s| self.clear(&s.1))).map(|s| s.1)
        }
    }

    /// Lanes of a card in each of two stages; arrows as `(from lane, stage, to lane)`.
    fn lanes(n: usize, arrows: &[(usize, usize, usize)]) -> Blueprint {
        let mut doc = Blueprint::empty("Lanes");
        doc.stages = (0..2).map(|s| Stage::new(format!("s{s}"), format!("Stage {s}"))).collect();
        doc.lanes = (0..n).map(|l| Lane::new(format!("l{l}"), LaneKind::Custom, format!("Lane {l}"))).collect();
        for l in 0..n {
            for s in 0..2 {
                let card = Card::new(format!("c{l}-{s}"), format!("l{l}"), format!("s{s}"), "Step");
                doc.cards.insert(card.id.clone(), card);
            }
        }
        for (i, &(from, s, to)) in arrows.iter().enumerate() {
            let arrow = Connector::new(format!("a{i:03}"), format!("c{from}-{s}"), format!("c{to}-{s}"));
            doc.connectors.insert(arrow.id.clone(), arrow);
        }
        doc
    }

    /// Every route of `doc` searched both ways for labels of two sizes, labels placed one
    /// after another as the layout places them; returns how many searches went past the
    /// first reach (a spot farther, or none anywhere).
    fn same_spots(doc: &Blueprint) -> usize {
        let scene = layout(doc);
        let grid_x = MARGIN + LANE_HEADER_W;
        // The Scene's columns, as its cards have them (every stage here has cards).
        let column_of = |x: f32| scene.stages.iter().rposition(|s| s.x <= x).unwrap_or(0);
        let card_x: Vec<f32> = (0..scene.stages.len())
            .map(|s| scene.cards.iter().find(|b| column_of(b.rect.x) == s).unwrap().rect.x)
            .collect();
        let cards = scene.cards.iter().map(|b| (column_of(b.rect.x), b.rect));
        let obstacles = Obstacles::new(Columns::with_cards_at(grid_x, &card_x), cards);
        let boundaries = scene.lanes.iter().map(|l| l.y).chain(scene.lanes.last().map(|l| l.band.bottom())).collect();
        let mut labeler = Labeler::new(&obstacles, &scene.lines, grid_x, boundaries);
        let mut far = 0;
        for c in &scene.connectors {
            for (w, h) in [(66.0, 20.0), (146.0, 76.0)] {
                let found = labeler.nearby(&c.points, w, h);
                assert_eq!(found, labeler.nearby_everywhere(&c.points, w, h), "{:?}, {w}×{h}", c.element);
                far += usize::from(match found {
                    Some(r) => distance(&c.points, r.center_x(), r.y + h / 2.0) > FIRST_REACH,
                    None => true,
                });
            }
            labeler.place("hands over to the next team", &c.points);
        }
        far
    }

    #[test]
    fn trying_the_boundaries_near_the_route_finds_what_trying_all_of_them_does() {
        // Arrows down the gutter four lanes at a time, and arrows across every lane.
        let mut arrows: Vec<(usize, usize, usize)> = (0..10).map(|k| (k * 4, k % 2, k * 4 + 4)).collect();
        arrows.extend([(0, 0, 43), (43, 1, 0), (20, 0, 21)]);
        same_spots(&lanes(44, &arrows));
        // Labels crowding the same few lanes: the later ones must go far for room.
        let crowd: Vec<(usize, usize, usize)> = (0..30).map(|k| (10 + k % 3, 0, 14 + k % 3)).collect();
        assert!(same_spots(&lanes(24, &crowd)) > 0, "some searches reach past the first reach");
        let mut synthetic = crate::generate::synthetic(100);
        for (i, c) in synthetic.connectors.values_mut().enumerate() {
            c.label = format!("step {i}");
        }
        same_spots(&synthetic);
    }
}
