//! The customer's emotion curve, in a row under the grid (journey-map style): a point
//! per step with an emotion, under its card's stage; the line through them in journey
//! order; the zero line; and beside each dip that has a cause, the waits and fail points
//! that come with it, in the badges' words so the reader finds them on the cards above.
//!
//! A stage's points are spread across its cards' width in journey order, so the line
//! moves on as the journey does (several steps of a stage would otherwise stand on one
//! vertical). A stage without points does not break the line: the curve is the journey's
//! feeling, and the line joins the points there are, as a journey map draws it; the gap
//! shows as a stage with no point on it.

use super::band::{fit, name_height, row};
use super::card::block;
use super::columns::Columns;
use super::geometry::{CARD_W, HEADER_PAD, LANE_HEADER_W};
use super::metrics::{text_width, Font};
use super::scene::{DipLabel, EmotionBand, EmotionMark, Point, Rect, TextBlock, TextLine};
use crate::measure::{Curve, Dip};
use crate::model::{Blueprint, Language};
use crate::words;
use foldhash::HashMap;

/// Above +2 and below −2, room for a dip's label.
const PAD: f32 = 22.0;
/// One step of emotion.
const UNIT: f32 = 22.0;
const HEIGHT: f32 = 2.0 * PAD + 4.0 * UNIT;
const SCALE_FONT: Font = Font::regular(10.0);
const LABEL_FONT: Font = Font::regular(10.0);
const LABEL_LINE: f32 = 12.0;
const LABEL_LINES: usize = 2;
/// Between a point and its label; inside the label's backdrop.
const LABEL_GAP: f32 = 6.0;
const LABEL_PAD: f32 = 3.0;
/// The scale's words, +2 to −2 (a true minus sign, as the legend writes it).
const SCALE: [(i8, &str); 3] = [(2, "+2"), (0, "0"), (-2, "−2")];

/// The curve of `points` and `dips` (the customer's, from the measures) from `top`; `None`
/// when no point stands under a stage.
pub(super) fn curve(
    doc: &Blueprint,
    lang: Language,
    c: &Curve,
    dips: &[Dip],
    columns: &Columns,
    top: f32,
) -> Option<EmotionBand> {
    let stage_ix: HashMap<&str, usize> = doc.stages.iter().enumerate().rev().map(|(i, s)| (s.id.as_str(), i)).collect();
    // Each point's stage; points in no stage of the document are not drawn.
    let placed: Vec<(usize, &crate::measure::EmotionPoint)> =
        c.points.iter().filter_map(|p| Some((*stage_ix.get(p.stage.as_str())?, p))).collect();
    if placed.is_empty() {
        return None;
    }
    let zero_y = top + PAD + 2.0 * UNIT;
    let y_of = |e: i8| zero_y - f32::from(e.clamp(-2, 2)) * UNIT;
    let mut per_stage = vec![0usize; doc.stages.len()];
    for (s, _) in &placed {
        per_stage[*s] += 1;
    }
    let mut seen = vec![0usize; doc.stages.len()];
    let points: Vec<EmotionMark> = placed
        .iter()
        .map(|&(s, p)| {
            let j = seen[s];
            seen[s] += 1;
            let x = columns.card_x(s) + CARD_W * (j as f32 + 0.5) / per_stage[s] as f32;
            EmotionMark { card: p.card.clone(), at: Point { x, y: y_of(p.emotion) }, emotion: p.emotion }
        })
        .collect();

    let scale_w = SCALE.iter().map(|(_, t)| text_width(t, SCALE_FONT)).fold(0.0, f32::max);
    let name = words::emotion_band(lang);
    let name_w = LANE_HEADER_W - 3.0 * HEADER_PAD - scale_w;
    let height = HEIGHT.max(name_height(name, name_w) + 2.0 * HEADER_PAD);
    let (row, _) = row(name, name_w, columns, top, height);
    let right = row.header.right() - HEADER_PAD;
    let scale = TextBlock {
        font_size: SCALE_FONT.size,
        bold: false,
        centered: false,
        lines: SCALE
            .iter()
            .map(|&(e, t)| {
                let width = text_width(t, SCALE_FONT);
                TextLine { text: t.to_owned(), x: right - width, y: y_of(e) + SCALE_FONT.size * 0.35, width }
            })
            .collect(),
    };
    let dips = dip_labels(doc, lang, dips, &points, columns, zero_y);
    Some(EmotionBand {
        line: points.iter().map(|p| p.at).collect(),
        scale,
        zero_y,
        x1: row.header.right(),
        x2: row.band.right(),
        row,
        points,
        dips,
    })
}

