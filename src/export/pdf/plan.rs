//! Where each part of the picture goes on which page: the geometry of a PDF export,
//! computed from the Scene alone, before anything is drawn.
//!
//! Lengths in the Scene are CSS pixels; on the page they are points, 0.75 to the pixel at
//! 100 % ([`PT_PER_PX`]). A page is a list of [`Piece`]s: a rectangle of the picture and
//! where its top-left corner lands, at a scale.

use super::draw::Region;
use super::{Orientation, Paper, PdfLayout, PdfOptions};
use crate::layout::Scene;

/// Points per CSS pixel: 1 px is 1/96 inch, 1 pt 1/72.
pub const PT_PER_PX: f32 = 0.75;
/// The paper's margin on every side, in points (14 mm), room for a printer's unprintable
/// edge, the cut marks and a tile's label.
pub const MARGIN_PT: f32 = 40.0;
/// How much of the picture two neighbouring tiles both show, in CSS pixels (8.5 mm at
/// 100 %): the strip a poster's sheets are glued over.
pub const OVERLAP_PX: f32 = 32.0;
/// The largest page side, in points: 200 inches, the most Acrobat opens. A `fit` page of a
/// larger blueprint is scaled down to it.
pub const MAX_PAGE_PT: f32 = 14_400.0;

/// A part of the picture on a page.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    /// The part, in the picture's pixels.
    pub src: Region,
    /// Where its top-left corner goes on the page, in points from the page's top left.
    pub x: f32,
    pub y: f32,
    /// Points per pixel.
    pub scale: f32,
}

impl Piece {
    /// Where a point of the picture lands on the page.
    pub fn map(&self, x: f32, y: f32) -> (f32, f32) {
        (self.x + (x - self.src.x) * self.scale, self.y + (y - self.src.y) * self.scale)
    }
}

/// What a tile is: its place in the poster.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TileInfo {
    pub row: usize,
    pub column: usize,
    pub rows: usize,
    pub columns: usize,
}

/// One page.
#[derive(Clone, Debug, PartialEq)]
pub struct PagePlan {
    /// Points.
    pub width: f32,
    pub height: f32,
    /// Drawn in order.
    pub pieces: Vec<Piece>,
    /// The part a poster's sheet keeps when it is trimmed, in points: the corners get cut
    /// marks in the margin.
    pub trim: Option<(f32, f32, f32, f32)>,
    /// Where the next tile's part begins, right and below, in points (marked in the margin).
    pub overlap: (Option<f32>, Option<f32>),
    pub tile: Option<TileInfo>,
    /// The handout's stage, by its index in the Scene.
    pub stage: Option<usize>,
}

/// Where each stage's bookmark points: a page and a point on it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    pub page: usize,
    pub x: f32,
    pub y: f32,
}

/// The pages of an export and each stage's mark (in the Scene's order).
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub pages: Vec<PagePlan>,
    pub marks: Vec<Mark>,
}

/// Why there is no plan.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanError {
    /// The headers leave no room for the blueprint on this paper.
    NoRoom { paper: Paper },
    /// A picture with no size.
    Empty,
}

/// The parts of the Scene a tile or a handout page repeats: the lane header column and the
/// stage header row, and the grid right of and below them.
#[derive(Clone, Copy, Debug)]
struct Frame {
    /// The lane header column, left to right.
    col: (f32, f32),
    /// The stage header row, top to bottom.
    row: (f32, f32),
    width: f32,
    height: f32,
}

impl Frame {
    fn of(scene: &Scene) -> Frame {
        let col = span(scene.lanes.iter().map(|l| (l.header.x, l.header.x + l.header.w)));
        let row = span(scene.stages.iter().map(|s| (s.header.y, s.header.y + s.header.h)));
        Frame { col, row, width: scene.width, height: scene.height }
    }
    fn lane_w(&self) -> f32 {
        self.col.1 - self.col.0
    }
    fn header_h(&self) -> f32 {
        self.row.1 - self.row.0
    }
    /// Where the tiles' content begins: right of the lane headers, below the stage headers
    /// (the picture's edge when it has none).
    fn content_x(&self) -> f32 {
        self.col.1
    }
    fn content_y(&self) -> f32 {
        self.row.1
    }
}

/// The smallest interval holding all of them; (0, 0) for none.
fn span(it: impl Iterator<Item = (f32, f32)>) -> (f32, f32) {
    it.fold(None, |acc: Option<(f32, f32)>, (a, b)| Some(acc.map_or((a, b), |(x, y)| (x.min(a), y.max(b)))))
        .unwrap_or((0.0, 0.0))
}

