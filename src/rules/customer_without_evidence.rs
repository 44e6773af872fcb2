//! # `customer-without-evidence`
//!
//! **Default severity:** warning (off in the 18F and Shostack profiles)
//!
//! **Checks.** Every stage with customer actions also has at least one card in a physical
//! evidence lane. One diagnostic per stage, naming its customer actions.
//!
//! **Why.** Bitner, Ostrom & Morgan (2008), step 6 of building a blueprint: add the
//! evidence of service at each customer action step — what the customer sees and
//! receives shapes their judgement of the service. 18F's four-row form folds evidence
//! into frontstage, and Shostack's original (1984) blueprint has no evidence row (it
//! came with Bitner et al.'s five components), so those profiles turn this rule off.
//!
//! **Correct.** Stage "Order" has the customer action "Order a dish" and the evidence
//! "Menu".
//!
//! **Incorrect.** Stage "Pay" has "Ask for the bill" but nothing in the evidence lane.

use super::diagnostic::Out;
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{ElementRef, Language, LaneKind, Profile, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "customer-without-evidence",
        default_severity: Severity::Warning,
        summary: "Every stage with customer actions has physical evidence.",
        summary_zh: "每个有客户行为的阶段都有有形展示。",
        profile_overrides: &[(Profile::EighteenF, None), (Profile::Shostack, None)],
    },
    check: Check::Stage(check),
};

fn check(cx: &Cx, stage: usize, out: &mut Out) {
    let customers = &cx.ix.stage_customers[stage];
    if customers.is_empty() || cx.ix.stage_evidence[stage] > 0 {
        return;
    }
    let has_lane = cx.doc.lanes.iter().any(|l| l.kind == LaneKind::Evidence);
    let mut elements = vec![ElementRef::Stage(cx.doc.stages[stage].id.clone())];
    elements.extend(customers.iter().map(|id| ElementRef::Card(id.clone())));
    let stage_name = cx.quote(cx.stage_name(stage));
    let actions = cx.quote_list(customers.iter().map(|id| cx.card_text(id)), 3);
    let message = match cx.lang {
        Language::English => format!(
            "Stage {stage_name} has no physical evidence for the customer action{} {actions}.",
            if customers.len() == 1 { "" } else { "s" },
        ),
        Language::SimplifiedChinese => format!("阶段{stage_name}中的客户行为{actions}没有对应的有形展示。"),
    };
    out.push(
        message,
        elements,
        if has_lane {
            cx.lang.pick(
                "Add what the customer sees, touches or receives in this stage to the evidence lane.",
                "请在有形展示泳道中加入客户在这一阶段看到、接触到或拿到的东西。",
            )
        } else {
            cx.lang.pick(
                "Add a physical evidence lane, or switch to the 18F profile if evidence is folded into frontstage.",
                "请添加有形展示泳道；如果有形展示已并入前台，请改用 18F 规范。",
            )
        },
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, good, stage, table};
    use crate::model::Profile;

    #[test]
    fn table_() {
        table(
            "customer-without-evidence",
            vec![
                ("good", good()),
                ("no customer action", bitner(1).card("f", "fr", "s1", "Greet")),
                ("evidence in the stage", bitner(1).card("u", "cu", "s1", "Enter").card("e", "ev", "s1", "Door")),
            ],
            vec![
                (
                    "evidence in another stage",
                    bitner(2).card("u", "cu", "s1", "Enter").card("e", "ev", "s2", "Door"),
                    vec![stage("s1")],
                ),
                (
                    "two stages without",
                    bitner(2).card("u", "cu", "s1", "Enter").card("v", "cu", "s2", "Sit"),
                    vec![stage("s1"), stage("s2")],
                ),
            ],
        );
    }

    #[test]
    fn off_in_18f_and_shostack() {
        let mut doc = bitner(1).card("u", "cu", "s1", "Enter").0;
        for profile in [Profile::EighteenF, Profile::Shostack] {
            doc.profile = profile;
            assert!(crate::rules::check(&doc).iter().all(|d| d.rule != "customer-without-evidence"), "{profile:?}");
        }
        doc.profile = Profile::Bitner;
        let d = crate::rules::check(&doc);
        let d = d.iter().find(|d| d.rule == "customer-without-evidence").unwrap();
        assert_eq!(d.message, "Stage \"Stage 1\" has no physical evidence for the customer action \"Enter\".");
    }
}
