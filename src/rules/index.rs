//! The checker's index of a document: built once per full check and kept up to date
//! edit by edit, so rules never scan the document per card.
//!
//! Cards and connectors form a `petgraph` stable graph (node = card id, edge =
//! connector) whose indices stay valid while cards and connectors come and go; they are
//! private to the checker. A node whose card does not exist (a dangling connector end,
//! or a deleted card) has no facts. Maps use foldhash: ids are hashed tens of thousands of
//! times per full check, and SipHash's protection against crafted keys buys nothing here.

use super::diagnostic::{quote_in, quote_list_in, Quoted};
use crate::model::{
    Blueprint, Card, CardId, Connector, ConnectorId, Direction, LaneId, LaneKind, Language, LineKind, StageId,
};
use foldhash::HashMap;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::Direction as Dir;
use std::collections::BTreeSet;

pub(crate) type NodeIx = NodeIndex<u32>;

/// Where the lanes, stages and lines are.
pub(crate) struct Structure {
    lanes: HashMap<LaneId, (usize, LaneKind)>,
    stages: HashMap<StageId, usize>,
    /// Boundary of each line kind present, by rank.
    lines: [Option<usize>; 5],
}

impl Structure {
    fn of(doc: &Blueprint) -> Structure {
        let mut lines = [None; 5];
        for l in &doc.lines {
            // First one wins when an unvalidated document repeats a kind.
            lines[l.kind.rank()].get_or_insert(l.boundary);
        }
        Structure {
            lanes: doc.lanes.iter().enumerate().map(|(i, l)| (l.id.clone(), (i, l.kind))).collect(),
            stages: doc.stages.iter().enumerate().map(|(i, s)| (s.id.clone(), i)).collect(),
            lines,
        }
    }

    /// Boundary of a line, if the document has it.
    pub(crate) fn line(&self, kind: LineKind) -> Option<usize> {
        self.lines[kind.rank()]
    }

    /// Whether the lane at `pos` lies below the line `kind` (false when there is no such line).
    pub(crate) fn below(&self, pos: usize, kind: LineKind) -> bool {
        self.line(kind).is_some_and(|b| pos >= b)
    }

    /// Whether the lane at `pos` lies above the line `kind` (false when there is no such line).
    pub(crate) fn above(&self, pos: usize, kind: LineKind) -> bool {
        self.line(kind).is_some_and(|b| pos < b)
    }

    fn facts(&self, card: &Card) -> Facts {
        let lane = self.lanes.get(&card.lane).copied();
        Facts {
            lane: lane.map(|l| l.0),
            kind: lane.map(|l| l.1),
            stage: self.stages.get(&card.stage).copied(),
            timed: card.duration_seconds.zip(card.tolerance_seconds),
        }
    }
}

/// What the rules need to know about a card without looking at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Facts {
    /// Position of its lane, if the lane exists.
    pub lane: Option<usize>,
    pub kind: Option<LaneKind>,
    /// Index of its stage, if the stage exists.
    pub stage: Option<usize>,
    /// Duration and tolerance, when both are set.
    pub timed: Option<(u32, u32)>,
}

pub(crate) struct Node {
    pub id: CardId,
    pub facts: Option<Facts>,
}

pub(crate) struct Edge {
    pub id: ConnectorId,
    pub two_way: bool,
}

/// Totals of the customer's timed steps (cards with both a duration and a tolerance).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct TimeTotals {
    pub duration: u64,
    pub tolerance: u64,
    pub steps: u32,
}

pub(crate) struct Index {
    pub structure: Structure,
    pub graph: StableDiGraph<Node, Edge>,
    nodes: HashMap<CardId, NodeIx>,
    edges: HashMap<ConnectorId, EdgeIndex>,
    /// Customer actions per stage index.
    pub stage_customers: Vec<BTreeSet<CardId>>,
    /// Number of evidence cards per stage index.
    pub stage_evidence: Vec<u32>,
    /// Number of cards per stage index, in any lane.
    pub stage_cards: Vec<u32>,
    pub customer_count: usize,
    pub time: TimeTotals,
}

