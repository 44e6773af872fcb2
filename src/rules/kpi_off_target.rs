//! # `kpi-off-target`
//!
//! **Default severity:** warning
//!
//! **Checks.** A KPI with an actual value meets its target: at or above it when higher is
//! better, at or below it when lower is better. A KPI without an actual is not judged.
//!
//! **Why.** Service standards are set to be held to (Shostack 1984; the source documents'
//! service standards such as "ordinary requests answered within 2 hours"): a figure off
//! its target points at the part of the blueprint to redesign first.
//!
//! **Correct.** Customer satisfaction, target 93 %, actual 94 %.
//!
//! **Incorrect.** Average response time (lower is better), target 4.2 min, actual 6 min.

use super::diagnostic::Out;
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::measure::{kpi_status, KpiStatus};
use crate::model::{ElementRef, Kpi, KpiDirection, KpiSubject, Language, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "kpi-off-target",
        default_severity: Severity::Warning,
        summary: "Every measured KPI meets its target.",
        summary_zh: "每个已测得的指标都达到目标。",
        profile_overrides: &[],
    },
    // KPIs change with the document's settings, which re-check in full.
    check: Check::Structure(check),
};

/// A figure with its unit: "93 %", "4.2 min".
fn figure(v: f64, unit: &str) -> String {
    match unit.trim() {
        "" => format!("{v}"),
        u => format!("{v} {u}"),
    }
}

fn check(cx: &Cx, out: &mut Out) {
    for k in cx.doc.kpis.iter().filter(|k| kpi_status(k) == KpiStatus::Off) {
        let Some(actual) = k.actual else { continue };
        let (name, actual, target) = (cx.quote(&k.name), figure(actual, &k.unit), figure(k.target, &k.unit));
        let message = match (cx.lang, k.direction) {
            (Language::English, KpiDirection::HigherIsBetter) => {
                format!("KPI {name} is at {actual}, below its target of {target}.")
            }
            (Language::English, KpiDirection::LowerIsBetter) => {
                format!("KPI {name} is at {actual}, above its target of {target}.")
            }
            (Language::SimplifiedChinese, KpiDirection::HigherIsBetter) => {
                format!("指标{name}实际为 {actual}，低于目标 {target}。")
            }
            (Language::SimplifiedChinese, KpiDirection::LowerIsBetter) => {
                format!("指标{name}实际为 {actual}，高于目标 {target}。")
            }
        };
        out.push(
            message,
            vec![subject(k)],
            cx.lang.pick(
                "Look at the steps behind this figure for waits, fail points and low moments, or check the target.",
                "请查看这个指标背后的步骤中的等待、失败点和低谷，或核实目标。",
            ),
        );
    }
}

fn subject(k: &Kpi) -> ElementRef {
    match &k.on {
        KpiSubject::Blueprint => ElementRef::Document,
        KpiSubject::Stage(s) => ElementRef::Stage(s.clone()),
        KpiSubject::Card(c) => ElementRef::Card(c.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, good, run, stage, table, Doc};
    use crate::model::{ElementRef, Kpi, KpiDirection, KpiSubject};

    fn with(target: f64, actual: Option<f64>, direction: KpiDirection, on: KpiSubject) -> Doc {
        bitner(1).edit(move |b| {
            let mut k = Kpi::new("k1", "Average response time", target);
            k.unit = "min".into();
            k.actual = actual;
            k.direction = direction;
            k.on = on;
            b.kpis.push(k);
        })
    }

    #[test]
    fn table_() {
        use KpiDirection::{HigherIsBetter as Up, LowerIsBetter as Down};
        use KpiSubject::Blueprint as Whole;
        table(
            "kpi-off-target",
            vec![
                ("good", good()),
                ("met, higher", with(93.0, Some(94.0), Up, Whole)),
                ("met exactly", with(93.0, Some(93.0), Up, Whole)),
                ("met, lower", with(4.2, Some(3.0), Down, Whole)),
                ("not measured", with(4.2, None, Down, Whole)),
            ],
            vec![
                ("below", with(93.0, Some(91.0), Up, Whole), vec![ElementRef::Document]),
                ("above, on a stage", with(4.2, Some(6.0), Down, KpiSubject::Stage("s1".into())), vec![stage("s1")]),
            ],
        );
        let d = run("kpi-off-target", &with(4.2, Some(6.0), Down, Whole).0);
        assert_eq!(d[0].message, "KPI \"Average response time\" is at 6 min, above its target of 4.2 min.");
    }
}
