//! # `customer-to-support`
//!
//! **Default severity:** warning
//!
//! **Checks.** No connector leads from a customer action straight to a support process
//! (two-way connectors count in both directions).
//!
//! **Why.** Below the line of internal interaction are the systems, departments and
//! suppliers that support contact staff; a customer action reaching them directly
//! bypasses contact staff, which is where hand-offs break (Bitner, Ostrom & Morgan 2008;
//! Kingman-Brundage). Self-service technology the customer uses is a frontstage action.
//!
//! **Correct.** "Book online" → "Booking page" (frontstage) → "Reservation system"
//! (support).
//!
//! **Incorrect.** "Book online" → "Reservation system".

use super::diagnostic::Out;
use super::index::{Cx, Link};
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{ElementRef, Language, LaneKind, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "customer-to-support",
        default_severity: Severity::Warning,
        summary: "A customer action does not lead straight to a support process.",
        summary_zh: "客户行为不直接指向支持过程。",
        profile_overrides: &[],
    },
    check: Check::Connector(check),
};

fn check(cx: &Cx, link: &Link, out: &mut Out) {
    let c = link.c;
    for ((from, f), (to, t)) in link.hand_offs() {
        if f.kind == Some(LaneKind::Customer) && t.kind == Some(LaneKind::Support) {
            let (a, b) = (cx.quote(cx.card_text(from)), cx.quote(cx.card_text(to)));
            let message = match cx.lang {
                Language::English => format!("Customer action {a} leads straight to support process {b}, bypassing contact staff."),
                Language::SimplifiedChinese => format!("客户行为{a}绕过接触人员，直接连到支持过程{b}。"),
            };
            out.push(
                message,
                vec![ElementRef::Connector(c.id.clone()), ElementRef::Card(from.clone()), ElementRef::Card(to.clone())],
                cx.lang.pick(
                    "Add the frontstage or backstage action in between; technology the customer uses belongs in the frontstage lane.",
                    "请在两者之间补上前台或后台行为；客户使用的技术属于前台行为泳道。",
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
        bitner(1).card("u", "cu", "s1", "Book").card("f", "fr", "s1", "Booking page").card("p", "su", "s1", "System")
    }

    #[test]
    fn table_() {
        table(
            "customer-to-support",
            vec![
                ("good", good()),
                ("through frontstage", base().arrow("a1", "u", "f").arrow("a2", "f", "p")),
                ("support to customer", base().arrow("a1", "p", "u")),
            ],
            vec![
                ("direct", base().arrow("a1", "u", "p"), vec![conn("a1")]),
                ("two-way from support", base().two_way("a1", "p", "u"), vec![conn("a1")]),
            ],
        );
    }
}
