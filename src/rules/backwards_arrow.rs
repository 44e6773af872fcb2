//! # `backwards-arrow`
//!
//! **Default severity:** info
//!
//! **Checks.** A one-way connector does not point to a card in an earlier stage.
//! Two-way connectors have no direction in time and are not checked.
//!
//! **Why.** Stages run left to right in time (Bitner, Ostrom & Morgan 2008; NN/g), so a
//! hand-off normally goes down or to the right. An arrow back in time is sometimes meant
//! (a retry, a return visit), hence only information.
//!
//! **Correct.** "Order" (stage "Order") → "Serve" (stage "Dine").
//!
//! **Incorrect.** "Pay" (stage "Pay") → "Greet" (stage "Enter").

use super::diagnostic::Out;
use super::index::{Cx, Link};
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{Direction, ElementRef, Language, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "backwards-arrow",
        default_severity: Severity::Info,
        summary: "A connector does not point back to an earlier stage.",
        summary_zh: "箭头不指回更早的阶段。",
        profile_overrides: &[],
    },
    check: Check::Connector(check),
};

fn check(cx: &Cx, link: &Link, out: &mut Out) {
    let c = link.c;
    if c.direction == Direction::TwoWay {
        return;
    }
    let (Some(f), Some(t)) = (link.from_facts, link.to_facts) else { return };
    let (Some(fs), Some(ts)) = (f.stage, t.stage) else { return };
    if ts < fs {
        let (from, from_stage) = (cx.quote(cx.card_text(&c.from)), cx.quote(cx.stage_name(fs)));
        let (to, to_stage) = (cx.quote(cx.card_text(&c.to)), cx.quote(cx.stage_name(ts)));
        out.push(
            match cx.lang {
                Language::English => {
                    format!("The connector from {from} (stage {from_stage}) points back to {to} (stage {to_stage}).")
                }
                Language::SimplifiedChinese => {
                    format!("从{from}（阶段{from_stage}）出发的连接线指回了前面的{to}（阶段{to_stage}）。")
                }
            },
            vec![ElementRef::Connector(c.id.clone()), ElementRef::Card(c.from.clone()), ElementRef::Card(c.to.clone())],
            cx.lang.pick(
                "Fine for a retry or a return visit; otherwise check the direction of the connector or the stages of the cards.",
                "重试或回访可以如此；否则请检查连接线的方向或卡片所在的阶段。",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, conn, good, table};

    #[test]
    fn table_() {
        let base = || bitner(2).card("u", "cu", "s1", "Order").card("v", "cu", "s2", "Pay");
        table(
            "backwards-arrow",
            vec![
                ("good", good()),
                ("forward", base().arrow("a1", "u", "v")),
                ("same stage", base().card("w", "cu", "s1", "Ask").arrow("a1", "w", "u")),
                ("two-way", base().two_way("a1", "v", "u")),
            ],
            vec![("back", base().arrow("a1", "v", "u"), vec![conn("a1")])],
        );
    }
}
