//! # `evidence-below-visibility`
//!
//! **Default severity:** error
//!
//! **Checks.** No physical evidence lane lies below the line of visibility (only when the
//! blueprint has that line).
//!
//! **Why.** Physical evidence is by definition what the customer sees, touches or
//! receives; below the line of visibility the customer sees nothing, so evidence there
//! is a contradiction (Bitner, Ostrom & Morgan 2008; Shostack 1984).
//!
//! **Correct.** The evidence lane is the top lane.
//!
//! **Incorrect.** An evidence lane "Invoices" placed between backstage and support.

use super::diagnostic::Out;
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{ElementRef, Language, LaneKind, LineKind, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "evidence-below-visibility",
        default_severity: Severity::Error,
        summary: "No physical evidence lane below the line of visibility.",
        summary_zh: "有形展示泳道不在可视线之下。",
        profile_overrides: &[],
    },
    check: Check::Structure(check),
};

fn check(cx: &Cx, out: &mut Out) {
    for (pos, lane) in cx.doc.lanes.iter().enumerate() {
        if lane.kind == LaneKind::Evidence && cx.structure().below(pos, LineKind::Visibility) {
            let message = match cx.lang {
                Language::English => format!(
                    "Evidence lane {} is below the line of visibility, where the customer sees nothing.",
                    cx.quote(&lane.name)
                ),
                Language::SimplifiedChinese => {
                    format!("有形展示泳道{}位于可视线之下，客户在那里什么也看不到。", cx.quote(&lane.name))
                }
            };
            out.push(
                message,
                vec![ElementRef::Lane(lane.id.clone()), ElementRef::Line(LineKind::Visibility)],
                cx.lang.pick(
                    "Move the lane above the line of visibility, or change its kind if it is not something the customer sees.",
                    "请将该泳道移到可视线之上；如果它不是客户看得到的东西，请更改它的类型。",
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, lane, table};

    #[test]
    fn table_() {
        let moved = |to: usize| {
            bitner(1).edit(move |b| {
                let ev = b.lanes.remove(0);
                b.lanes.insert(to, ev);
            })
        };
        table(
            "evidence-below-visibility",
            vec![
                ("evidence on top", bitner(1)),
                ("evidence just above visibility", moved(2)),
                ("no visibility line", moved(4).edit(|b| b.lines.clear())),
            ],
            vec![("evidence at the bottom", moved(4), vec![lane("ev")]), ("right below visibility", moved(3), vec![lane("ev")])],
        );
    }
}
