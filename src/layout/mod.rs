//! Layout: the model turned into a Scene of positioned, id-tagged primitives.
//!
//! The geometry is computed once here, and so is the paint: layout resolves the theme
//! ([`paint`]: every colour and stroke, in one place) into the Scene. The SVG exporter and
//! the editor both draw the Scene as it is, so what the user sees is what is exported.
//!
//! [`layout_reusing`] is a list of phases, each a function of its own: the grid's columns
//! and width (`Grid`), the title, the stage headers, the cards sorted into their cells,
//! their shapes (reused or made) stacked per cell, the lane bands, the cards placed in
//! their bands, the lines, the routed connectors, and the paint.
//!
//! Placement: stage columns left to right under a header row, lane bands top to bottom
//! with their headers on the left, cards stacked in their `(lane, stage)` cell by
//! `(order, id)`. A lane is as tall as its tallest cell. A collapsed lane keeps its header
//! and hides its cards; connectors to a hidden card end at that card's cell in the
//! collapsed band (flagged `from_collapsed`/`to_collapsed`). Cards whose lane or stage
//! does not exist, and connectors whose cards do not exist, are not drawn.
//!
//! What a card shows besides its text follows the document: its key moment (a badge, in
//! the legend), its colour (a band across its top), and its notes and tags as
//! `display.notes` says (hidden, under its text, or numbered footnotes written out in a
//! block under the legend, [`notes`]).
//!
//! Connectors are routed around cards through the gutters ([`route`]), each gutter as
//! wide as its tracks need ([`columns`]), with their ends spread along the cards' sides
//! ([`ports`]); their labels go where they cover no card,
//! line or other label ([`label`]). A line's name sits under its left end, in the lane
//! header column, where a reader starts reading the row; the lane below makes room for it
//! above its own name (a line below the last lane has its name under the grid).
//!
//! Cost: cards are sorted by cell once, connectors find their ends in a hash map and the
//! router asks a per-column index of cards ([`obstacles`]) by binary search, so the whole
//! pass is O(n log n) for connectors between nearby stages.

mod band;
mod card;
mod columns;
mod curve;
mod geometry;
mod heat;
mod label;
mod legend;
pub mod metrics;
mod notes;
mod obstacles;
pub mod paint;
mod ports;
mod route;
mod scene;
mod slots;
mod strip;
pub mod wrap;

pub use crate::words::duration;
pub use card::{card_text, CARD_TEXT_LINES};
pub use geometry::*;
pub use legend::LegendPlacement;
pub use paint::*;
pub use scene::*;

use crate::model::{lane::is_valid_color, Blueprint, Card, ElementRef, Language, Line};
use crate::words;
use card::CardShape;
use columns::Columns;
use metrics::Font;
use obstacles::Obstacles;
use route::Place;
use std::sync::Arc;
// Ids are hashed tens of thousands of times a layout: foldhash, as the checker's maps.
use foldhash::HashMap;

const TITLE_FONT: Font = Font::bold(20.0);
const TITLE_LINE: f32 = 26.0;
const SUBTITLE_FONT: Font = Font::regular(12.0);
const SUBTITLE_LINE: f32 = 16.0;
/// Stage and lane names.
const HEADER_FONT: Font = Font::bold(13.0);
const HEADER_LINE: f32 = 17.0;
/// A collapsed lane's note, drawn italic (in the regular face's widths: the bundled fonts
/// have no italic, and a renderer slants the regular).
const NOTE_FONT: Font = Font::regular(10.0);
/// The most lines drawn of each text outside the cards (docs/format.md, "Limits").
const TITLE_LINES: usize = 3;
const SUBTITLE_LINES: usize = 2;
const STAGE_NAME_LINES: usize = 5;
const LANE_NAME_LINES: usize = 6;
const LINE_LABEL_FONT: Font = Font::bold(10.0);
/// A line's name wraps to this many lines at most, this far apart.
const LINE_LABEL_LINES: usize = 2;
const LINE_LABEL_LINE: f32 = 12.0;
/// Vertical distance between lines that share a boundary.
const LINE_SPREAD: f32 = 4.0;

/// Lay out a blueprint. Deterministic: the same document gives the same Scene.
pub fn layout(doc: &Blueprint) -> Scene {
    layout_reusing(doc, None)
}

