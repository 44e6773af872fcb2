//! # `orphan-frontstage`
//!
//! **Default severity:** warning
//!
//! **Checks.** Every frontstage action can be reached from some customer action by
//! following connectors: one-way connectors forward, two-way connectors both ways, through
//! any lanes (a phone order may reach frontstage through backstage). The rule only runs
//! when the blueprint has at least one connector: a blueprint drawn without arrows would
//! otherwise have every frontstage card flagged.
//!
//! **Why.** Frontstage actions exist to serve the customer's actions, which are laid out
//! first (Bitner, Ostrom & Morgan 2008; NN/g). One that no customer action leads to is
//! either missing its connector or serves no one.
//!
//! **Correct.** "Order" → "Take order".
//!
//! **Incorrect.** "Refill water" with no connector from any customer action, in a
//! blueprint that has connectors elsewhere.

use super::diagnostic::Out;
use super::flow::reachable;
use super::index::{Cx, NodeIx};
use super::rule::{Check, Rule, RuleInfo, Reads};
use crate::model::{Card, ElementRef, Language, LaneKind, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "orphan-frontstage",
        default_severity: Severity::Warning,
        summary: "Every frontstage action is reached from a customer action.",
        summary_zh: "每个前台行为都由某个客户行为引出。",
        profile_overrides: &[],
    },
    check: Check::Flagged { find, describe, reads: Reads::Flow },
};

fn find(cx: &Cx) -> Vec<NodeIx> {
    if cx.doc.connectors.is_empty() {
        return Vec::new();
    }
    let g = &cx.ix.graph;
    let seen = reachable(cx, cx.cards_of_kind(LaneKind::Customer), |m| g[m].facts.is_some());
    cx.cards_of_kind(LaneKind::Frontstage).filter(|n| !seen[n.index()]).collect()
}

fn describe(cx: &Cx, card: &Card, out: &mut Out) {
    out.push(
        match cx.lang {
            Language::English => format!("No customer action leads to frontstage action {}.", cx.quote(&card.text)),
            Language::SimplifiedChinese => format!("没有任何客户行为连到前台行为{}。", cx.quote(&card.text)),
        },
        vec![ElementRef::Card(card.id.clone())],
        cx.lang.pick(
            "Connect it from the customer action it responds to, or remove it.",
            "请从它所回应的客户行为连一条线过来，或删除它。",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, card, good, table};

    #[test]
    fn table_() {
        let base = || bitner(1).card("u", "cu", "s1", "Order").card("f", "fr", "s1", "Take order").card("g", "fr", "s1", "Refill");
        table(
            "orphan-frontstage",
            vec![
                ("good", good()),
                ("no connectors at all", base()),
                ("both reached, one through the other", base().arrow("a1", "u", "f").arrow("a2", "f", "g")),
                ("two-way from frontstage", base().two_way("a1", "f", "u").two_way("a2", "g", "f")),
                (
                    "through backstage",
                    base().card("b", "ba", "s1", "Phone").arrow("a1", "u", "b").arrow("a2", "b", "f").arrow("a3", "b", "g"),
                ),
            ],
            vec![
                ("one not reached", base().arrow("a1", "u", "f"), vec![card("g")]),
                ("arrow points the other way", base().arrow("a1", "f", "u").arrow("a2", "u", "g"), vec![card("f")]),
            ],
        );
    }
}