/// Plan the pages of `scene` as `options` ask.
pub fn plan(scene: &Scene, options: &PdfOptions) -> Result<Plan, PlanError> {
    if !(scene.width > 0.0 && scene.height > 0.0 && scene.width.is_finite() && scene.height.is_finite()) {
        return Err(PlanError::Empty);
    }
    match (options.paper, options.layout) {
        (Paper::Fit, PdfLayout::Handout) => handout(scene, Paper::Fit, Orientation::Portrait),
        (Paper::Fit, _) => Ok(fit(scene)),
        (paper, PdfLayout::Single) => best(options.orientation, |o| scaled(scene, paper, o), score_one),
        (paper, PdfLayout::Tiles) => best(options.orientation, |o| tiles(scene, paper, o), |p| -(p.pages.len() as f32)),
        (paper, PdfLayout::Handout) => best(options.orientation, |o| handout(scene, paper, o), score_one),
    }
}

/// The scale of a plan's first piece: larger is better.
fn score_one(p: &Plan) -> f32 {
    p.pages.first().and_then(|p| p.pieces.first()).map_or(0.0, |p| p.scale)
}

/// The plan at the orientation asked for, or the better of the two (ties: landscape).
fn best<E>(
    asked: Option<Orientation>,
    make: impl Fn(Orientation) -> Result<Plan, E>,
    score: impl Fn(&Plan) -> f32,
) -> Result<Plan, E> {
    match asked {
        Some(o) => make(o),
        None => {
            let landscape = make(Orientation::Landscape);
            let portrait = make(Orientation::Portrait);
            match (landscape, portrait) {
                (Ok(l), Ok(p)) => Ok(if score(&p) > score(&l) { p } else { l }),
                (Ok(l), Err(_)) => Ok(l),
                (Err(_), Ok(p)) => Ok(p),
                (Err(e), Err(_)) => Err(e),
            }
        }
    }
}

/// The paper's size in points, at an orientation.
pub fn paper_size(paper: Paper, orientation: Orientation) -> (f32, f32) {
    let (short, long) = match paper {
        Paper::Fit => (0.0, 0.0),
        Paper::A4 => (595.276, 841.89),
        Paper::A3 => (841.89, 1190.551),
        Paper::A2 => (1190.551, 1683.78),
        Paper::Letter => (612.0, 792.0),
        Paper::Tabloid => (792.0, 1224.0),
    };
    match orientation {
        Orientation::Portrait => (short, long),
        Orientation::Landscape => (long, short),
    }
}

fn whole(scene: &Scene) -> Region {
    Region { x: 0.0, y: 0.0, w: scene.width, h: scene.height }
}

/// One page the size of the blueprint (scaled down to [`MAX_PAGE_PT`] if larger).
fn fit(scene: &Scene) -> Plan {
    let scale = PT_PER_PX.min(MAX_PAGE_PT / scene.width).min(MAX_PAGE_PT / scene.height);
    let piece = Piece { src: whole(scene), x: 0.0, y: 0.0, scale };
    let marks = stage_marks_on(scene, &piece, 0);
    let page = PagePlan {
        width: scene.width * scale,
        height: scene.height * scale,
        pieces: vec![piece],
        trim: None,
        overlap: (None, None),
        tile: None,
        stage: None,
    };
    Plan { pages: vec![page], marks }
}

/// Each stage's header's top-left corner, through `piece`, on page `page`.
fn stage_marks_on(scene: &Scene, piece: &Piece, page: usize) -> Vec<Mark> {
    scene
        .stages
        .iter()
        .map(|s| {
            let (x, y) = piece.map(s.header.x, s.header.y);
            Mark { page, x, y }
        })
        .collect()
}

/// The whole blueprint on one page of `paper`, as large as fits inside the margins,
/// centred.
fn scaled(scene: &Scene, paper: Paper, orientation: Orientation) -> Result<Plan, PlanError> {
    let (pw, ph) = paper_size(paper, orientation);
    let (aw, ah) = (pw - 2.0 * MARGIN_PT, ph - 2.0 * MARGIN_PT);
    let scale = (aw / scene.width).min(ah / scene.height);
    let piece = Piece {
        src: whole(scene),
        x: MARGIN_PT + (aw - scene.width * scale) / 2.0,
        y: MARGIN_PT + (ah - scene.height * scale) / 2.0,
        scale,
    };
    let marks = stage_marks_on(scene, &piece, 0);
    let page = PagePlan {
        width: pw,
        height: ph,
        pieces: vec![piece],
        trim: None,
        overlap: (None, None),
        tile: None,
        stage: None,
    };
    Ok(Plan { pages: vec![page], marks })
}