/// [`layout`], taking from `earlier` (any Scene; best the document's last one) the boxes
/// of cards whose content is unchanged: the same Scene, with less text wrapped. A box
/// whose place is unchanged too is shared whole.
///
/// The phases, in order: the grid's first column and width, the title, the stage headers'
/// names, the cards sorted into their cells, their shapes (reused or made) stacked in each
/// cell, the lane bands (as tall as their fullest cell), the connectors routed around the
/// cards (which decides how wide each gutter is), the cards placed in their bands and
/// columns, the stage columns, the lines, the connectors' labels, and the theme's paint.
pub fn layout_reusing(doc: &Blueprint, earlier: Option<&Scene>) -> Scene {
    let theme: &'static Theme = &PAPER;
    let line_groups = line_groups(doc);
    let grid = Grid::of(doc);
    // The fixed words follow the document's text when it is evidently in one language.
    let lang = doc.words_language();
    let names = LineNames::of(doc, lang, &line_groups);
    let (title, header_top) = title_block(doc, lang, &grid);
    let (stage_names, header_h) = stage_names(doc);
    let grid_top = header_top + header_h;
    let placed = cards_by_cell(doc, grid.n_stages);
    let kept = earlier_boxes(earlier);
    let shown = notes::shown(doc, &placed);
    let stacks = stack_cards(doc, lang, &placed, &shown, &kept);
    let (mut lanes, grid_bottom) = lane_bands(doc, lang, theme, &stacks, &names, grid_top);
    let routed = route_connectors(doc, &placed, &stacks, &lanes, &grid);
    let columns = routed.columns.clone();
    let cards = place_cards(stacks.shaped, &stacks.card_lane, &lanes, &columns, &kept);
    let stages = stage_columns(doc, stage_names, &columns, header_top, header_h);
    for lane in &mut lanes {
        lane.band.w = columns.right() - MARGIN;
    }
    let lines = lines(theme, &line_groups, &names, &lanes, grid_top, grid_bottom, columns.right());
    let connectors = label_connectors(routed, &lanes, &lines);
    let below = grid_bottom + names.room(doc.lanes.len());
    let (emotion_curve, time_strip, below) = band::bands(doc, lang, &columns, below);
    let legend_top = below + LEGEND_GAP;
    let heat_map = heat::heat_map(doc, &stages, &lanes, &cards);
    let placement = LegendPlacement::of(doc.display.legend);
    let strip = time_strip.is_some();
    let legend = legend::legend(
        lang,
        placement,
        &cards,
        &lines,
        strip,
        heat_map.as_ref(),
        MARGIN,
        legend_top,
        columns.right() - MARGIN,
    );
    let below = legend.as_ref().map_or(below, |l| l.frame.bottom());
    let notes = footnotes(lang, &placed, &shown, below + LEGEND_GAP, columns.right() - MARGIN);
    let below = notes.as_ref().map_or(below, |n| n.frame.bottom());
    Scene {
        width: columns.right().max(notes.as_ref().map_or(0.0, |n| n.frame.right())) + MARGIN,
        height: below + MARGIN,
        paint: &theme.paint,
        title,
        stages,
        lanes,
        lines,
        connectors,
        cards,
        emotion_curve,
        time_strip,
        legend,
        heat_map,
        notes,
    }
}

/// Between the grid (or the names under it) and the legend, and between the blocks under
/// the grid.
const LEGEND_GAP: f32 = 16.0;

/// The footnotes' block at `top`, `width` wide, when the cards have footnote numbers.
fn footnotes(
    lang: Language,
    placed: &[(usize, usize, &Card)],
    shown: &[card::NotesShown],
    top: f32,
    width: f32,
) -> Option<NotesBlock> {
    let numbered: Vec<(u32, &Card)> = placed
        .iter()
        .zip(shown)
        .filter_map(|(&(_, _, c), s)| match s {
            card::NotesShown::Footnote(n) => Some((*n, c)),
            _ => None,
        })
        .collect();
    notes::block_of(lang, &numbered, MARGIN, top, width)
}

/// Where the stage columns start, and the Scene's width before any gutter is widened
/// (what the title wraps to: the routes that widen gutters need the title's height).
struct Grid {
    n_stages: usize,
    /// Left edge of the first stage column (right of the lane headers).
    x: f32,
    /// The Scene's width with even columns.
    width: f32,
}

impl Grid {
    fn of(doc: &Blueprint) -> Grid {
        let n_stages = doc.stages.len();
        let x = MARGIN + LANE_HEADER_W;
        let width = x + (n_stages.max(1) as f32) * STAGE_W + MARGIN;
        Grid { n_stages, x, width }
    }

    /// Even columns: at least one, so that an empty blueprint has a grid.
    fn even(&self) -> Columns {
        Columns::even(self.x, self.n_stages.max(1))
    }
}

/// Title and subtitle (scenario, persona) across the top; returns them and where the
/// stage headers start below them.
fn title_block(doc: &Blueprint, lang: Language, grid: &Grid) -> (TitleBlock, f32) {
    let mut cursor = MARGIN;
    let title_w = grid.width - 2.0 * MARGIN;
    let title = card::block(
        wrap::wrap(&doc.title, TITLE_FONT, title_w, TITLE_LINES).lines,
        TITLE_FONT,
        TITLE_LINE,
        MARGIN,
        &mut cursor,
    );
    let sub: Vec<String> = [(words::scenario_prefix(lang), &doc.scenario), (words::persona_prefix(lang), &doc.persona)]
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .flat_map(|(k, v)| wrap::wrap(&format!("{k}{v}"), SUBTITLE_FONT, title_w, SUBTITLE_LINES).lines)
        .collect();
    let subtitle = card::block(sub, SUBTITLE_FONT, SUBTITLE_LINE, MARGIN, &mut cursor);
    (TitleBlock { element: ElementRef::Document, title, subtitle }, cursor + TITLE_GAP)
}

