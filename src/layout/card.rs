//! One card's box: wrapped text, owner line, its notes and tags when shown on the card,
//! and a flow of badges; a band of its colour. Built at the origin of its cell stack, then
//! moved into place once the lane's position is known.

use super::geometry::{CARD_PAD, CARD_W, MIN_CARD_H};
use super::metrics::{text_width, Font};
use super::scene::{Badge, BadgeKind, CardBox, ColourBand, Rect, TextBlock, TextLine, Tone};
use super::wrap::{wrap, Wrapped};
use crate::model::{Card, CardColour, CardId, Channel, ElementRef, FailKind, Language};
use crate::words::{self, duration};
use std::sync::Arc;
use unicode_segmentation::UnicodeSegmentation;

pub const TEXT_FONT: Font = Font::regular(12.0);
const TEXT_LINE: f32 = 16.0;
pub const OWNER_FONT: Font = Font::regular(10.0);
const OWNER_LINE: f32 = 13.0;
/// Badges are bold (the SVG draws them so).
pub const BADGE_FONT: Font = Font::bold(10.0);
const BADGE_H: f32 = 16.0;
const BADGE_PAD: f32 = 5.0;
const BADGE_GAP: f32 = 4.0;
const SECTION_GAP: f32 = 6.0;
/// The most lines of a card's text drawn: a card is a sticky note, not a page. More is
/// cut with an ellipsis, and the `card-text-cut` rule says so.
pub const CARD_TEXT_LINES: usize = 12;
/// The most lines of its owner drawn.
const OWNER_LINES: usize = 3;
/// Notes on a card: smaller than its text, and fewer lines (the rest is in the inspector,
/// or written out whole as footnotes).
pub const NOTES_FONT: Font = Font::regular(10.0);
pub const NOTES_LINE: f32 = 13.0;
const NOTES_LINES: usize = 8;
const TAGS_LINES: usize = 3;
/// The colour band across the top of a card, inside its outline and above its text's
/// ink (the first line's capitals start about 11 px down).
const BAND_INSET: f32 = 2.0;
const BAND_H: f32 = 4.0;

/// How a card's notes and tags are shown, as the document's display says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotesShown {
    Hidden,
    /// Under the card's text.
    OnCard,
    /// As footnote `n` (a badge on the card): only a card with notes or tags has one.
    Footnote(u32),
}

/// What of a card its box is drawn from, and the language of the box's fixed words.
#[derive(Debug, PartialEq)]
struct Source {
    text: String,
    owner: String,
    fail_point: Option<FailKind>,
    wait: bool,
    emotion: Option<i8>,
    duration_seconds: Option<u32>,
    tolerance_seconds: Option<u32>,
    channel: Option<Channel>,
    key_moment: bool,
    colour: Option<CardColour>,
    shown: NotesShown,
    /// The notes and tags, kept only when drawn on the card.
    notes: String,
    tags: Vec<String>,
    lang: Language,
}

impl Source {
    fn of(card: &Card, lang: Language, shown: NotesShown) -> Source {
        let on_card = shown == NotesShown::OnCard;
        Source {
            text: card.text.clone(),
            owner: card.owner.clone(),
            fail_point: card.fail_point.as_ref().map(|f| f.kind),
            wait: card.wait,
            emotion: card.emotion,
            duration_seconds: card.duration_seconds,
            tolerance_seconds: card.tolerance_seconds,
            channel: card.channel,
            key_moment: card.key_moment,
            colour: card.colour,
            shown,
            notes: if on_card { card.notes.clone() } else { String::new() },
            tags: if on_card { card.tags.clone() } else { Vec::new() },
            lang,
        }
    }

    fn is(&self, card: &Card, lang: Language, shown: NotesShown) -> bool {
        self.lang == lang
            && self.shown == shown
            && self.key_moment == card.key_moment
            && self.colour == card.colour
            && (shown != NotesShown::OnCard || (self.notes == card.notes && self.tags == card.tags))
            && self.text == card.text
            && self.owner == card.owner
            && self.fail_point == card.fail_point.as_ref().map(|f| f.kind)
            && self.wait == card.wait
            && self.emotion == card.emotion
            && self.duration_seconds == card.duration_seconds
            && self.tolerance_seconds == card.tolerance_seconds
            && self.channel == card.channel
    }
}