/// A label beside each dip with a cause: under a point at or above zero, above one below
/// it (the side with room in the band), kept inside the point's stage column.
fn dip_labels(
    doc: &Blueprint,
    lang: Language,
    dips: &[Dip],
    points: &[EmotionMark],
    columns: &Columns,
    zero_y: f32,
) -> Vec<DipLabel> {
    if dips.iter().all(|d| d.causes.is_empty()) {
        return Vec::new();
    }
    let at: HashMap<&str, &EmotionMark> = points.iter().map(|p| (p.card.as_str(), p)).collect();
    let mut out = Vec::new();
    for dip in dips.iter().filter(|d| !d.causes.is_empty()) {
        let Some(point) = at.get(dip.card.as_str()) else { continue };
        let mut said: Vec<String> = Vec::new();
        for cause in &dip.causes {
            let card = doc.cards.get(&cause.card);
            let fail = card.and_then(|c| c.fail_point.as_ref()).map(|f| words::fail_point(lang, f.kind));
            let wait = cause.wait.then(|| words::wait(lang).to_owned());
            for w in [wait, fail].into_iter().flatten() {
                if !said.contains(&w) {
                    said.push(w);
                }
            }
        }
        let text = said.join(lang.pick(", ", "、"));
        let lines = fit(&text, LABEL_FONT, CARD_W - 2.0 * LABEL_PAD, LABEL_LINES);
        let w = lines.iter().map(|l| text_width(l, LABEL_FONT)).fold(0.0, f32::max) + 2.0 * LABEL_PAD;
        let h = lines.len() as f32 * LABEL_LINE + 2.0 * LABEL_PAD;
        let s = columns.column_of(point.at.x);
        let (lo, hi) = (columns.left(s) + 2.0, columns.left(s) + columns.width(s) - 2.0);
        let x = (point.at.x - w / 2.0).min(hi - w).max(lo);
        let y = if point.at.y <= zero_y { point.at.y + LABEL_GAP } else { point.at.y - LABEL_GAP - h };
        let mut cursor = y + LABEL_PAD;
        let text = block(lines, LABEL_FONT, LABEL_LINE, x + LABEL_PAD, &mut cursor);
        out.push(DipLabel { card: dip.card.clone(), rect: Rect { x, y, w, h }, text });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::layout::{layout, Scene, LANE_HEADER_W, MARGIN as M};
    use crate::model::{Blueprint, Card, Connector, Lane, LaneKind, Language, Stage};

    /// Two stages; the customer feels +1, then −2 at a wait, then (in the third stage,
    /// which has no point) nothing; a frontstage card with a fail point serves the wait.
    fn doc() -> Blueprint {
        let mut b = Blueprint::empty("Curve");
        b.stages = vec![Stage::new("s1", "One"), Stage::new("s2", "Two"), Stage::new("s3", "Three")];
        b.lanes = vec![Lane::new("l1", LaneKind::Customer, "C"), Lane::new("l2", LaneKind::Frontstage, "F")];
        let mut a = Card::new("a", "l1", "s1", "Arrive");
        a.emotion = Some(1);
        let mut w = Card::new("w", "l1", "s2", "Wait");
        (w.emotion, w.wait) = (Some(-2), true);
        let mut f = Card::new("f", "l2", "s2", "Serve");
        f.fail_point = Some(serde_json::from_value(serde_json::json!({"kind": "system"})).unwrap());
        f.emotion = Some(-1); // the employee's: not on the customer's curve
        let mut z = Card::new("z", "l1", "s3", "Leave");
        z.order = 1;
        for c in [a, w, f, z] {
            b.cards.insert(c.id.clone(), c);
        }
        b.connectors.insert("k".into(), Connector::new("k", "f", "w"));
        b
    }

    fn card_rect(s: &Scene, id: &str) -> crate::layout::Rect {
        s.cards.iter().find(|c| c.element == crate::model::ElementRef::Card(id.into())).unwrap().rect
    }

    #[test]
    fn a_point_stands_under_its_card_on_its_level() {
        let s = layout(&doc());
        let band = s.emotion_curve.as_ref().expect("the customer has emotions");
        assert_eq!(band.points.len(), 2, "the employee's emotion is not the customer's");
        let (a, w) = (&band.points[0], &band.points[1]);
        assert_eq!(a.card.as_str(), "a");
        assert!((a.at.x - card_rect(&s, "a").center_x()).abs() < 0.01, "under its card");
        assert!((w.at.x - card_rect(&s, "w").center_x()).abs() < 0.01);
        // +1 above the zero line, −2 twice as far below it.
        let up = band.zero_y - a.at.y;
        assert!(up > 0.0 && ((w.at.y - band.zero_y) - 2.0 * up).abs() < 0.01);
        assert_eq!(band.line, vec![a.at, w.at], "the line goes through the points in journey order");
        // Under the grid, across the columns, its name in the lane-header column.
        let grid_bottom = s.lanes.last().unwrap().band.bottom();
        assert!(band.row.band.y > grid_bottom && band.row.band.bottom() < s.height);
        assert_eq!((band.row.header.x, band.row.header.w), (M, LANE_HEADER_W));
        assert_eq!(band.row.name.lines[0].text, "Customer emotion");
        assert!(band.points.iter().all(|p| p.at.y > band.row.band.y && p.at.y < band.row.band.bottom()));
        let legend = s.legend.as_ref().expect("badges bring the legend");
        assert!(legend.frame.y > band.row.band.bottom(), "the legend comes after");
    }

    #[test]
    fn a_dip_is_labelled_with_its_causes_beside_its_point() {
        let s = layout(&doc());
        let band = s.emotion_curve.unwrap();
        // "a" dips from nothing? No: +1 is not below zero. "w" dips from +1 to −2.
        assert_eq!(band.dips.len(), 1);
        let dip = &band.dips[0];
        assert_eq!(dip.card.as_str(), "w");
        let text: Vec<&str> = dip.text.lines.iter().map(|l| l.text.as_str()).collect();
        // The causes in the order of their cards' ids, each in its badge's words.
        assert_eq!(text.join(" "), "F system, W wait");
        // Above the point (it is below zero), inside the band and the stage's column.
        let p = band.points[1].at;
        assert!(dip.rect.bottom() < p.y && dip.rect.y > band.row.band.y);
        let col = &s.stages[1];
        assert!(dip.rect.x >= col.x && dip.rect.right() <= col.x + col.width);
        assert!(dip.text.lines.iter().all(|l| l.x >= dip.rect.x && l.x + l.width <= dip.rect.right()));

        let mut zh = doc();
        zh.language = Language::SimplifiedChinese;
        let band = layout(&zh).emotion_curve.unwrap();
        assert_eq!(band.row.name.lines[0].text, "顾客情绪");
        assert_eq!(band.dips[0].text.lines[0].text, "系统失败点、等待点");
    }

    #[test]
    fn points_of_one_stage_spread_across_its_card_in_journey_order() {
        let mut b = doc();
        let mut later = b.cards[&crate::model::CardId::from("a")].clone();
        (later.id, later.order, later.emotion) = ("b".into(), 5, Some(2));
        b.cards.insert(later.id.clone(), later);
        let s = layout(&b);
        let band = s.emotion_curve.as_ref().unwrap();
        let r = card_rect(&s, "a");
        let (a, bb) = (band.points[0].at, band.points[1].at);
        assert!(r.x < a.x && a.x < bb.x && bb.x < r.right(), "{a:?} {bb:?} in {r:?}");
    }

    #[test]
    fn hidden_without_emotions_or_when_the_document_turns_it_off() {
        let mut b = doc();
        b.display.emotion_curve = false;
        let off = layout(&b);
        assert!(off.emotion_curve.is_none());
        assert!(off.height < layout(&doc()).height, "the Scene ends sooner");
        let mut none = doc();
        for c in none.cards.values_mut() {
            c.emotion = None;
        }
        assert!(layout(&none).emotion_curve.is_none());
    }
}