/// The stages' names wrapped, and the header row's height: as tall as the longest name.
fn stage_names(doc: &Blueprint) -> (Vec<Vec<String>>, f32) {
    let name_w = STAGE_W - 2.0 * HEADER_PAD;
    let names: Vec<Vec<String>> =
        doc.stages.iter().map(|s| wrap::wrap(&s.name, HEADER_FONT, name_w, STAGE_NAME_LINES).lines).collect();
    let most = names.iter().map(Vec::len).max().unwrap_or(0);
    let header_h = (most as f32 * HEADER_LINE + 2.0 * HEADER_PAD).max(MIN_STAGE_HEADER_H);
    (names, header_h)
}

/// The stage columns in `columns`, their header row at `top`, `header_h` tall.
fn stage_columns(
    doc: &Blueprint,
    names: Vec<Vec<String>>,
    columns: &Columns,
    top: f32,
    header_h: f32,
) -> Vec<StageColumn> {
    doc.stages
        .iter()
        .zip(names)
        .enumerate()
        .map(|(i, (s, names))| {
            let (x, width) = (columns.left(i), columns.width(i));
            let mut c = top + (header_h - names.len() as f32 * HEADER_LINE) / 2.0;
            let mut name = card::block(names, HEADER_FONT, HEADER_LINE, x + width / 2.0, &mut c);
            name.centered = true;
            StageColumn {
                element: ElementRef::Stage(s.id.clone()),
                x,
                width,
                header: Rect { x, y: top, w: width, h: header_h },
                name,
            }
        })
        .collect()
}

/// The cards that have a lane and a stage, with their indices, sorted by cell:
/// (lane index, stage index, order, id). Ids break ties as the model's `cell_cards` does.
fn cards_by_cell(doc: &Blueprint, n_stages: usize) -> Vec<(usize, usize, &Card)> {
    let mut lane_ix: HashMap<&str, usize> = HashMap::with_capacity_and_hasher(doc.lanes.len(), Default::default());
    for (i, l) in doc.lanes.iter().enumerate() {
        lane_ix.entry(l.id.as_str()).or_insert(i);
    }
    let mut stage_ix: HashMap<&str, usize> = HashMap::with_capacity_and_hasher(n_stages, Default::default());
    for (i, s) in doc.stages.iter().enumerate() {
        stage_ix.entry(s.id.as_str()).or_insert(i);
    }
    let by_id: Vec<(usize, usize, &Card)> = doc
        .cards
        .values()
        .filter_map(|c| Some((*lane_ix.get(c.lane.as_str())?, *stage_ix.get(c.stage.as_str())?, c)))
        .collect();
    // Grouped by cell (a counting sort), then by order; the cards come by id, so equal
    // orders stay by id, as `cell_cards` has them.
    let mut placed = slots::by_slot(&by_id, |&(l, s, _)| l * n_stages + s);
    for cell in placed.chunk_by_mut(|a, b| (a.0, a.1) == (b.0, b.1)) {
        cell.sort_by_key(|&(_, _, c)| c.order);
    }
    placed
}

/// The earlier Scene's card boxes, by card id.
fn earlier_boxes(earlier: Option<&Scene>) -> HashMap<&str, &Arc<CardBox>> {
    let mut kept: HashMap<&str, &Arc<CardBox>> = HashMap::default();
    if let Some(e) = earlier {
        // Sized up front: growing a map of thousands rehashes it again and again.
        kept.reserve(e.cards.len());
        kept.extend(e.cards.iter().filter_map(|b| match &b.element {
            ElementRef::Card(id) => Some((id.as_str(), b)),
            _ => None,
        }));
    }
    kept
}

/// The visible cards' shapes stacked in their cells, and what the lanes need of them.
struct Stacks<'a> {
    /// Each visible card, in `placed` order, with its shape and its place: its column,
    /// and `y` from the top of its cell's stack.
    shaped: Vec<(&'a Card, Arc<CardShape>, usize, f32)>,
    /// The lane of each of `shaped`.
    card_lane: Vec<usize>,
    /// Per lane, the height of its tallest stack.
    lane_h: Vec<f32>,
    /// Per lane, the cards it hides (collapsed).
    hidden: Vec<usize>,
}

