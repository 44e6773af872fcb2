//! The change between the Scene a window last received and the current one. At 5,000
//! cards the whole Scene is megabytes of JSON to serialize, send, parse and compare card
//! by card; an edit usually moves a few cards, so only those cross the IPC boundary.
//! A card that only moved (its lane grew, so everything below shifts down) is sent as its
//! id in a group of the same offset, not whole: a drop into a fuller cell otherwise sends
//! thousands of unchanged-but-shifted cards and connectors.

use crate::layout::{
    CardBox, ConnectorRoute, EmotionBand, HeatMap, LaneBand, Legend, LineGeom, NotesBlock, Paint, Point, Rect, Scene,
    StageColumn, TextBlock, TimeStrip, TitleBlock,
};
use crate::model::ElementRef;
use serde::Serialize;
// The maps a delta still builds (offset groups; the old list's ids when the order changed
// much): foldhash, not SipHash.
use super::runs::{Run, Runs};
use foldhash::HashMap;
use std::sync::Arc;

/// Cards or connectors that changed, keyed by their element's id.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct KeyedDelta<T> {
    /// New or changed primitives, whole.
    pub upserted: Vec<T>,
    /// Primitives that are the old ones moved by an offset, grouped by offset.
    pub shifted: Vec<Shift>,
    /// Ids of primitives no longer in the Scene.
    pub removed: Vec<String>,
    /// The drawing order, only when it is not the old one with the removed ids taken out
    /// (something was added or reordered): as runs of the old order and listed ids, since a
    /// moved card reorders one id of thousands and the whole list was most of the answer.
    pub order: Option<Vec<Run<String>>>,
}

/// The new order as runs of the old one (`at`: where each new element stood in the old
/// list); ids not in the old list are listed.
fn order_runs(at: &[Option<usize>], new: &[&ElementRef]) -> Vec<Run<String>> {
    let mut runs = Runs::default();
    for (e, &a) in new.iter().zip(at) {
        match a {
            Some(i) => runs.keep(i, 1),
            None => runs.add(key_of(e)),
        }
    }
    runs.finish()
}

/// Where each of `new`'s elements stood in `old`, if it did. An edit keeps nearly all of
/// a Scene's order, so most are found where the last one found leaves off (or one further,
/// past an element that moved or went); a few by scanning the old list; past those, through
/// a map of it. Hashing every id of two lists was most of a delta's cost.
fn old_positions(old: &[&ElementRef], new: &[&ElementRef]) -> Vec<Option<usize>> {
    const SCANS: usize = 8;
    let mut at = Vec::with_capacity(new.len());
    let mut next = 0;
    let mut scans = 0;
    let mut index: Option<HashMap<&ElementRef, usize>> = None;
    for e in new {
        let found = if old.get(next) == Some(e) {
            Some(next)
        } else if old.get(next + 1) == Some(e) {
            Some(next + 1)
        } else if let Some(index) = &index {
            index.get(*e).copied()
        } else if scans < SCANS {
            scans += 1;
            old.iter().position(|o| o == e)
        } else {
            index.insert(old.iter().enumerate().map(|(i, o)| (*o, i)).collect()).get(*e).copied()
        };
        if let Some(i) = found {
            next = next.max(i + 1);
        }
        at.push(found);
    }
    at
}

impl<T> KeyedDelta<T> {
    /// Nothing changed.
    pub fn unchanged() -> Self {
        KeyedDelta { upserted: Vec::new(), shifted: Vec::new(), removed: Vec::new(), order: None }
    }

    pub fn is_empty(&self) -> bool {
        self.upserted.is_empty() && self.shifted.is_empty() && self.removed.is_empty() && self.order.is_none()
    }
}

/// Items moved by the same offset, and nothing else about them changed.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Shift {
    pub dx: f32,
    pub dy: f32,
    pub ids: Vec<String>,
}

/// A primitive that can be moved by an offset (`shift` in ui/src/shift.ts does the same).
pub trait Shiftable: Sized {
    /// The offset from `old` to `self` if `self` is exactly `old` moved by it.
    fn offset_from(&self, old: &Self) -> Option<(f32, f32)>;
    fn shifted(&self, dx: f32, dy: f32) -> Self;
    /// `self` is `old`, unchanged.
    fn same(&self, old: &Self) -> bool;
}