/// How many tiles of `room` pixels, overlapping by [`OVERLAP_PX`], cover `length` pixels.
pub fn tiles_for(length: f32, room: f32) -> usize {
    if length <= room {
        1
    } else {
        1 + ((length - room) / (room - OVERLAP_PX)).ceil() as usize
    }
}

/// A poster's tiles: the room for the grid on each sheet (pixels, right of the lane headers
/// and below the stage headers), and how many columns and rows of sheets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TileGrid {
    pub room: (f32, f32),
    pub columns: usize,
    pub rows: usize,
}

/// The tile grid for `scene` on `paper`.
pub fn tile_grid(scene: &Scene, paper: Paper, orientation: Orientation) -> Result<TileGrid, PlanError> {
    let f = Frame::of(scene);
    let (pw, ph) = paper_size(paper, orientation);
    let room_w = (pw - 2.0 * MARGIN_PT) / PT_PER_PX - f.lane_w();
    let room_h = (ph - 2.0 * MARGIN_PT) / PT_PER_PX - f.header_h();
    // A tile must show more than what it shares with its neighbours.
    if room_w <= 2.0 * OVERLAP_PX || room_h <= 2.0 * OVERLAP_PX {
        return Err(PlanError::NoRoom { paper });
    }
    let columns = tiles_for(f.width - f.content_x(), room_w);
    let rows = tiles_for(f.height - f.content_y(), room_h);
    Ok(TileGrid { room: (room_w, room_h), columns, rows })
}

/// A poster at 100 %: the grid right of the lane headers and below the stage headers cut
/// into overlapping tiles, each with the headers of what it shows.
fn tiles(scene: &Scene, paper: Paper, orientation: Orientation) -> Result<Plan, PlanError> {
    let f = Frame::of(scene);
    let TileGrid { room: (room_w, room_h), columns, rows } = tile_grid(scene, paper, orientation)?;
    let (pw, ph) = paper_size(paper, orientation);
    let s = PT_PER_PX;
    let (lw, hh) = (f.lane_w(), f.header_h());
    let (step_w, step_h) = (room_w - OVERLAP_PX, room_h - OVERLAP_PX);
    let mut pages = Vec::with_capacity(rows * columns);
    for row in 0..rows {
        for column in 0..columns {
            let x0 = f.content_x() + column as f32 * step_w;
            let y0 = f.content_y() + row as f32 * step_h;
            let w = room_w.min(f.width - x0);
            let h = room_h.min(f.height - y0);
            let content = Region { x: x0, y: y0, w, h };
            // The content's top-left on the page.
            let (cx, cy) = (MARGIN_PT + lw * s, MARGIN_PT + hh * s);
            let mut pieces = Vec::new();
            if lw > 0.0 && hh > 0.0 {
                let corner = Region { x: f.col.0, y: f.row.0, w: lw, h: hh };
                pieces.push(Piece { src: corner, x: MARGIN_PT, y: MARGIN_PT, scale: s });
            }
            // Each stage's header over the part of its column this tile shows, its name in
            // view even when the tile shows only an edge of the column.
            for st in &scene.stages {
                let (a, b) = (st.x.max(x0), (st.x + st.width).min(x0 + w));
                if b <= a {
                    continue;
                }
                let centre = st.header.x + st.header.w / 2.0;
                let from = (centre - (b - a) / 2.0).clamp(st.x, st.x + st.width - (b - a));
                let src = Region { x: from, y: f.row.0, w: b - a, h: hh };
                pieces.push(Piece { src, x: cx + (a - x0) * s, y: MARGIN_PT, scale: s });
            }
            // Each lane's header beside the part of its band this tile shows, from the top
            // of the header, where its name is.
            for lane in &scene.lanes {
                let (a, b) = (lane.band.y.max(y0), (lane.band.y + lane.band.h).min(y0 + h));
                if b <= a {
                    continue;
                }
                let src = Region { x: f.col.0, y: lane.band.y, w: lw, h: b - a };
                pieces.push(Piece { src, x: MARGIN_PT, y: cy + (a - y0) * s, scale: s });
            }
            pieces.push(Piece { src: content, x: cx, y: cy, scale: s });
            pages.push(PagePlan {
                width: pw,
                height: ph,
                pieces,
                trim: Some((cx, cy, w * s, h * s)),
                overlap: (
                    (column + 1 < columns).then_some(cx + step_w * s),
                    (row + 1 < rows).then_some(cy + step_h * s),
                ),
                tile: Some(TileInfo { row, column, rows, columns }),
                stage: None,
            });
        }
    }
    // A stage's mark: the first row's tile where its column begins, at its header there.
    let marks = scene
        .stages
        .iter()
        .map(|st| {
            let column = (((st.x - f.content_x()) / step_w).floor().max(0.0) as usize).min(columns - 1);
            let x0 = f.content_x() + column as f32 * step_w;
            Mark { page: column, x: MARGIN_PT + (lw + (st.x - x0).max(0.0)) * s, y: MARGIN_PT }
        })
        .collect();
    Ok(Plan { pages, marks })
}