/// A card's box drawn at the origin: all that its content decides. Wrapping text is most
/// of a layout's time, so boxes share their shape (`Arc`) from one layout to the next
/// while the card's content stays the same; every box is its shape placed
/// ([`place`]), so a shared shape gives the same coordinates as a new one.
#[derive(Debug, PartialEq)]
pub struct CardShape {
    source: Source,
    h: f32,
    text: TextBlock,
    owner: TextBlock,
    notes: TextBlock,
    tags: TextBlock,
    badges: Vec<Badge>,
}

impl CardShape {
    /// Drawn from `card` as it is now, in `lang`, with its notes `shown` so.
    pub fn is_of(&self, card: &Card, lang: Language, shown: NotesShown) -> bool {
        self.source.is(card, lang, shown)
    }

    pub fn height(&self) -> f32 {
        self.h
    }
}

/// Lay out `card` with its top-left corner at `(x, y)`.
#[cfg(test)]
pub fn card_box(card: &Card, lang: Language, x: f32, y: f32) -> CardBox {
    place(&Arc::new(shape(card, lang, NotesShown::Hidden)), &card.id, x, y)
}

/// `shape` with its top-left corner at `(x, y)`.
pub fn place(shape: &Arc<CardShape>, id: &CardId, x: f32, y: f32) -> CardBox {
    let lines = |t: &TextBlock| TextBlock {
        lines: t
            .lines
            .iter()
            .map(|l| TextLine { text: l.text.clone(), x: l.x + x, y: l.y + y, width: l.width })
            .collect(),
        ..*t
    };
    CardBox {
        element: ElementRef::Card(id.clone()),
        rect: Rect { x, y, w: CARD_W, h: shape.h },
        text: lines(&shape.text),
        owner: lines(&shape.owner),
        notes: lines(&shape.notes),
        tags: lines(&shape.tags),
        badges: shape
            .badges
            .iter()
            .map(|b| Badge {
                rect: Rect { x: b.rect.x + x, y: b.rect.y + y, ..b.rect },
                label: TextLine {
                    text: b.label.text.clone(),
                    x: b.label.x + x,
                    y: b.label.y + y,
                    width: b.label.width,
                },
                ..*b
            })
            .collect(),
        fail_point: shape.source.fail_point.is_some(),
        colour_band: shape.source.colour.map(|colour| ColourBand {
            rect: Rect { x: x + BAND_INSET, y: y + BAND_INSET, w: CARD_W - 2.0 * BAND_INSET, h: BAND_H },
            colour,
            radius: BAND_H / 2.0,
        }),
        shape: Arc::clone(shape),
    }
}

/// A card's text as its box draws it: whether it is [`Wrapped::cut`] is what the
/// `card-text-cut` rule tells the designer.
pub fn card_text(text: &str) -> Wrapped {
    wrap(text, TEXT_FONT, CARD_W - 2.0 * CARD_PAD, CARD_TEXT_LINES)
}

/// A card's tags as one run: `#tag` each (a tag written with its `#` keeps just the one),
/// blank tags left out, apart by a middle dot (a tag may hold a space, and SVG folds runs
/// of spaces into one).
pub fn tags_line(tags: &[String]) -> String {
    let mut out = String::new();
    for t in tags.iter().map(|t| t.trim().trim_start_matches('#')).filter(|t| !t.is_empty()) {
        if !out.is_empty() {
            out.push_str(" · ");
        }
        out.push('#');
        out.push_str(t);
    }
    out
}

