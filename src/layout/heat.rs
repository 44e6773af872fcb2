//! The heat map (View › Overlay): each cell, a lane in a stage, shaded by how many fail
//! points or waits it holds or how long its steps take, in five levels of the darkest
//! cell; and a ring around every card whose fail point has no recovery designed yet, the
//! ones a designer fixes first. Drawn under the cards, so their words stay readable.

use super::scene::{CardBox, HeatCell, HeatMap, LaneBand, Rect, StageColumn};
use crate::model::{Blueprint, Card, ElementRef, Overlay};
use std::collections::HashMap;
use std::sync::Arc;

/// The levels of shade, lightest first (`paint.heat.levels`).
pub const LEVELS: u8 = 5;
/// How far a ring stands off its card's box.
const RING_OFFSET: f32 = 3.0;

/// The heat map the document asks for (`display.overlay`), over the laid-out grid;
/// `None` when it asks for none or there is nothing to shade or ring.
pub fn heat_map(
    doc: &Blueprint,
    stages: &[StageColumn],
    lanes: &[LaneBand],
    cards: &[Arc<CardBox>],
) -> Option<HeatMap> {
    let by = doc.display.overlay;
    let value: fn(&Card) -> u64 = match by {
        Overlay::None => return None,
        Overlay::FailPoints => |c| u64::from(c.fail_point.is_some()),
        Overlay::Waits => |c| u64::from(c.wait),
        Overlay::Time => |c| c.duration_seconds.map_or(0, u64::from),
    };
    // The first of a repeated id, as the layout places cards (a loaded file has none).
    let mut stage_at: HashMap<&str, usize> = HashMap::new();
    for (i, s) in doc.stages.iter().enumerate() {
        stage_at.entry(s.id.as_str()).or_insert(i);
    }
    let mut lane_at: HashMap<&str, usize> = HashMap::new();
    for (i, l) in doc.lanes.iter().enumerate() {
        lane_at.entry(l.id.as_str()).or_insert(i);
    }
    let mut sums = vec![0u64; stages.len() * lanes.len()];
    for c in doc.cards.values() {
        if let (Some(&s), Some(&l)) = (stage_at.get(c.stage.as_str()), lane_at.get(c.lane.as_str())) {
            if s < stages.len() && l < lanes.len() {
                sums[l * stages.len() + s] += value(c);
            }
        }
    }
    let max = sums.iter().copied().max().unwrap_or(0);
    let mut cells = Vec::new();
    for (l, lane) in lanes.iter().enumerate() {
        for (s, stage) in stages.iter().enumerate() {
            let v = sums[l * stages.len() + s];
            if v > 0 {
                let rect = Rect { x: stage.x, y: lane.band.y, w: stage.width, h: lane.band.h };
                cells.push(HeatCell { rect, level: level(v, max), value: v });
            }
        }
    }
    let unrecovered = |id: &ElementRef| match id {
        ElementRef::Card(id) => {
            doc.cards.get(id).and_then(|c| c.fail_point.as_ref()).is_some_and(|f| f.recovery.trim().is_empty())
        }
        _ => false,
    };
    let rings: Vec<Rect> = cards
        .iter()
        .filter(|c| unrecovered(&c.element))
        .map(|c| Rect {
            x: c.rect.x - RING_OFFSET,
            y: c.rect.y - RING_OFFSET,
            w: c.rect.w + 2.0 * RING_OFFSET,
            h: c.rect.h + 2.0 * RING_OFFSET,
        })
        .collect();
    // Nothing to shade and nothing to ring: a key of an empty map would only puzzle.
    if cells.is_empty() && rings.is_empty() {
        return None;
    }
    Some(HeatMap { by, cells, max, rings })
}

