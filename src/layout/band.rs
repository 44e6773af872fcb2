//! The rows under the grid that draw the blueprint's measures: the customer's emotion
//! curve ([`super::curve`]) and the time strip ([`super::strip`]), each across the stage
//! columns with its name in the lane-header column, one under the other. Each is placed
//! when the document's display shows it and there is something to draw; only the measures
//! they draw are computed ([`measure::for_drawing`]), as a relayout runs on every move of a
//! drag.

use super::card::block;
use super::columns::Columns;
use super::geometry::{HEADER_PAD, LANE_HEADER_W, MARGIN};
use super::metrics::{text_width, Font};
use super::scene::{BandRow, EmotionBand, Rect, TimeStrip};
use super::wrap::wrap;
use super::{curve, strip};
use crate::measure;
use crate::model::{Blueprint, Language};

/// A row's name.
pub(super) const NAME_FONT: Font = Font::bold(12.0);
pub(super) const NAME_LINE: f32 = 16.0;
const NAME_LINES: usize = 2;
/// Between the grid and the first row, and between rows.
const GAP: f32 = 12.0;

/// The rows the document shows from `top`, and the bottom of the last (`top` without any).
pub(super) fn bands(
    doc: &Blueprint,
    lang: Language,
    columns: &Columns,
    top: f32,
) -> (Option<EmotionBand>, Option<TimeStrip>, f32) {
    let shown = doc.display;
    let m = measure::for_drawing(doc, shown.emotion_curve, shown.time_strip);
    let mut bottom = top;
    let emotion = m.emotion.and_then(|(c, dips)| {
        let band = curve::curve(doc, lang, &c, &dips, columns, bottom + GAP)?;
        bottom = band.row.band.bottom();
        Some(band)
    });
    let time = m.time.and_then(|t| {
        let band = strip::strip(lang, &t, columns, bottom + GAP)?;
        bottom = band.row.band.bottom();
        Some(band)
    });
    (emotion, time, bottom)
}

/// A row `height` tall at `top`, across to `columns.right()`, named `name` in its header,
/// wrapped to `name_w`; returns it and where the header's text below the name starts.
pub(super) fn row(name: &str, name_w: f32, columns: &Columns, top: f32, height: f32) -> (BandRow, f32) {
    let mut cursor = top + HEADER_PAD;
    let name =
        block(wrap(name, NAME_FONT, name_w, NAME_LINES).lines, NAME_FONT, NAME_LINE, MARGIN + HEADER_PAD, &mut cursor);
    let band = Rect { x: MARGIN, y: top, w: columns.right() - MARGIN, h: height };
    let header = Rect { x: MARGIN, y: top, w: LANE_HEADER_W, h: height };
    (BandRow { band, header, name }, cursor)
}

/// The name's height wrapped to `name_w`, for a row sized before it is placed.
pub(super) fn name_height(name: &str, name_w: f32) -> f32 {
    fit(name, NAME_FONT, name_w, NAME_LINES).len() as f32 * NAME_LINE
}

/// `text` in lines no wider than `width`, at most `max`: as it is when it fits (the bands'
/// words are short, and wrapping is dear), wrapped otherwise.
pub(super) fn fit(text: &str, font: Font, width: f32, max: usize) -> Vec<String> {
    if !text.contains('\n') && text_width(text, font) <= width {
        vec![text.to_owned()]
    } else {
        wrap(text, font, width, max).lines
    }
}
