//! # `employee-emotion`
//!
//! **Default severity:** info
//!
//! **Checks.** Says where an emotion is set on a frontstage or backstage card: it is the
//! employee's emotion, and the measures keep it apart from the customer's curve.
//!
//! **Why.** Journey maps draw the customer's emotion (Smaply, UXPressia); some teams also
//! track the contact employee's. Mixing the two in one curve would hide a bad customer
//! moment behind a content employee, or the other way round, so Frontstage keeps them
//! apart and says so rather than silently leaving the score out of the customer's curve.
//!
//! **Correct.** "Wait for the room key" (customer action), emotion −1.
//!
//! **Incorrect.** (reported, as information) "Handle the complaint" (frontstage), emotion
//! −2: shown as the employee's.

use super::diagnostic::Out;
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{Card, ElementRef, LaneKind, Language, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "employee-emotion",
        default_severity: Severity::Info,
        summary: "Emotion on frontstage and backstage cards is the employee's, kept apart from the customer's.",
        summary_zh: "前台和后台卡片上的情绪属于员工，与客户的情绪分开统计。",
        profile_overrides: &[],
    },
    check: Check::Card(check),
};

fn check(cx: &Cx, card: &Card, out: &mut Out) {
    if card.emotion.is_none() {
        return;
    }
    let Some(f) = cx.facts(&card.id) else { return };
    if !matches!(f.kind, Some(LaneKind::Frontstage | LaneKind::Backstage)) {
        return;
    }
    let name = cx.quote(&card.text);
    out.push(
        match cx.lang {
            Language::English => {
                format!("The emotion on {name} is the employee's: it is measured apart from the customer's curve.")
            }
            Language::SimplifiedChinese => format!("{name}上的情绪属于员工，不计入客户的情绪曲线。"),
        },
        vec![ElementRef::Card(card.id.clone())],
        cx.lang.pick(
            "If it is how the customer feels here, set it on the customer action instead.",
            "如果这是客户此刻的感受，请把它设在对应的客户行为上。",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, card, good, table};

    #[test]
    fn table_() {
        let with = |lane: &'static str| bitner(1).card("c", lane, "s1", "Step").with_card("c", |c| c.emotion = Some(-2));
        table(
            "employee-emotion",
            vec![("good", good()), ("customer", with("cu")), ("support is another rule's", with("su"))],
            vec![("frontstage", with("fr"), vec![card("c")]), ("backstage", with("ba"), vec![card("c")])],
        );
    }
}
