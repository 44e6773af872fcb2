//! # `total-time`
//!
//! **Default severity:** warning
//!
//! **Checks.** Over the customer actions that have both a duration and a tolerance, the
//! total duration does not exceed the total tolerance. Only checked when at least two
//! customer actions are timed (with one, `over-tolerance` says it all).
//!
//! **Why.** Shostack (1984): the total execution time of the service against the
//! customer's total tolerance drives both satisfaction and profitability; single steps
//! within tolerance can still add up to a visit that is too long.
//!
//! **Correct.** Three timed customer actions: 5 + 10 + 5 minutes against tolerances of
//! 10 + 15 + 5.
//!
//! **Incorrect.** 5 + 20 + 10 minutes against 10 + 15 + 5.

use super::diagnostic::Out;
use super::index::Cx;
use super::over_tolerance::duration;
use super::rule::{Check, Rule, RuleInfo, Reads};
use crate::model::{ElementRef, Language, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "total-time",
        default_severity: Severity::Warning,
        summary: "The customer's timed steps together stay within their total tolerance.",
        summary_zh: "客户各个计时步骤的总时长不超过总容忍时间。",
        profile_overrides: &[],
    },
    check: Check::Document(check, Reads::Flow),
};

fn check(cx: &Cx, out: &mut Out) {
    let t = cx.ix.time;
    if t.steps < 2 || t.duration <= t.tolerance {
        return;
    }
    let (steps, total, tolerated) = (t.steps, duration(t.duration, cx.lang), duration(t.tolerance, cx.lang));
    out.push(
        match cx.lang {
            Language::English => format!(
                "The customer's {steps} timed steps take {total} in total, longer than the {tolerated} they tolerate together."
            ),
            Language::SimplifiedChinese => {
                format!("客户的 {steps} 个计时步骤共耗时 {total}，超过了客户总共能容忍的 {tolerated}。")
            }
        },
        vec![ElementRef::Document],
        cx.lang.pick(
            "Look for the steps furthest over their tolerance, waits that could be removed, or steps that could run in parallel.",
            "请找出超出容忍时间最多的步骤、可以省去的等待，或可以并行的步骤。",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, good, run, table, Doc};
    use crate::model::ElementRef;

    fn timed(steps: &[(u32, u32)]) -> Doc {
        let mut d = bitner(1);
        for (i, &(dur, tol)) in steps.iter().enumerate() {
            let id = format!("u{i}");
            d = d.card(&id, "cu", "s1", "Step").with_card(&id, |c| {
                c.duration_seconds = Some(dur);
                c.tolerance_seconds = Some(tol);
            });
        }
        d
    }

    #[test]
    fn table_() {
        table(
            "total-time",
            vec![
                ("good", good()),
                ("within", timed(&[(300, 600), (600, 900), (300, 300)])),
                ("one step over is over-tolerance's", timed(&[(900, 600)])),
                (
                    "frontstage time does not count",
                    timed(&[(300, 600), (300, 600)]).card("f", "fr", "s1", "Cook").with_card("f", |c| {
                        c.duration_seconds = Some(5000);
                        c.tolerance_seconds = Some(1);
                    }),
                ),
            ],
            vec![("over", timed(&[(300, 600), (1200, 900), (600, 300)]), vec![ElementRef::Document])],
        );
        let d = run("total-time", &timed(&[(300, 600), (1200, 900), (600, 300)]).0);
        assert_eq!(d[0].message, "The customer's 3 timed steps take 35 min in total, longer than the 30 min they tolerate together.");
    }
}
