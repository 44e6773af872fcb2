//! The stage columns' x. Every column is [`STAGE_W`] wide with its cards in the middle,
//! and the gutters between them (where connectors run) are `2 × CELL_PAD_X` wide plus a
//! widening ([`super::route`] says how much: for the tracks the blueprint's lanes suggest,
//! and more where a label needs room), the room added left of the cards of the column
//! right of it (right of the last column for the last gutter).

use super::geometry::{CELL_PAD_X, STAGE_W};

#[derive(Clone, Debug, PartialEq)]
pub struct Columns {
    /// The left edge of each column, then the right edge of the last: the columns'
    /// boundaries, which the gutters straddle.
    left: Vec<f32>,
    /// Per gutter, from the one left of the first column to the one right of the last:
    /// the width added to it.
    widen: Vec<f32>,
}

impl Columns {
    /// `n` columns of [`STAGE_W`] from `x`, no gutter widened.
    pub fn even(x: f32, n: usize) -> Columns {
        Columns::widened(x, vec![0.0; n + 1])
    }

    /// Columns from `x` with gutter `g` widened by `widen[g]` (one entry per gutter, one
    /// more than there are columns).
    pub fn widened(x: f32, widen: Vec<f32>) -> Columns {
        let n = widen.len().saturating_sub(1);
        let mut left = Vec::with_capacity(n + 1);
        let mut at = x;
        left.push(at);
        for w in &widen[..n] {
            at += w + STAGE_W;
            left.push(at);
        }
        Columns { left, widen }
    }

    pub fn len(&self) -> usize {
        self.left.len() - 1
    }

    /// The left edge of column `col`.
    pub fn left(&self, col: usize) -> f32 {
        self.left[col]
    }

    /// The width of column `col`: the last one also holds the widening right of it.
    pub fn width(&self, col: usize) -> f32 {
        let right = if col + 1 == self.len() { self.right() } else { self.left[col + 1] };
        right - self.left[col]
    }

    /// The x of the cards of column `col`.
    pub fn card_x(&self, col: usize) -> f32 {
        self.left[col] + self.widen[col] + CELL_PAD_X
    }

    /// The middle of gutter `g` (0 left of the first column, `len` right of the last).
    pub fn gutter_mid(&self, g: usize) -> f32 {
        self.left[g] + self.widen[g] / 2.0
    }

    /// The width added to gutter `g`.
    pub fn widening(&self, g: usize) -> f32 {
        self.widen[g]
    }

    /// The right edge of the last column.
    pub fn right(&self) -> f32 {
        self.left[self.len()] + self.widen[self.len()]
    }

    /// Columns from `x` whose cards are at `card_x` (for tests that rebuild a Scene's).
    #[cfg(test)]
    pub fn with_cards_at(x: f32, card_x: &[f32]) -> Columns {
        let mut widen = Vec::with_capacity(card_x.len() + 1);
        let mut left = x;
        for cx in card_x {
            widen.push(cx - CELL_PAD_X - left);
            left = cx - CELL_PAD_X + STAGE_W;
        }
        widen.push(0.0);
        Columns::widened(x, widen)
    }

    /// The column whose span holds `x` (the first left of the grid, the last right of it).
    pub fn column_of(&self, x: f32) -> usize {
        self.left[1..self.len()].partition_point(|&l| l <= x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn even_columns_are_stage_wide() {
        let c = Columns::even(100.0, 3);
        assert_eq!(c.len(), 3);
        assert_eq!((c.left(1), c.width(1), c.right()), (100.0 + STAGE_W, STAGE_W, 100.0 + 3.0 * STAGE_W));
        assert_eq!(c.card_x(0), 100.0 + CELL_PAD_X);
        assert_eq!(c.gutter_mid(2), 100.0 + 2.0 * STAGE_W);
        assert_eq!((c.column_of(0.0), c.column_of(100.0 + STAGE_W), c.column_of(1e6)), (0, 1, 2));
    }

    #[test]
    fn a_widened_gutter_moves_the_columns_right_of_it() {
        let c = Columns::widened(0.0, vec![0.0, 10.0, 0.0, 6.0]);
        // Column 1's cards move right by the gutter's 10 px; its width holds them.
        assert_eq!(c.card_x(1), STAGE_W + 10.0 + CELL_PAD_X);
        assert_eq!(c.width(1), STAGE_W + 10.0);
        assert_eq!(c.gutter_mid(1), STAGE_W + 5.0);
        assert_eq!(c.left(2), 2.0 * STAGE_W + 10.0);
        // The last gutter widens the last column.
        assert_eq!(c.right(), 3.0 * STAGE_W + 16.0);
        assert_eq!(c.width(2), STAGE_W + 6.0);
        assert_eq!(c.gutter_mid(3), 3.0 * STAGE_W + 10.0 + 3.0);
        assert_eq!(c.column_of(STAGE_W + 9.0), 1);
    }
}