/// One page per stage: the lane header column and the stage's column, headers included,
/// at one scale for every page (the largest at which every page fits), centred across and
/// from the top; on the blueprint's own paper, at 100 % on pages as wide as the widest.
fn handout(scene: &Scene, paper: Paper, orientation: Orientation) -> Result<Plan, PlanError> {
    let f = Frame::of(scene);
    let top = f.row.0;
    let tall = f.height - top;
    let widest = scene.stages.iter().map(|s| s.width).fold(0.0, f32::max);
    if scene.stages.is_empty() {
        return Ok(Plan { pages: vec![], marks: vec![] });
    }
    // On the blueprint's own paper, each page is the stage's size at 100 %, with margins.
    let ((pw, ph), scale) = if paper == Paper::Fit {
        let s = PT_PER_PX;
        (((f.lane_w() + widest) * s + 2.0 * MARGIN_PT, tall * s + 2.0 * MARGIN_PT), s)
    } else {
        let (pw, ph) = paper_size(paper, orientation);
        let scale = ((pw - 2.0 * MARGIN_PT) / (f.lane_w() + widest)).min((ph - 2.0 * MARGIN_PT) / tall);
        ((pw, ph), scale)
    };
    let aw = pw - 2.0 * MARGIN_PT;
    if scale.is_nan() || scale <= 0.0 {
        return Err(PlanError::NoRoom { paper });
    }
    let mut pages = Vec::with_capacity(scene.stages.len());
    let mut marks = Vec::with_capacity(scene.stages.len());
    for (i, st) in scene.stages.iter().enumerate() {
        let x = MARGIN_PT + (aw - (f.lane_w() + st.width) * scale) / 2.0;
        let mut pieces = Vec::new();
        if f.lane_w() > 0.0 {
            let lanes = Region { x: f.col.0, y: top, w: f.lane_w(), h: tall };
            pieces.push(Piece { src: lanes, x, y: MARGIN_PT, scale });
        }
        let column = Region { x: st.x, y: top, w: st.width, h: tall };
        pieces.push(Piece { src: column, x: x + f.lane_w() * scale, y: MARGIN_PT, scale });
        marks.push(Mark { page: i, x: MARGIN_PT, y: MARGIN_PT });
        pages.push(PagePlan {
            width: pw,
            height: ph,
            pieces,
            trim: None,
            overlap: (None, None),
            tile: None,
            stage: Some(i),
        });
    }
    Ok(Plan { pages, marks })
}

/// A tile's name: its row as letters (A, B, … Z, AA, …) and its column as a number, "B3".
pub fn tile_name(row: usize, column: usize) -> String {
    let mut letters = Vec::new();
    let mut n = row + 1;
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8_lossy(&letters), column + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiles_are_named_by_row_letter_and_column_number() {
        assert_eq!(tile_name(0, 0), "A1");
        assert_eq!(tile_name(1, 2), "B3");
        assert_eq!(tile_name(25, 9), "Z10");
        assert_eq!(tile_name(26, 0), "AA1");
        assert_eq!(tile_name(27, 0), "AB1");
    }

    #[test]
    fn tiles_overlap_and_cover() {
        assert_eq!(tiles_for(100.0, 100.0), 1);
        assert_eq!(tiles_for(100.1, 100.0), 2);
        assert_eq!(tiles_for(100.0 + 68.0, 100.0), 2);
        assert_eq!(tiles_for(100.0 + 68.1, 100.0), 3);
    }

    #[test]
    fn papers_are_their_iso_and_us_sizes() {
        let mm = |pt: f32| pt / 72.0 * 25.4;
        let (w, h) = paper_size(Paper::A4, Orientation::Portrait);
        assert!((mm(w) - 210.0).abs() < 0.1 && (mm(h) - 297.0).abs() < 0.1);
        let (w, h) = paper_size(Paper::A3, Orientation::Landscape);
        assert!((mm(w) - 420.0).abs() < 0.1 && (mm(h) - 297.0).abs() < 0.1);
        assert_eq!(paper_size(Paper::Tabloid, Orientation::Portrait), (792.0, 1224.0));
    }
}