/// Lay out `card` at the origin, with its notes and tags `shown` so.
pub fn shape(card: &Card, lang: Language, shown: NotesShown) -> CardShape {
    let inner = CARD_W - 2.0 * CARD_PAD;
    let left = CARD_PAD;
    let mut cursor = CARD_PAD;

    let text = block(card_text(&card.text).lines, TEXT_FONT, TEXT_LINE, left, &mut cursor);
    let owner_text = if card.owner.trim().is_empty() { String::new() } else { words::owner(lang, &card.owner) };
    if !owner_text.is_empty() && !text.lines.is_empty() {
        cursor += SECTION_GAP / 2.0;
    }
    let owner =
        block(wrap(&owner_text, OWNER_FONT, inner, OWNER_LINES).lines, OWNER_FONT, OWNER_LINE, left, &mut cursor);
    let (notes, tags) = if shown == NotesShown::OnCard {
        let section = |text: &str, cap: usize, cursor: &mut f32| {
            let lines = wrap(text, NOTES_FONT, inner, cap).lines;
            if !lines.is_empty() && *cursor > CARD_PAD {
                *cursor += SECTION_GAP / 2.0;
            }
            block(lines, NOTES_FONT, NOTES_LINE, left, cursor)
        };
        let notes = section(card.notes.trim(), NOTES_LINES, &mut cursor);
        (notes, section(&tags_line(&card.tags), TAGS_LINES, &mut cursor))
    } else {
        (
            block(Vec::new(), NOTES_FONT, NOTES_LINE, left, &mut cursor),
            block(Vec::new(), NOTES_FONT, NOTES_LINE, left, &mut cursor),
        )
    };

    let mut specs = badge_specs(card, lang);
    if let NotesShown::Footnote(n) = shown {
        specs.push((BadgeKind::Note { number: n }, Tone::Neutral, words::note_number(lang, n)));
    }
    let mut badges = Vec::with_capacity(specs.len());
    if !specs.is_empty() {
        if cursor > CARD_PAD {
            cursor += SECTION_GAP;
        }
        let mut bx = left;
        for (kind, tone, label) in specs {
            let label = fit(&label, BADGE_FONT, inner - 2.0 * BADGE_PAD);
            let lw = text_width(&label, BADGE_FONT);
            let w = lw + 2.0 * BADGE_PAD;
            if bx > left && bx + w > left + inner {
                bx = left;
                cursor += BADGE_H + BADGE_GAP;
            }
            let rect = Rect { x: bx, y: cursor, w, h: BADGE_H };
            badges.push(Badge {
                kind,
                tone,
                rect,
                font_size: BADGE_FONT.size,
                label: TextLine { text: label, x: bx + BADGE_PAD, y: cursor + 11.5, width: lw },
            });
            bx += w + BADGE_GAP;
        }
        cursor += BADGE_H;
    }
    let h = (cursor + CARD_PAD).max(MIN_CARD_H);
    CardShape { source: Source::of(card, lang, shown), h, text, owner, notes, tags, badges }
}

/// Stack lines drawn in `font` downwards from `cursor`, baselines at ~0.8 em below each
/// line's top.
pub fn block(lines: Vec<String>, font: Font, line_h: f32, x: f32, cursor: &mut f32) -> TextBlock {
    let lines = lines
        .into_iter()
        .map(|text| {
            let width = text_width(&text, font);
            let y = *cursor + (line_h + font.size * 0.7) / 2.0;
            *cursor += line_h;
            TextLine { text, x, y, width }
        })
        .collect();
    TextBlock { font_size: font.size, bold: font.bold, centered: false, lines }
}

fn badge_specs(card: &Card, lang: Language) -> Vec<(BadgeKind, Tone, String)> {
    let mut out = Vec::new();
    // First: it says how much the step matters, which the rest qualifies.
    if card.key_moment {
        out.push((BadgeKind::KeyMoment, Tone::Key, words::key_moment(lang).to_owned()));
    }
    if let Some(fp) = &card.fail_point {
        out.push((BadgeKind::FailPoint { fail: fp.kind }, Tone::Alert, words::fail_point(lang, fp.kind)));
    }
    if card.wait {
        out.push((BadgeKind::Wait, Tone::Warn, words::wait(lang).to_owned()));
    }
    if let Some(score) = card.emotion {
        let tone = match score {
            i8::MIN..=-2 => Tone::Alert,
            -1 => Tone::Warn,
            0 => Tone::Neutral,
            _ => Tone::Good,
        };
        let shown = match score {
            s if s > 0 => format!("+{s}"),
            s if s < 0 => format!("\u{2212}{}", s.unsigned_abs()),
            _ => "0".to_owned(),
        };
        out.push((BadgeKind::Emotion { score }, tone, words::emotion(lang, &shown)));
    }
    if card.duration_seconds.is_some() || card.tolerance_seconds.is_some() {
        let over = matches!((card.duration_seconds, card.tolerance_seconds), (Some(d), Some(t)) if d > t);
        let label = match (card.duration_seconds, card.tolerance_seconds) {
            (Some(d), Some(t)) => format!("{} / {}", duration(lang, d), duration(lang, t)),
            (Some(d), None) => duration(lang, d),
            (None, Some(t)) => words::at_most(lang, &duration(lang, t)),
            (None, None) => String::new(),
        };
        let tone = if over { Tone::Alert } else { Tone::Info };
        out.push((BadgeKind::Time { over_tolerance: over }, tone, label));
    }
    if let Some(channel) = card.channel {
        out.push((BadgeKind::Channel { channel }, Tone::Neutral, words::channel(lang, channel).to_owned()));
    }
    out
}

