//! Fixed dimensions of the blueprint grid, in pixels.

/// Outer margin around everything.
pub const MARGIN: f32 = 24.0;
/// Width of the lane header column on the left.
pub const LANE_HEADER_W: f32 = 180.0;
/// Width of one stage column.
pub const STAGE_W: f32 = 224.0;
/// Horizontal room between a column edge and its cards; twice this is the gutter that
/// connectors run through.
pub const CELL_PAD_X: f32 = 16.0;
/// Vertical room between a lane edge and its cards (line labels sit in it).
pub const CELL_PAD_Y: f32 = 18.0;
/// Card width.
pub const CARD_W: f32 = STAGE_W - 2.0 * CELL_PAD_X;
/// Padding inside a card.
pub const CARD_PAD: f32 = 8.0;
/// Smallest card.
pub const MIN_CARD_H: f32 = 40.0;
/// Vertical gap between stacked cards of a cell.
pub const CARD_GAP: f32 = 12.0;
/// Smallest lane.
pub const MIN_LANE_H: f32 = 76.0;
/// Height of a collapsed lane (its header only).
pub const COLLAPSED_LANE_H: f32 = 36.0;
/// Padding inside lane and stage headers.
pub const HEADER_PAD: f32 = 10.0;
/// Smallest stage header row.
pub const MIN_STAGE_HEADER_H: f32 = 40.0;
/// Gap between the title block and the grid.
pub const TITLE_GAP: f32 = 16.0;