fn move_point(p: &Point, dx: f32, dy: f32) -> Point {
    Point { x: p.x + dx, y: p.y + dy }
}

fn move_rect(r: &Rect, dx: f32, dy: f32) -> Rect {
    Rect { x: r.x + dx, y: r.y + dy, ..*r }
}

fn move_text(t: &TextBlock, dx: f32, dy: f32) -> TextBlock {
    let mut t = t.clone();
    for l in &mut t.lines {
        l.x += dx;
        l.y += dy;
    }
    t
}

impl Shiftable for CardBox {
    fn offset_from(&self, old: &Self) -> Option<(f32, f32)> {
        let (dx, dy) = (self.rect.x - old.rect.x, self.rect.y - old.rect.y);
        (old.shifted(dx, dy) == *self).then_some((dx, dy))
    }

    fn shifted(&self, dx: f32, dy: f32) -> Self {
        let mut c = self.clone();
        c.rect = move_rect(&c.rect, dx, dy);
        c.text = move_text(&c.text, dx, dy);
        c.owner = move_text(&c.owner, dx, dy);
        c.notes = move_text(&c.notes, dx, dy);
        c.tags = move_text(&c.tags, dx, dy);
        if let Some(band) = &mut c.colour_band {
            band.rect = move_rect(&band.rect, dx, dy);
        }
        for b in &mut c.badges {
            b.rect = move_rect(&b.rect, dx, dy);
            b.label.x += dx;
            b.label.y += dy;
        }
        c
    }

    fn same(&self, old: &Self) -> bool {
        self == old
    }
}

/// A relayout shares the boxes of cards it did not move or change: most of them are
/// found unchanged without a comparison.
impl Shiftable for Arc<CardBox> {
    fn offset_from(&self, old: &Self) -> Option<(f32, f32)> {
        (**self).offset_from(old)
    }

    fn shifted(&self, dx: f32, dy: f32) -> Self {
        Arc::new((**self).shifted(dx, dy))
    }

    fn same(&self, old: &Self) -> bool {
        Arc::ptr_eq(self, old) || self == old
    }
}

impl Shiftable for ConnectorRoute {
    fn offset_from(&self, old: &Self) -> Option<(f32, f32)> {
        let (a, b) = (self.points.first()?, old.points.first()?);
        let (dx, dy) = (a.x - b.x, a.y - b.y);
        (old.shifted(dx, dy) == *self).then_some((dx, dy))
    }

    fn shifted(&self, dx: f32, dy: f32) -> Self {
        let mut c = self.clone();
        c.points = c.points.iter().map(|p| move_point(p, dx, dy)).collect();
        for h in &mut c.arrowheads {
            h.tip = move_point(&h.tip, dx, dy);
            h.points = h.points.map(|p| move_point(&p, dx, dy));
        }
        if let Some(l) = &mut c.label {
            l.rect = move_rect(&l.rect, dx, dy);
            l.text = move_text(&l.text, dx, dy);
        }
        c
    }

    fn same(&self, old: &Self) -> bool {
        self == old
    }
}

/// What changed in the Scene; a part that is `None` did not change. The small parts
/// (size, title, stages, lanes, lines, paint) are sent whole when they change.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SceneDelta {
    pub width: Option<f32>,
    pub height: Option<f32>,
    pub title: Option<TitleBlock>,
    pub stages: Option<Vec<StageColumn>>,
    pub lanes: Option<Vec<LaneBand>>,
    pub lines: Option<Vec<LineGeom>>,
    /// The paint, when the theme changed.
    pub paint: Option<&'static Paint>,
    pub cards: KeyedDelta<Arc<CardBox>>,
    pub connectors: KeyedDelta<ConnectorRoute>,
    /// The emotion curve, when it changed (placed, moved, changed or taken away).
    pub emotion_curve: Option<EmotionCurveChange>,
    /// The time strip, likewise.
    pub time_strip: Option<TimeStripChange>,
    /// The legend, when it changed (placed, moved, changed or taken away).
    pub legend: Option<LegendChange>,
    /// The heat map, when it changed (shown, reshaded, its rings moved, or hidden).
    pub heat_map: Option<HeatMapChange>,
    /// The footnotes' block, when it changed (placed, moved, changed or taken away).
    pub notes: Option<NotesChange>,
}

