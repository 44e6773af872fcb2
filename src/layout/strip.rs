//! The time strip, in a row under the grid: per stage the customer's time as a bar, the
//! part spent waiting marked at its start, and its limit (the stage's standard, or else
//! the tolerances of its steps added up) as a mark on the bar's scale, the bar red when
//! over it; the figures in words as the designer says them (s, min, h). The header holds
//! the journey's total against its standard. A total that leaves steps out says how many,
//! so it is never silently partial.
//!
//! The bars share one scale (the longest time or limit of any stage fills a card's width),
//! so stages compare at a glance; the figures say what a short bar holds.

use super::band::{fit, name_height, row};
use super::card::block;
use super::columns::Columns;
use super::geometry::{CARD_W, HEADER_PAD, LANE_HEADER_W, MARGIN};
use super::metrics::Font;
use super::scene::{Rect, StageBar, TimeStrip};
use crate::measure::{CustomerTime, Span};
use crate::model::Language;
use crate::words::{self, duration, Limit};

const FIGURE_FONT: Font = Font::regular(11.0);
const FIGURE_LINE: f32 = 14.0;
const FIGURE_LINES: usize = 2;
const NOTE_FONT: Font = Font::regular(10.0);
const NOTE_LINE: f32 = 13.0;
const PAD: f32 = 8.0;
const BAR_H: f32 = 8.0;
/// Above and below the bar.
const BAR_GAP: f32 = 5.0;
/// A time that is not zero is never drawn thinner than this.
const MIN_BAR: f32 = 2.0;

/// The strip of `t` (the customer's time) from `top`; `None` when no step of the
/// customer's has a duration.
pub(super) fn strip(lang: Language, t: &CustomerTime, columns: &Columns, top: f32) -> Option<TimeStrip> {
    if t.journey.steps as usize == t.journey.untimed.len() {
        return None;
    }
    let scale = t
        .stages
        .iter()
        .zip(&t.without_tolerance)
        .map(|(s, &u)| s.span.customer_seconds.max(limit(&s.span, u).map_or(0, |l| l.1)))
        .max()
        .unwrap_or(0)
        .max(1) as f32;
    // Each stage's words first: the row is as tall as the stage or header that says most.
    let cells: Vec<Cell> = t
        .stages
        .iter()
        .enumerate()
        .filter(|(_, s)| s.span.steps > 0)
        .map(|(i, s)| {
            let (over, untolerated) = (t.over_tolerance[i], t.without_tolerance[i]);
            Cell::of(lang, i, &s.span, over, untolerated)
        })
        .collect();
    let name = words::time_band(lang);
    let inner = LANE_HEADER_W - 2.0 * HEADER_PAD;
    let total = Cell::words(lang, &t.journey, t.journey_without_tolerance, 0, inner, true);
    let header_h = 2.0 * HEADER_PAD + name_height(name, inner) + total.height() + 2.0 * BAR_GAP;
    // The bars on one level, under the stage with the most lines of figures.
    let figure_lines = cells.iter().map(|c| c.figure.len()).max().unwrap_or(0);
    let notes_h = cells.iter().map(|c| (c.over.len() + c.note.len()) as f32 * NOTE_LINE).fold(0.0, f32::max);
    let bar_y = top + PAD + figure_lines as f32 * FIGURE_LINE + BAR_GAP;
    let cell_h = 2.0 * PAD + figure_lines as f32 * FIGURE_LINE + 2.0 * BAR_GAP + BAR_H + notes_h;
    let (row, below_name) = row(name, inner, columns, top, header_h.max(cell_h));

    let mut c = below_name + BAR_GAP;
    let x = MARGIN + HEADER_PAD;
    let total_block = block(total.figure, FIGURE_FONT, FIGURE_LINE, x, &mut c);
    let total_over = block(total.over, NOTE_FONT, NOTE_LINE, x, &mut c);
    let total_note = block(total.note, NOTE_FONT, NOTE_LINE, x, &mut c);

    let stages = cells
        .into_iter()
        .map(|cell| {
            let s = &t.stages[cell.stage];
            let x = columns.card_x(cell.stage);
            let mut c = top + PAD;
            let figure = block(cell.figure, FIGURE_FONT, FIGURE_LINE, x, &mut c);
            let track = Rect { x, y: bar_y, w: CARD_W, h: BAR_H };
            let along = |seconds: u64| seconds as f32 / scale * CARD_W;
            let span = &s.span;
            let bar_w = if span.customer_seconds > 0 { along(span.customer_seconds).max(MIN_BAR) } else { 0.0 };
            let bar = Rect { w: bar_w, ..track };
            let wait =
                (span.waiting_seconds > 0).then(|| Rect { w: along(span.waiting_seconds).max(MIN_BAR), ..track });
            let limit = limit(span, t.without_tolerance[cell.stage]);
            let mut c = track.bottom() + BAR_GAP;
            let over_text = block(cell.over, NOTE_FONT, NOTE_LINE, x, &mut c);
            let note = block(cell.note, NOTE_FONT, NOTE_LINE, x, &mut c);
            StageBar {
                stage: s.stage.clone(),
                cell: Rect { x: columns.left(cell.stage), y: top, w: columns.width(cell.stage), h: row.band.h },
                figure,
                track,
                bar,
                wait,
                limit_x: limit.map(|(_, l)| x + along(l)),
                over: limit.is_some_and(|(_, l)| span.customer_seconds > l),
                over_text,
                note,
            }
        })
        .collect();
    Some(TimeStrip { row, total: total_block, total_over, total_note, stages })
}

