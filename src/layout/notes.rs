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
                wrap(&card.notes, NOTES_FONT, text_w, NOTE_LINES).lines,
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