/// The Scene's emotion curve after a change: `None` when there is none any more.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EmotionCurveChange {
    pub emotion_curve: Option<EmotionBand>,
}

/// The Scene's time strip after a change: `None` when there is none any more.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TimeStripChange {
    pub time_strip: Option<TimeStrip>,
}

/// The Scene's footnotes after a change: `None` when there are none any more.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NotesChange {
    pub notes: Option<NotesBlock>,
}

/// The Scene's legend after a change: `None` when there is none any more.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LegendChange {
    pub legend: Option<Legend>,
}

/// The Scene's heat map after a change: `None` when there is none any more.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HeatMapChange {
    pub heat_map: Option<HeatMap>,
}

impl SceneDelta {
    /// What turns `old` into `new`; with no `old`, everything (against an empty Scene).
    pub fn between(old: Option<&Scene>, new: &Scene) -> SceneDelta {
        fn part<T: Clone + PartialEq>(old: Option<&T>, new: &T) -> Option<T> {
            (old != Some(new)).then(|| new.clone())
        }
        SceneDelta {
            width: part(old.map(|o| &o.width), &new.width),
            height: part(old.map(|o| &o.height), &new.height),
            title: part(old.map(|o| &o.title), &new.title),
            stages: part(old.map(|o| &o.stages), &new.stages),
            lanes: part(old.map(|o| &o.lanes), &new.lanes),
            lines: part(old.map(|o| &o.lines), &new.lines),
            paint: part(old.map(|o| &o.paint), &new.paint),
            cards: keyed(old.map_or(&[][..], |o| &o.cards), &new.cards, |c| &c.element),
            connectors: keyed(old.map_or(&[][..], |o| &o.connectors), &new.connectors, |c| &c.element),
            emotion_curve: part(old.map(|o| &o.emotion_curve), &new.emotion_curve)
                .map(|emotion_curve| EmotionCurveChange { emotion_curve }),
            time_strip: part(old.map(|o| &o.time_strip), &new.time_strip)
                .map(|time_strip| TimeStripChange { time_strip }),
            legend: part(old.map(|o| &o.legend), &new.legend).map(|legend| LegendChange { legend }),
            heat_map: part(old.map(|o| &o.heat_map), &new.heat_map).map(|heat_map| HeatMapChange { heat_map }),
            notes: part(old.map(|o| &o.notes), &new.notes).map(|notes| NotesChange { notes }),
        }
    }