/// What a time is held against: its standard, or else the tolerances of its steps added
/// up, when every step has one (`untolerated` is how many have none): a step without a
/// tolerance would count its time against nothing and make the stage look over.
fn limit(span: &Span, untolerated: u32) -> Option<(Limit, u64)> {
    match span.standard_seconds {
        Some(s) => Some((Limit::Standard, u64::from(s))),
        None => (untolerated == 0 && span.tolerance_seconds > 0).then_some((Limit::Tolerance, span.tolerance_seconds)),
    }
}

/// Seconds as words; a span of more than `u32::MAX` seconds (136 years) says that much.
fn said(lang: Language, seconds: u64) -> String {
    duration(lang, u32::try_from(seconds).unwrap_or(u32::MAX))
}

/// A stage's (or the journey's) words, wrapped, before they are placed.
struct Cell {
    stage: usize,
    figure: Vec<String>,
    /// Over its limit; steps over their own tolerance.
    over: Vec<String>,
    /// Steps without a duration.
    note: Vec<String>,
}

impl Cell {
    fn of(lang: Language, stage: usize, span: &Span, over_tolerance: u32, untolerated: u32) -> Cell {
        let mut cell = Cell::words(lang, span, untolerated, stage, CARD_W, false);
        if over_tolerance > 0 {
            cell.over.extend(fit(&words::steps_over_tolerance(lang, over_tolerance), NOTE_FONT, CARD_W, 1));
        }
        cell
    }

    /// The words of `span` for a box `width` wide; the journey's start with "Journey".
    fn words(lang: Language, span: &Span, untolerated: u32, stage: usize, width: f32, journey: bool) -> Cell {
        let time = said(lang, span.customer_seconds);
        let limit = limit(span, untolerated);
        let limit_words = limit.map(|(kind, l)| (kind, said(lang, l)));
        // The journey's limit on a line of its own: the header is narrower than a stage,
        // and a wrap inside "1 h" would part the number from its unit.
        let figure: Vec<String> = if journey {
            let mut lines = fit(&words::journey_time(lang, &time), FIGURE_FONT, width, FIGURE_LINES);
            if let Some((kind, l)) = &limit_words {
                lines.extend(fit(&words::limit(lang, *kind, l), FIGURE_FONT, width, 1));
            }
            lines
        } else {
            let against = words::time_against(lang, &time, limit_words.as_ref().map(|(k, l)| (*k, l.as_str())));
            fit(&against, FIGURE_FONT, width, FIGURE_LINES)
        };
        let over: Vec<String> = limit
            .and_then(|(_, l)| span.customer_seconds.checked_sub(l))
            .filter(|&o| o > 0)
            .map(|o| fit(&words::over_by(lang, &said(lang, o)), NOTE_FONT, width, 1))
            .unwrap_or_default();
        let note = if span.untimed.is_empty() {
            Vec::new()
        } else {
            fit(&words::untimed(lang, span.untimed.len()), NOTE_FONT, width, 1)
        };
        Cell { stage, figure, over, note }
    }

    fn height(&self) -> f32 {
        self.figure.len() as f32 * FIGURE_LINE + (self.over.len() + self.note.len()) as f32 * NOTE_LINE
    }
}

#[cfg(test)]
mod tests {
    use crate::layout::{layout, Swatch, LANE_HEADER_W, MARGIN};
    use crate::model::{Blueprint, Card, Lane, LaneKind, Language, Stage};

    /// Stage one: 8 min against 15 min of tolerance. Stage two: 4 min waiting plus 28 min
    /// against a 30 min standard, and a step without a duration. Stage three: nothing.
    fn doc() -> Blueprint {
        let mut b = Blueprint::empty("Strip");
        let mut s2 = Stage::new("s2", "Two");
        s2.standard_seconds = Some(1800);
        b.stages = vec![Stage::new("s1", "One"), s2, Stage::new("s3", "Three")];
        b.lanes = vec![Lane::new("l1", LaneKind::Customer, "C"), Lane::new("l2", LaneKind::Backstage, "B")];
        for (id, lane, stage, d, t, wait) in [
            ("a", "l1", "s1", Some(480), Some(900), false),
            ("q", "l1", "s2", Some(240), Some(120), true),
            ("b", "l1", "s2", Some(1680), None, false),
            ("u", "l1", "s2", None, None, false),
            ("k", "l2", "s2", Some(9000), None, false),
        ] {
            let mut c = Card::new(id, lane, stage, id);
            (c.duration_seconds, c.tolerance_seconds, c.wait) = (d, t, wait);
            c.order = b.cards.len() as u32;
            b.cards.insert(c.id.clone(), c);
        }
        b.standard_seconds = Some(3600);
        b
    }

