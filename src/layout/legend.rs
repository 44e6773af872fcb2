//! The legend: what the drawing's badges, fail-point outlines and lines mean, in a frame
//! under the grid. It lists only what the drawing uses, each with a swatch drawn as the
//! drawing draws it (a badge taken from a card, an outline, a line's stroke).

use super::card::block;
use super::geometry::HEADER_PAD;
use super::heat::LEVELS;
use super::metrics::{text_width, Font};
use super::scene::{Badge, BadgeKind, CardBox, HeatMap, Legend, LegendItem, LineGeom, Rect, Swatch, TextBlock};
use super::wrap::wrap;
use crate::model::{Channel, FailKind, Language, LegendDisplay};
use crate::words::{self, LegendWord};
use std::borrow::Cow;
use std::sync::Arc;

/// Whether a layout places the legend.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LegendPlacement {
    /// When the drawing has badges (a reader meets marks they must decode).
    #[default]
    WhenBadges,
    Always,
    Never,
}

impl LegendPlacement {
    /// What the document's display asks for.
    pub fn of(shown: LegendDisplay) -> LegendPlacement {
        match shown {
            LegendDisplay::Auto => LegendPlacement::WhenBadges,
            LegendDisplay::Shown => LegendPlacement::Always,
            LegendDisplay::Hidden => LegendPlacement::Never,
        }
    }
}

const TITLE_FONT: Font = Font::bold(12.0);
const FONT: Font = Font::regular(11.0);
const ROW_H: f32 = 22.0;
const SWATCH_GAP: f32 = 4.0;
/// Between a swatch and its words, and between items of a row.
const TEXT_GAP: f32 = 6.0;
const ITEM_GAP: f32 = 18.0;
const OUTLINE_W: f32 = 28.0;
const LINE_W: f32 = 28.0;

/// The slots of the badges a legend shows, in its order: the key moment, the fail kinds,
/// wait, emotion, time, the channels.
const SLOTS: usize = 1 + 4 + 3 + 4;

/// A badge's slot; `None` for a footnote's number, which the notes block explains.
fn slot(kind: &BadgeKind) -> Option<usize> {
    Some(match kind {
        BadgeKind::KeyMoment => 0,
        BadgeKind::FailPoint { fail } => match fail {
            FailKind::Process => 1,
            FailKind::Outcome => 2,
            FailKind::Interaction => 3,
            FailKind::System => 4,
        },
        BadgeKind::Wait => 5,
        BadgeKind::Emotion { .. } => 6,
        BadgeKind::Time { .. } => 7,
        BadgeKind::Channel { channel } => {
            8 + match channel {
                Channel::Physical => 0,
                Channel::Digital => 1,
                Channel::Interpersonal => 2,
                Channel::Process => 3,
            }
        }
        BadgeKind::Note { .. } => return None,
    })
}

/// An item before it is placed: what its swatches show, and its words.
struct Wanted<'a> {
    badges: Vec<&'a Badge>,
    /// A card's outline, a fail point's or not.
    outline: Option<bool>,
    line: Option<&'a LineGeom>,
    /// A bar of the time strip.
    bar: bool,
    /// The heat map's shades, lightest to darkest.
    heat: Option<&'a HeatMap>,
    /// The heat map's ring.
    ring: bool,
    text: Cow<'a, str>,
}

impl<'a> Wanted<'a> {
    fn new(text: impl Into<Cow<'a, str>>) -> Self {
        Wanted { badges: Vec::new(), outline: None, line: None, bar: false, heat: None, ring: false, text: text.into() }
    }
}

const HEAT_W: f32 = 14.0;

/// The time strip's bar as a swatch: its length, the waiting part, where its limit falls.
const BAR_W: f32 = 36.0;
const BAR_H: f32 = 8.0;

