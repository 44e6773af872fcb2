//! Graph views for the flow rules, built on demand with `petgraph` from the checker's
//! index. Their indices stay inside this module's callers; diagnostics carry model ids.

use super::index::{Cx, NodeIx};
use crate::model::LaneKind;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::{EdgeRef, NodeIndexable};
use petgraph::Direction as Dir;

/// Which nodes can be reached from `starts` over connectors: one-way connectors forward,
/// two-way connectors both ways.
pub(crate) fn reachable(cx: &Cx, starts: impl IntoIterator<Item = NodeIx>, keep: impl Fn(NodeIx) -> bool) -> Vec<bool> {
    let g = &cx.ix.graph;
    let mut seen = vec![false; g.node_bound()];
    let mut stack: Vec<NodeIx> = Vec::new();
    for s in starts {
        if !seen[s.index()] {
            seen[s.index()] = true;
            stack.push(s);
        }
    }
    while let Some(n) = stack.pop() {
        let forward = g.edges_directed(n, Dir::Outgoing).map(|e| e.target());
        let back = g.edges_directed(n, Dir::Incoming).filter(|e| e.weight().two_way).map(|e| e.source());
        for m in forward.chain(back) {
            if !seen[m.index()] && keep(m) {
                seen[m.index()] = true;
                stack.push(m);
            }
        }
    }
    seen
}

/// The customer flow: the customer actions and the connectors between two different
/// customer actions.
pub(crate) struct CustomerFlow {
    /// Node weight: the card's node in the checker's index. Edge weight: whether the
    /// edge comes from a two-way connector (added in both directions).
    pub graph: DiGraph<NodeIx, bool>,
    /// Number of connectors in the flow (self connectors are left out).
    pub connectors: usize,
}

impl CustomerFlow {
    pub(crate) fn build(cx: &Cx) -> CustomerFlow {
        let g = &cx.ix.graph;
        let mut local: Vec<Option<NodeIndex>> = vec![None; g.node_bound()];
        let mut graph = DiGraph::with_capacity(cx.ix.customer_count, 0);
        // Node index order, not id order: callers sort what they report.
        for n in cx.cards_of_kind(LaneKind::Customer) {
            local[n.index()] = Some(graph.add_node(n));
        }
        let mut connectors = 0;
        for e in g.edge_indices() {
            let Some((a, b)) = g.edge_endpoints(e) else { continue };
            if a == b {
                continue;
            }
            if let (Some(la), Some(lb)) = (local[a.index()], local[b.index()]) {
                let two_way = g[e].two_way;
                graph.add_edge(la, lb, two_way);
                if two_way {
                    graph.add_edge(lb, la, true);
                }
                connectors += 1;
            }
        }
        CustomerFlow { graph, connectors }
    }
}
