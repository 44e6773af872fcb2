//! # `unreachable-step`
//!
//! **Default severity:** warning
//!
//! **Checks.** Every customer action can be reached along the customer flow from where the
//! journey starts. The *customer flow* is the customer actions and the connectors between
//! two of them (one-way forward, two-way both ways; connectors through other lanes do not
//! count). The *entry* is the customer actions of the first stage that has any. The rule
//! only runs when the customer flow has at least one connector, so a blueprint whose
//! customer actions are not chained at all is left alone.
//!
//! **Why.** The customer actions are the spine of a blueprint: the customer's journey
//! step by step, left to right (Bitner, Ostrom & Morgan 2008; NN/g; Shostack 1984). A
//! customer action the journey never reaches is a step with a missing connector, or a
//! different scenario that belongs in its own blueprint (one blueprint, one scenario).
//!
//! **Correct.** "Enter" → "Order" → "Eat" → "Pay".
//!
//! **Incorrect.** "Enter" → "Order", "Eat" → "Pay": "Eat" and "Pay" are not reached.

use super::diagnostic::{quote, Out};
use super::flow::CustomerFlow;
use super::index::{Cx, NodeIx};
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{Card, ElementRef, Severity};
use petgraph::visit::Dfs;

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "unreachable-step",
        default_severity: Severity::Warning,
        summary: "Every customer action is reached along the customer flow from the first stage.",
        profile_overrides: &[],
    },
    check: Check::Flagged { find, describe },
};

fn find(cx: &Cx) -> Vec<NodeIx> {
    let flow = CustomerFlow::build(cx);
    if flow.connectors == 0 {
        return Vec::new();
    }
    let Some(first) = cx.ix.stage_customers.iter().find(|s| !s.is_empty()) else { return Vec::new() };
    let mut dfs = Dfs::empty(&flow.graph);
    for id in first {
        let Some(local) = cx.ix.node_of(id).and_then(|n| flow.local[n.index()]) else { continue };
        dfs.move_to(local);
        while dfs.next(&flow.graph).is_some() {}
    }
    flow.graph
        .node_indices()
        .filter(|l| !dfs.discovered.contains(l.index()))
        .map(|l| flow.graph[l])
        .collect()
}

fn describe(_cx: &Cx, card: &Card, out: &mut Out) {
    out.push(
        format!("Customer action {} is not reached from where the journey starts.", quote(&card.text)),
        vec![ElementRef::Card(card.id.clone())],
        "Connect it from the customer action before it; if it starts another journey, it belongs in its own blueprint.",
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, card, good, table, Doc};

    fn base() -> Doc {
        bitner(3)
            .card("u1", "cu", "s1", "Enter")
            .card("u2", "cu", "s2", "Order")
            .card("u3", "cu", "s3", "Eat")
            .card("u4", "cu", "s3", "Pay")
    }

    #[test]
    fn table_() {
        table(
            "unreachable-step",
            vec![
                ("good", good()),
                ("no customer flow", base().card("f", "fr", "s1", "Greet").arrow("a1", "u1", "f")),
                ("chain", base().arrow("a1", "u1", "u2").arrow("a2", "u2", "u3").arrow("a3", "u3", "u4")),
                ("two-way", base().arrow("a1", "u1", "u2").two_way("a2", "u3", "u2").arrow("a3", "u2", "u4")),
                (
                    "empty first stage: entry is the first stage with customer actions",
                    bitner(2).card("u2", "cu", "s2", "Order").card("u3", "cu", "s2", "Eat").arrow("a1", "u2", "u3"),
                ),
            ],
            vec![
                ("broken chain", base().arrow("a1", "u1", "u2").arrow("a2", "u3", "u4"), vec![card("u3"), card("u4")]),
                ("arrow into the entry", base().arrow("a1", "u2", "u1").arrow("a2", "u1", "u3").arrow("a3", "u1", "u4"), vec![card("u2")]),
            ],
        );
    }
}
