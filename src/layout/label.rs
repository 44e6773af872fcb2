//! Connector labels, placed once every route is known: on the longest stretch of the route
//! where the label covers no card, no line, no line's label and no label placed before it.
//! A vertical stretch may also carry its label beside it. When nothing is free the label
//! may cover a line; failing that it sits on the middle of the longest segment.

use super::card::block;
use super::geometry::STAGE_W;
use super::metrics::{text_width, Font};
use super::obstacles::Obstacles;
use super::route::{p, HEAD_LEN};
use super::scene::{ConnectorLabel, LineGeom, Point, Rect, TextBlock};
use super::wrap::wrap;
use std::collections::HashMap;

mod nearby;

pub const LABEL_FONT: Font = Font::regular(11.0);
const LABEL_LINE: f32 = 14.0;
const LABEL_MAX_W: f32 = 140.0;
const LABEL_PAD: f32 = 3.0;
/// The most lines of a label drawn (docs/format.md, "Limits").
const LABEL_LINES: usize = 5;
/// Gap between a vertical segment and a label beside it.
const BESIDE: f32 = 4.0;

/// A label's text wrapped, and its box's size.
pub struct Measured {
    lines: Vec<String>,
    pub w: f32,
    pub h: f32,
}

/// `text` wrapped as a label; `None` for an empty text.
pub fn measure(text: &str) -> Option<Measured> {
    let lines = wrap(text, LABEL_FONT, LABEL_MAX_W, LABEL_LINES).lines;
    if lines.is_empty() {
        return None;
    }
    let h = lines.len() as f32 * LABEL_LINE + 2.0 * LABEL_PAD;
    let w = lines.iter().map(|l| text_width(l, LABEL_FONT)).fold(0.0, f32::max) + 2.0 * LABEL_PAD;
    Some(Measured { lines, w, h })
}

pub struct Labeler<'a> {
    obstacles: &'a Obstacles,
    lines: &'a [LineGeom],
    grid_x: f32,
    /// Lane boundaries, top to bottom: the padding either side always leaves room for a
    /// line of label.
    boundaries: Vec<f32>,
    /// Labels placed so far, bucketed by the stage columns and the rows of
    /// [`BUCKET_H`] pixels they overlap: a test for overlap looks at its neighbours only.
    placed: HashMap<(i32, i32), Vec<Rect>>,
}

const BUCKET_H: f32 = 256.0;

fn overlap(a: &Rect, b: &Rect) -> bool {
    a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom()
}

struct Candidate {
    free: f32,
    segment: usize,
    variant: u8,
    rect: Rect,
    /// The label fits its stretch clear of the arrowheads (always true beside it).
    fits: bool,
}

impl<'a> Labeler<'a> {
    pub fn new(obstacles: &'a Obstacles, lines: &'a [LineGeom], grid_x: f32, boundaries: Vec<f32>) -> Self {
        debug_assert!(boundaries.windows(2).all(|b| b[0] <= b[1]), "lane boundaries go down");
        Labeler { obstacles, lines, grid_x, boundaries, placed: HashMap::new() }
    }

    fn buckets(&self, r: &Rect) -> impl Iterator<Item = (i32, i32)> {
        let col = |x: f32| ((x - self.grid_x) / STAGE_W).floor() as i32;
        let row = |y: f32| (y / BUCKET_H).floor() as i32;
        let rows = row(r.y)..=row(r.bottom());
        (col(r.x)..=col(r.right())).flat_map(move |c| rows.clone().map(move |r| (c, r)))
    }

    fn on_line(&self, r: &Rect) -> bool {
        self.lines.iter().any(|l| r.y < l.y + 1.0 && r.bottom() > l.y - 1.0 && r.x < l.x2 && r.right() > l.x1)
    }

    fn clear(&self, r: &Rect) -> bool {
        !self.obstacles.hits(r)
            && !self.lines.iter().any(|l| overlap(r, &l.label_box))
            && !self.buckets(r).any(|b| self.placed.get(&b).is_some_and(|v| v.iter().any(|o| overlap(r, o))))
    }

    /// The label of a route through `points`, or `None` for an empty text.
    #[cfg(test)]
    pub fn place(&mut self, text: &str, points: &[Point]) -> Option<ConnectorLabel> {
        self.place_measured(measure(text), points)
    }

