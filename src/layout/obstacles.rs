//! The visible cards as obstacles, per stage column, for routing and label placement.
//!
//! All cards of a column share its x range, and cards in a column never overlap, so a
//! column is a list of y intervals sorted top to bottom: every query is a binary search.

use super::columns::Columns;
use super::geometry::CARD_W;
use super::scene::Rect;

/// Room kept between a route and a card it passes.
pub const CLEARANCE: f32 = 4.0;

pub struct Obstacles {
    /// Where the columns are: only [`Obstacles::hits`] asks.
    at: Columns,
    /// Per column, `(top, bottom)` of each visible card, sorted.
    columns: Vec<Vec<(f32, f32)>>,
}

/// A horizontal corridor free of cards across some columns: `y` is where a route runs,
/// `lo..hi` the free band it was found in (the nearest card edges, or the grid's edges).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Channel {
    pub y: f32,
    pub lo: f32,
    pub hi: f32,
}

impl Obstacles {
    /// `cards` are `(column, rect)` in column order top to bottom within each column.
    pub fn new(at: Columns, cards: impl Iterator<Item = (usize, Rect)>) -> Self {
        let mut columns = vec![Vec::new(); at.len()];
        for (col, r) in cards {
            if let Some(c) = columns.get_mut(col) {
                c.push((r.y, r.bottom()));
            }
        }
        for c in &mut columns {
            // Already sorted when cards come in layout order, and then this is linear.
            c.sort_by(|a, b| a.0.total_cmp(&b.0));
        }
        Obstacles { at, columns }
    }

    /// The same cards in columns moved to `at` (the cards keep their rows).
    pub fn moved(self, at: Columns) -> Obstacles {
        debug_assert_eq!(at.len(), self.at.len());
        Obstacles { at, ..self }
    }

    fn column(&self, col: usize) -> &[(f32, f32)] {
        self.columns.get(col).map_or(&[], Vec::as_slice)
    }

    /// The card of `col` whose band, widened by `CLEARANCE`, strictly contains `y`.
    fn covering(&self, col: usize, y: f32) -> Option<(f32, f32)> {
        let c = self.column(col);
        let i = c.partition_point(|&(_, b)| b + CLEARANCE <= y);
        c.get(i).copied().filter(|&(t, _)| t - CLEARANCE < y)
    }

    /// No card of the columns `cols` comes within `CLEARANCE` of the row `y`.
    pub fn row_free(&self, cols: std::ops::Range<usize>, y: f32) -> bool {
        cols.into_iter().all(|c| self.covering(c, y).is_none())
    }

    /// A card of `col` lies (partly) strictly between `y0` and `y1`.
    pub fn any_between(&self, col: usize, y0: f32, y1: f32) -> bool {
        let (lo, hi) = (y0.min(y1), y0.max(y1));
        let c = self.column(col);
        let i = c.partition_point(|&(_, b)| b <= lo);
        c.get(i).is_some_and(|&(t, _)| t < hi)
    }

    /// The free corridor across `cols` nearest to `from` that costs the least detour on a
    /// way from `ya` to `yb`. Searching up and down always ends: above the first card and
    /// below the last one every row is free.
    pub fn channel(&self, cols: std::ops::Range<usize>, from: f32, ya: f32, yb: f32) -> Channel {
        let up = self.channel_at(cols.clone(), self.slide(cols.clone(), from, -1.0), from);
        let down = self.channel_at(cols.clone(), self.slide(cols, from, 1.0), from);
        let cost = |c: &Channel| (ya - c.y).abs() + (c.y - yb).abs();
        if cost(&up) <= cost(&down) {
            up
        } else {
            down
        }
    }

    /// Move `y` in direction `dir` until no card of `cols` covers it.
    fn slide(&self, cols: std::ops::Range<usize>, mut y: f32, dir: f32) -> f32 {
        loop {
            let mut moved = false;
            for c in cols.clone() {
                if let Some((t, b)) = self.covering(c, y) {
                    y = if dir > 0.0 { b + CLEARANCE } else { t - CLEARANCE };
                    moved = true;
                }
            }
            if !moved {
                return y;
            }
        }
    }

