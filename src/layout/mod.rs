//! Layout: the model turned into a Scene of positioned, id-tagged primitives.
//!
//! The geometry is computed once here; the SVG exporter and the editor both draw the
//! Scene as it is, so what the user sees is what is exported.
//!
//! Placement: stage columns left to right under a header row, lane bands top to bottom
//! with their headers on the left, cards stacked in their `(lane, stage)` cell by
//! `(order, id)`. A lane is as tall as its tallest cell. A collapsed lane keeps its header
//! and hides its cards; connectors to a hidden card end at that card's cell in the
//! collapsed band (flagged `from_collapsed`/`to_collapsed`). Cards whose lane or stage
//! does not exist, and connectors whose cards do not exist, are not drawn.
//!
//! Cost: cards are sorted by cell once and connectors find their ends in a hash map, so
//! the whole pass is O(n log n).

mod card;
mod geometry;
pub mod metrics;
mod route;
mod scene;
pub mod wrap;

pub use card::duration;
pub use geometry::*;
pub use scene::*;

use crate::model::{lane::is_valid_color, Blueprint, Card, ElementRef, LineKind};
use route::Place;
use std::collections::HashMap;

const TITLE_FONT: f32 = 20.0;
const TITLE_LINE: f32 = 26.0;
const SUBTITLE_FONT: f32 = 12.0;
const SUBTITLE_LINE: f32 = 16.0;
const HEADER_FONT: f32 = 13.0;
const HEADER_LINE: f32 = 17.0;
const NOTE_FONT: f32 = 10.0;
const LINE_LABEL_FONT: f32 = 10.0;
/// Vertical distance between lines that share a boundary.
const LINE_SPREAD: f32 = 4.0;

