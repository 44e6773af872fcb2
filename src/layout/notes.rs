//! Notes and tags as footnotes: each drawn card with notes or tags gets a number, in
//! journey order (stage by stage, lane by lane, top to bottom in a cell), shown on the card
//! as a badge; the numbers' notes and tags are written out in a block under the grid,
//! framed as the legend is, in columns of a readable width.

use super::card::{block, tags_line, NotesShown, NOTES_FONT, NOTES_LINE};
use super::geometry::HEADER_PAD;
use super::metrics::{text_width, Font};
use super::scene::{NoteItem, NotesBlock, Rect, TextBlock};
use super::wrap::wrap;
use crate::model::{Blueprint, Card, ElementRef, Language, NotesDisplay};
use crate::words;

const TITLE_FONT: Font = Font::bold(12.0);
const TITLE_LINE: f32 = 22.0;
/// A footnote's number, bold, in a column of its own.
const NUMBER_FONT: Font = Font::bold(10.0);
const NUMBER_W: f32 = 28.0;
/// A column of footnotes: wide enough for a sentence a line, narrow enough to read.
const COLUMN_W: f32 = 420.0;
const COLUMN_GAP: f32 = 24.0;
const ITEM_GAP: f32 = 6.0;
/// Written out, a note has more room than on a card, but a page is not a document.
const NOTE_LINES: usize = 24;
const TAGS_LINES: usize = 4;

/// Whether a card has anything to write out.
pub fn has_notes(card: &Card) -> bool {
    !card.notes.trim().is_empty() || !tags_line(&card.tags).is_empty()
}

/// How each of `placed` (cards sorted by cell, `(lane, stage, card)`) shows its notes,
/// as the document's display says; only cards in expanded lanes are numbered (a hidden
/// card's number would be nowhere on the drawing).
pub fn shown(doc: &Blueprint, placed: &[(usize, usize, &Card)]) -> Vec<NotesShown> {
    match doc.display.notes {
        NotesDisplay::Hidden => vec![NotesShown::Hidden; placed.len()],
        NotesDisplay::OnCard => vec![NotesShown::OnCard; placed.len()],
        NotesDisplay::Footnotes => {
            let mut numbered: Vec<usize> =
                (0..placed.len()).filter(|&i| !doc.lanes[placed[i].0].collapsed && has_notes(placed[i].2)).collect();
            // Cell order is (lane, stage, order, id): a stable sort by stage then lane
            // keeps each cell's cards top to bottom.
            numbered.sort_by_key(|&i| (placed[i].1, placed[i].0));
            let mut out = vec![NotesShown::Hidden; placed.len()];
            for (n, i) in numbered.into_iter().enumerate() {
                out[i] = NotesShown::Footnote(n as u32 + 1);
            }
            out
        }
    }
}

