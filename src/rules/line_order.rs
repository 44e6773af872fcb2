//! # `line-order`
//!
//! **Default severity:** error
//!
//! **Checks.** The lines keep their prescribed order from top to bottom: line of
//! interaction, line of visibility, line of internal interaction, line of order
//! penetration, line of implementation — whichever of them the blueprint has. Two lines
//! at the same lane boundary are fine when they are listed in that order.
//!
//! **Why.** Each line separates what lies above it from what lies below, and the zones
//! nest: the customer interacts with what they can see, contact staff interact with
//! support. A line of visibility above the line of interaction would put frontstage
//! actions out of the customer's sight (Bitner, Ostrom & Morgan 2008; Kingman-Brundage
//! for the line of implementation; Fließ & Kleinaltenkamp 2004 for order penetration).
//!
//! **Correct.** Interaction under the customer lane, visibility under frontstage,
//! internal interaction under backstage.
//!
//! **Incorrect.** The line of visibility under the customer lane and the line of
//! interaction under frontstage.

use super::diagnostic::Out;
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{ElementRef, Language, Line, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "line-order",
        default_severity: Severity::Error,
        summary: "Lines keep their order: interaction, visibility, internal interaction, order penetration, implementation.",
        summary_zh: "各条线保持顺序：互动线、可视线、内部互动线、订单渗透线、执行线。",
        profile_overrides: &[],
    },
    check: Check::Structure(check),
};

fn check(cx: &Cx, out: &mut Out) {
    // (list position, line), sorted by prescribed rank.
    let mut lines: Vec<(usize, &Line)> = cx.doc.lines.iter().enumerate().collect();
    lines.sort_by_key(|(i, l)| (l.kind.rank(), *i));
    lines.dedup_by_key(|(_, l)| l.kind);
    for w in lines.windows(2) {
        let ((ia, a), (ib, b)) = (w[0], w[1]);
        let wrong = a.boundary > b.boundary || (a.boundary == b.boundary && ia > ib);
        if wrong {
            let elements = vec![ElementRef::Line(b.kind), ElementRef::Line(a.kind)];
            match cx.lang {
                Language::English => out.push(
                    format!(
                        "The {} is above the {}.",
                        b.kind.label().to_lowercase(),
                        a.kind.label().to_lowercase()
                    ),
                    elements,
                    format!(
                        "Move the {} down, or the {} up: the {} comes first.",
                        b.kind.label().to_lowercase(),
                        a.kind.label().to_lowercase(),
                        a.kind.label().to_lowercase()
                    ),
                ),
                Language::SimplifiedChinese => {
                    let (a, b) = (a.kind.label_in(cx.lang), b.kind.label_in(cx.lang));
                    out.push(format!("{b}位于{a}之上。"), elements, format!("请将{b}下移，或将{a}上移：{a}应在上方。"))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, table};
    use crate::model::{ElementRef, Line, LineKind};

    fn lines(v: &[(LineKind, usize)]) -> Vec<Line> {
        v.iter().map(|&(kind, boundary)| Line { kind, boundary }).collect()
    }

    #[test]
    fn table_() {
        use LineKind::*;
        table(
            "line-order",
            vec![
                ("bitner lines", bitner(1)),
                ("no lines", bitner(1).edit(|b| b.lines.clear())),
                ("same boundary, listed in order", bitner(1).edit(|b| b.lines = lines(&[(Interaction, 2), (Visibility, 2)]))),
                (
                    "five lines",
                    bitner(1).edit(|b| {
                        b.lines = lines(&[(Interaction, 2), (Visibility, 3), (InternalInteraction, 4), (OrderPenetration, 4), (Implementation, 5)])
                    }),
                ),
            ],
            vec![
                (
                    "visibility above interaction",
                    bitner(1).edit(|b| b.lines = lines(&[(Interaction, 3), (Visibility, 2), (InternalInteraction, 4)])),
                    vec![ElementRef::Line(Visibility)],
                ),
                (
                    "same boundary, listed out of order",
                    bitner(1).edit(|b| b.lines = lines(&[(Visibility, 2), (Interaction, 2)])),
                    vec![ElementRef::Line(Visibility)],
                ),
                (
                    "implementation above internal interaction",
                    bitner(1).edit(|b| b.lines = lines(&[(InternalInteraction, 4), (Implementation, 3)])),
                    vec![ElementRef::Line(Implementation)],
                ),
            ],
        );
    }
}
