//! # `customer-to-backstage`
//!
//! **Default severity:** warning
//!
//! **Checks.** No connector leads from a customer action straight to a backstage action
//! (two-way connectors count in both directions).
//!
//! **Why.** Backstage actions are the invisible actions of contact staff; the customer
//! normally reaches them through a visible frontstage action. A direct hand-off is right
//! only for an invisible contact, such as an order taken by phone (Bitner, Ostrom &
//! Morgan 2008; Shostack 1984); otherwise the frontstage step is missing.
//!
//! **Correct.** "Order a dish" → "Take the order" (frontstage) → "Send to kitchen"
//! (backstage).
//!
//! **Incorrect.** "Order a dish" → "Cook" (backstage).

use super::diagnostic::Out;
use super::index::{Cx, Link};
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{ElementRef, Language, LaneKind, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "customer-to-backstage",
        default_severity: Severity::Warning,
        summary: "A customer action does not lead straight to a backstage action.",
        summary_zh: "客户行为不直接指向后台行为。",
        profile_overrides: &[],
    },
    check: Check::Connector(check),
};

fn check(cx: &Cx, link: &Link, out: &mut Out) {
    let c = link.c;
    for ((from, f), (to, t)) in link.hand_offs() {
        if f.kind == Some(LaneKind::Customer) && t.kind == Some(LaneKind::Backstage) {
            let (a, b) = (cx.quote(cx.card_text(from)), cx.quote(cx.card_text(to)));
            let message = match cx.lang {
                Language::English => format!("Customer action {a} leads straight to backstage action {b}."),
                Language::SimplifiedChinese => format!("客户行为{a}直接连到后台行为{b}。"),
            };
            out.push(
                message,
                vec![ElementRef::Connector(c.id.clone()), ElementRef::Card(from.clone()), ElementRef::Card(to.clone())],
                cx.lang.pick(
                    "Fine for an invisible contact such as a phone order; otherwise add the frontstage action the customer meets.",
                    "电话点餐这类客户看不见的接触可以如此；否则请补上客户接触到的前台行为。",
                ),
            );
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, conn, good, table};

    fn base() -> super::super::testing::Doc {
        bitner(1).card("u", "cu", "s1", "Order").card("f", "fr", "s1", "Take order").card("b", "ba", "s1", "Cook")
    }

    #[test]
    fn table_() {
        table(
            "customer-to-backstage",
            vec![
                ("good", good()),
                ("through frontstage", base().arrow("a1", "u", "f").arrow("a2", "f", "b")),
                ("backstage to customer", base().arrow("a1", "b", "u")),
            ],
            vec![
                ("direct", base().arrow("a1", "u", "b"), vec![conn("a1")]),
                ("two-way from backstage", base().two_way("a1", "b", "u"), vec![conn("a1")]),
            ],
        );
    }
}