    /// The free band around the free row `y`, and where in it a route runs: its middle
    /// when it is a gap between cards, else as near `prefer` as the band allows.
    fn channel_at(&self, cols: std::ops::Range<usize>, y: f32, prefer: f32) -> Channel {
        let (mut lo, mut hi) = (f32::NEG_INFINITY, f32::INFINITY);
        for col in cols {
            let c = self.column(col);
            let i = c.partition_point(|&(_, b)| b <= y);
            if i > 0 {
                lo = lo.max(c[i - 1].1);
            }
            if let Some(&(t, _)) = c.get(i) {
                hi = hi.min(t);
            }
        }
        const ROOMY: f32 = 60.0;
        let y = if hi - lo <= ROOMY { (lo + hi) / 2.0 } else { prefer.clamp(lo + ROOMY / 4.0, hi - ROOMY / 4.0) };
        Channel { y, lo, hi }
    }

    /// Some card overlaps `r` (touching edges do not count).
    pub fn hits(&self, r: &Rect) -> bool {
        if self.columns.is_empty() || r.right() < self.at.left(0) {
            return false;
        }
        (self.at.column_of(r.x)..=self.at.column_of(r.right())).any(|col| {
            let x = self.at.card_x(col);
            let x_overlap = r.x < x + CARD_W && r.right() > x;
            x_overlap && {
                let c = self.column(col);
                let i = c.partition_point(|&(_, b)| b <= r.y);
                c.get(i).is_some_and(|&(t, _)| t < r.bottom())
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obstacles() -> Obstacles {
        let r = |y: f32| Rect { x: 0.0, y, w: 192.0, h: 40.0 };
        // Column 0: cards at 100..140 and 152..192; column 1: 120..160.
        Obstacles::new(Columns::even(0.0, 2), [(0, r(100.0)), (0, r(152.0)), (1, r(120.0))].into_iter())
    }

    #[test]
    fn rows_and_spans() {
        let o = obstacles();
        assert!(!o.row_free(0..1, 120.0));
        assert!(o.row_free(0..1, 146.0), "the gap between stacked cards is free");
        assert!(!o.row_free(0..1, 142.0), "too close to a card");
        assert!(o.row_free(0..2, 50.0));
        assert!(o.any_between(0, 90.0, 101.0));
        assert!(!o.any_between(0, 140.0, 152.0));
    }

    #[test]
    fn channels_are_free_across_all_columns() {
        let o = obstacles();
        // 146 is free in column 0 but covered in column 1: go around both.
        let c = o.channel(0..2, 146.0, 146.0, 146.0);
        assert!(o.row_free(0..2, c.y), "{c:?}");
        let c = o.channel(0..1, 146.0, 146.0, 146.0);
        assert_eq!((c.lo, c.hi, c.y), (140.0, 152.0, 146.0));
    }

    #[test]
    fn rect_hits() {
        let o = obstacles();
        let at = |x: f32, y: f32| Rect { x, y, w: 20.0, h: 10.0 };
        assert!(o.hits(&at(20.0, 105.0)));
        assert!(!o.hits(&at(20.0, 141.0)));
        assert!(!o.hits(&at(-30.0, 105.0)), "left of the grid");
        assert!(o.hits(&at(250.0, 150.0)), "column 1");
        assert!(!o.hits(&at(210.0, 150.0)), "in the gutter");
        // Column 1 moved right by a widened gutter: its card with it.
        let o = o.moved(Columns::widened(0.0, vec![0.0, 30.0, 0.0]));
        assert!(!o.hits(&at(250.0, 150.0)), "where the card was");
        assert!(o.hits(&at(280.0, 150.0)), "where it is");
    }
}