/// The block of footnotes of the `numbered` cards (each with its number), `width` wide
/// from `x` at `top`; `None` when there is none.
pub fn block_of(lang: Language, numbered: &[(u32, &Card)], x: f32, top: f32, width: f32) -> Option<NotesBlock> {
    if numbered.is_empty() {
        return None;
    }
    let mut numbered = numbered.to_vec();
    numbered.sort_by_key(|(n, _)| *n);
    let inner = (width - 2.0 * HEADER_PAD).max(NUMBER_W + 2.0 * NOTES_FONT.size);
    let columns = (((inner + COLUMN_GAP) / (COLUMN_W + COLUMN_GAP)).floor() as usize).max(1);
    let column_w = (inner - (columns - 1) as f32 * COLUMN_GAP) / columns as f32;
    let text_w = column_w - NUMBER_W;

    let mut cursor = top + HEADER_PAD;
    let title = block(vec![words::notes(lang).to_owned()], TITLE_FONT, TITLE_LINE, x + HEADER_PAD, &mut cursor);
    let body_top = cursor;
    // Each item laid out at the top of the first column, with its height.
    let items: Vec<(NoteItem, f32)> = numbered
        .iter()
        .map(|&(n, card)| {
            let mut c = 0.0;
            let left = x + HEADER_PAD;
            let number = block(vec![n.to_string()], NUMBER_FONT, NOTES_LINE, left, &mut 0.0);
            let text = block(
                wrap(card.notes.trim(), NOTES_FONT, text_w, NOTE_LINES).lines,
                NOTES_FONT,
                NOTES_LINE,
                left + NUMBER_W,
                &mut c,
            );
            let tags = block(
                wrap(&tags_line(&card.tags), NOTES_FONT, text_w, TAGS_LINES).lines,
                NOTES_FONT,
                NOTES_LINE,
                left + NUMBER_W,
                &mut c,
            );
            (NoteItem { element: ElementRef::Card(card.id.clone()), number, text, tags }, c.max(NOTES_LINE))
        })
        .collect();
    // Filled column by column, each about as tall as the rest: read down, then across.
    let total: f32 = items.iter().map(|(_, h)| h + ITEM_GAP).sum();
    let target = total / columns as f32;
    let (mut column, mut y, mut bottom) = (0, 0.0f32, 0.0f32);
    let mut placed = Vec::with_capacity(items.len());
    for (mut item, h) in items {
        if y > 0.0 && y + h > target + 0.5 && column + 1 < columns {
            column += 1;
            y = 0.0;
        }
        let (dx, dy) = (column as f32 * (column_w + COLUMN_GAP), body_top + y);
        for b in [&mut item.number, &mut item.text, &mut item.tags] {
            move_block(b, dx, dy);
        }
        y += h + ITEM_GAP;
        bottom = bottom.max(y - ITEM_GAP);
        placed.push(item);
    }
    let frame_bottom = body_top + bottom + HEADER_PAD;
    let title_w = title.lines.first().map_or(0.0, |l| text_width(&l.text, TITLE_FONT));
    let w = width.max(title_w + 2.0 * HEADER_PAD);
    Some(NotesBlock { frame: Rect { x, y: top, w, h: frame_bottom - top }, title, items: placed })
}

fn move_block(b: &mut TextBlock, dx: f32, dy: f32) {
    for l in &mut b.lines {
        l.x += dx;
        l.y += dy;
    }
}

#[cfg(test)]
mod tests {
    use crate::layout::{layout, BadgeKind, CardBox, Scene};
    use crate::model::{Blueprint, Card, ElementRef, Lane, LaneKind, NotesDisplay, Stage};

    fn doc() -> Blueprint {
        let mut b = Blueprint::empty("Footnotes");
        b.stages = vec![Stage::new("s1", "One"), Stage::new("s2", "Two")];
        b.lanes = vec![
            Lane::new("l1", LaneKind::Customer, "Customer"),
            Lane::new("l2", LaneKind::Frontstage, "Front"),
            Lane::new("l3", LaneKind::Backstage, "Back"),
        ];
        b.display.notes = NotesDisplay::Footnotes;
        for (id, lane, stage, order, notes) in [
            ("a", "l2", "s1", 0, "Greets by name"),
            ("b", "l1", "s2", 0, "Pays by card or 微信支付"),
            ("c", "l1", "s1", 1, "Second in its cell"),
            ("d", "l1", "s1", 0, "First of all"),
            ("e", "l1", "s2", 1, ""),
            ("f", "l3", "s1", 0, "In a collapsed lane"),
        ] {
            let mut c = Card::new(id, lane, stage, id.to_uppercase());
            c.order = order;
            c.notes = notes.into();
            c.wait = id == "a";
            b.cards.insert(c.id.clone(), c);
        }
        b.cards.get_mut(&crate::model::CardId::from("e")).unwrap().tags = vec!["tagged".into()];
        b.lanes[2].collapsed = true;
        b
    }

    fn number(s: &Scene, id: &str) -> Option<u32> {
        let card: &CardBox = s.cards.iter().find(|c| c.element == ElementRef::Card(id.into())).unwrap();
        card.badges.iter().find_map(|b| match b.kind {
            BadgeKind::Note { number } => Some(number),
            _ => None,
        })
    }

