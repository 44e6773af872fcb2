//! # `emotion-lane`
//!
//! **Default severity:** warning
//!
//! **Checks.** An emotion score is set only on cards in customer, emotion, frontstage,
//! backstage or custom lanes. Frontstage and backstage are allowed because some authors
//! track the contact employee's emotion; custom lanes because a team may keep its own
//! (e.g. an employee-emotion lane). Evidence, support, time, policy, metrics and notes
//! cards are things, systems or annotations, not people, so an emotion there is flagged.
//!
//! **Why.** Emotion belongs on customer (or employee) steps only: it is how a person
//! feels at that moment of the journey (NN/g; journey-mapping practice). A feeling
//! attached to a menu or a database is a misplaced score.
//!
//! **Correct.** "Wait for the bill", emotion −1.
//!
//! **Incorrect.** "Reservation system" (support), emotion +2.

use super::diagnostic::Out;
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{Card, ElementRef, Language, LaneKind, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "emotion-lane",
        default_severity: Severity::Warning,
        summary: "Emotion is set only on customer or employee steps.",
        summary_zh: "情绪只标在客户或员工的步骤上。",
        profile_overrides: &[],
    },
    check: Check::Card(check),
};

fn allowed(kind: LaneKind) -> bool {
    matches!(
        kind,
        LaneKind::Customer | LaneKind::Emotion | LaneKind::Frontstage | LaneKind::Backstage | LaneKind::Custom
    )
}

fn check(cx: &Cx, card: &Card, out: &mut Out) {
    if card.emotion.is_none() {
        return;
    }
    let Some(f) = cx.facts(&card.id) else { return };
    let (Some(kind), Some(pos)) = (f.kind, f.lane) else { return };
    if allowed(kind) {
        return;
    }
    let (name, lane) = (cx.quote(&card.text), cx.quote(cx.lane_name(pos)));
    out.push(
        match cx.lang {
            Language::English => {
                format!("{name} in lane {lane} has an emotion, but emotions belong to customer or employee steps.")
            }
            Language::SimplifiedChinese => format!("泳道{lane}中的{name}设置了情绪，但情绪只属于客户或员工的步骤。"),
        },
        vec![ElementRef::Card(card.id.clone())],
        cx.lang.pick(
            "Remove the emotion, or set it on the customer action this card belongs to.",
            "请去掉这个情绪，或把它设在这张卡片所对应的客户行为上。",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, card, good, table};

    #[test]
    fn table_() {
        let with = |lane: &'static str| bitner(1).card("c", lane, "s1", "Step").with_card("c", |c| c.emotion = Some(-1));
        table(
            "emotion-lane",
            vec![("good", good()), ("customer", with("cu")), ("frontstage", with("fr")), ("backstage", with("ba"))],
            vec![("support", with("su"), vec![card("c")]), ("evidence", with("ev"), vec![card("c")])],
        );
    }
}
