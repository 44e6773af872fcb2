//! # `unused-support`
//!
//! **Default severity:** warning
//!
//! **Checks.** Every support process has at least one connector. Like
//! `orphan-frontstage`, the rule only runs when the blueprint has at least one
//! connector, so a blueprint drawn without arrows is not flooded.
//!
//! **Why.** Support processes (systems, other departments, suppliers) are in a blueprint
//! because contact staff depend on them (Bitner, Ostrom & Morgan 2008;
//! Kingman-Brundage). One nothing uses either lacks its connectors or does not belong in
//! this scenario.
//!
//! **Correct.** "Reservation system" → "Check reservation" (backstage).
//!
//! **Incorrect.** "Payroll" with no connector.

use super::diagnostic::Out;
use super::index::{Cx, NodeIx};
use super::rule::{Check, Rule, RuleInfo, Reads};
use crate::model::{Card, ElementRef, Language, LaneKind, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "unused-support",
        default_severity: Severity::Warning,
        summary: "Every support process is connected to something.",
        summary_zh: "每个支持过程都与其他步骤相连。",
        profile_overrides: &[],
    },
    check: Check::Flagged { find, describe, reads: Reads::Flow },
};

fn find(cx: &Cx) -> Vec<NodeIx> {
    if cx.doc.connectors.is_empty() {
        return Vec::new();
    }
    cx.cards_of_kind(LaneKind::Support).filter(|n| !cx.ix.is_connected(*n)).collect()
}

fn describe(cx: &Cx, card: &Card, out: &mut Out) {
    out.push(
        match cx.lang {
            Language::English => format!("Nothing uses support process {}.", cx.quote(&card.text)),
            Language::SimplifiedChinese => format!("没有任何行为用到支持过程{}。", cx.quote(&card.text)),
        },
        vec![ElementRef::Card(card.id.clone())],
        cx.lang.pick(
            "Connect it to the actions it supports, or remove it from this scenario.",
            "请把它连到它所支持的行为上，或从这个场景中删除。",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, card, good, table};

    #[test]
    fn table_() {
        let base = || bitner(1).card("b", "ba", "s1", "Check").card("p", "su", "s1", "System").card("q", "su", "s1", "Payroll");
        table(
            "unused-support",
            vec![
                ("good", good()),
                ("no connectors at all", base()),
                ("both used", base().arrow("a1", "p", "b").two_way("a2", "b", "q")),
            ],
            vec![("one unused", base().arrow("a1", "p", "b"), vec![card("q")])],
        );
    }
}
