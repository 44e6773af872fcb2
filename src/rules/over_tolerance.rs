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

use super::diagnostic::{quote, Out};
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{Card, ElementRef, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "over-tolerance",
        default_severity: Severity::Warning,
        summary: "No step takes longer than its tolerance.",
        profile_overrides: &[],
    },
    check: Check::Card(check),
};

/// A duration for a message: seconds, minutes or hours.
pub(crate) fn duration(seconds: u64) -> String {
    match seconds {
        s if s < 120 => format!("{s} s"),
        s if s < 2 * 3600 => format!("{} min", round1(s as f64 / 60.0)),
        s => format!("{} h", round1(s as f64 / 3600.0)),
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

fn check(_cx: &Cx, card: &Card, out: &mut Out) {
    let (Some(d), Some(t)) = (card.duration_seconds, card.tolerance_seconds) else { return };
    if d > t {
        out.push(
            format!(
                "{} takes {}, longer than the {} the customer tolerates.",
                quote(&card.text),
                duration(d.into()),
                duration(t.into())
            ),
            vec![ElementRef::Card(card.id.clone())],
            "Shorten the step, make the wait feel shorter, or check the tolerance.",
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
        assert_eq!(super::duration(45), "45 s");
        assert_eq!(super::duration(150), "2.5 min");
        assert_eq!(super::duration(7200), "2 h");
    }
}
