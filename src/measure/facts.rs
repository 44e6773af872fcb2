//! What every measure needs to know about each card, worked out once per measurement:
//! its stage and lane by position, its lane's kind, and which side of the lines it is on.
//! Cards are numbered in id order (the document's order), and a measure refers to them by
//! that number until it writes its result, which names them by id.
//!
//! What is looked up by id (each card's place, each connector's ends) is an [`Index`],
//! which a caller holding the document across edits can keep: a move then costs one
//! lookup for the card moved instead of one per card and connector (docs/performance.md,
//! "Measures").

use crate::model::{Blueprint, Card, CardId, Channel, Connector, LaneKind};
use foldhash::{HashMap, HashMapExt};

/// One card's place, by position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    /// Position of its stage; `None` for a card whose stage does not exist.
    pub stage: Option<usize>,
    /// Position of its lane; `None` for a card whose lane does not exist.
    pub lane: Option<usize>,
    pub kind: Option<LaneKind>,
}

/// Each card's place and each connector's ends by card number: everything the measures
/// look up by id. Valid for a document while no card or connector is added or removed, no
/// connector's ends change and no lane or stage changes; a card moved to another lane or
/// stage is noted with [`Index::moved`] and placed again at the next measurement.
#[derive(Clone, Debug, PartialEq)]
pub struct Index {
    /// By card number (id order).
    places: Vec<Place>,
    /// Each connector's ends by card number, in connector id order; `None` when an end
    /// does not exist.
    ends: Vec<Option<(usize, usize)>>,
    /// Cards whose lane or stage changed since they were placed.
    moved: Vec<CardId>,
}

impl Index {
    pub fn new(doc: &Blueprint) -> Index {
        let mut lanes: HashMap<&str, (usize, LaneKind)> = HashMap::with_capacity(doc.lanes.len());
        for (i, l) in doc.lanes.iter().enumerate() {
            lanes.entry(l.id.as_str()).or_insert((i, l.kind));
        }
        let mut stages: HashMap<&str, usize> = HashMap::with_capacity(doc.stages.len());
        for (i, s) in doc.stages.iter().enumerate() {
            stages.entry(s.id.as_str()).or_insert(i);
        }
        let n = doc.cards.len();
        let (mut places, mut number) = (Vec::with_capacity(n), HashMap::with_capacity(n));
        for (i, c) in doc.cards.values().enumerate() {
            let lane = lanes.get(c.lane.as_str()).copied();
            places.push(Place {
                stage: stages.get(c.stage.as_str()).copied(),
                lane: lane.map(|l| l.0),
                kind: lane.map(|l| l.1),
            });
            number.insert(c.id.as_str(), i);
        }
        let ends = doc
            .connectors
            .values()
            .map(|c| Some((*number.get(c.from.as_str())?, *number.get(c.to.as_str())?)))
            .collect();
        Index { places, ends, moved: Vec::new() }
    }

    /// Note that `card` may now be in another lane or stage.
    pub fn moved(&mut self, card: &CardId) {
        self.moved.push(card.clone());
    }

    /// How many cards are noted as moved and not yet placed again.
    pub fn pending(&self) -> usize {
        self.moved.len()
    }

    /// Place again the cards noted as moved, in `doc` as it is now; `cards` are its cards
    /// in id order.
    fn refresh(&mut self, doc: &Blueprint, cards: &[&Card]) {
        for id in std::mem::take(&mut self.moved) {
            let Ok(i) = cards.binary_search_by(|c| c.id.as_str().cmp(id.as_str())) else { continue };
            let c = cards[i];
            // The first lane or stage of an id, as `new` keeps it.
            let lane = doc.lanes.iter().position(|l| l.id == c.lane);
            self.places[i] = Place {
                stage: doc.stages.iter().position(|s| s.id == c.stage),
                lane,
                kind: lane.map(|l| doc.lanes[l].kind),
            };
        }
    }
}

/// Every card's number in journey order: by stage, then lane (a card without one after
/// those with one), then order, then number. Counted into its cell first, then sorted by
/// order within the cell: a layout measures on every move of a drag, and a sort of all the
/// cards by four keys was a third of the measures it draws.
fn journey_order(places: &[Place], cards: &[&Card], n_stages: usize, n_lanes: usize) -> Vec<usize> {
    let lanes = n_lanes + 1;
    let cells = (n_stages + 1).saturating_mul(lanes);
    if cells > 4 * places.len() + 64 {
        // Far more cells than cards (many stages and many lanes): sorted instead, with the
        // keys side by side so the sort reads no card.
        let mut keys: Vec<(usize, usize, u32, usize)> = (0..places.len())
            .map(|i| (places[i].stage.unwrap_or(usize::MAX), places[i].lane.unwrap_or(usize::MAX), cards[i].order, i))
            .collect();
        keys.sort_unstable();
        return keys.into_iter().map(|k| k.3).collect();
    }
    let cell = |p: &Place| p.stage.unwrap_or(n_stages) * lanes + p.lane.unwrap_or(n_lanes);
    let mut start = vec![0usize; cells + 1];
    for p in places {
        start[cell(p) + 1] += 1;
    }
    for c in 1..start.len() {
        start[c] += start[c - 1];
    }
    let mut order = vec![0usize; places.len()];
    let mut next = start.clone();
    for (i, p) in places.iter().enumerate() {
        let c = cell(p);
        order[next[c]] = i;
        next[c] += 1;
    }
    // Numbers come in ascending order into each cell, so a stable sort by order keeps them
    // so among equal orders.
    for w in start.windows(2) {
        if w[1] - w[0] > 1 {
            order[w[0]..w[1]].sort_by_key(|&i| cards[i].order);
        }
    }
    order
}