    #[test]
    fn footnotes_are_numbered_in_journey_order_under_the_legend() {
        let s = layout(&doc());
        // Stage by stage, lane by lane, top to bottom in a cell; a card with tags only too.
        let numbers: Vec<Option<u32>> = ["d", "c", "a", "b", "e"].iter().map(|id| number(&s, id)).collect();
        assert_eq!(numbers, [Some(1), Some(2), Some(3), Some(4), Some(5)]);
        let block = s.notes.as_ref().expect("the block under the grid");
        assert_eq!(block.title.lines[0].text, "Notes");
        let items: Vec<(String, &str)> =
            block.items.iter().map(|i| (i.element.to_string(), i.number.lines[0].text.as_str())).collect();
        let want: Vec<(String, &str)> = [("d", "1"), ("c", "2"), ("a", "3"), ("b", "4"), ("e", "5")]
            .iter()
            .map(|(id, n)| (ElementRef::Card((*id).into()).to_string(), *n))
            .collect();
        assert_eq!(items, want);
        assert_eq!(block.items[3].text.lines[0].text, "Pays by card or 微信支付");
        assert!(block.items[4].text.lines.is_empty());
        assert_eq!(block.items[4].tags.lines[0].text, "#tagged");
        // Under the legend (the wait badge brings one), inside the Scene, every line in the frame.
        let legend = s.legend.as_ref().expect("a legend");
        assert!(block.frame.y >= legend.frame.bottom() + 1.0);
        assert!(block.frame.bottom() <= s.height && block.frame.right() <= s.width);
        for item in &block.items {
            for l in item.number.lines.iter().chain(&item.text.lines).chain(&item.tags.lines) {
                assert!(l.x >= block.frame.x && l.x + l.width <= block.frame.right(), "{l:?}");
                assert!(l.y > block.frame.y && l.y < block.frame.bottom(), "{l:?}");
            }
        }
        // The number and the first line of its note share a baseline.
        assert_eq!(block.items[0].number.lines[0].y, block.items[0].text.lines[0].y);
    }

    #[test]
    fn no_block_unless_footnotes_and_notes() {
        let mut b = doc();
        b.display.notes = NotesDisplay::Hidden;
        let s = layout(&b);
        assert!(s.notes.is_none() && number(&s, "d").is_none());
        b.display.notes = NotesDisplay::OnCard;
        let s = layout(&b);
        assert!(s.notes.is_none());
        let d = s.cards.iter().find(|c| c.element == ElementRef::Card("d".into())).unwrap();
        assert_eq!(d.notes.lines[0].text, "First of all");
        b.display.notes = NotesDisplay::Footnotes;
        b.cards.values_mut().for_each(|c| (c.notes, c.tags) = (String::new(), Vec::new()));
        assert!(layout(&b).notes.is_none());
    }

    #[test]
    fn many_notes_fill_columns_down_then_across() {
        let mut b = doc();
        for i in 0..4 {
            b.stages.push(Stage::new(format!("x{i}").as_str(), "More"));
        }
        for i in 0..30 {
            let mut c = Card::new(format!("n{i:02}").as_str(), "l2", "s2", "N");
            c.order = 10 + i;
            c.notes = "A note of a few words. ".repeat(1 + i as usize % 4);
            b.cards.insert(c.id.clone(), c);
        }
        let s = layout(&b);
        let block = s.notes.unwrap();
        let xs: Vec<f32> = block.items.iter().map(|i| i.number.lines[0].x).collect();
        assert!(xs.windows(2).all(|w| w[0] <= w[1]), "column by column: {xs:?}");
        assert!(xs.last() > xs.first(), "more than one column");
        for w in block.items.windows(2) {
            if w[0].number.lines[0].x == w[1].number.lines[0].x {
                let above = w[0].text.lines.last().map_or(w[0].number.lines[0].y, |l| l.y);
                assert!(w[1].number.lines[0].y > above, "one under the other");
            }
        }
    }
}