    /// The label `measured` ([`measure`]) on a route through `points`.
    pub fn place_measured(&mut self, measured: Option<Measured>, points: &[Point]) -> Option<ConnectorLabel> {
        let Measured { lines, w, h } = measured?;
        let mut candidates = self.candidates(points, w, h);
        candidates
            .sort_by(|a, b| b.free.total_cmp(&a.free).then(a.segment.cmp(&b.segment)).then(a.variant.cmp(&b.variant)));
        let rect = candidates
            .iter()
            .find(|c| c.fits && !self.on_line(&c.rect) && self.clear(&c.rect))
            // Across a line, beside the arrow rather than on it.
            .or_else(|| candidates.iter().find(|c| c.fits && c.variant != 0 && self.clear(&c.rect)))
            .or_else(|| candidates.iter().find(|c| c.fits && self.clear(&c.rect)))
            .map(|c| c.rect)
            .or_else(|| self.nearby(points, w, h))
            .unwrap_or_else(|| middle(points, w, h));
        for b in self.buckets(&rect) {
            self.placed.entry(b).or_default().push(rect);
        }
        let mut cursor = rect.y + LABEL_PAD;
        let text: TextBlock =
            TextBlock { centered: true, ..block(lines, LABEL_FONT, LABEL_LINE, rect.center_x(), &mut cursor) };
        Some(ConnectorLabel { rect, text })
    }

    /// Each segment cut where it crosses a line; for each stretch, the label centred on
    /// it and, on vertical stretches, beside it on either hand.
    fn candidates(&self, points: &[Point], w: f32, h: f32) -> Vec<Candidate> {
        let mut out = Vec::new();
        for (segment, s) in points.windows(2).enumerate() {
            let (a, b) = (s[0], s[1]);
            if a.y == b.y {
                let (x0, x1) = (a.x.min(b.x), a.x.max(b.x));
                let c = (x0 + x1) / 2.0;
                let rect = Rect { x: c - w / 2.0, y: a.y - h / 2.0, w, h };
                out.push(Candidate { free: x1 - x0, segment, variant: 0, rect, fits: x1 - x0 >= w + 2.0 * HEAD_LEN });
                continue;
            }
            let (y0, y1) = (a.y.min(b.y), a.y.max(b.y));
            let mut cuts: Vec<f32> =
                self.lines.iter().filter(|l| l.y > y0 && l.y < y1 && a.x >= l.x1 && a.x <= l.x2).map(|l| l.y).collect();
            cuts.sort_by(f32::total_cmp);
            let mut stretches: Vec<(f32, f32)> = Vec::with_capacity(cuts.len() + 2);
            let mut start = y0;
            for &end in cuts.iter().chain([&y1]) {
                stretches.push((start, end));
                start = end;
            }
            if !cuts.is_empty() {
                // The whole segment, across its lines, for when no stretch is free.
                stretches.push((y0, y1));
            }
            for (lo, hi) in stretches {
                let free = hi - lo;
                let c = (lo + hi) / 2.0;
                let y = c - h / 2.0;
                out.push(Candidate {
                    free,
                    segment,
                    variant: 0,
                    rect: Rect { x: a.x - w / 2.0, y, w, h },
                    fits: free >= h + 2.0 * HEAD_LEN,
                });
                for (variant, x) in [(1, a.x + BESIDE), (2, a.x - BESIDE - w)] {
                    out.push(Candidate { free, segment, variant, rect: Rect { x, y, w, h }, fits: true });
                }
            }
        }
        out
    }
}

/// The middle of the longest segment.
fn middle(points: &[Point], w: f32, h: f32) -> Rect {
    let (mut best, mut best_len) = (0, -1.0f32);
    for (i, s) in points.windows(2).enumerate() {
        let len = (s[1].x - s[0].x).abs() + (s[1].y - s[0].y).abs();
        if len > best_len {
            (best, best_len) = (i, len);
        }
    }
    let m = p((points[best].x + points[best + 1].x) / 2.0, (points[best].y + points[best + 1].y) / 2.0);
    Rect { x: m.x - w / 2.0, y: m.y - h / 2.0, w, h }
}
