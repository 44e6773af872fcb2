//! # `order-penetration`
//!
//! **Default severity:** error
//!
//! **Checks.** When the blueprint has a line of order penetration, no connector leads from
//! a customer action straight to a card in a lane below that line (two-way connectors
//! count in both directions).
//!
//! **Why.** Fließ & Kleinaltenkamp (2004): above the line of order penetration are the
//! activities a specific customer's order induces; below it, the customer-independent
//! ones prepared in advance. By definition nothing below it is triggered by a specific
//! customer.
//!
//! **Correct.** "Order" → "Take order" (frontstage, above the line); "Bake bread in the
//! morning" below the line, triggered by nobody's order.
//!
//! **Incorrect.** "Order" → "Bake bread in the morning".

use super::diagnostic::Out;
use super::index::{Cx, Link};
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{ElementRef, Language, LaneKind, LineKind, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "order-penetration",
        default_severity: Severity::Error,
        summary: "Nothing below the line of order penetration is triggered directly by a customer action.",
        summary_zh: "订单渗透线以下的步骤不由客户行为直接触发。",
        profile_overrides: &[],
    },
    check: Check::Connector(check),
};

fn check(cx: &Cx, link: &Link, out: &mut Out) {
    let c = link.c;
    let st = cx.structure();
    if st.line(LineKind::OrderPenetration).is_none() {
        return;
    }
    for ((from, f), (to, t)) in link.hand_offs() {
        let below = t.lane.is_some_and(|pos| st.below(pos, LineKind::OrderPenetration));
        if f.kind == Some(LaneKind::Customer) && below {
            let (a, b) = (cx.quote(cx.card_text(from)), cx.quote(cx.card_text(to)));
            let message = match cx.lang {
                Language::English => format!("Customer action {a} directly triggers {b}, which is below the line of order penetration."),
                Language::SimplifiedChinese => format!("客户行为{a}直接触发了订单渗透线以下的{b}。"),
            };
            out.push(
                message,
                vec![ElementRef::Connector(c.id.clone()), ElementRef::Card(from.clone()), ElementRef::Card(to.clone())],
                cx.lang.pick(
                    "Below the line of order penetration activities are prepared independently of any customer: remove the connector or move the card or the line.",
                    "订单渗透线以下的活动与具体客户无关，是事先独立准备的：请删除这条连接线，或移动卡片或这条线。",
                ),
            );
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, conn, table, Doc};
    use crate::model::{Line, LineKind};

    /// Order penetration between backstage and support.
    fn base() -> Doc {
        bitner(1)
            .edit(|b| b.lines.insert(3, Line { kind: LineKind::OrderPenetration, boundary: 4 }))
            .card("u", "cu", "s1", "Order")
            .card("b", "ba", "s1", "Cook")
            .card("p", "su", "s1", "Bake bread")
    }

    #[test]
    fn table_() {
        table(
            "order-penetration",
            vec![
                ("above the line", base().arrow("a1", "u", "b")),
                ("no such line", base().edit(|b| b.lines.retain(|l| l.kind != LineKind::OrderPenetration)).arrow("a1", "u", "p")),
                ("from below to the customer", base().arrow("a1", "p", "u")),
            ],
            vec![
                ("direct", base().arrow("a1", "u", "p"), vec![conn("a1")]),
                ("two-way", base().two_way("a1", "p", "u"), vec![conn("a1")]),
            ],
        );
    }
}
