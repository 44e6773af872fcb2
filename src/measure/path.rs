//! The critical path: the longest path, in duration, through the one-way connectors from
//! a customer action to a customer action. Two-way connectors are agreements, not a
//! sequence, and are left out (as the `customer-flow-cycle` rule does). A loop among the
//! steps such a path could take would make it endless: the path is then refused, naming
//! the cards of the loop, rather than followed. A path that does not run from the first
//! stage with a customer action to the last one says so (`spans_journey`): the customer
//! actions are not all joined by arrows, and its total is not the journey's.

use super::facts::Facts;
use crate::model::{CardId, Direction};
use petgraph::algo::tarjan_scc;
use petgraph::graph::DiGraph;
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum CriticalPath {
    /// The blueprint has no customer action.
    NoCustomerAction,
    Path {
        /// The durations of its steps added up.
        seconds: u64,
        /// From the first customer action to the last.
        steps: Vec<CardId>,
        /// Its steps without a duration (counted as 0).
        untimed: Vec<CardId>,
        /// It starts in the first stage that has a customer action and ends in the last one.
        spans_journey: bool,
    },
    /// Connectors between these cards go round in a loop on the way between customer
    /// actions, so the longest path has no end.
    Cycle { cards: Vec<CardId> },
}

impl CriticalPath {
    /// The steps on the path; none when there is no path.
    pub fn steps(&self) -> &[CardId] {
        match self {
            CriticalPath::Path { steps, .. } => steps,
            _ => &[],
        }
    }
}

pub fn critical_path(f: &Facts) -> CriticalPath {
    let n = f.cards.len();
    let customers: Vec<usize> = (0..n).filter(|&i| f.is_customer(i)).collect();
    if customers.is_empty() {
        return CriticalPath::NoCustomerAction;
    }
    let edges: Vec<(usize, usize)> = f
        .links
        .iter()
        .filter(|(c, a, b)| c.direction == Direction::OneWay && a != b)
        .map(|&(_, a, b)| (a, b))
        .collect();
    let out = Adjacency::new(n, edges.iter().copied());
    let inc = Adjacency::new(n, edges.iter().map(|&(a, b)| (b, a)));
    // Only steps between two customer actions can be on the path.
    let from_customer = reach(&out, &customers);
    let to_customer = reach(&inc, &customers);
    let keep: Vec<bool> = (0..n).map(|i| from_customer[i] && to_customer[i]).collect();

    let mut indegree = vec![0u32; n];
    for &(a, b) in &edges {
        if keep[a] && keep[b] {
            indegree[b] += 1;
        }
    }
    let mut ready: Vec<usize> = (0..n).filter(|&i| keep[i] && indegree[i] == 0).collect();
    // Best (seconds, steps) of a path ending at each card, and the card before it.
    let mut best: Vec<(u64, u32)> = vec![(0, 0); n];
    let mut before: Vec<Option<usize>> = vec![None; n];
    let mut done = 0;
    while let Some(i) = ready.pop() {
        done += 1;
        let d = f.briefs[i].duration.map_or(0, u64::from);
        best[i] = (best[i].0 + d, best[i].1 + 1);
        for &j in out.of(i) {
            if !keep[j] {
                continue;
            }
            if best[i] > best[j] || (best[i] == best[j] && before[j].is_some_and(|b| i < b)) {
                best[j] = best[i];
                before[j] = Some(i);
            }
            indegree[j] -= 1;
            if indegree[j] == 0 {
                ready.push(j);
            }
        }
    }
    if done < keep.iter().filter(|k| **k).count() {
        return CriticalPath::Cycle { cards: cycle_cards(f, &keep, &indegree, &edges) };
    }
    // Customer actions connected to nothing are paths of one step.
    let Some(end) = customers.iter().copied().max_by(|&a, &b| best[a].cmp(&best[b]).then(b.cmp(&a))) else {
        return CriticalPath::NoCustomerAction;
    };
    let mut steps = vec![end];
    while let Some(p) = before[*steps.last().unwrap_or(&end)] {
        steps.push(p);
    }
    steps.reverse();
    let untimed = steps.iter().filter(|&&i| f.cards[i].duration_seconds.is_none()).map(|&i| f.id(i)).collect();
    let spans_journey = spans(f, &customers, steps.first().copied(), steps.last().copied());
    CriticalPath::Path {
        seconds: steps.iter().map(|&i| f.cards[i].duration_seconds.map_or(0, u64::from)).sum(),
        steps: steps.into_iter().map(|i| f.id(i)).collect(),
        untimed,
        spans_journey,
    }
}

