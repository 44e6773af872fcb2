//! The change between the Scene a window last received and the current one. At 5,000
//! cards the whole Scene is megabytes of JSON to serialize, send, parse and compare card
//! by card; an edit usually moves a few cards, so only those cross the IPC boundary.

use frontstage::layout::{CardBox, ConnectorRoute, LaneBand, LineGeom, Scene, StageColumn, TitleBlock};
use frontstage::model::ElementRef;
use serde::Serialize;
use std::collections::HashMap;
use ts_rs::TS;

/// Cards or connectors that changed, keyed by their element's id.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct KeyedDelta<T: TS> {
    /// New or changed primitives, whole.
    pub upserted: Vec<T>,
    /// Ids of primitives no longer in the Scene.
    pub removed: Vec<String>,
    /// Every id in drawing order, only when the order is not the old one with the removed
    /// ids taken out (something was added or reordered).
    pub order: Option<Vec<String>>,
}

impl<T: TS> KeyedDelta<T> {
    pub fn is_empty(&self) -> bool {
        self.upserted.is_empty() && self.removed.is_empty() && self.order.is_none()
    }
}

/// What changed in the Scene; a part that is `None` did not change. The small parts
/// (size, title, stages, lanes, lines) are sent whole when they change.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct SceneDelta {
    pub width: Option<f32>,
    pub height: Option<f32>,
    pub title: Option<TitleBlock>,
    pub stages: Option<Vec<StageColumn>>,
    pub lanes: Option<Vec<LaneBand>>,
    pub lines: Option<Vec<LineGeom>>,
    pub cards: KeyedDelta<CardBox>,
    pub connectors: KeyedDelta<ConnectorRoute>,
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
            cards: keyed(old.map_or(&[][..], |o| &o.cards), &new.cards, |c| &c.element),
            connectors: keyed(old.map_or(&[][..], |o| &o.connectors), &new.connectors, |c| &c.element),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.width.is_none()
            && self.height.is_none()
            && self.title.is_none()
            && self.stages.is_none()
            && self.lanes.is_none()
            && self.lines.is_none()
            && self.cards.is_empty()
            && self.connectors.is_empty()
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

fn keyed<T: TS + Clone + PartialEq>(old: &[T], new: &[T], element: impl Fn(&T) -> &ElementRef) -> KeyedDelta<T> {
    let before: HashMap<&ElementRef, &T> = old.iter().map(|t| (element(t), t)).collect();
    let upserted = new.iter().filter(|t| before.get(element(t)) != Some(t)).cloned().collect();
    let after: HashMap<&ElementRef, ()> = new.iter().map(|t| (element(t), ())).collect();
    let removed: Vec<String> =
        old.iter().map(&element).filter(|e| !after.contains_key(e)).map(key_of).collect();
    // The old order minus the removed ids is what the UI keeps by itself.
    let kept = old.iter().map(&element).filter(|e| after.contains_key(e));
    let same_order = new.len() == old.len() - removed.len() && kept.eq(new.iter().map(&element));
    let order = (!same_order).then(|| new.iter().map(|t| key_of(element(t))).collect());
    KeyedDelta { upserted, removed, order }
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontstage::edit::{Command, Editor};
    use frontstage::layout::layout;

    fn ids<T>(items: &[T], element: impl Fn(&T) -> &ElementRef) -> Vec<String> {
        items.iter().map(|t| key_of(element(t))).collect()
    }

    #[test]
    fn no_change_is_an_empty_delta() {
        let scene = layout(&frontstage::generate::synthetic(40));
        let delta = SceneDelta::between(Some(&scene), &scene.clone());
        assert!(delta.is_empty(), "{delta:?}");
    }

    #[test]
    fn without_a_previous_scene_everything_is_sent() {
        let scene = layout(&frontstage::generate::synthetic(10));
        let d = SceneDelta::between(None, &scene);
        assert_eq!(d.width, Some(scene.width));
        assert_eq!(d.lanes.as_ref(), Some(&scene.lanes));
        assert_eq!(d.cards.upserted, scene.cards);
        assert_eq!(d.cards.order, Some(ids(&scene.cards, |c| &c.element)));
        assert!(d.cards.removed.is_empty());
    }

    #[test]
    fn moving_a_card_sends_only_what_moved() {
        let doc = frontstage::generate::synthetic(200);
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
        let cmd = Command::MoveCard { card: card.id.clone(), lane: card.lane.clone(), stage: card.stage.clone(), index: cell.len() - 1 };
        editor.execute(&cmd).unwrap();
        let after = layout(editor.doc());
        let d = SceneDelta::between(Some(&before), &after);

        // Exactly the cards whose primitive differs, the moved one among them, all in its cell.
        let changed: Vec<&CardBox> = after.cards.iter().filter(|c| !before.cards.contains(c)).collect();
        assert_eq!(d.cards.upserted.iter().collect::<Vec<_>>(), changed);
        assert!(d.cards.upserted.iter().any(|c| c.element == ElementRef::Card(card.id.clone())));
        assert!(d.cards.upserted.iter().all(|c| cell.contains(&c.element)), "{:?}", d.cards.upserted);
        assert!(d.cards.removed.is_empty());
        // Connectors: exactly those whose route changed. Arrows share gutter tracks, so an
        // arrow that does not touch the cell may be re-tracked; most keep their route.
        let changed: Vec<&ConnectorRoute> = after.connectors.iter().filter(|c| !before.connectors.contains(c)).collect();
        assert_eq!(d.connectors.upserted.iter().collect::<Vec<_>>(), changed);
        assert!(d.connectors.upserted.len() < after.connectors.len() / 4, "{} of {} arrows resent", d.connectors.upserted.len(), after.connectors.len());
        assert!(d.width.is_none() && d.stages.is_none() && d.lanes.is_none() && d.lines.is_none() && d.title.is_none());
    }

    #[test]
    fn deleting_a_card_removes_it_and_keeps_the_order_implicit() {
        let doc = frontstage::generate::synthetic(40);
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
        assert_eq!(back.cards.order, Some(ids(&before.cards, |c| &c.element)));
    }
}