impl Index {
    pub(crate) fn build(doc: &Blueprint) -> Index {
        let mut ix = Index {
            structure: Structure::of(doc),
            graph: StableDiGraph::with_capacity(doc.cards.len(), doc.connectors.len()),
            nodes: HashMap::with_capacity_and_hasher(doc.cards.len(), Default::default()),
            edges: HashMap::with_capacity_and_hasher(doc.connectors.len(), Default::default()),
            stage_customers: vec![BTreeSet::new(); doc.stages.len()],
            stage_evidence: vec![0; doc.stages.len()],
            stage_cards: vec![0; doc.stages.len()],
            customer_count: 0,
            time: TimeTotals::default(),
        };
        for (id, card) in &doc.cards {
            let n = ix.node(id);
            ix.set_card(n, Some(card));
        }
        for (id, c) in &doc.connectors {
            ix.add_connector(id, c);
        }
        ix
    }

    /// The node of a card id, created when first seen.
    pub(crate) fn node(&mut self, id: &CardId) -> NodeIx {
        if let Some(n) = self.nodes.get(id) {
            return *n;
        }
        let n = self.graph.add_node(Node { id: id.clone(), facts: None });
        self.nodes.insert(id.clone(), n);
        n
    }

    pub(crate) fn node_of(&self, id: &CardId) -> Option<NodeIx> {
        self.nodes.get(id).copied()
    }

    /// Facts of an existing card.
    pub(crate) fn facts_of(&self, id: &CardId) -> Option<Facts> {
        self.node_of(id).and_then(|n| self.graph[n].facts)
    }

    /// Replace what the index knows of the card at `n` with `card` (or its absence).
    /// Returns the stage indices it left and entered.
    pub(crate) fn set_card(&mut self, n: NodeIx, card: Option<&Card>) -> [Option<usize>; 2] {
        let old = self.graph[n].facts.take();
        if let Some(f) = old {
            self.count(n, f, false);
        }
        let new = card.map(|c| self.structure.facts(c));
        if let Some(f) = new {
            self.count(n, f, true);
        }
        self.graph[n].facts = new;
        [old.and_then(|f| f.stage), new.and_then(|f| f.stage)]
    }

    fn count(&mut self, n: NodeIx, f: Facts, add: bool) {
        if let Some(s) = f.stage {
            self.stage_cards[s] = if add { self.stage_cards[s] + 1 } else { self.stage_cards[s] - 1 };
        }
        match f.kind {
            Some(LaneKind::Customer) => {
                self.customer_count = if add { self.customer_count + 1 } else { self.customer_count - 1 };
                if let Some(s) = f.stage {
                    let id = &self.graph[n].id;
                    if add {
                        self.stage_customers[s].insert(id.clone());
                    } else {
                        self.stage_customers[s].remove(id);
                    }
                }
                if let Some((d, t)) = f.timed {
                    let t_ = &mut self.time;
                    if add {
                        t_.duration += u64::from(d);
                        t_.tolerance += u64::from(t);
                        t_.steps += 1;
                    } else {
                        t_.duration -= u64::from(d);
                        t_.tolerance -= u64::from(t);
                        t_.steps -= 1;
                    }
                }
            }
            Some(LaneKind::Evidence) => {
                if let Some(s) = f.stage {
                    if add {
                        self.stage_evidence[s] += 1;
                    } else {
                        self.stage_evidence[s] -= 1;
                    }
                }
            }
            _ => {}
        }
    }

    pub(crate) fn add_connector(&mut self, id: &ConnectorId, c: &Connector) -> [NodeIx; 2] {
        let a = self.node(&c.from);
        let b = self.node(&c.to);
        let e = self.graph.add_edge(a, b, Edge { id: id.clone(), two_way: c.direction == Direction::TwoWay });
        self.edges.insert(id.clone(), e);
        [a, b]
    }

    /// Remove a connector; returns the nodes it joined.
    pub(crate) fn remove_connector(&mut self, id: &ConnectorId) -> Option<[NodeIx; 2]> {
        let e = self.edges.remove(id)?;
        let ends = self.graph.edge_endpoints(e)?;
        self.graph.remove_edge(e);
        Some([ends.0, ends.1])
    }