    fn lines(b: &crate::layout::TextBlock) -> Vec<&str> {
        b.lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn each_stage_has_its_bar_against_its_limit() {
        let s = layout(&doc());
        let strip = s.time_strip.as_ref().expect("the customer's steps have durations");
        assert_eq!(strip.stages.len(), 2, "the stage without customer steps has no bar");
        let (one, two) = (&strip.stages[0], &strip.stages[1]);
        assert_eq!(lines(&one.figure), ["8 min / max 15 min"]);
        assert!(!one.over && one.over_text.lines.is_empty());
        // Two: 4 + 28 = 32 min against its 30 min standard: over, by 2 min; the queue is
        // over its own tolerance; one step untimed. The backstage card is not the customer's.
        assert_eq!(lines(&two.figure), ["32 min / standard 30 min"]);
        assert!(two.over);
        assert_eq!(lines(&two.over_text), ["2 min over", "1 step over tolerance"]);
        assert_eq!(lines(&two.note), ["1 step untimed"]);
        // One scale: the longest (32 min) fills the track; the limits fall on it.
        assert!((two.bar.w - two.track.w).abs() < 0.01);
        assert!((one.bar.w / two.bar.w - 8.0 / 32.0).abs() < 0.001);
        assert!((one.limit_x.unwrap() - one.track.x - one.track.w * 15.0 / 32.0).abs() < 0.01);
        assert!((two.limit_x.unwrap() - two.track.x - two.track.w * 30.0 / 32.0).abs() < 0.01);
        let wait = two.wait.unwrap();
        assert!((wait.x, wait.w) == (two.bar.x, two.bar.w * 4.0 / 32.0));
        // Under its stage's column, inside the row.
        for (bar, stage) in [(one, &s.stages[0]), (two, &s.stages[1])] {
            assert!(bar.track.x >= stage.x && bar.track.right() <= stage.x + stage.width);
            assert!(bar.cell.y >= strip.row.band.y && bar.note.lines.iter().all(|l| l.y < strip.row.band.bottom()));
        }
        // The journey in the header: 40 min against the hour, one step untimed.
        assert_eq!(lines(&strip.total), ["Journey 40 min", "standard 1 h"]);
        assert!(strip.total_over.lines.is_empty());
        assert_eq!(lines(&strip.total_note), ["1 step untimed"]);
        assert_eq!((strip.row.header.x, strip.row.header.w), (MARGIN, LANE_HEADER_W));
        assert!(strip.total.lines.iter().all(|l| l.x + l.width <= strip.row.header.right()));
        assert!(strip.row.band.y > s.lanes.last().unwrap().band.bottom());
        // The legend explains the bar, in the strip's paint, after the strip.
        let legend = s.legend.as_ref().expect("durations bring the legend");
        assert!(legend.frame.y > strip.row.band.bottom());
        let bars = legend.items.iter().filter(|i| matches!(i.swatches[..], [Swatch::Bar { .. }])).count();
        assert_eq!(bars, 1);
        let mut off = doc();
        off.display.time_strip = false;
        let legend = layout(&off).legend.unwrap();
        assert!(legend.items.iter().all(|i| !matches!(i.swatches[..], [Swatch::Bar { .. }])), "no strip, no bar");
    }

    #[test]
    fn tolerances_are_a_limit_only_when_every_step_has_one() {
        let mut b = doc();
        let mut eat = Card::new("e", "l1", "s1", "Eat");
        (eat.duration_seconds, eat.order) = (Some(2700), 9);
        b.cards.insert(eat.id.clone(), eat);
        let strip = layout(&b).time_strip.unwrap();
        let one = &strip.stages[0];
        assert_eq!(lines(&one.figure), ["53 min"], "45 min of eating is over no tolerance");
        assert!(!one.over && one.limit_x.is_none());
    }

    #[test]
    fn in_the_documents_language() {
        let mut b = doc();
        b.language = Language::SimplifiedChinese;
        let strip = layout(&b).time_strip.unwrap();
        assert_eq!(strip.row.name.lines[0].text, "顾客用时");
        assert_eq!(lines(&strip.stages[1].figure), ["32 分钟 / 标准 30 分钟"]);
        assert_eq!(lines(&strip.stages[1].over_text)[0], "超出 2 分钟");
        assert_eq!(lines(&strip.total), ["全程 40 分钟", "标准 1 小时"]);
    }

    #[test]
    fn hidden_without_durations_or_when_the_document_turns_it_off() {
        let mut off = doc();
        off.display.time_strip = false;
        assert!(layout(&off).time_strip.is_none());
        let mut none = doc();
        for c in none.cards.values_mut() {
            c.duration_seconds = None;
        }
        assert!(layout(&none).time_strip.is_none(), "untimed steps alone draw no strip");
    }
}
