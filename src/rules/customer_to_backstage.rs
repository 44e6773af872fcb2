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

use super::diagnostic::{quote, Out};
use super::index::{Cx, Link};
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{ElementRef, LaneKind, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "customer-to-backstage",
        default_severity: Severity::Warning,
        summary: "A customer action does not lead straight to a backstage action.",
        profile_overrides: &[],
    },
    check: Check::Connector(check),
};

fn check(cx: &Cx, link: &Link, out: &mut Out) {
    let c = link.c;
    for ((from, f), (to, t)) in link.hand_offs() {
        if f.kind == Some(LaneKind::Customer) && t.kind == Some(LaneKind::Backstage) {
            out.push(
                format!(
                    "Customer action {} leads straight to backstage action {}.",
                    quote(cx.card_text(from)),
                    quote(cx.card_text(to))
                ),
                vec![ElementRef::Connector(c.id.clone()), ElementRef::Card(from.clone()), ElementRef::Card(to.clone())],
                "Fine for an invisible contact such as a phone order; otherwise add the frontstage action the customer meets.",
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
