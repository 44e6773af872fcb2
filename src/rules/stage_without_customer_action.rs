//! # `stage-without-customer-action`
//!
//! **Default severity:** warning
//!
//! **Checks.** Every stage that has cards has at least one in a customer actions lane. A
//! stage with no card at all is not reported: it is a step the designer has not filled
//! yet (a new blueprint's four empty stages), not one missing its customer action.
//!
//! **Why.** The stages are the steps of the customer's journey and the customer actions
//! are laid out first; everything else in a column supports them (Bitner, Ostrom &
//! Morgan 2008; NN/g). A stage without a customer action is either a provider-only
//! process that belongs in another blueprint, or a step whose customer action is missing.
//!
//! **Correct.** Stage "Dine" with the customer action "Eat".
//!
//! **Incorrect.** Stage "Kitchen prep" with only backstage cards.
//!
//! **Not reported.** A stage with no card in any lane.

use super::diagnostic::Out;
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{ElementRef, Language, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "stage-without-customer-action",
        default_severity: Severity::Warning,
        summary: "Every stage has a customer action.",
        summary_zh: "每个阶段都有客户行为。",
        profile_overrides: &[],
    },
    check: Check::Stage(check),
};

fn check(cx: &Cx, stage: usize, out: &mut Out) {
    // Re-run when a card enters or leaves the stage (`Check::Stage`), which is exactly
    // when its card count changes.
    if cx.ix.stage_cards[stage] == 0 || !cx.ix.stage_customers[stage].is_empty() {
        return;
    }
    let name = cx.quote(cx.stage_name(stage));
    out.push(
        match cx.lang {
            Language::English => format!("Stage {name} has no customer action."),
            Language::SimplifiedChinese => format!("阶段{name}没有客户行为。"),
        },
        vec![ElementRef::Stage(cx.doc.stages[stage].id.clone())],
        cx.lang.pick(
            "Add what the customer does in this stage, or merge the stage into its neighbour.",
            "请添加客户在这一阶段做的事，或把这一阶段并入相邻的阶段。",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, good, stage, table};

    #[test]
    fn table_() {
        table(
            "stage-without-customer-action",
            vec![
                ("good", good()),
                ("one customer action", bitner(1).card("u", "cu", "s1", "Enter")),
                ("empty blueprint", bitner(3)),
                (
                    "an empty stage beside a filled one",
                    bitner(2).card("u", "cu", "s1", "Enter").card("b", "ba", "s1", "Prep"),
                ),
            ],
            vec![
                ("only evidence", bitner(1).card("e", "ev", "s1", "Sign"), vec![stage("s1")]),
                (
                    "only backstage in the second stage",
                    bitner(2).card("u", "cu", "s1", "Enter").card("b", "ba", "s2", "Prep"),
                    vec![stage("s2")],
                ),
            ],
        );
    }
}
