//! # `customer-flow-cycle`
//!
//! **Default severity:** warning
//!
//! **Checks.** The customer flow has no cycle. The *customer flow* is the customer actions
//! and the one-way connectors between two different customer actions (two-way
//! connectors are agreements, not a sequence, and are left out). One diagnostic per
//! cycle (strongly connected group of customer actions), naming its actions.
//!
//! **Why.** The customer actions are the customer's journey in time, left to right
//! (Bitner, Ostrom & Morgan 2008; Shostack 1984). A loop means the customer repeats
//! steps: sometimes intended (a retry), often a connector drawn the wrong way.
//!
//! **Correct.** "Order" → "Eat" → "Pay".
//!
//! **Incorrect.** "Order" → "Eat" → "Order".

use super::diagnostic::Out;
use super::flow::CustomerFlow;
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo, Reads};
use crate::model::{CardId, ElementRef, Language, Severity};
use petgraph::algo::tarjan_scc;
use petgraph::visit::EdgeFiltered;

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "customer-flow-cycle",
        default_severity: Severity::Warning,
        summary: "The customer actions do not form a loop.",
        summary_zh: "客户行为不构成循环。",
        profile_overrides: &[],
    },
    check: Check::Document(check, Reads::Flow),
};

fn check(cx: &Cx, out: &mut Out) {
    let flow = CustomerFlow::build(cx);
    if flow.connectors == 0 {
        return;
    }
    let one_way = EdgeFiltered::from_fn(&flow.graph, |e| !*e.weight());
    let mut cycles: Vec<Vec<&CardId>> = tarjan_scc(&one_way)
        .into_iter()
        .filter(|scc| scc.len() > 1)
        .map(|scc| {
            let mut ids: Vec<&CardId> = scc.into_iter().map(|l| &cx.ix.graph[flow.graph[l]].id).collect();
            ids.sort();
            ids
        })
        .collect();
    // The graph's node order depends on the edit history; report in id order.
    cycles.sort();
    for ids in cycles {
        let actions = cx.quote_list(ids.iter().map(|id| cx.card_text(id)), 4);
        out.push(
            match cx.lang {
                Language::English => format!("The customer actions {actions} form a loop."),
                Language::SimplifiedChinese => format!("客户行为{actions}构成了一个循环。"),
            },
            ids.iter().map(|id| ElementRef::Card((*id).clone())).collect(),
            cx.lang.pick(
                "Fine for an intended retry; otherwise reverse or remove the connector that leads back.",
                "有意安排的重试可以如此；否则请反转或删除指回去的那条连接线。",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, card, good, table, Doc};

    fn base() -> Doc {
        bitner(2).card("u1", "cu", "s1", "Order").card("u2", "cu", "s1", "Eat").card("u3", "cu", "s2", "Pay").card("f", "fr", "s1", "Serve")
    }

    #[test]
    fn table_() {
        table(
            "customer-flow-cycle",
            vec![
                ("good", good()),
                ("chain", base().arrow("a1", "u1", "u2").arrow("a2", "u2", "u3")),
                ("two-way is not a loop", base().two_way("a1", "u1", "u2")),
                ("loop through frontstage is not the customer flow", base().arrow("a1", "u1", "f").arrow("a2", "f", "u1")),
                ("self connector is left to connector-ends", base().arrow("a1", "u1", "u1")),
            ],
            vec![
                ("loop back", base().arrow("a1", "u1", "u2").arrow("a2", "u2", "u1"), vec![card("u1")]),
                (
                    "two loops",
                    base().arrow("a1", "u1", "u2").arrow("a2", "u2", "u1").arrow("a3", "u3", "u3").edit(|b| {
                        b.cards.insert("u4".into(), crate::model::Card::new("u4", "cu", "s2", "Leave"));
                        b.cards.get_mut("u4").unwrap().order = 1;
                    })
                    .arrow("a4", "u3", "u4")
                    .arrow("a5", "u4", "u3"),
                    vec![card("u1"), card("u3")],
                ),
            ],
        );
    }
}