/// Whether a path from card `from` to card `to` starts in the first stage that has one of
/// the `customers` and ends in the last such stage.
fn spans(f: &Facts, customers: &[usize], from: Option<usize>, to: Option<usize>) -> bool {
    let stage = |i: usize| f.places[i].stage;
    let first = customers.iter().filter_map(|&i| stage(i)).min();
    let last = customers.iter().filter_map(|&i| stage(i)).max();
    first.is_some() && from.and_then(stage) == first && to.and_then(stage) == last
}

/// `path`, kept from before an edit that did not change what the path itself reads, with
/// `spans_journey` for the document now (a customer action may have moved to another
/// stage, or the stages to another order): one pass over the cards, no path search.
pub fn respan(f: &Facts, path: CriticalPath) -> CriticalPath {
    match path {
        CriticalPath::Path { seconds, steps, untimed, .. } => {
            let customers: Vec<usize> = (0..f.cards.len()).filter(|&i| f.is_customer(i)).collect();
            let at = |c: Option<&CardId>| c.and_then(|c| f.number(c.as_str()));
            let spans_journey = spans(f, &customers, at(steps.first()), at(steps.last()));
            CriticalPath::Path { seconds, steps, untimed, spans_journey }
        }
        other => other,
    }
}

/// The cards of the loops left after the topological pass (those with edges still
/// unresolved), found as strongly connected groups; sorted by id.
fn cycle_cards(f: &Facts, keep: &[bool], indegree: &[u32], edges: &[(usize, usize)]) -> Vec<CardId> {
    let stuck = |i: usize| keep[i] && indegree[i] > 0;
    let mut g: DiGraph<usize, ()> = DiGraph::new();
    let mut local = vec![None; keep.len()];
    for i in (0..keep.len()).filter(|&i| stuck(i)) {
        local[i] = Some(g.add_node(i));
    }
    for &(a, b) in edges {
        if let (Some(la), Some(lb)) = (local[a], local[b]) {
            g.add_edge(la, lb, ());
        }
    }
    let mut cards: Vec<CardId> =
        tarjan_scc(&g).into_iter().filter(|scc| scc.len() > 1).flatten().map(|n| f.id(g[n])).collect();
    cards.sort();
    cards
}

/// Which cards can be reached from `starts` along `adj`.
fn reach(adj: &Adjacency, starts: &[usize]) -> Vec<bool> {
    let mut seen = vec![false; adj.len()];
    let mut stack: Vec<usize> = starts.to_vec();
    for &s in starts {
        seen[s] = true;
    }
    while let Some(i) = stack.pop() {
        for &j in adj.of(i) {
            if !seen[j] {
                seen[j] = true;
                stack.push(j);
            }
        }
    }
    seen
}

/// Neighbours of each card in one flat list (compressed rows): no allocation per card.
struct Adjacency {
    start: Vec<usize>,
    targets: Vec<usize>,
}

impl Adjacency {
    fn new(n: usize, edges: impl Iterator<Item = (usize, usize)> + Clone) -> Adjacency {
        let mut start = vec![0usize; n + 1];
        for (a, _) in edges.clone() {
            start[a + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut targets = vec![0usize; start[n]];
        for (a, b) in edges {
            targets[fill[a]] = b;
            fill[a] += 1;
        }
        Adjacency { start, targets }
    }

    fn len(&self) -> usize {
        self.start.len() - 1
    }

    fn of(&self, i: usize) -> &[usize] {
        &self.targets[self.start[i]..self.start[i + 1]]
    }
}