    /// Ids of the connectors touching a node, either end.
    pub(crate) fn connectors_at(&self, n: NodeIx) -> impl Iterator<Item = &ConnectorId> + '_ {
        self.graph
            .edges_directed(n, Dir::Outgoing)
            .chain(self.graph.edges_directed(n, Dir::Incoming))
            .map(|e| &e.weight().id)
    }

    /// Whether any connector touches the node.
    pub(crate) fn is_connected(&self, n: NodeIx) -> bool {
        self.graph.neighbors_undirected(n).next().is_some()
    }
}

/// What a rule sees: the document and the checker's index of it.
pub(crate) struct Cx<'a> {
    pub doc: &'a Blueprint,
    pub ix: &'a Index,
    /// The language messages and hints are written in.
    pub lang: Language,
}

impl Cx<'_> {
    /// A user's text quoted for a message in the checker's language.
    pub(crate) fn quote<'t>(&self, text: &'t str) -> Quoted<'t> {
        quote_in(text, self.lang)
    }

    /// Up to `max` quoted texts in the checker's language, with how many more after.
    pub(crate) fn quote_list<'t>(&self, texts: impl IntoIterator<Item = &'t str>, max: usize) -> String {
        quote_list_in(texts, max, self.lang)
    }

    pub(crate) fn structure(&self) -> &Structure {
        &self.ix.structure
    }

    /// Facts of an existing card.
    pub(crate) fn facts(&self, id: &CardId) -> Option<Facts> {
        self.ix.facts_of(id)
    }

    /// The text of a card, or its id when the card is missing.
    pub(crate) fn card_text<'b>(&'b self, id: &'b CardId) -> &'b str {
        self.doc.cards.get(id).map_or(id.as_str(), |c| c.text.as_str())
    }

    /// Display name of the stage at an index.
    pub(crate) fn stage_name(&self, i: usize) -> &str {
        self.doc.stages.get(i).map_or("", |s| s.name.as_str())
    }

    /// Display name of the lane at a position.
    pub(crate) fn lane_name(&self, pos: usize) -> &str {
        self.doc.lanes.get(pos).map_or("", |l| l.name.as_str())
    }

    /// Existing cards at nodes, with their node.
    pub(crate) fn cards_of_kind(&self, kind: LaneKind) -> impl Iterator<Item = NodeIx> + '_ {
        self.ix.graph.node_indices().filter(move |n| self.ix.graph[*n].facts.is_some_and(|f| f.kind == Some(kind)))
    }
}

/// A connector with its two ends resolved once, shared by every connector rule.
pub(crate) struct Link<'a> {
    pub c: &'a Connector,
    pub from: NodeIx,
    pub to: NodeIx,
    /// Facts of the end cards; `None` for a missing card.
    pub from_facts: Option<Facts>,
    pub to_facts: Option<Facts>,
}

impl<'a> Link<'a> {
    /// The directions the connector hands off in: from → to, and to → from as well when
    /// it is two-way. Only when both cards exist.
    pub(crate) fn hand_offs(&self) -> impl Iterator<Item = ((&'a CardId, Facts), (&'a CardId, Facts))> {
        let c = self.c;
        let both = self.from_facts.zip(self.to_facts);
        let forward = both.map(|(fa, fb)| ((&c.from, fa), (&c.to, fb)));
        let back =
            if c.direction == Direction::TwoWay { both.map(|(fa, fb)| ((&c.to, fb), (&c.from, fa))) } else { None };
        forward.into_iter().chain(back)
    }
}

impl Index {
    /// A connector of the document (under its key `id`) with its ends resolved.
    pub(crate) fn link<'a>(&self, id: &ConnectorId, c: &'a Connector) -> Option<Link<'a>> {
        let (from, to) = self.graph.edge_endpoints(*self.edges.get(id)?)?;
        Some(Link { c, from, to, from_facts: self.graph[from].facts, to_facts: self.graph[to].facts })
    }
}