    /// Nothing changed: what the UI drew already.
    pub fn unchanged() -> SceneDelta {
        SceneDelta {
            width: None,
            height: None,
            title: None,
            stages: None,
            lanes: None,
            lines: None,
            paint: None,
            cards: KeyedDelta::unchanged(),
            connectors: KeyedDelta::unchanged(),
            emotion_curve: None,
            time_strip: None,
            legend: None,
            heat_map: None,
            notes: None,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.width.is_none()
            && self.height.is_none()
            && self.title.is_none()
            && self.stages.is_none()
            && self.lanes.is_none()
            && self.lines.is_none()
            && self.paint.is_none()
            && self.cards.is_empty()
            && self.connectors.is_empty()
            && self.emotion_curve.is_none()
            && self.time_strip.is_none()
            && self.legend.is_none()
            && self.heat_map.is_none()
            && self.notes.is_none()
    }
}

/// The id the UI keys an element by (`idOf` in ui/src/canvas/draw.ts).
pub fn key_of(e: &ElementRef) -> String {
    match e {
        ElementRef::Card(id) => id.as_str().to_owned(),
        ElementRef::Connector(id) => id.as_str().to_owned(),
        other => other.to_string(),
    }
}

fn keyed<T: Clone + PartialEq + Shiftable>(old: &[T], new: &[T], element: impl Fn(&T) -> &ElementRef) -> KeyedDelta<T> {
    let old_ids: Vec<&ElementRef> = old.iter().map(&element).collect();
    let new_ids: Vec<&ElementRef> = new.iter().map(&element).collect();
    let at = old_positions(&old_ids, &new_ids);
    let mut kept = vec![false; old.len()];
    let mut upserted = Vec::new();
    // Offsets by their bits (f32 is not Eq), in order of first appearance.
    let mut groups: HashMap<(u32, u32), usize> = HashMap::default();
    let mut shifted: Vec<Shift> = Vec::new();
    for (t, &a) in new.iter().zip(&at) {
        let Some(i) = a else {
            upserted.push(t.clone());
            continue;
        };
        kept[i] = true;
        let was = &old[i];
        if t.same(was) {
            continue;
        }
        match t.offset_from(was) {
            Some((dx, dy)) => {
                let g = *groups.entry((dx.to_bits(), dy.to_bits())).or_insert_with(|| {
                    shifted.push(Shift { dx, dy, ids: Vec::new() });
                    shifted.len() - 1
                });
                shifted[g].ids.push(key_of(element(t)));
            }
            None => upserted.push(t.clone()),
        }
    }
    let removed: Vec<String> = old_ids.iter().zip(&kept).filter(|(_, &k)| !k).map(|(e, _)| key_of(e)).collect();
    // The old order minus the removed ids is what the UI keeps by itself: every new element
    // an old one, in the old order.
    let same_order = at.iter().all(Option::is_some) && at.windows(2).all(|w| w[0] < w[1]);
    let order = (!same_order).then(|| order_runs(&at, &new_ids));
    KeyedDelta { upserted, shifted, removed, order }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{Command, Editor};
    use crate::layout::layout;
    use crate::view::runs::apply;

    fn shifted_ids<T>(d: &KeyedDelta<T>) -> Vec<String> {
        d.shifted.iter().flat_map(|s| s.ids.clone()).collect()
    }

    /// The new Scene's items, rebuilt from the old ones and the delta as the UI does.
    fn rebuilt<T: Clone + Shiftable>(
        old: &[T],
        d: &KeyedDelta<T>,
        element: impl Fn(&T) -> &ElementRef,
    ) -> HashMap<String, T> {
        let mut by: HashMap<String, T> = old.iter().map(|t| (key_of(element(t)), t.clone())).collect();
        for s in &d.shifted {
            for id in &s.ids {
                let t = by[id].shifted(s.dx, s.dy);
                by.insert(id.clone(), t);
            }
        }
        for t in &d.upserted {
            by.insert(key_of(element(t)), t.clone());
        }
        for id in &d.removed {
            by.remove(id);
        }
        by
    }

    #[test]
    fn a_drop_into_a_fuller_cell_sends_the_shifted_cards_as_offsets() {
        let doc = crate::generate::synthetic(1000);
        let before = layout(&doc);
        // The Customer lane's first card, into the cell of the next card of its lane: that
        // cell grows a row, so the lane grows and every lane below moves down.
        let first = before
            .cards
            .iter()
            .find(|c| matches!(&c.element, ElementRef::Card(id) if doc.cards[id].lane.as_str() == "l2"))
            .unwrap();
        let ElementRef::Card(id) = &first.element else { unreachable!() };
        let card = doc.cards[id].clone();
        let other = doc.cards.values().find(|o| o.lane == card.lane && o.stage != card.stage).unwrap().clone();
        let mut editor = Editor::new(doc.clone());
        editor
            .execute(&Command::MoveCard {
                card: card.id.clone(),
                lane: other.lane.clone(),
                stage: other.stage.clone(),
                index: 0,
            })
            .unwrap();
        let after = layout(editor.doc());
        let d = SceneDelta::between(Some(&before), &after);
        assert!(d.lanes.is_some(), "the lane grew");
        let moved = shifted_ids(&d.cards).len();
        assert!(moved > 500, "most cards below only moved: {moved} shifted, {} upserted", d.cards.upserted.len());
        assert!(d.cards.upserted.len() < 50, "{} upserted", d.cards.upserted.len());
        assert!(shifted_ids(&d.connectors).len() > 500);
        // Applying it gives exactly the new Scene.
        let cards = rebuilt(&before.cards, &d.cards, |c| &c.element);
        for c in &after.cards {
            assert_eq!(&cards[&key_of(&c.element)], c);
        }
        let connectors = rebuilt(&before.connectors, &d.connectors, |c| &c.element);
        for c in &after.connectors {
            assert_eq!(&connectors[&key_of(&c.element)], c);
        }
        // The card changed place in the drawing order: a few runs, not every id.
        let runs = d.cards.order.as_ref().expect("the order changed");
        assert_eq!(apply(runs, &ids(&before.cards, |c| &c.element)).unwrap(), ids(&after.cards, |c| &c.element));
        assert!(runs.len() <= 4 && runs.iter().all(|r| matches!(r, Run::Keep { .. })), "{runs:?}");
    }

    fn ids<T>(items: &[T], element: impl Fn(&T) -> &ElementRef) -> Vec<String> {
        items.iter().map(|t| key_of(element(t))).collect()
    }

    #[test]
    fn old_positions_are_found_however_the_order_changed() {
        let card = |i: usize| ElementRef::Card(format!("c{i}").as_str().into());
        let old: Vec<ElementRef> = (0..40).map(card).collect();
        let mut moved_on = old.clone();
        let c = moved_on.remove(3);
        moved_on.insert(30, c);
        let mut moved_back = old.clone();
        let c = moved_back.remove(30);
        moved_back.insert(3, c);
        let mut edited = old.clone();
        edited.remove(7);
        edited.insert(12, card(99));
        edited.push(card(100));
        let reversed: Vec<ElementRef> = old.iter().rev().cloned().collect();
        let cases = [
            ("unchanged", old.clone()),
            ("moved on", moved_on),
            ("moved back", moved_back),
            ("edited", edited),
            ("reversed", reversed),
        ];
        for (what, new) in cases {
            let (o, n): (Vec<&ElementRef>, Vec<&ElementRef>) = (old.iter().collect(), new.iter().collect());
            let expected: Vec<Option<usize>> = n.iter().map(|e| o.iter().position(|x| x == e)).collect();
            assert_eq!(old_positions(&o, &n), expected, "{what}");
        }
    }

    #[test]
    fn no_change_is_an_empty_delta() {
        let scene = layout(&crate::generate::synthetic(40));
        let delta = SceneDelta::between(Some(&scene), &scene.clone());
        assert!(delta.is_empty(), "{delta:?}");
    }

    #[test]
    fn the_legend_is_sent_when_it_changes_and_when_it_goes() {
        let mut doc = crate::generate::synthetic(10);
        for c in doc.cards.values_mut() {
            (c.wait, c.fail_point, c.emotion, c.channel) = (false, None, None, None);
            (c.duration_seconds, c.tolerance_seconds) = (None, None);
        }
        let plain = layout(&doc);
        assert!(plain.legend.is_none());
        assert_eq!(SceneDelta::between(Some(&plain), &plain).legend, None);
        doc.cards.values_mut().next().unwrap().wait = true;
        let waiting = layout(&doc);
        let d = SceneDelta::between(Some(&plain), &waiting);
        assert_eq!(d.legend, Some(LegendChange { legend: waiting.legend.clone() }));
        assert!(waiting.legend.is_some() && !d.is_empty());
        let back = SceneDelta::between(Some(&waiting), &plain);
        assert_eq!(back.legend, Some(LegendChange { legend: None }));
    }

    #[test]
    fn the_heat_map_is_sent_when_it_changes_and_when_it_goes() {
        let mut doc = crate::generate::synthetic(30);
        let plain = layout(&doc);
        doc.display.overlay = crate::model::Overlay::Time;
        let heated = layout(&doc);
        let d = SceneDelta::between(Some(&plain), &heated);
        assert!(heated.heat_map.is_some());
        assert_eq!(d.heat_map, Some(HeatMapChange { heat_map: heated.heat_map.clone() }));
        assert_eq!(SceneDelta::between(Some(&heated), &heated.clone()).heat_map, None);
        let back = SceneDelta::between(Some(&heated), &plain);
        assert_eq!(back.heat_map, Some(HeatMapChange { heat_map: None }));
    }

    #[test]
    fn the_bands_are_sent_when_they_change_and_when_they_go() {
        let mut doc = crate::generate::synthetic(40);
        let both = layout(&doc);
        assert!(both.emotion_curve.is_some() && both.time_strip.is_some());
        assert_eq!(SceneDelta::between(Some(&both), &both.clone()).emotion_curve, None);
        doc.display.emotion_curve = false;
        let strip_only = layout(&doc);
        let d = SceneDelta::between(Some(&both), &strip_only);
        assert_eq!(d.emotion_curve, Some(EmotionCurveChange { emotion_curve: None }));
        // The strip moved up into the curve's place: sent again, whole.
        assert_eq!(d.time_strip, Some(TimeStripChange { time_strip: strip_only.time_strip.clone() }));
        let back = SceneDelta::between(Some(&strip_only), &both);
        assert_eq!(back.emotion_curve, Some(EmotionCurveChange { emotion_curve: both.emotion_curve.clone() }));
        assert!(SceneDelta::between(None, &both).time_strip.is_some());
    }

    #[test]
    fn the_footnotes_are_sent_when_they_change_and_when_they_go() {
        let mut doc = crate::generate::synthetic(10);
        doc.cards.values_mut().next().unwrap().notes = "Ask about allergies".into();
        let hidden = layout(&doc);
        assert!(hidden.notes.is_none());
        doc.display.notes = crate::model::NotesDisplay::Footnotes;
        let shown = layout(&doc);
        let d = SceneDelta::between(Some(&hidden), &shown);
        assert_eq!(d.notes, Some(NotesChange { notes: shown.notes.clone() }));
        assert!(shown.notes.is_some());
        // The numbered card grew its badge: it is sent too.
        assert_eq!(d.cards.upserted.len(), 1);
        assert_eq!(SceneDelta::between(Some(&shown), &shown.clone()).notes, None);
        assert_eq!(SceneDelta::between(Some(&shown), &hidden).notes, Some(NotesChange { notes: None }));
    }

    #[test]
    fn a_card_with_a_band_and_notes_that_moves_is_sent_as_a_shift() {
        use crate::model::{Blueprint, Card, CardColour, Lane, LaneKind, NotesDisplay, Stage};
        let mut doc = Blueprint::empty("Shift");
        doc.stages = vec![Stage::new("s1", "One")];
        doc.lanes = vec![Lane::new("l1", LaneKind::Customer, "Customer")];
        doc.display.notes = NotesDisplay::OnCard;
        for (i, id) in ["top", "under"].into_iter().enumerate() {
            let mut c = Card::new(id, "l1", "s1", id);
            c.order = i as u32;
            c.colour = Some(CardColour::Green);
            c.notes = "Say hello".into();
            c.tags = vec!["greeting".into()];
            doc.cards.insert(c.id.clone(), c);
        }
        let before = layout(&doc);
        // The card above grows: the one under it moves down, unchanged.
        doc.cards.get_mut(&crate::model::CardId::from("top")).unwrap().notes =
            "Say hello, and much more than hello: a note that takes lines. ".repeat(3);
        let after = layout(&doc);
        let d = SceneDelta::between(Some(&before), &after);
        assert_eq!(d.cards.upserted.len(), 1, "only the card that grew is sent whole");
        assert_eq!(d.cards.shifted.len(), 1, "the one under it is shifted");
        let (old, new) = (&before.cards[1], &after.cards[1]);
        assert!(new.rect.y > old.rect.y);
        assert_eq!(old.shifted(0.0, new.rect.y - old.rect.y), *new);
    }

    #[test]
    fn without_a_previous_scene_everything_is_sent() {
        let scene = layout(&crate::generate::synthetic(10));
        let d = SceneDelta::between(None, &scene);
        assert_eq!(d.width, Some(scene.width));
        assert_eq!(d.lanes.as_ref(), Some(&scene.lanes));
        assert_eq!(d.paint, Some(scene.paint));
        assert_eq!(d.cards.upserted, scene.cards);
        assert_eq!(d.cards.order, Some(vec![Run::Add { items: ids(&scene.cards, |c| &c.element) }]));
        assert!(d.cards.removed.is_empty());
    }

    #[test]
    fn moving_a_card_sends_only_what_moved() {
        let doc = crate::generate::synthetic(200);
        let before = layout(&doc);
        // A card moved to the end of its own cell: only that cell's cards can shift.
        let card = doc
            .cards
            .values()
            .find(|c| doc.cards.values().filter(|o| o.lane == c.lane && o.stage == c.stage).count() >= 3)
            .expect("a cell with three cards")
            .clone();
        let cell: Vec<ElementRef> = doc
            .cards
            .values()
            .filter(|o| o.lane == card.lane && o.stage == card.stage)
            .map(|o| ElementRef::Card(o.id.clone()))
            .collect();
        let mut editor = Editor::new(doc);
        let cmd = Command::MoveCard {
            card: card.id.clone(),
            lane: card.lane.clone(),
            stage: card.stage.clone(),
            index: cell.len() - 1,
        };
        editor.execute(&cmd).unwrap();
        let after = layout(editor.doc());
        let d = SceneDelta::between(Some(&before), &after);

        // Exactly the cards whose primitive differs, the moved one among them, all in its cell.
        let changed: Vec<&Arc<CardBox>> = after.cards.iter().filter(|c| !before.cards.contains(c)).collect();
        assert_eq!(d.cards.upserted.len() + shifted_ids(&d.cards).len(), changed.len());
        // The moved card only changed place: it is sent as an offset.
        assert!(
            shifted_ids(&d.cards).contains(&card.id.as_str().to_owned())
                || d.cards.upserted.iter().any(|c| c.element == ElementRef::Card(card.id.clone()))
        );
        assert!(d.cards.upserted.iter().all(|c| cell.contains(&c.element)), "{:?}", d.cards.upserted);
        // Cards of other cells move only sideways, with their column, when the move changes
        // how many tracks a gutter needs (and so its width).
        for shift in &d.cards.shifted {
            let outside = shift.ids.iter().any(|id| !cell.contains(&ElementRef::Card(id.as_str().into())));
            assert!(!outside || (shift.dy == 0.0 && d.stages.is_some()), "{shift:?}");
        }
        assert!(d.cards.removed.is_empty());
        // Connectors: exactly those whose route changed. Arrows share gutter tracks, so an
        // arrow that does not touch the cell may be re-tracked; most keep their route.
        let changed: Vec<&ConnectorRoute> =
            after.connectors.iter().filter(|c| !before.connectors.contains(c)).collect();
        assert_eq!(d.connectors.upserted.len() + shifted_ids(&d.connectors).len(), changed.len());
        let resent = d.connectors.upserted.len() + shifted_ids(&d.connectors).len();
        if d.stages.is_none() {
            assert!(resent < after.connectors.len() / 4, "{resent} of {} arrows resent", after.connectors.len());
            assert!(d.width.is_none() && d.lanes.is_none() && d.lines.is_none());
        }
        assert!(d.title.is_none());
    }

    #[test]
    fn deleting_a_card_removes_it_and_keeps_the_order_implicit() {
        let doc = crate::generate::synthetic(40);
        let before = layout(&doc);
        let id = doc.cards.keys().nth(5).unwrap().clone();
        let mut editor = Editor::new(doc);
        editor.execute(&Command::DeleteCards { cards: vec![id.clone()] }).unwrap();
        let after = layout(editor.doc());
        let d = SceneDelta::between(Some(&before), &after);
        assert_eq!(d.cards.removed, vec![id.as_str().to_owned()]);
        assert!(d.cards.upserted.iter().all(|c| c.element != ElementRef::Card(id.clone())));
        assert_eq!(d.cards.order, None);
        // Undoing puts it back, and the order is sent since a card was added.
        let back = SceneDelta::between(Some(&after), &before);
        assert!(back.cards.upserted.iter().any(|c| c.element == ElementRef::Card(id.clone())));
        let runs = back.cards.order.expect("an order");
        assert_eq!(apply(&runs, &ids(&after.cards, |c| &c.element)).unwrap(), ids(&before.cards, |c| &c.element));
        assert!(runs.len() <= 3, "the kept stretches, the card put back between them: {runs:?}");
    }
}
