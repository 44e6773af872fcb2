//! # `over-tolerance`
//!
//! **Default severity:** warning
//!
//! **Checks.** A card with both a duration and a tolerance does not take longer than the
//! customer tolerates. The total over the customer's steps is the `total-time` rule.
//!
//! **Why.** Shostack (1984) gives each step a standard execution time and the customer's
//! tolerance; time beyond tolerance costs satisfaction and, through rework, profit.
//!
//! **Correct.** "Wait for food": 10 minutes, tolerance 15 minutes.
//!
//! **Incorrect.** "Wait for food": 25 minutes, tolerance 15 minutes.

use super::diagnostic::Out;
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{Card, ElementRef, Language, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "over-tolerance",
        default_severity: Severity::Warning,
        summary: "No step takes longer than its tolerance.",
        summary_zh: "没有步骤超过其容忍时间。",
        profile_overrides: &[],
    },
    check: Check::Card(check),
};

/// A duration for a message in `lang`: seconds, minutes or hours.
pub(crate) fn duration(seconds: u64, lang: Language) -> String {
    let (s, min, h) = match lang {
        Language::English => ("s", "min", "h"),
        Language::SimplifiedChinese => ("秒", "分钟", "小时"),
    };
    match seconds {
        n if n < 120 => format!("{n} {s}"),
        n if n < 2 * 3600 => format!("{} {min}", round1(n as f64 / 60.0)),
        n => format!("{} {h}", round1(n as f64 / 3600.0)),
    }
}

fn round1(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r:.1}")
    }
}

fn check(cx: &Cx, card: &Card, out: &mut Out) {
    let (Some(d), Some(t)) = (card.duration_seconds, card.tolerance_seconds) else { return };
    if d > t {
        let (name, d, t) = (cx.quote(&card.text), duration(d.into(), cx.lang), duration(t.into(), cx.lang));
        out.push(
            match cx.lang {
                Language::English => format!("{name} takes {d}, longer than the {t} the customer tolerates."),
                Language::SimplifiedChinese => format!("{name}耗时 {d}，超过了客户能容忍的 {t}。"),
            },
            vec![ElementRef::Card(card.id.clone())],
            cx.lang.pick(
                "Shorten the step, make the wait feel shorter, or check the tolerance.",
                "请缩短这一步、让等待显得短一些，或核实容忍时间。",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, card, good, run, table};

    #[test]
    fn table_() {
        let timed = |d: Option<u32>, t: Option<u32>| {
            bitner(1).card("u", "cu", "s1", "Wait for food").with_card("u", move |c| {
                c.duration_seconds = d;
                c.tolerance_seconds = t;
            })
        };
        table(
            "over-tolerance",
            vec![
                ("good", good()),
                ("within", timed(Some(600), Some(900))),
                ("equal", timed(Some(900), Some(900))),
                ("no tolerance", timed(Some(900), None)),
            ],
            vec![("over", timed(Some(1500), Some(900)), vec![card("u")])],
        );
        let d = run("over-tolerance", &timed(Some(1500), Some(900)).0);
        assert_eq!(d[0].message, "\"Wait for food\" takes 25 min, longer than the 15 min the customer tolerates.");
    }

    #[test]
    fn durations_read_naturally() {
        use crate::model::Language::{English, SimplifiedChinese};
        assert_eq!(super::duration(45, English), "45 s");
        assert_eq!(super::duration(150, English), "2.5 min");
        assert_eq!(super::duration(7200, English), "2 h");
        assert_eq!(super::duration(45, SimplifiedChinese), "45 秒");
        assert_eq!(super::duration(150, SimplifiedChinese), "2.5 分钟");
        assert_eq!(super::duration(7200, SimplifiedChinese), "2 小时");
    }
}