/// Shapes for the cards of expanded lanes, taken from `kept` where the content is the
/// same and made otherwise, stacked per cell; collapsed lanes only count their cards.
fn stack_cards<'a>(
    doc: &Blueprint,
    lang: Language,
    placed: &[(usize, usize, &'a Card)],
    shown: &[card::NotesShown],
    kept: &HashMap<&str, &Arc<CardBox>>,
) -> Stacks<'a> {
    let mut shaped = Vec::with_capacity(placed.len());
    let mut card_lane = Vec::with_capacity(placed.len());
    let mut lane_h = vec![0.0f32; doc.lanes.len()];
    let mut hidden = vec![0usize; doc.lanes.len()];
    let mut start = 0;
    for cell in placed.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
        let (l, s, _) = cell[0];
        let cell_shown = &shown[start..start + cell.len()];
        start += cell.len();
        if doc.lanes[l].collapsed {
            hidden[l] += cell.len();
            continue;
        }
        let mut y = 0.0;
        for (&(_, _, c), &show) in cell.iter().zip(cell_shown) {
            let shape = match kept.get(c.id.as_str()) {
                Some(b) if b.shape.is_of(c, lang, show) => Arc::clone(&b.shape),
                _ => Arc::new(card::shape(c, lang, show)),
            };
            let h = shape.height();
            shaped.push((c, shape, s, y));
            y += h + CARD_GAP;
            card_lane.push(l);
        }
        lane_h[l] = lane_h[l].max(y - CARD_GAP);
    }
    Stacks { shaped, card_lane, lane_h, hidden }
}

/// Lane bands top to bottom from `top`, each as tall as its tallest stack (a collapsed one
/// as its header); returns them and the grid's bottom.
fn lane_bands(
    doc: &Blueprint,
    lang: Language,
    theme: &Theme,
    stacks: &Stacks,
    line_names: &LineNames,
    top: f32,
) -> (Vec<LaneBand>, f32) {
    let lane_name_w = LANE_HEADER_W - 2.0 * HEADER_PAD;
    let mut y = top;
    let lanes = doc
        .lanes
        .iter()
        .enumerate()
        .map(|(i, lane)| {
            let hidden = stacks.hidden[i];
            let names = wrap::wrap(&lane.name, HEADER_FONT, lane_name_w, LANE_NAME_LINES).lines;
            let note = if lane.collapsed && hidden > 0 { vec![words::cards_hidden(lang, hidden)] } else { Vec::new() };
            // The names of the lines on the lane's top edge come first in its header.
            let room = line_names.room(i);
            let text_h = room + names.len() as f32 * HEADER_LINE + note.len() as f32 * HEADER_LINE;
            let height = if lane.collapsed {
                (text_h + 2.0 * HEADER_PAD).max(COLLAPSED_LANE_H)
            } else {
                (stacks.lane_h[i] + 2.0 * CELL_PAD_Y).max(text_h + 2.0 * HEADER_PAD).max(MIN_LANE_H)
            };
            let mut c = y + HEADER_PAD + room;
            let name = card::block(names, HEADER_FONT, HEADER_LINE, MARGIN + HEADER_PAD, &mut c);
            let note = card::block(note, NOTE_FONT, HEADER_LINE, MARGIN + HEADER_PAD, &mut c);
            let fill = match &lane.color {
                Some(c) if is_valid_color(c) => c.to_ascii_lowercase(),
                _ => (theme.lane_fill)(lane.kind).to_owned(),
            };
            let band = LaneBand {
                element: ElementRef::Lane(lane.id.clone()),
                kind: lane.kind,
                y,
                height,
                // As wide as the columns, once the routes have decided them.
                band: Rect { x: MARGIN, y, w: 0.0, h: height },
                header: Rect { x: MARGIN, y, w: LANE_HEADER_W, h: height },
                name,
                note,
                fill,
                collapsed: lane.collapsed,
                hidden_cards: hidden,
            };
            y += height;
            band
        })
        .collect();
    (lanes, y)
}

/// Where a stacked card's top is in the Scene: one expression, so that the routes (planned
/// before the boxes exist) end exactly on the boxes.
fn card_y(stack_y: f32, lane: &LaneBand) -> f32 {
    stack_y + (lane.y + CELL_PAD_Y)
}

/// The stacked shapes moved into their lane bands and columns; a box from `kept` with the
/// same shape in the same place is shared whole.
fn place_cards(
    shaped: Vec<(&Card, Arc<CardShape>, usize, f32)>,
    card_lane: &[usize],
    lanes: &[LaneBand],
    columns: &Columns,
    kept: &HashMap<&str, &Arc<CardBox>>,
) -> Vec<Arc<CardBox>> {
    shaped
        .into_iter()
        .zip(card_lane)
        .map(|((c, shape, s, y), &l)| {
            let (x, y) = (columns.card_x(s), card_y(y, &lanes[l]));
            match kept.get(c.id.as_str()) {
                Some(b) if Arc::ptr_eq(&b.shape, &shape) && b.rect.x == x && b.rect.y == y => Arc::clone(b),
                _ => Arc::new(card::place(&shape, &c.id, x, y)),
            }
        })
        .collect()
}

/// Lines that can be drawn, grouped by the boundary they share, sorted.
fn line_groups(doc: &Blueprint) -> Vec<Vec<&Line>> {
    let mut valid: Vec<_> = doc.lines.iter().filter(|l| l.boundary <= doc.lanes.len()).collect();
    valid.sort_by_key(|l| (l.boundary, l.kind));
    valid.dedup_by_key(|l| l.kind);
    valid.chunk_by(|a, b| a.boundary == b.boundary).map(<[_]>::to_vec).collect()
}

