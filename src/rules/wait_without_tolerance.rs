//! # `wait-without-tolerance`
//!
//! **Default severity:** warning
//!
//! **Checks.** A step marked as a wait has a tolerance: how long the customer will wait
//! there before the wait costs the service.
//!
//! **Why.** Shostack (1984) gives each step the customer's tolerance beside its execution
//! time; a wait is where the two meet first, and without a tolerance neither the
//! `over-tolerance` rule nor the measures can say whether the wait is too long.
//!
//! **Correct.** "Queue at the front desk", a wait, 5 minutes, tolerance 3 minutes.
//!
//! **Incorrect.** "Queue at the front desk", a wait, with no tolerance.

use super::diagnostic::Out;
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{Card, ElementRef, Language, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "wait-without-tolerance",
        default_severity: Severity::Warning,
        summary: "Every wait says how long the customer tolerates it.",
        summary_zh: "每个等待都写明客户能容忍多久。",
        profile_overrides: &[],
    },
    check: Check::Card(check),
};

fn check(cx: &Cx, card: &Card, out: &mut Out) {
    if !card.wait || card.tolerance_seconds.is_some() {
        return;
    }
    let name = cx.quote(&card.text);
    out.push(
        match cx.lang {
            Language::English => format!("The wait {name} has no tolerance."),
            Language::SimplifiedChinese => format!("等待{name}没有设置容忍时间。"),
        },
        vec![ElementRef::Card(card.id.clone())],
        cx.lang.pick(
            "Set how long the customer will wait here, so the wait can be measured against it.",
            "请设置客户在这里最多愿意等多久，以便衡量这个等待。",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, card, good, table};

    #[test]
    fn table_() {
        let wait = |tolerance: Option<u32>| {
            bitner(1).card("u", "cu", "s1", "Queue at the desk").with_card("u", move |c| {
                c.wait = true;
                c.tolerance_seconds = tolerance;
            })
        };
        table(
            "wait-without-tolerance",
            vec![("good", good()), ("with tolerance", wait(Some(180)))],
            vec![("without", wait(None), vec![card("u")])],
        );
    }
}