/// `label`, cut with an ellipsis when wider than `max` pixels.
fn fit(label: &str, font: Font, max: f32) -> String {
    let max = font.units_in(max);
    if font.units(label) <= max {
        return label.to_owned();
    }
    let room = max.saturating_sub(font.units("…"));
    let mut out = String::new();
    let mut used = 0;
    for g in label.graphemes(true) {
        used += font.units(g);
        if used > room {
            break;
        }
        out.push_str(g);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FailKind;
    use crate::model::{Channel, FailPoint};

    #[test]
    fn every_badge_fits_inside_the_card() {
        let mut c = Card::new("c1", "l1", "s1", "Pay the bill");
        c.fail_point =
            Some(FailPoint { kind: FailKind::Interaction, description: String::new(), recovery: String::new() });
        c.wait = true;
        c.emotion = Some(-2);
        c.duration_seconds = Some(u32::MAX);
        c.tolerance_seconds = Some(u32::MAX - 1);
        c.channel = Some(Channel::Interpersonal);
        c.owner = "Front of house team".into();
        let b = card_box(&c, Language::English, 10.0, 20.0);
        assert_eq!(b.badges.len(), 5);
        for badge in &b.badges {
            assert!(badge.rect.x >= b.rect.x && badge.rect.right() <= b.rect.right(), "{badge:?}");
            assert!(badge.rect.bottom() <= b.rect.bottom());
        }
        assert_eq!(b.badges[3].tone, Tone::Alert);
        assert_eq!(b.badges[2].label.text, "Emotion \u{2212}2");
        assert!(b.owner.lines[0].text.starts_with("Owner: "));
    }

    #[test]
    fn long_text_grows_the_card_up_to_its_line_cap() {
        let short = card_box(&Card::new("c1", "l", "s", "short"), Language::English, 0.0, 0.0);
        let five = card_box(&Card::new("c1", "l", "s", "one\ntwo\nthree\nfour\nfive"), Language::English, 0.0, 0.0);
        let long = card_box(&Card::new("c1", "l", "s", "word ".repeat(200)), Language::English, 0.0, 0.0);
        assert_eq!(short.rect.h, MIN_CARD_H);
        assert_eq!(five.rect.h, 5.0 * TEXT_LINE + 2.0 * CARD_PAD);
        assert_eq!(long.text.lines.len(), CARD_TEXT_LINES);
        assert_eq!(long.rect.h, CARD_TEXT_LINES as f32 * TEXT_LINE + 2.0 * CARD_PAD);
        let last = long.text.lines.last().unwrap();
        assert!(last.text.ends_with('…') && last.width <= CARD_W - 2.0 * CARD_PAD, "{last:?}");
        assert!(last.y < long.rect.bottom());
    }

    #[test]
    fn a_card_of_many_line_breaks_draws_only_what_fits() {
        // 200,000 line breaks between words: blank runs fold, the rest is cut at the cap.
        let mut text = String::new();
        for i in 0..40 {
            text.push_str(&format!("word {i}"));
            text.push_str(&"\n".repeat(5_000));
        }
        let b = card_box(&Card::new("c1", "l", "s", text), Language::English, 0.0, 0.0);
        let drawn: Vec<&str> = b.text.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(drawn.len(), CARD_TEXT_LINES);
        assert_eq!(drawn[..4], ["word 0", "", "word 1", ""]);
        assert_eq!(drawn[CARD_TEXT_LINES - 1], "…", "the last drawn line is a folded blank, cut");
        assert!(card_text(&Card::new("c1", "l", "s", "").text).lines.is_empty());
    }

    #[test]
    fn a_key_moment_shows_its_badge_first_in_both_languages() {
        let mut c = Card::new("c1", "l", "s", "Order at the counter");
        c.key_moment = true;
        c.wait = true;
        for (lang, word) in [(Language::English, "Key moment"), (Language::SimplifiedChinese, "关键时刻")] {
            let b = card_box(&c, lang, 0.0, 0.0);
            assert_eq!((b.badges[0].kind, b.badges[0].tone), (BadgeKind::KeyMoment, Tone::Key));
            assert_eq!(b.badges[0].label.text, word);
            assert_eq!(b.badges[1].kind, BadgeKind::Wait);
        }
        c.key_moment = false;
        assert!(card_box(&c, Language::English, 0.0, 0.0).badges.iter().all(|b| b.kind != BadgeKind::KeyMoment));
    }

    #[test]
    fn a_coloured_card_has_its_band_above_its_text() {
        let mut c = Card::new("c1", "l", "s", "Pay the bill at the counter");
        assert!(card_box(&c, Language::English, 0.0, 0.0).colour_band.is_none());
        for colour in CardColour::ALL {
            c.colour = Some(colour);
            let b = card_box(&c, Language::English, 30.0, 50.0);
            let band = b.colour_band.expect("a coloured card has a band");
            assert_eq!(band.colour, colour);
            let r = band.rect;
            assert!(r.x > b.rect.x && r.right() < b.rect.right() && r.y > b.rect.y, "inside the outline: {r:?}");
            // The first line's ink starts about 0.7 em above its baseline.
            let first = &b.text.lines[0];
            assert!(r.bottom() < first.y - 0.75 * TEXT_FONT.size, "{r:?} over {first:?}");
        }
    }

    #[test]
    fn notes_on_the_card_grow_it_and_every_line_fits() {
        let mut c = Card::new("c1", "l", "s", "Seat the guests");
        c.owner = "Host".into();
        c.notes = "Ask about allergies before the menu comes; 先询问过敏情况，再递上菜单。".repeat(2);
        c.tags = vec!["#vip".into(), "allergies".into(), " ".into(), "过敏".into()];
        let hidden = place(&Arc::new(shape(&c, Language::English, NotesShown::Hidden)), &c.id, 10.0, 20.0);
        let shown = place(&Arc::new(shape(&c, Language::English, NotesShown::OnCard)), &c.id, 10.0, 20.0);
        assert!(hidden.notes.lines.is_empty() && hidden.tags.lines.is_empty());
        assert!(shown.notes.lines.len() >= 3, "{:?}", shown.notes);
        assert!(shown.rect.h > hidden.rect.h);
        assert_eq!(shown.tags.lines[0].text, "#vip · #allergies · #过敏");
        assert_eq!(shown.notes.font_size, NOTES_FONT.size);
        let owner_bottom = shown.owner.lines.last().unwrap().y;
        let mut last = owner_bottom;
        for l in shown.notes.lines.iter().chain(&shown.tags.lines) {
            assert!(l.y > last, "under what came before: {l:?}");
            last = l.y;
            assert!(l.x >= shown.rect.x + CARD_PAD && l.x + l.width <= shown.rect.right() - CARD_PAD, "{l:?}");
            assert!(l.y < shown.rect.bottom() - CARD_PAD / 2.0, "{l:?}");
        }
        // Blank notes draw nothing and take no room.
        let mut blank = c.clone();
        (blank.notes, blank.tags) = (" \n\t ".into(), vec![" ".into()]);
        let blank = place(&Arc::new(shape(&blank, Language::English, NotesShown::OnCard)), &c.id, 10.0, 20.0);
        assert!(blank.notes.lines.is_empty() && blank.tags.lines.is_empty());
        assert_eq!(blank.rect.h, hidden.rect.h);
        // A footnote is a badge, not the text.
        let numbered =
            place(&Arc::new(shape(&c, Language::SimplifiedChinese, NotesShown::Footnote(3))), &c.id, 0.0, 0.0);
        assert!(numbered.notes.lines.is_empty());
        let note = numbered.badges.last().unwrap();
        assert_eq!((note.kind, note.label.text.as_str()), (BadgeKind::Note { number: 3 }, "注释 3"));
        // Shapes are reused only for the same display.
        let s = shape(&c, Language::English, NotesShown::OnCard);
        assert!(s.is_of(&c, Language::English, NotesShown::OnCard));
        assert!(!s.is_of(&c, Language::English, NotesShown::Hidden));
        let mut edited = c.clone();
        edited.tags.push("new".into());
        assert!(!s.is_of(&edited, Language::English, NotesShown::OnCard));
        edited.colour = Some(CardColour::Blue);
        let hidden_shape = shape(&c, Language::English, NotesShown::Hidden);
        assert!(!hidden_shape.is_of(&edited, Language::English, NotesShown::Hidden), "the colour is drawn");
    }
}