/// Each drawable line's name, wrapped to fit the lane header column, and the room the
/// names of each boundary's lines take under it.
struct LineNames {
    /// Per group of `line_groups`, per line: the name's lines.
    wrapped: Vec<Vec<Vec<String>>>,
    /// Per boundary (0 above the first lane … `lanes` below the last): the height from the
    /// boundary down to the bottom of its lines' names.
    room: Vec<f32>,
}

impl LineNames {
    fn of(doc: &Blueprint, lang: Language, groups: &[Vec<&Line>]) -> LineNames {
        let width = LANE_HEADER_W - 2.0 * HEADER_PAD;
        let mut room = vec![0.0; doc.lanes.len() + 1];
        let wrapped = groups
            .iter()
            .map(|group| {
                let names: Vec<Vec<String>> = group
                    .iter()
                    .map(|l| wrap::wrap(l.kind.label_in(lang), LINE_LABEL_FONT, width, LINE_LABEL_LINES).lines)
                    .collect();
                room[group[0].boundary] =
                    name_top(group.len()) + names.iter().map(|n| name_box_h(n.len()) + LINE_NAME_GAP).sum::<f32>();
                names
            })
            .collect();
        LineNames { wrapped, room }
    }

    /// The room the names of the lines at `boundary` take below it.
    fn room(&self, boundary: usize) -> f32 {
        self.room.get(boundary).copied().unwrap_or(0.0)
    }
}

/// Between two lines' names, and between the last name and what follows.
const LINE_NAME_GAP: f32 = 1.0;

/// From a group's boundary to the top of its first name: just under its lowest line.
fn name_top(lines: usize) -> f32 {
    (lines - 1) as f32 * LINE_SPREAD / 2.0 + 2.0
}

/// The backdrop of a name of `lines` lines.
fn name_box_h(lines: usize) -> f32 {
    lines as f32 * LINE_LABEL_LINE + 1.0
}

/// Lines at their lane boundaries, across the grid; lines sharing a boundary are spread a
/// few pixels apart. Each line's name sits under the line's left end, in the lane header
/// column, the names of one boundary's lines one under the other in the lines' order.
fn lines(
    theme: &Theme,
    groups: &[Vec<&Line>],
    names: &LineNames,
    lanes: &[LaneBand],
    top: f32,
    bottom: f32,
    right: f32,
) -> Vec<LineGeom> {
    let mut out = Vec::new();
    for (group, wrapped) in groups.iter().zip(&names.wrapped) {
        let base = lanes.get(group[0].boundary).map_or(bottom, |l| l.y).max(top);
        let n = group.len();
        let mut name_y = base + name_top(n);
        for (k, (line, name)) in group.iter().zip(wrapped).enumerate() {
            let y = base + (k as f32 - (n - 1) as f32 / 2.0) * LINE_SPREAD;
            let x = MARGIN + HEADER_PAD;
            let box_h = name_box_h(name.len());
            let mut baseline = name_y + 10.0;
            let name_lines: Vec<TextLine> = name
                .iter()
                .map(|text| {
                    let width = metrics::text_width(text, LINE_LABEL_FONT);
                    let line = TextLine { text: text.clone(), x, y: baseline, width };
                    baseline += LINE_LABEL_LINE;
                    line
                })
                .collect();
            let w = name_lines.iter().map(|l| l.width).fold(0.0, f32::max);
            let label_box = Rect { x: x - 3.0, y: name_y, w: w + 6.0, h: box_h };
            name_y += box_h + LINE_NAME_GAP;
            let label = TextBlock {
                font_size: LINE_LABEL_FONT.size,
                bold: LINE_LABEL_FONT.bold,
                centered: false,
                lines: name_lines,
            };
            let LineStyle { color, dash } = (theme.line)(line.kind);
            out.push(LineGeom {
                element: ElementRef::Line(line.kind),
                kind: line.kind,
                y,
                x1: MARGIN,
                x2: right,
                dash,
                color,
                label,
                label_box,
            });
        }
    }
    out
}

/// The connectors routed, before their labels: what labelling them needs.
struct Routed {
    routes: Vec<ConnectorRoute>,
    /// Each route's label, wrapped.
    labels: Vec<Option<label::Measured>>,
    /// The visible cards, in even columns.
    obstacles: Obstacles,
    /// The columns the routes need (gutters widened for their tracks).
    columns: Columns,
}

