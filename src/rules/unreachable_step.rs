//! # `unreachable-step`
//!
//! **Default severity:** warning
//!
//! **Checks.** Every customer action can be reached over connectors from where the journey
//! starts. The journey may pass through any lane — the guest orders, the waiter takes the
//! order, the waiter brings the food, the guest eats — so every connector counts (one-way
//! forward, two-way both ways). The *entry* is the customer actions of the first stage
//! that has any. The rule only runs when at least one connector touches a customer
//! action, so a blueprint whose steps are not wired at all is left alone.
//!
//! **Why.** The customer actions are the spine of a blueprint: the customer's journey
//! step by step, left to right (Bitner, Ostrom & Morgan 2008; NN/g; Shostack 1984). A
//! customer action the journey never reaches is a step with a missing connector, or a
//! different scenario that belongs in its own blueprint (one blueprint, one scenario).
//!
//! **Correct.** "Enter" → "Order" → "Eat" → "Pay"; or "Order" → waiter "Serve" → "Eat".
//!
//! **Incorrect.** "Enter" → "Order", "Eat" → "Pay": "Eat" and "Pay" are not reached.

use super::diagnostic::Out;
use super::flow::reachable;
use super::index::{Cx, NodeIx};
use super::rule::{Check, Rule, RuleInfo, Reads};
use crate::model::{Card, ElementRef, Language, LaneKind, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "unreachable-step",
        default_severity: Severity::Warning,
        summary: "Every customer action is reached along the customer flow from the first stage.",
        summary_zh: "从第一个阶段沿客户流程可以到达每个客户行为。",
        profile_overrides: &[],
    },
    check: Check::Flagged { find, describe, reads: Reads::FlowAndStages },
};

fn find(cx: &Cx) -> Vec<NodeIx> {
    let customers: Vec<NodeIx> = cx.cards_of_kind(LaneKind::Customer).collect();
    if !customers.iter().any(|n| cx.ix.is_connected(*n)) {
        return Vec::new();
    }
    let Some(first) = cx.ix.stage_customers.iter().find(|s| !s.is_empty()) else { return Vec::new() };
    let entry = first.iter().filter_map(|id| cx.ix.node_of(id));
    let seen = reachable(cx, entry, |_| true);
    customers.into_iter().filter(|n| !seen[n.index()]).collect()
}

fn describe(cx: &Cx, card: &Card, out: &mut Out) {
    out.push(
        match cx.lang {
            Language::English => format!("Customer action {} is not reached from where the journey starts.", cx.quote(&card.text)),
            Language::SimplifiedChinese => format!("从旅程的起点到不了客户行为{}。", cx.quote(&card.text)),
        },
        vec![ElementRef::Card(card.id.clone())],
        cx.lang.pick(
            "Connect it from the customer action before it; if it starts another journey, it belongs in its own blueprint.",
            "请从它前面的客户行为连一条线过来；如果它开启的是另一段旅程，应放进单独的蓝图。",
        ),
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
                ("no connectors at all", base()),
                (
                    "through staff",
                    base()
                        .card("f", "fr", "s2", "Take order")
                        .arrow("a1", "u1", "u2")
                        .arrow("a2", "u2", "f")
                        .arrow("a3", "f", "u3")
                        .arrow("a4", "u3", "u4"),
                ),
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
                (
                    "staff path does not come from the entry",
                    base().card("f", "fr", "s2", "Greet").arrow("a1", "u1", "u2").arrow("a2", "f", "u3"),
                    vec![card("u3"), card("u4")],
                ),
            ],
        );
    }
}
