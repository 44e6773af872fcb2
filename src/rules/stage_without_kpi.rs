//! # `stage-without-kpi`
//!
//! **Default severity:** warning, off in every profile: a document turns it on in its
//! rule settings (`"rules": {"stage-without-kpi": "warning"}`) when it is meant to carry
//! a KPI per stage.
//!
//! **Checks.** Every stage with cards has a KPI, on the stage itself or on one of its
//! cards. KPIs on the whole blueprint do not count for a stage.
//!
//! **Why.** A blueprint used to manage a service sets a standard for each stage of the
//! journey (service standards per stage, as in the source documents' cases); a stage
//! with none is not managed.
//!
//! **Correct.** "Check in" with the KPI "Average wait at the desk, target 3 min".
//!
//! **Incorrect.** "Check in" with cards but no KPI on it or its cards.
//!
//! **Not reported.** A stage with no card in any lane.

use super::diagnostic::Out;
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{ElementRef, KpiSubject, Language, Profile, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "stage-without-kpi",
        default_severity: Severity::Warning,
        summary: "Every stage has a KPI (when the document asks for it).",
        summary_zh: "每个阶段都有指标（在文档要求时）。",
        profile_overrides: &[
            (Profile::Bitner, None),
            (Profile::Shostack, None),
            (Profile::EighteenF, None),
            (Profile::Fliess, None),
        ],
    },
    // Re-run when a card enters or leaves the stage; KPI edits re-check in full.
    check: Check::Stage(check),
};

fn check(cx: &Cx, stage: usize, out: &mut Out) {
    if cx.ix.stage_cards[stage] == 0 {
        return;
    }
    let id = &cx.doc.stages[stage].id;
    let has = cx.doc.kpis.iter().any(|k| match &k.on {
        KpiSubject::Blueprint => false,
        KpiSubject::Stage(s) => s == id,
        KpiSubject::Card(c) => cx.doc.cards.get(c).is_some_and(|c| &c.stage == id),
    });
    if has {
        return;
    }
    let name = cx.quote(cx.stage_name(stage));
    out.push(
        match cx.lang {
            Language::English => format!("Stage {name} has no KPI."),
            Language::SimplifiedChinese => format!("阶段{name}没有指标。"),
        },
        vec![ElementRef::Stage(id.clone())],
        cx.lang.pick(
            "Add a KPI for this stage (a time standard, a satisfaction score), or turn the rule off.",
            "请为这一阶段添加指标（时间标准、满意度等），或关闭这条规则。",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, run, stage, table};
    use crate::model::{Kpi, KpiSubject};

    #[test]
    fn table_() {
        let two = || bitner(2).card("u1", "cu", "s1", "Arrive").card("u2", "cu", "s2", "Check in");
        let kpi = |on: KpiSubject| {
            move |b: &mut crate::model::Blueprint| {
                let mut k = Kpi::new(format!("k{}", b.kpis.len()).as_str(), "Wait", 3.0);
                k.on = on;
                b.kpis.push(k);
            }
        };
        table(
            "stage-without-kpi",
            vec![
                ("empty stages", bitner(2)),
                (
                    "one on the stage, one on a card",
                    two().edit(kpi(KpiSubject::Stage("s1".into()))).edit(kpi(KpiSubject::Card("u2".into()))),
                ),
            ],
            vec![
                ("none", two(), vec![stage("s1"), stage("s2")]),
                ("only the blueprint's", two().edit(kpi(KpiSubject::Blueprint)).edit(kpi(KpiSubject::Stage("s2".into()))), vec![stage("s1")]),
            ],
        );
        // Off unless the document asks for it.
        assert!(crate::rules::check(&two().0).iter().all(|d| d.rule != "stage-without-kpi"));
        assert_eq!(run("stage-without-kpi", &two().0).len(), 2);
    }
}