/// Connectors between the cards they join (at the band of a collapsed lane for a hidden
/// card), routed around the cards. Planned with the cards in even columns, as the stacks
/// and lanes put them; the router says how wide the gutters are (for the tracks the lanes
/// suggest, and the labels).
fn route_connectors(
    doc: &Blueprint,
    placed: &[(usize, usize, &Card)],
    stacks: &Stacks,
    lanes: &[LaneBand],
    grid: &Grid,
) -> Routed {
    let even = grid.even();
    // Visible cards come in (lane, stage, order) order: top to bottom within each column.
    let rects: Vec<Rect> = stacks
        .shaped
        .iter()
        .zip(&stacks.card_lane)
        .map(|((_, shape, s, y), &l)| Rect {
            x: even.card_x(*s),
            y: card_y(*y, &lanes[l]),
            w: CARD_W,
            h: shape.height(),
        })
        .collect();
    let obstacles = Obstacles::new(even.clone(), stacks.shaped.iter().zip(&rects).map(|(c, r)| (c.2, *r)));
    let n_stages = grid.n_stages;
    let mut places: HashMap<&str, Place> = HashMap::with_capacity_and_hasher(placed.len(), Default::default());
    let mut next_visible = 0;
    for &(l, s, c) in placed {
        let place = if lanes[l].collapsed {
            let band = &lanes[l].band;
            let rect = Rect { x: even.card_x(s), y: band.y + 4.0, w: CARD_W, h: band.h - 8.0 };
            // Hidden cards of one cell share its box, and so its ports.
            Place { column: s, rect, collapsed: true, key: rects.len() + l * n_stages + s }
        } else {
            let i = next_visible;
            next_visible += 1;
            Place { column: s, rect: rects[i], collapsed: false, key: i }
        };
        places.insert(c.id.as_str(), place);
    }

    let ends: Vec<(&crate::model::Connector, Place, Place)> = doc
        .connectors
        .values()
        .filter_map(|c| Some((c, *places.get(c.from.as_str())?, *places.get(c.to.as_str())?)))
        .collect();
    let labels: Vec<Option<label::Measured>> = ends.iter().map(|(c, _, _)| label::measure(&c.label)).collect();
    let sizes: Vec<Option<(f32, f32)>> = labels.iter().map(|l| l.as_ref().map(|l| (l.w, l.h))).collect();
    let held = route::gutter_tracks(lanes.len());
    let (routes, columns) = route::route_all(&ends, &sizes, &obstacles, &even, held);
    Routed { routes, labels, obstacles, columns }
}