/// What the measures' passes over every card ask of it, side by side: a pass that
/// keeps a few cards reads this, not each card (ten thousand cards are megabytes apart).
#[derive(Clone, Copy, Debug, Default)]
pub struct Brief {
    pub duration: Option<u32>,
    pub tolerance: Option<u32>,
    pub emotion: Option<i8>,
    pub channel: Option<Channel>,
    pub wait: bool,
    pub fail_point: bool,
    /// Whether its owner is more than blanks.
    pub owner: bool,
}

impl Brief {
    fn of(c: &Card) -> Brief {
        Brief {
            duration: c.duration_seconds,
            tolerance: c.tolerance_seconds,
            emotion: c.emotion,
            channel: c.channel,
            wait: c.wait,
            fail_point: c.fail_point.is_some(),
            owner: !c.owner.trim().is_empty(),
        }
    }
}

/// The document with its cards numbered and placed.
pub struct Facts<'a> {
    pub doc: &'a Blueprint,
    /// By number: in id order.
    pub cards: Vec<&'a Card>,
    /// By number.
    pub briefs: Vec<Brief>,
    pub places: &'a [Place],
    /// Every card in journey order, sorted once for all the measures.
    order: Vec<usize>,
    /// Each connector (in id order) with the numbers of its two ends; connectors with an
    /// end that does not exist are left out.
    pub links: Vec<(&'a Connector, usize, usize)>,
}

/// `measure` given the facts of `doc`, its index worked out afresh.
pub fn of<R>(doc: &Blueprint, measure: impl FnOnce(&Facts) -> R) -> R {
    let index = Index::new(doc);
    measure(&Facts::new(doc, doc.cards.values().collect(), &index))
}

/// `measure` given the facts of `doc`, with `index` kept from before the edits since (see
/// [`Index`]).
pub fn kept<R>(doc: &Blueprint, index: &mut Index, measure: impl FnOnce(&Facts) -> R) -> R {
    let cards: Vec<&Card> = doc.cards.values().collect();
    if index.places.len() != cards.len() || index.ends.len() != doc.connectors.len() {
        // Not this document's (a holder missed an edit): worked out again rather than
        // read out of bounds. Debug builds say so below.
        debug_assert!(false, "a kept index for another set of cards or connectors");
        *index = Index::new(doc);
    }
    index.refresh(doc, &cards);
    debug_assert!(*index == Index::new(doc), "a kept index that is not the document's");
    measure(&Facts::new(doc, cards, index))
}

impl<'a> Facts<'a> {
    fn new(doc: &'a Blueprint, cards: Vec<&'a Card>, index: &'a Index) -> Facts<'a> {
        let places = index.places.as_slice();
        let order = journey_order(places, &cards, doc.stages.len(), doc.lanes.len());
        let links =
            doc.connectors.values().zip(&index.ends).filter_map(|(c, ends)| ends.map(|(a, b)| (c, a, b))).collect();
        let briefs = cards.iter().map(|c| Brief::of(c)).collect();
        Facts { doc, cards, briefs, places, order, links }
    }

    /// The number of the card `id`.
    pub fn number(&self, id: &str) -> Option<usize> {
        self.cards.binary_search_by(|c| c.id.as_str().cmp(id)).ok()
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
        self.is_customer(i) || self.briefs[i].wait
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
        of(&doc, |f| {
            assert_eq!(f.in_journey_order(), sorted(f));
            // With far more cells than cards, the whole list is sorted instead: same order.
            assert_eq!(journey_order(f.places, &f.cards, 1_000_000, doc.lanes.len()), sorted(f));
        });
    }

    /// Counted into cells or sorted, the journey order is the same.
    #[test]
    fn journey_order_counts_and_sorts_alike() {
        let mut doc = crate::generate::synthetic(300);
        // Cards in no stage or no lane, and equal orders, come where the sort puts them.
        let ids: Vec<CardId> = doc.cards.keys().take(6).cloned().collect();
        doc.cards.get_mut(&ids[0]).unwrap().stage = "nowhere".into();
        doc.cards.get_mut(&ids[1]).unwrap().lane = "nowhere".into();
        doc.cards.get_mut(&ids[2]).unwrap().order = 0;
        let index = Index::new(&doc);
        let f = Facts::new(&doc, doc.cards.values().collect(), &index);
        let (stages, lanes) = (doc.stages.len(), doc.lanes.len());
        let counted = journey_order(f.places, &f.cards, stages, lanes);
        // As many stages as it takes for the cells to outnumber the cards.
        let sorted = journey_order(f.places, &f.cards, stages + 10_000, lanes);
        assert_eq!(counted, sorted);
        assert_eq!(counted.len(), doc.cards.len());
        let key = |i: usize| (f.places[i].stage.unwrap_or(usize::MAX), f.places[i].lane.unwrap_or(usize::MAX));
        assert!(counted.windows(2).all(|w| key(w[0]) <= key(w[1])));
    }
}