/// Lay out a blueprint. Deterministic: the same document gives the same Scene.
pub fn layout(doc: &Blueprint) -> Scene {
    let n_stages = doc.stages.len();
    let grid_x = MARGIN + LANE_HEADER_W;
    let width = grid_x + (n_stages.max(1) as f32) * STAGE_W + MARGIN;

    // Title block.
    let mut cursor = MARGIN;
    let title_w = width - 2.0 * MARGIN;
    let mut title = card::block(wrap::wrap(&doc.title, TITLE_FONT, title_w), TITLE_FONT, TITLE_LINE, MARGIN, &mut cursor);
    title.bold = true;
    let sub: Vec<String> = [("Scenario: ", &doc.scenario), ("Persona: ", &doc.persona)]
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .flat_map(|(k, v)| wrap::wrap(&format!("{k}{v}"), SUBTITLE_FONT, title_w))
        .collect();
    let subtitle = card::block(sub, SUBTITLE_FONT, SUBTITLE_LINE, MARGIN, &mut cursor);
    let header_top = cursor + TITLE_GAP;

    // Stage header row.
    let name_w = STAGE_W - 2.0 * HEADER_PAD;
    let stage_names: Vec<Vec<String>> =
        doc.stages.iter().map(|s| wrap::wrap(&s.name, HEADER_FONT, name_w)).collect();
    let most = stage_names.iter().map(Vec::len).max().unwrap_or(0);
    let header_h = (most as f32 * HEADER_LINE + 2.0 * HEADER_PAD).max(MIN_STAGE_HEADER_H);
    let stages: Vec<StageColumn> = doc
        .stages
        .iter()
        .zip(stage_names)
        .enumerate()
        .map(|(i, (s, names))| {
            let x = grid_x + i as f32 * STAGE_W;
            let mut c = header_top + (header_h - names.len() as f32 * HEADER_LINE) / 2.0;
            let mut name = card::block(names, HEADER_FONT, HEADER_LINE, x + STAGE_W / 2.0, &mut c);
            name.bold = true;
            name.centered = true;
            StageColumn {
                element: ElementRef::Stage(s.id.clone()),
                x,
                width: STAGE_W,
                header: Rect { x, y: header_top, w: STAGE_W, h: header_h },
                name,
            }
        })
        .collect();

    // Cards sorted by cell: (lane index, stage index, order, id). Ids break ties as the
    // model's `cell_cards` does.
    let mut lane_ix: HashMap<&str, usize> = HashMap::with_capacity(doc.lanes.len());
    for (i, l) in doc.lanes.iter().enumerate() {
        lane_ix.entry(l.id.as_str()).or_insert(i);
    }
    let mut stage_ix: HashMap<&str, usize> = HashMap::with_capacity(n_stages);
    for (i, s) in doc.stages.iter().enumerate() {
        stage_ix.entry(s.id.as_str()).or_insert(i);
    }
    let mut placed: Vec<(usize, usize, &Card)> = doc
        .cards
        .values()
        .filter_map(|c| Some((*lane_ix.get(c.lane.as_str())?, *stage_ix.get(c.stage.as_str())?, c)))
        .collect();
    // Cards come in id order and the sort is stable, so equal orders stay in id order.
    placed.sort_by_key(|&(l, s, c)| (l, s, c.order));

    // Card boxes, per lane, with their offsets inside the cell; then lane heights.
    let mut cards: Vec<CardBox> = Vec::with_capacity(placed.len());
    let mut card_lane: Vec<usize> = Vec::with_capacity(placed.len());
    let mut lane_h = vec![0.0f32; doc.lanes.len()];
    let mut hidden = vec![0usize; doc.lanes.len()];
    let mut i = 0;
    while i < placed.len() {
        let (l, s, _) = placed[i];
        let mut j = i;
        while j < placed.len() && placed[j].0 == l && placed[j].1 == s {
            j += 1;
        }
        if doc.lanes[l].collapsed {
            hidden[l] += j - i;
        } else {
            let x = grid_x + s as f32 * STAGE_W + CELL_PAD_X;
            let mut y = 0.0;
            for &(_, _, c) in &placed[i..j] {
                let b = card::card_box(c, x, y);
                y += b.rect.h + CARD_GAP;
                cards.push(b);
                card_lane.push(l);
            }
            lane_h[l] = lane_h[l].max(y - CARD_GAP);
        }
        i = j;
    }

    // Lane bands.
    let lane_name_w = LANE_HEADER_W - 2.0 * HEADER_PAD;
    let band_w = width - 2.0 * MARGIN;
    let mut y = header_top + header_h;
    let mut lane_y = Vec::with_capacity(doc.lanes.len());
    let lanes: Vec<LaneBand> = doc
        .lanes
        .iter()
        .enumerate()
        .map(|(i, lane)| {
            let names = wrap::wrap(&lane.name, HEADER_FONT, lane_name_w);
            let note = if lane.collapsed && hidden[i] > 0 {
                vec![format!("{} hidden", plural(hidden[i], "card"))]
            } else {
                Vec::new()
            };
            let text_h = names.len() as f32 * HEADER_LINE + note.len() as f32 * HEADER_LINE;
            let height = if lane.collapsed {
                (text_h + 2.0 * HEADER_PAD).max(COLLAPSED_LANE_H)
            } else {
                (lane_h[i] + 2.0 * CELL_PAD_Y).max(text_h + 2.0 * HEADER_PAD).max(MIN_LANE_H)
            };
            let mut c = y + HEADER_PAD;
            let mut name = card::block(names, HEADER_FONT, HEADER_LINE, MARGIN + HEADER_PAD, &mut c);
            name.bold = true;
            let mut note = card::block(note, NOTE_FONT, HEADER_LINE, MARGIN + HEADER_PAD, &mut c);
            note.bold = false;
            let fill = match &lane.color {
                Some(c) if is_valid_color(c) => c.to_ascii_lowercase(),
                _ => lane.kind.default_color().to_owned(),
            };
            let band = LaneBand {
                element: ElementRef::Lane(lane.id.clone()),
                kind: lane.kind,
                y,
                height,
                band: Rect { x: MARGIN, y, w: band_w, h: height },
                header: Rect { x: MARGIN, y, w: LANE_HEADER_W, h: height },
                name,
                note,
                fill,
                collapsed: lane.collapsed,
                hidden_cards: hidden[i],
            };
            lane_y.push(y);
            y += height;
            band
        })
        .collect();
    let grid_bottom = y;

    for (b, &l) in cards.iter_mut().zip(&card_lane) {
        card::translate(b, lane_y[l] + CELL_PAD_Y);
    }

    let lines = lines(doc, &lanes, header_top + header_h, grid_bottom, width);
    let connectors = connectors(doc, &placed, &cards, &lanes, grid_x);

    Scene {
        width,
        height: grid_bottom + MARGIN,
        title: TitleBlock { element: ElementRef::Document, title, subtitle },
        stages,
        lanes,
        lines,
        connectors,
        cards,
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Lines at their lane boundaries; lines sharing a boundary are spread a few pixels apart
/// and their labels set side by side, right-aligned, so neither overlaps.
fn lines(doc: &Blueprint, lanes: &[LaneBand], top: f32, bottom: f32, width: f32) -> Vec<LineGeom> {
    let mut valid: Vec<_> = doc.lines.iter().filter(|l| l.boundary <= lanes.len()).collect();
    valid.sort_by_key(|l| (l.boundary, l.kind));
    valid.dedup_by_key(|l| l.kind);
    let mut out = Vec::with_capacity(valid.len());
    let mut i = 0;
    while i < valid.len() {
        let boundary = valid[i].boundary;
        let group: Vec<_> = valid[i..].iter().take_while(|l| l.boundary == boundary).collect();
        let base = lanes.get(boundary).map_or(bottom, |l| l.y).max(top);
        let n = group.len();
        let mut right = width - MARGIN - HEADER_PAD;
        for (k, line) in group.iter().enumerate() {
            let y = base + (k as f32 - (n - 1) as f32 / 2.0) * LINE_SPREAD;
            let text = line.kind.label().to_owned();
            let w = metrics::text_width(&text, LINE_LABEL_FONT);
            right -= w;
            let label = TextBlock {
                font_size: LINE_LABEL_FONT,
                bold: true,
                centered: false,
                lines: vec![TextLine { text, x: right, y: y - 4.0, width: w }],
            };
            let label_box = Rect { x: right - 3.0, y: y - 14.0, w: w + 6.0, h: 13.0 };
            right -= 2.0 * HEADER_PAD;
            let (dash, color) = line_style(line.kind);
            out.push(LineGeom {
                element: ElementRef::Line(line.kind),
                kind: line.kind,
                y,
                x1: MARGIN,
                x2: width - MARGIN,
                dash,
                color,
                label,
                label_box,
            });
        }
        i += n;
    }
    out
}

fn line_style(kind: LineKind) -> (Option<&'static str>, &'static str) {
    match kind {
        LineKind::Interaction => (None, "#1f6feb"),
        LineKind::Visibility => (Some("8 4"), "#d1242f"),
        LineKind::InternalInteraction => (Some("3 3"), "#8250df"),
        LineKind::OrderPenetration => (Some("10 3 2 3"), "#bc4c00"),
        LineKind::Implementation => (Some("2 4"), "#57606a"),
    }
}

fn connectors(
    doc: &Blueprint,
    placed: &[(usize, usize, &Card)],
    cards: &[CardBox],
    lanes: &[LaneBand],
    grid_x: f32,
) -> Vec<ConnectorRoute> {
    // Rank of each visible card in its column, top to bottom, to spot direct neighbours.
    let mut by_column: Vec<(usize, f32, usize)> =
        cards.iter().enumerate().map(|(i, b)| (column_of(b.rect.x, grid_x), b.rect.y, i)).collect();
    by_column.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let mut rank = vec![0usize; cards.len()];
    let mut prev_col = usize::MAX;
    let mut r = 0;
    for &(col, _, i) in &by_column {
        if col != prev_col {
            (prev_col, r) = (col, 0);
        }
        rank[i] = r;
        r += 1;
    }

    let mut places: HashMap<&str, Place> = HashMap::with_capacity(placed.len());
    let mut next_visible = 0;
    for &(l, s, c) in placed {
        let column_x = grid_x + s as f32 * STAGE_W;
        let place = if lanes[l].collapsed {
            let band = &lanes[l].band;
            let rect = Rect { x: column_x + CELL_PAD_X, y: band.y + 4.0, w: CARD_W, h: band.h - 8.0 };
            Place { column: s, column_x, rect, rank: None, collapsed: true }
        } else {
            let i = next_visible;
            next_visible += 1;
            Place { column: s, column_x, rect: cards[i].rect, rank: Some(rank[i]), collapsed: false }
        };
        places.insert(c.id.as_str(), place);
    }

    doc.connectors
        .values()
        .filter_map(|c| {
            let from = places.get(c.from.as_str())?;
            let to = places.get(c.to.as_str())?;
            Some(route::route(c, from, to, c.from == c.to))
        })
        .collect()
}

fn column_of(card_x: f32, grid_x: f32) -> usize {
    ((card_x - grid_x) / STAGE_W).floor().max(0.0) as usize
}
