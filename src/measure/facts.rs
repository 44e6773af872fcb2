//! What every measure needs to know about each card, worked out once per measurement:
//! its stage and lane by position, its lane's kind, and which side of the lines it is on.
//! Cards are numbered in id order (the document's order), and a measure refers to them by
//! that number until it writes its result, which names them by id.

use crate::model::{Blueprint, Card, CardId, Connector, LaneKind};
use foldhash::{HashMap, HashMapExt};

/// One card's place, by position.
#[derive(Clone, Copy, Debug)]
pub struct Place {
    /// Position of its stage; `None` for a card whose stage does not exist.
    pub stage: Option<usize>,
    /// Position of its lane; `None` for a card whose lane does not exist.
    pub lane: Option<usize>,
    pub kind: Option<LaneKind>,
}

/// The document with its cards numbered and placed.
pub struct Facts<'a> {
    pub doc: &'a Blueprint,
    pub cards: Vec<&'a Card>,
    pub places: Vec<Place>,
    /// Card number by id.
    pub number: HashMap<&'a str, usize>,
    /// Every card in journey order, sorted once for all the measures.
    order: Vec<usize>,
    /// Each connector (in id order) with the numbers of its two ends, looked up once for
    /// all the measures; connectors with an end that does not exist are left out.
    pub links: Vec<(&'a Connector, usize, usize)>,
}

impl<'a> Facts<'a> {
    pub fn new(doc: &'a Blueprint) -> Facts<'a> {
        let mut lanes: HashMap<&str, (usize, LaneKind)> = HashMap::with_capacity(doc.lanes.len());
        for (i, l) in doc.lanes.iter().enumerate() {
            lanes.entry(l.id.as_str()).or_insert((i, l.kind));
        }
        let mut stages: HashMap<&str, usize> = HashMap::with_capacity(doc.stages.len());
        for (i, s) in doc.stages.iter().enumerate() {
            stages.entry(s.id.as_str()).or_insert(i);
        }
        let n = doc.cards.len();
        let (mut cards, mut places, mut number) =
            (Vec::with_capacity(n), Vec::with_capacity(n), HashMap::with_capacity(n));
        for (i, c) in doc.cards.values().enumerate() {
            let lane = lanes.get(c.lane.as_str()).copied();
            places.push(Place {
                stage: stages.get(c.stage.as_str()).copied(),
                lane: lane.map(|l| l.0),
                kind: lane.map(|l| l.1),
            });
            cards.push(c);
            number.insert(c.id.as_str(), i);
        }
        let order = journey_order(&places, &cards, doc.stages.len(), doc.lanes.len());
        let mut links = Vec::with_capacity(doc.connectors.len());
        for c in doc.connectors.values() {
            if let (Some(&a), Some(&b)) = (number.get(c.from.as_str()), number.get(c.to.as_str())) {
                links.push((c, a, b));
            }
        }
        Facts { doc, cards, places, number, order, links }
    }

    pub fn id(&self, i: usize) -> CardId {
        self.cards[i].id.clone()
    }

    /// A customer action: a card in a customer lane.
    pub fn is_customer(&self, i: usize) -> bool {
        self.places[i].kind == Some(LaneKind::Customer)
    }

    /// One of the customer's steps for time: a customer action, or a step marked as the
    /// customer waiting, in whatever lane it is drawn.
    pub fn is_customer_time(&self, i: usize) -> bool {
        self.is_customer(i) || self.cards[i].wait
    }

    /// Which side of a line at `boundary` the card's lane is on: `Some(true)` above,
    /// `Some(false)` below, `None` when there is no such line or the card has no lane.
    pub fn above_boundary(&self, i: usize, boundary: Option<usize>) -> Option<bool> {
        let boundary = boundary?;
        self.places[i].lane.map(|pos| pos < boundary)
    }

    /// Every card in journey order: stage by stage, lane by lane, top to bottom in a cell.
    /// Cards without a stage or lane come last, by id.
    pub fn in_journey_order(&self) -> &[usize] {
        &self.order
    }

    /// The cards `keep` keeps, in journey order.
    pub fn journey_order(&self, keep: impl Fn(usize) -> bool) -> Vec<usize> {
        self.order.iter().copied().filter(|&i| keep(i)).collect()
    }
}

/// Every card in journey order: by stage, then lane (those without come last), then
/// `order` in the cell, then id. The cards are first dealt into their cells, which costs
/// one pass, so only each cell's few cards are sorted: a sort of all of them was a third
/// of a measurement at 10,000 cards. A document with far more cells than cards (a
/// hostile file) is sorted whole instead.
fn journey_order(places: &[Place], cards: &[&Card], stages: usize, lanes: usize) -> Vec<usize> {
    let n = cards.len();
    let cells = (stages + 1).saturating_mul(lanes + 1);
    let cell = |p: &Place| p.stage.unwrap_or(stages) * (lanes + 1) + p.lane.unwrap_or(lanes);
    if cells > 4 * n + 1024 {
        let mut all: Vec<(usize, u32, usize)> = (0..n).map(|i| (cell(&places[i]), cards[i].order, i)).collect();
        all.sort_unstable();
        return all.into_iter().map(|k| k.2).collect();
    }
    // Where each cell's cards start, then deal them in.
    let mut start = vec![0usize; cells + 1];
    for p in places {
        start[cell(p) + 1] += 1;
    }
    for c in 0..cells {
        start[c + 1] += start[c];
    }
    let mut keys: Vec<(u32, usize)> = vec![(0, 0); n];
    let mut next = start.clone();
    for (i, p) in places.iter().enumerate() {
        let c = cell(p);
        keys[next[c]] = (cards[i].order, i);
        next[c] += 1;
    }
    for c in 0..cells {
        let cell_keys = &mut keys[start[c]..start[c + 1]];
        if cell_keys.len() > 1 {
            cell_keys.sort_unstable();
        }
    }
    keys.into_iter().map(|k| k.1).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::synthetic;

    /// Journey order by a plain sort of every card's key.
    fn sorted(f: &Facts) -> Vec<usize> {
        let mut keys: Vec<_> = (0..f.cards.len())
            .map(|i| {
                (f.places[i].stage.unwrap_or(usize::MAX), f.places[i].lane.unwrap_or(usize::MAX), f.cards[i].order, i)
            })
            .collect();
        keys.sort_unstable();
        keys.into_iter().map(|k| k.3).collect()
    }

    #[test]
    fn dealing_cards_into_cells_orders_them_as_a_sort_would() {
        let mut doc = synthetic(300);
        // Cards whose stage or lane does not exist come last; equal orders fall back to id.
        let ids: Vec<_> = doc.cards.keys().cloned().collect();
        for (k, id) in ids.iter().enumerate().step_by(7) {
            let c = doc.cards.get_mut(id).unwrap();
            match k % 3 {
                0 => c.stage = "gone".into(),
                1 => c.lane = "gone".into(),
                _ => c.order = 0,
            }
        }
        let f = Facts::new(&doc);
        assert_eq!(f.in_journey_order(), sorted(&f));
        // With far more cells than cards, the whole list is sorted instead: same order.
        assert_eq!(journey_order(&f.places, &f.cards, 1_000_000, doc.lanes.len()), sorted(&f));
    }
}