/// The routes' labels, placed where they cover no card, line or other label, with the cards
/// in their final columns.
fn label_connectors(routed: Routed, lanes: &[LaneBand], lines: &[LineGeom]) -> Vec<ConnectorRoute> {
    let Routed { mut routes, labels, obstacles, columns } = routed;
    let grid_x = columns.left(0);
    let obstacles = obstacles.moved(columns);
    let boundaries = lanes.iter().map(|l| l.y).chain(lanes.last().map(|l| l.band.bottom())).collect();
    let mut labeler = label::Labeler::new(&obstacles, lines, grid_x, boundaries);
    for (r, text) in routes.iter_mut().zip(labels) {
        r.label = labeler.place_measured(text, &r.points);
    }
    routes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Card, Connector, Lane, LaneKind, Line, LineKind, Stage};

    fn doc() -> Blueprint {
        let mut b = Blueprint::empty("Test");
        b.stages = vec![Stage::new("s1", "One"), Stage::new("s2", "Two")];
        b.lanes = vec![
            Lane::new("l1", LaneKind::Customer, "Customer"),
            Lane::new("l2", LaneKind::Frontstage, "Frontstage"),
            Lane::new("l3", LaneKind::Backstage, "Backstage"),
        ];
        b.lines =
            vec![Line { kind: LineKind::Interaction, boundary: 1 }, Line { kind: LineKind::Visibility, boundary: 1 }];
        for (id, lane, stage, order, text) in [
            ("c1", "l1", "s1", 5, "second in cell"),
            ("c2", "l1", "s1", 1, "first in cell, with a much longer text that has to wrap over several lines"),
            ("c3", "l2", "s2", 0, "front"),
            ("c4", "l3", "s1", 0, "back"),
            ("ghost", "nope", "s1", 0, "in no lane"),
        ] {
            let mut c = Card::new(id, lane, stage, text);
            c.order = order;
            b.cards.insert(c.id.clone(), c);
        }
        for (id, from, to) in [("a1", "c2", "c1"), ("a2", "c1", "c3"), ("a3", "c3", "missing"), ("a4", "c3", "c4")] {
            b.connectors.insert(id.into(), Connector::new(id, from, to));
        }
        b
    }

    fn card<'a>(s: &'a Scene, id: &str) -> &'a CardBox {
        s.cards.iter().find(|c| c.element == ElementRef::Card(id.into())).unwrap()
    }

    #[test]
    fn cards_sit_in_their_cell_stacked_by_order() {
        let s = layout(&doc());
        assert_eq!(s.cards.len(), 4, "the card in an unknown lane is not drawn");
        let (first, second) = (card(&s, "c2"), card(&s, "c1"));
        assert!(first.rect.bottom() + CARD_GAP <= second.rect.y + 0.01);
        for (id, lane, stage) in [("c1", 0, 0), ("c2", 0, 0), ("c3", 1, 1), ("c4", 2, 0)] {
            let (b, l, st) = (card(&s, id).rect, &s.lanes[lane], &s.stages[stage]);
            assert!(b.y >= l.y && b.bottom() <= l.y + l.height, "{id} outside its lane");
            assert!(b.x >= st.x && b.right() <= st.x + st.width, "{id} outside its stage");
        }
        // Lanes are contiguous and the first one grew to hold its two cards.
        for w in s.lanes.windows(2) {
            assert_eq!(w[0].y + w[0].height, w[1].y);
        }
        assert!(s.lanes[0].height > MIN_LANE_H);
        assert!((s.height - (s.lanes[2].band.bottom() + MARGIN)).abs() < 0.01);
    }

    #[test]
    fn lines_share_a_boundary_without_overlapping() {
        let s = layout(&doc());
        assert_eq!(s.lines.len(), 2);
        let (a, b) = (&s.lines[0], &s.lines[1]);
        assert!((a.y - b.y).abs() >= LINE_SPREAD - 0.01);
        assert!(((a.y + b.y) / 2.0 - s.lanes[1].y).abs() < 0.01);
        let (la, lb) = (&a.label_box, &b.label_box);
        assert!(la.bottom() <= lb.y, "the names one under the other: {la:?} {lb:?}");
        // Under the lines' left end, in the lane header column, above the lane's own name.
        let header = s.lanes[1].header;
        for (l, box_) in [(a, la), (b, lb)] {
            assert!(box_.y > a.y.max(b.y), "{box_:?} under the lines");
            assert!(box_.x >= header.x && box_.right() <= header.right(), "{box_:?} in {header:?}");
            assert!(l.label.lines.iter().all(|t| t.y > box_.y && t.y <= box_.bottom()));
        }
        assert!(lb.bottom() < s.lanes[1].name.lines[0].y - HEADER_LINE + 4.0, "the lane's name comes after");
    }

    #[test]
    fn every_line_name_fits_the_lane_header_in_both_languages() {
        use crate::model::Language;
        for lang in [Language::English, Language::SimplifiedChinese] {
            let mut b = doc();
            b.language = lang;
            // Text that does not say its language, so that the setting decides.
            b.cards.values_mut().for_each(|c| c.text = "1".into());
            b.lines = LineKind::ALL.iter().enumerate().map(|(i, &kind)| Line { kind, boundary: i.min(3) }).collect();
            let s = layout(&b);
            assert_eq!(s.lines.len(), 5);
            for l in &s.lines {
                assert_eq!(l.label.lines.len(), 1, "{:?} in {lang:?} on one line", l.kind);
                let t = &l.label.lines[0];
                assert_eq!(t.text, l.kind.label_in(lang));
                assert!(t.x + t.width <= MARGIN + LANE_HEADER_W - HEADER_PAD, "{t:?}");
            }
            // The line under the last lane has its name under the grid, inside the Scene.
            let last = s.lines.iter().find(|l| l.kind == LineKind::Implementation).unwrap();
            assert!(last.label_box.y > s.lanes[2].band.bottom());
            assert!(last.label_box.bottom() + MARGIN <= s.height + 0.01);
        }
    }

    #[test]
    fn fixed_words_follow_the_documents_text() {
        use crate::model::Language;
        // Begun with an English UI, then written in Chinese.
        let mut b = doc();
        b.title = "餐厅：堂食晚餐".into();
        for (c, text) in b.cards.values_mut().zip(["走进餐厅看菜单", "等待服务员带位入座", "点菜", "后厨备料", "无"])
        {
            c.text = text.into();
        }
        let c1 = b.cards.get_mut(&crate::model::CardId::from("c1")).unwrap();
        c1.fail_point = Some(serde_json::from_value(serde_json::json!({"kind": "process"})).unwrap());
        c1.wait = true;
        assert_eq!(b.language, Language::English);
        assert_eq!(b.words_language(), Language::SimplifiedChinese);
        let s = layout(&b);
        let names: Vec<&str> = s.lines.iter().map(|l| l.label.lines[0].text.as_str()).collect();
        assert_eq!(names, ["互动线", "可视线"]);
        let badges: Vec<&str> = card(&s, "c1").badges.iter().map(|b| b.label.text.as_str()).collect();
        assert_eq!(badges[..2], ["流程失败点", "等待点"]);
        // Reuse sees the words change: English boxes are not taken for Chinese ones.
        let mut en = b.clone();
        en.title = "A restaurant dinner, in English throughout".into();
        for (c, text) in en.cards.values_mut().zip(["Walk in and read the menu", "Wait to be seated", "Order"]) {
            c.text = text.into();
        }
        assert_eq!(en.words_language(), Language::English);
        let en_scene = layout(&en);
        assert_eq!(layout_reusing(&b, Some(&en_scene)), s);
        // Text that says nothing either way leaves it to the document's setting.
        for c in b.cards.values_mut() {
            c.text = "1".into();
        }
        b.title = "Test".into();
        assert_eq!(b.words_language(), Language::English);
        b.language = Language::SimplifiedChinese;
        assert_eq!(b.words_language(), Language::SimplifiedChinese);
    }

    #[test]
    fn a_relayout_shares_the_boxes_of_unchanged_cards() {
        use std::sync::Arc;
        let before = crate::generate::synthetic(30);
        let first = layout(&before);
        let mut after = before.clone();
        let mut ids = after.cards.keys().cloned();
        let (edited, recoloured, moved) = (ids.next().unwrap(), ids.next().unwrap(), ids.next().unwrap());
        after.cards.get_mut(&edited).unwrap().owner = "Kitchen, edited".into();
        let channel = &mut after.cards.get_mut(&recoloured).unwrap().channel;
        *channel =
            if *channel == Some(crate::model::Channel::Digital) { None } else { Some(crate::model::Channel::Digital) };
        let target = after.stages.iter().find(|s| s.id != after.cards[&moved].stage).unwrap().id.clone();
        after.cards.get_mut(&moved).unwrap().stage = target;
        let again = layout_reusing(&after, Some(&first));
        assert_eq!(again, layout(&after), "the same Scene as a layout from scratch");
        let old =
            |id: &crate::model::CardId| first.cards.iter().find(|b| b.element == ElementRef::Card(id.clone())).unwrap();
        let shared = again.cards.iter().filter(|b| first.cards.iter().any(|o| Arc::ptr_eq(o, b))).count();
        assert!(shared > 0, "unchanged cards in unchanged places are shared");
        for b in &again.cards {
            let ElementRef::Card(id) = &b.element else { unreachable!() };
            if *id == edited || *id == recoloured {
                assert!(!Arc::ptr_eq(&b.shape, &old(id).shape), "{id}: its content changed, so its box is drawn again");
            } else {
                assert!(Arc::ptr_eq(&b.shape, &old(id).shape), "{id}: same content, same shape");
            }
        }
        // Another language draws other fixed words: nothing is shared.
        let mut zh = after.clone();
        zh.language = crate::model::Language::SimplifiedChinese;
        let zh_scene = layout_reusing(&zh, Some(&again));
        assert_eq!(zh_scene, layout(&zh));
        assert!(zh_scene.cards.iter().all(|b| again.cards.iter().all(|o| !Arc::ptr_eq(&o.shape, &b.shape))));
    }

    #[test]
    fn connectors_skip_missing_cards_and_end_on_their_cards() {
        let s = layout(&doc());
        let ids: Vec<String> = s.connectors.iter().map(|c| c.element.to_string()).collect();
        assert_eq!(ids, ["connector a1", "connector a2", "connector a4"]);
        for c in &s.connectors {
            let (from, to) = (card(&s, c.from.as_str()).rect, card(&s, c.to.as_str()).rect);
            let on = |p: &Point, r: &Rect| {
                (p.x == r.x || p.x == r.right()) && p.y >= r.y && p.y <= r.bottom()
                    || (p.y == r.y || p.y == r.bottom()) && p.x >= r.x && p.x <= r.right()
            };
            assert!(on(&c.points[0], &from), "{:?} starts off its card", c.element);
            assert!(on(c.points.last().unwrap(), &to), "{:?} ends off its card", c.element);
            assert!(c.points.windows(2).all(|w| w[0].x == w[1].x || w[0].y == w[1].y));
        }
    }

    #[test]
    fn collapsed_lane_hides_cards_and_keeps_arrows_at_the_band() {
        let mut b = doc();
        b.lanes[1].collapsed = true;
        // Lines' names take room in the header, collapsed or not (tested above).
        b.lines.clear();
        let s = layout(&b);
        assert!(s.cards.iter().all(|c| c.element != ElementRef::Card("c3".into())));
        assert_eq!(s.lanes[1].hidden_cards, 1);
        assert!(s.lanes[1].height < MIN_LANE_H);
        assert_eq!(s.lanes[1].note.lines[0].text, "1 card hidden");
        let a2 = s.connectors.iter().find(|c| c.element == ElementRef::Connector("a2".into())).unwrap();
        assert!(a2.to_collapsed && !a2.from_collapsed);
        let end = a2.points.last().unwrap();
        assert!(end.y >= s.lanes[1].y && end.y <= s.lanes[1].y + s.lanes[1].height);
    }

    #[test]
    fn scene_is_deterministic_and_serializes() {
        let b = doc();
        assert_eq!(layout(&b), layout(&b.clone()));
        let json = serde_json::to_value(layout(&b)).unwrap();
        assert_eq!(json["cards"][0]["element"], serde_json::json!({"kind": "card", "id": "c2"}));
        assert_eq!(json["lines"][1]["kind"], "visibility");
    }

    #[test]
    fn empty_and_broken_documents_do_not_panic() {
        let s = layout(&Blueprint::empty(""));
        assert!(s.width > 0.0 && s.height > 0.0);
        let mut b = doc();
        b.lines.push(Line { kind: LineKind::Implementation, boundary: 99 });
        b.lanes[0].color = Some("not a colour".into());
        let s = layout(&b);
        assert_eq!(s.lines.len(), 2);
        assert_eq!(s.lanes[0].fill, LaneKind::Customer.default_color());
    }
}
