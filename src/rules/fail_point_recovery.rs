//! # `fail-point-recovery`
//!
//! **Default severity:** warning
//!
//! **Checks.** Every fail point carries a recovery (fail-safe) note.
//!
//! **Why.** Shostack (1984) pairs every fail point with a fail-safe design: marking where
//! the service can go wrong is only half the work; the blueprint should also say how the
//! failure is prevented or recovered.
//!
//! **Correct.** "Take payment", fail point (system): "Card terminal offline → take the
//! card number by phone".
//!
//! **Incorrect.** "Take payment" marked as a fail point with no recovery.

use super::diagnostic::Out;
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{Card, ElementRef, Language, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "fail-point-recovery",
        default_severity: Severity::Warning,
        summary: "Every fail point has a recovery note.",
        summary_zh: "每个失败点都有补救说明。",
        profile_overrides: &[],
    },
    check: Check::Card(check),
};

fn check(cx: &Cx, card: &Card, out: &mut Out) {
    if card.fail_point.as_ref().is_some_and(|f| f.recovery.trim().is_empty()) {
        let name = cx.quote(&card.text);
        out.push(
            match cx.lang {
                Language::English => format!("Fail point {name} has no recovery."),
                Language::SimplifiedChinese => format!("失败点{name}没有补救措施。"),
            },
            vec![ElementRef::Card(card.id.clone())],
            cx.lang.pick(
                "Describe the fail-safe: how the failure is prevented, or how the service recovers.",
                "请写明防错措施：如何防止失败，或服务如何补救。",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, card, good, table};
    use crate::model::{FailKind, FailPoint};

    #[test]
    fn table_() {
        let base = || bitner(1).card("f", "fr", "s1", "Take payment");
        let fail = |recovery: &str| {
            let recovery = recovery.to_owned();
            move |c: &mut crate::model::Card| c.fail_point = Some(FailPoint { kind: FailKind::System, description: String::new(), recovery })
        };
        table(
            "fail-point-recovery",
            vec![("good", good()), ("no fail point", base()), ("with recovery", base().with_card("f", fail("Take cash")))],
            vec![("no recovery", base().with_card("f", fail("")), vec![card("f")]), ("blank", base().with_card("f", fail("  ")), vec![card("f")])],
        );
    }
}
