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

use super::diagnostic::{quote, Out};
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{Card, ElementRef, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "fail-point-recovery",
        default_severity: Severity::Warning,
        summary: "Every fail point has a recovery note.",
        profile_overrides: &[],
    },
    check: Check::Card(check),
};

fn check(_cx: &Cx, card: &Card, out: &mut Out) {
    if card.fail_point.as_ref().is_some_and(|f| f.recovery.trim().is_empty()) {
        out.push(
            format!("Fail point {} has no recovery.", quote(&card.text)),
            vec![ElementRef::Card(card.id.clone())],
            "Describe the fail-safe: how the failure is prevented, or how the service recovers.",
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
            move |c: &mut crate::model::Card| c.fail_point = Some(FailPoint { kind: FailKind::System, recovery })
        };
        table(
            "fail-point-recovery",
            vec![("good", good()), ("no fail point", base()), ("with recovery", base().with_card("f", fail("Take cash")))],
            vec![("no recovery", base().with_card("f", fail("")), vec![card("f")]), ("blank", base().with_card("f", fail("  ")), vec![card("f")])],
        );
    }
}