/// The legend of a drawing with these cards, lines, time strip (when `strip`) and heat
/// map, `width` wide from `x` at `top`; `None` when `placement` says not to place it or
/// there is nothing to explain.
#[allow(clippy::too_many_arguments)]
pub fn legend(
    lang: Language,
    placement: LegendPlacement,
    cards: &[Arc<CardBox>],
    lines: &[LineGeom],
    strip: bool,
    heat: Option<&HeatMap>,
    x: f32,
    top: f32,
    width: f32,
) -> Option<Legend> {
    if placement == LegendPlacement::Never {
        return None;
    }
    // The first badge of each kind the drawing shows; a card of each kind of outline.
    let mut badges: [Option<&Badge>; SLOTS] = [None; SLOTS];
    let mut fail_outline = false;
    for card in cards {
        fail_outline |= card.fail_point;
        for b in &card.badges {
            if let Some(i) = slot(&b.kind) {
                badges[i].get_or_insert(b);
            }
        }
    }
    let any_badge = badges.iter().any(Option::is_some);
    // A heat map's shades mean nothing without their key.
    if placement == LegendPlacement::WhenBadges && !any_badge && heat.is_none() {
        return None;
    }
    let group = |range: std::ops::Range<usize>| badges[range].iter().flatten().copied().collect::<Vec<&Badge>>();
    let mut wanted: Vec<Wanted> = Vec::new();
    for (range, word) in [
        (0..1, LegendWord::KeyMoment),
        (1..5, LegendWord::FailPoint),
        (5..6, LegendWord::Wait),
        (6..7, LegendWord::Emotion),
        (7..8, LegendWord::Time),
        (8..12, LegendWord::Channel),
    ] {
        let shown = group(range);
        if !shown.is_empty() {
            wanted.push(Wanted { badges: shown, ..Wanted::new(words::legend_item(lang, word)) });
        }
    }
    if fail_outline {
        wanted.push(Wanted { outline: Some(true), ..Wanted::new(words::legend_item(lang, LegendWord::FailOutline)) });
    }
    if strip {
        wanted.push(Wanted { bar: true, ..Wanted::new(words::legend_item(lang, LegendWord::TimeStrip)) });
    }
    for line in lines {
        let name = line.label.lines.first().map_or("", |l| l.text.as_str());
        wanted.push(Wanted { line: Some(line), ..Wanted::new(name) });
    }
    if let Some(h) = heat {
        // A map of rings alone (nothing to shade) has no scale to explain.
        if !h.cells.is_empty() {
            wanted.push(Wanted { heat: Some(h), ..Wanted::new(words::heat_key(lang, h.by, h.max)) });
        }
        if !h.rings.is_empty() {
            wanted.push(Wanted { ring: true, ..Wanted::new(words::legend_item(lang, LegendWord::Unrecovered)) });
        }
    }
    if wanted.is_empty() {
        return None;
    }

    let inner = width - 2.0 * HEADER_PAD;
    let mut cursor = top + HEADER_PAD;
    let title = block(vec![words::legend(lang).to_owned()], TITLE_FONT, ROW_H, x + HEADER_PAD, &mut cursor);
    let (mut ix, mut row) = (x + HEADER_PAD, cursor);
    let mut items = Vec::with_capacity(wanted.len());
    for Wanted { badges, outline, line, bar, heat, ring, text } in wanted {
        let text = text.as_ref();
        let swatch_w: f32 = badges.iter().map(|b| b.rect.w + SWATCH_GAP).sum::<f32>()
            + outline.map_or(0.0, |_| OUTLINE_W + SWATCH_GAP)
            + line.map_or(0.0, |_| LINE_W + SWATCH_GAP)
            + if bar { BAR_W + SWATCH_GAP } else { 0.0 }
            + heat.map_or(0.0, |_| f32::from(LEVELS) * HEAT_W + SWATCH_GAP)
            + if ring { OUTLINE_W + SWATCH_GAP } else { 0.0 };
        // Wrapped (cut) only when too long: the words are short, and wrapping is dear.
        let room = (inner - swatch_w - TEXT_GAP).max(FONT.size);
        let text = if text_width(text, FONT) <= room { vec![text.to_owned()] } else { wrap(text, FONT, room, 1).lines };
        let item_w = swatch_w + TEXT_GAP + text.iter().map(|t| text_width(t, FONT)).fold(0.0, f32::max);
        if ix > x + HEADER_PAD && ix + item_w > x + HEADER_PAD + inner {
            ix = x + HEADER_PAD;
            row += ROW_H;
        }
        let mut sx = ix;
        let mut swatches = Vec::new();
        for b in badges {
            let (dx, dy) = (sx - b.rect.x, row + 3.0 - b.rect.y);
            let mut badge = b.clone();
            badge.rect.x += dx;
            badge.rect.y += dy;
            badge.label.x += dx;
            badge.label.y += dy;
            sx += b.rect.w + SWATCH_GAP;
            swatches.push(Swatch::Badge { badge });
        }
        if let Some(fail_point) = outline {
            swatches.push(Swatch::Outline { rect: Rect { x: sx, y: row + 4.0, w: OUTLINE_W, h: 14.0 }, fail_point });
            sx += OUTLINE_W + SWATCH_GAP;
        }
        if let Some(l) = line {
            let y = row + ROW_H / 2.0;
            swatches.push(Swatch::Line { x1: sx, x2: sx + LINE_W, y, color: l.color, dash: l.dash });
            sx += LINE_W + SWATCH_GAP;
        }
        if bar {
            let track = Rect { x: sx, y: row + (ROW_H - BAR_H) / 2.0, w: BAR_W, h: BAR_H };
            swatches.push(Swatch::Bar {
                track,
                bar: Rect { w: BAR_W * 0.7, ..track },
                wait: Rect { w: BAR_W * 0.3, ..track },
                limit_x: sx + BAR_W * 0.85,
            });
            sx += BAR_W + SWATCH_GAP;
        }
        if let Some(h) = heat {
            // The five shades side by side, as one scale.
            for level in 1..=LEVELS {
                swatches.push(Swatch::Heat { rect: Rect { x: sx, y: row + 4.0, w: HEAT_W, h: 14.0 }, by: h.by, level });
                sx += HEAT_W;
            }
            sx += SWATCH_GAP;
        }
        if ring {
            swatches.push(Swatch::Ring { rect: Rect { x: sx, y: row + 4.0, w: OUTLINE_W, h: 14.0 } });
            sx += OUTLINE_W + SWATCH_GAP;
        }
        let mut c = row;
        let text: TextBlock = block(text, FONT, ROW_H, sx + TEXT_GAP - SWATCH_GAP, &mut c);
        items.push(LegendItem { swatches, text });
        ix += item_w + ITEM_GAP;
    }
    let bottom = row + ROW_H + HEADER_PAD;
    Some(Legend { frame: Rect { x, y: top, w: width, h: bottom - top }, title, items })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::layout;
    use crate::model::{Blueprint, Card, Lane, LaneKind, Line, LineKind, Stage};

    fn doc(badges: bool) -> Blueprint {
        let mut b = Blueprint::empty("Legend");
        b.stages = vec![Stage::new("s1", "One"), Stage::new("s2", "Two")];
        b.lanes = vec![Lane::new("l1", LaneKind::Customer, "C"), Lane::new("l2", LaneKind::Frontstage, "F")];
        b.lines = vec![Line { kind: LineKind::Interaction, boundary: 1 }];
        let mut c = Card::new("c1", "l1", "s1", "1");
        let mut d = Card::new("c2", "l2", "s2", "2");
        if badges {
            c.fail_point = Some(serde_json::from_value(serde_json::json!({"kind": "system"})).unwrap());
            c.wait = true;
            d.fail_point = Some(serde_json::from_value(serde_json::json!({"kind": "process"})).unwrap());
            d.channel = Some(Channel::Digital);
        }
        b.cards.insert(c.id.clone(), c);
        b.cards.insert(d.id.clone(), d);
        b
    }

    fn badge_texts(item: &LegendItem) -> Vec<&str> {
        item.swatches
            .iter()
            .filter_map(|s| match s {
                Swatch::Badge { badge } => Some(badge.label.text.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn lists_what_the_drawing_uses_under_the_grid() {
        let s = layout(&doc(true));
        let legend = s.legend.as_ref().expect("badges bring the legend by default");
        assert_eq!(legend.title.lines[0].text, "Legend");
        let texts: Vec<&str> = legend.items.iter().map(|i| i.text.lines[0].text.as_str()).collect();
        assert_eq!(texts[1], words::legend_item(Language::English, LegendWord::Wait));
        // Fail points of both kinds the cards have, in the kinds' order; the channel used.
        assert_eq!(badge_texts(&legend.items[0]), ["F process", "F system"]);
        assert_eq!(badge_texts(&legend.items[2]), ["digital"]);
        assert!(matches!(legend.items[3].swatches[..], [Swatch::Outline { fail_point: true, .. }]));
        assert!(matches!(legend.items[4].swatches[..], [Swatch::Line { .. }]));
        assert_eq!(texts[4], "Line of interaction");
        // Under the grid, inside the Scene, items apart from each other.
        let grid_bottom = s.lanes.last().unwrap().band.bottom();
        assert!(legend.frame.y > grid_bottom && legend.frame.bottom() < s.height);
        assert!(legend.frame.right() <= s.width);
        let mut boxes: Vec<Rect> = Vec::new();
        for item in &legend.items {
            for sw in &item.swatches {
                let r = match sw {
                    Swatch::Badge { badge } => badge.rect,
                    Swatch::Outline { rect, .. } | Swatch::Heat { rect, .. } | Swatch::Ring { rect } => *rect,
                    Swatch::Line { x1, x2, y, .. } => Rect { x: *x1, y: *y - 1.0, w: x2 - x1, h: 2.0 },
                    Swatch::Bar { track, .. } => *track,
                };
                assert!(r.x >= legend.frame.x && r.right() <= legend.frame.right(), "{r:?}");
                assert!(r.y >= legend.frame.y && r.bottom() <= legend.frame.bottom(), "{r:?}");
                assert!(boxes
                    .iter()
                    .all(|b| b.right() <= r.x || r.right() <= b.x || b.bottom() <= r.y || r.bottom() <= b.y));
                boxes.push(r);
            }
            let t = &item.text.lines[0];
            assert!(t.x + t.width <= legend.frame.right());
        }
    }

    #[test]
    fn placed_as_the_documents_display_says() {
        let with = |badges: bool, legend: LegendDisplay| {
            let mut b = doc(badges);
            b.display.legend = legend;
            layout(&b)
        };
        assert!(with(true, LegendDisplay::Hidden).legend.is_none());
        assert!(layout(&doc(false)).legend.is_none(), "no badges: no legend by default");
        let s = with(false, LegendDisplay::Shown);
        let legend = s.legend.expect("placed when asked");
        assert_eq!(legend.items.len(), 1, "the line only");
        // Without a legend the Scene ends under the grid.
        assert!(with(true, LegendDisplay::Hidden).height < layout(&doc(true)).height);
    }

    #[test]
    fn a_heat_map_brings_its_key_and_its_ring() {
        let mut b = doc(false);
        b.display.overlay = crate::model::Overlay::FailPoints;
        assert!(layout(&b).legend.is_none(), "nothing to shade: no fail point, no heat map key");
        let mut b = doc(true);
        b.display.overlay = crate::model::Overlay::FailPoints;
        let legend = layout(&b).legend.unwrap();
        let n = legend.items.len();
        let (key, ring) = (&legend.items[n - 2], &legend.items[n - 1]);
        assert_eq!(key.text.lines[0].text, "heat map: fail points in a cell, up to 1");
        let levels: Vec<u8> = key
            .swatches
            .iter()
            .map(|s| match s {
                Swatch::Heat { level, by, .. } => {
                    assert_eq!(*by, crate::model::Overlay::FailPoints);
                    *level
                }
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(levels, [1, 2, 3, 4, 5]);
        assert!(matches!(ring.swatches[..], [Swatch::Ring { .. }]));
        assert_eq!(ring.text.lines[0].text, words::legend_item(Language::English, LegendWord::Unrecovered));
    }

    #[test]
    fn in_the_documents_language() {
        let mut b = doc(true);
        b.language = Language::SimplifiedChinese;
        let legend = layout(&b).legend.unwrap();
        assert_eq!(legend.title.lines[0].text, "图例");
        assert_eq!(badge_texts(&legend.items[0]), ["流程失败点", "系统失败点"]);
    }

    #[test]
    fn a_key_moment_comes_first_and_a_footnote_brings_no_legend() {
        let mut b = doc(false);
        b.cards.values_mut().next().unwrap().notes = "A note".into();
        b.display.notes = crate::model::NotesDisplay::Footnotes;
        assert!(layout(&b).legend.is_none(), "a footnote's number is explained by the notes");
        for (lang, word) in [(Language::English, "Key moment"), (Language::SimplifiedChinese, "关键时刻")] {
            let mut b = doc(true);
            b.language = lang;
            b.cards.values_mut().last().unwrap().key_moment = true;
            let legend = layout(&b).legend.unwrap();
            assert_eq!(badge_texts(&legend.items[0]), [word]);
            assert_eq!(legend.items[0].text.lines[0].text, words::legend_item(lang, LegendWord::KeyMoment));
        }
    }
}
