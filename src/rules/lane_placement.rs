//! # `lane-placement`
//!
//! **Default severity:** error
//!
//! **Checks.** Each of the five canonical lanes lies in its zone, judged against the lines
//! the blueprint has: physical evidence and customer actions above the line of
//! interaction (and so above the other lines); frontstage between the line of interaction
//! and the line of visibility; backstage between the line of visibility and the line of
//! internal interaction; support below the line of internal interaction (and above the
//! line of implementation). A Shostack blueprint has only the line of visibility, so
//! there evidence, customer and frontstage lanes must be above it and backstage and
//! support below it. Other lane kinds (time, emotion, notes, custom…) may go anywhere.
//! An evidence lane below the line of visibility is left to `evidence-below-visibility`
//! while that rule is on, so it is reported once.
//!
//! **Why.** The lines only mean something when the lanes sit on the right side of them:
//! the line of interaction separates the customer from the provider, the line of
//! visibility what the customer sees from what they do not, the line of internal
//! interaction contact staff from support (Bitner, Ostrom & Morgan 2008; Shostack 1984;
//! Kingman-Brundage for the line of implementation).
//!
//! **Correct.** Evidence, customer, *line of interaction*, frontstage, *line of
//! visibility*, backstage, *line of internal interaction*, support.
//!
//! **Incorrect.** A backstage lane dragged above the line of visibility: "Lane \"Kitchen\"
//! (backstage actions) is above the line of visibility."

use super::diagnostic::Out;
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{ElementRef, Language, LaneKind, LineKind, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "lane-placement",
        default_severity: Severity::Error,
        summary: "Evidence, customer, frontstage, backstage and support lanes lie between the right lines.",
        summary_zh: "有形展示、客户、前台、后台和支持泳道位于正确的线之间。",
        profile_overrides: &[],
    },
    check: Check::Structure(check),
};

use LineKind::*;

/// Lines a lane kind must be above, and lines it must be below, each top to bottom.
fn zone(kind: LaneKind) -> Option<(&'static [LineKind], &'static [LineKind])> {
    Some(match kind {
        LaneKind::Evidence | LaneKind::Customer => (&[Interaction, Visibility, InternalInteraction], &[]),
        LaneKind::Frontstage => (&[Visibility, InternalInteraction], &[Interaction]),
        LaneKind::Backstage => (&[InternalInteraction], &[Interaction, Visibility]),
        LaneKind::Support => (&[Implementation], &[Interaction, Visibility, InternalInteraction]),
        _ => return None,
    })
}

fn name(kind: LineKind) -> String {
    kind.label().to_lowercase()
}

fn check(cx: &Cx, out: &mut Out) {
    let st = cx.structure();
    let evidence_rule_on = super::effective_severity(cx.doc, "evidence-below-visibility").is_some();
    for (pos, lane) in cx.doc.lanes.iter().enumerate() {
        let Some((above, below)) = zone(lane.kind) else { continue };
        if lane.kind == LaneKind::Evidence && evidence_rule_on && st.below(pos, Visibility) {
            continue;
        }
        let wrong = above
            .iter()
            .find(|l| st.below(pos, **l))
            .map(|l| (*l, true))
            .or_else(|| below.iter().find(|l| st.above(pos, **l)).map(|l| (*l, false)));
        let Some((line, is_below)) = wrong else { continue };
        // The hint names the nearest lines the lane must stay between.
        let upper = below.iter().rev().find(|l| st.line(**l).is_some());
        let lower = above.iter().find(|l| st.line(**l).is_some());
        let elements = vec![ElementRef::Lane(lane.id.clone()), ElementRef::Line(line)];
        if cx.lang == Language::SimplifiedChinese {
            let zh = |k: LineKind| k.label_in(cx.lang);
            let place = match (upper, lower) {
                (Some(u), Some(l)) => format!("{}与{}之间", zh(*u), zh(*l)),
                (Some(u), None) => format!("{}之下", zh(*u)),
                (None, Some(l)) => format!("{}之上", zh(*l)),
                (None, None) => unreachable!("a violated line is present"),
            };
            let kind = lane.kind.name_in(cx.lang);
            out.push(
                format!("泳道{}（{kind}）位于{}之{}。", cx.quote(&lane.name), zh(line), if is_below { "下" } else { "上" }),
                elements,
                format!("{kind}应位于{place}：请移动泳道或线。"),
            );
            continue;
        }
        let place = match (upper, lower) {
            (Some(u), Some(l)) => format!("between the {} and the {}", name(*u), name(*l)),
            (Some(u), None) => format!("below the {}", name(*u)),
            (None, Some(l)) => format!("above the {}", name(*l)),
            (None, None) => unreachable!("a violated line is present"),
        };
        let side = if is_below { "below" } else { "above" };
        out.push(
            format!(
                "Lane {} ({}) is {side} the {}.",
                cx.quote(&lane.name),
                lane.kind.label().to_lowercase(),
                name(line)
            ),
            elements,
            format!("{} belong {place}: move the lane or the line.", lane.kind.label()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, lane, run, table};
    use crate::model::{Lane, LaneKind, Line, LineKind, RuleSetting};

    #[test]
    fn table_() {
        table(
            "lane-placement",
            vec![
                ("bitner", bitner(1)),
                ("no lines", bitner(1).edit(|b| b.lines.clear())),
                (
                    "shostack: frontstage above visibility",
                    bitner(1).edit(|b| b.lines = vec![Line { kind: LineKind::Visibility, boundary: 3 }]),
                ),
                (
                    "custom lanes anywhere",
                    bitner(1).edit(|b| b.lanes.insert(0, Lane::new("x", LaneKind::Notes, "Notes"))).edit(|b| {
                        for l in &mut b.lines {
                            l.boundary += 1;
                        }
                    }),
                ),
            ],
            vec![
                (
                    "backstage above visibility",
                    bitner(1).edit(|b| b.lanes.swap(2, 3)),
                    vec![lane("ba"), lane("fr")],
                ),
                (
                    "shostack: backstage above visibility",
                    bitner(1).edit(|b| b.lines = vec![Line { kind: LineKind::Visibility, boundary: 4 }]),
                    vec![lane("ba")],
                ),
                (
                    "customer below interaction",
                    bitner(1).edit(|b| b.lanes.swap(1, 2)),
                    vec![lane("fr"), lane("cu")],
                ),
            ],
        );
    }

    #[test]
    fn names_the_lane_and_the_line_and_says_where_it_belongs() {
        let d = run("lane-placement", &bitner(1).edit(|b| b.lanes.swap(2, 3)).0);
        assert_eq!(d[0].message, "Lane \"Backstage actions\" (backstage actions) is above the line of visibility.");
        assert_eq!(
            d[0].hint,
            "Backstage actions belong between the line of visibility and the line of internal interaction: move the lane or the line."
        );
    }

    #[test]
    fn evidence_below_visibility_is_left_to_its_own_rule_unless_that_is_off() {
        let doc = bitner(1).edit(|b| {
            let ev = b.lanes.remove(0);
            b.lanes.insert(3, ev);
            b.lines = vec![Line { kind: LineKind::Visibility, boundary: 2 }];
        });
        assert!(run("lane-placement", &doc.0).is_empty());
        let doc = doc.edit(|b| {
            b.rules.insert("evidence-below-visibility".into(), RuleSetting::Off);
        });
        assert_eq!(run("lane-placement", &doc.0).len(), 1);
    }
}