/// The level, 1 (lightest) to [`LEVELS`], of `v` in a map whose darkest cell holds `max`:
/// each level covers a fifth of the range, so the darkest cell is always the darkest shade.
pub fn level(v: u64, max: u64) -> u8 {
    if v == 0 || max == 0 {
        return 0;
    }
    let (v, max, n) = (u128::from(v.min(max)), u128::from(max), u128::from(LEVELS));
    // ceil(v × LEVELS / max), in integers wide enough for any value: no rounding puts a
    // cell a level off.
    let l: u128 = (v * n).div_ceil(max);
    l.clamp(1, n) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::layout;
    use crate::layout::Swatch;
    use crate::model::{FailKind, FailPoint, Lane, LaneKind, Stage};

    fn doc(overlay: Overlay) -> Blueprint {
        let mut b = Blueprint::empty("Heat");
        b.stages = vec![Stage::new("s1", "One"), Stage::new("s2", "Two")];
        b.lanes = vec![Lane::new("l1", LaneKind::Customer, "C"), Lane::new("l2", LaneKind::Frontstage, "F")];
        let mut add = |id: &str, lane: &str, stage: &str, f: &dyn Fn(&mut Card)| {
            let mut c = Card::new(id, lane, stage, id);
            f(&mut c);
            b.cards.insert(c.id.clone(), c);
        };
        add("a", "l1", "s1", &|c| c.fail_point = Some(FailPoint::new(FailKind::Process)));
        add("b", "l1", "s1", &|c| {
            c.fail_point =
                Some(FailPoint { recovery: "Call back within the hour".into(), ..FailPoint::new(FailKind::System) });
            c.wait = true;
            c.duration_seconds = Some(600);
        });
        add("c", "l2", "s2", &|c| {
            c.fail_point = Some(FailPoint::new(FailKind::Outcome));
            c.duration_seconds = Some(120);
        });
        b.display.overlay = overlay;
        b
    }

    #[test]
    fn levels_split_the_range_in_fifths_and_the_darkest_cell_is_darkest() {
        assert_eq!(level(0, 10), 0);
        assert_eq!((level(1, 10), level(2, 10), level(3, 10)), (1, 1, 2));
        assert_eq!((level(9, 10), level(10, 10)), (5, 5));
        assert_eq!((level(1, 1), level(1, 2), level(2, 2)), (5, 3, 5));
        assert_eq!(level(u64::MAX, u64::MAX), 5);
    }

    #[test]
    fn shades_the_cells_by_what_the_document_asks() {
        assert!(layout(&doc(Overlay::None)).heat_map.is_none());
        let s = layout(&doc(Overlay::FailPoints));
        let h = s.heat_map.as_ref().expect("asked for");
        assert_eq!(h.by, Overlay::FailPoints);
        // Two fail points in the customer's first cell, one in the frontstage's second.
        let values: Vec<(u64, u8)> = h.cells.iter().map(|c| (c.value, c.level)).collect();
        assert_eq!(values, [(2, 5), (1, 3)]);
        assert_eq!(h.max, 2);
        // Each cell is its stage's column across its lane's band.
        let (first, second) = (&h.cells[0].rect, &h.cells[1].rect);
        assert_eq!((first.x, first.w), (s.stages[0].x, s.stages[0].width));
        assert_eq!((first.y, first.h), (s.lanes[0].band.y, s.lanes[0].band.h));
        assert_eq!((second.x, second.y), (s.stages[1].x, s.lanes[1].band.y));

        let waits = layout(&doc(Overlay::Waits)).heat_map.unwrap();
        assert_eq!(waits.cells.iter().map(|c| c.value).collect::<Vec<_>>(), [1]);
        let time = layout(&doc(Overlay::Time)).heat_map.unwrap();
        assert_eq!(time.cells.iter().map(|c| (c.value, c.level)).collect::<Vec<_>>(), [(600, 5), (120, 1)]);
    }

    #[test]
    fn rings_alone_bring_their_key_but_no_scale_to_the_legend() {
        let mut d = doc(Overlay::Waits);
        d.cards.values_mut().for_each(|c| c.wait = false);
        let s = layout(&d);
        let h = s.heat_map.as_ref().expect("rings to show");
        assert!(h.cells.is_empty() && h.rings.len() == 2);
        let legend = s.legend.expect("the rings explained");
        let has = |f: fn(&Swatch) -> bool| legend.items.iter().any(|i| i.swatches.iter().any(f));
        assert!(!has(|w| matches!(w, Swatch::Heat { .. })));
        assert!(has(|w| matches!(w, Swatch::Ring { .. })));
    }

    #[test]
    fn rings_the_cards_whose_fail_point_has_no_recovery() {
        let s = layout(&doc(Overlay::Time));
        let h = s.heat_map.unwrap();
        let ringed: Vec<&Rect> = h.rings.iter().collect();
        let card = |id: &str| s.cards.iter().find(|c| c.element == ElementRef::Card(id.into())).unwrap().rect;
        // "b" has its recovery designed; "a" and "c" do not.
        assert_eq!(ringed.len(), 2);
        for (ring, id) in ringed.iter().zip(["a", "c"]) {
            let r = card(id);
            assert_eq!((ring.x, ring.y), (r.x - RING_OFFSET, r.y - RING_OFFSET));
            assert_eq!((ring.right(), ring.bottom()), (r.right() + RING_OFFSET, r.bottom() + RING_OFFSET));
        }
    }
}
