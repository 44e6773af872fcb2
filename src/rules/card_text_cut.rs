//! # `card-text-cut`
//!
//! **Default severity:** warning
//!
//! **Checks.** A card's text fits the card: at most 12 lines as the card wraps it (runs
//! of blank lines count as one). A longer text is drawn cut, its last line ending in "…",
//! on the canvas and in every export.
//!
//! **Why.** A card is a sticky note, not a page: one action or touchpoint said in a
//! sentence or two, which the reader takes in at a glance across the whole journey
//! (Shostack 1984; Bitner, Ostrom & Morgan 2008 keep each box to a few words). What the
//! card does not show is lost to everyone reading the picture, so the designer should
//! know; the detail belongs in the card's notes.
//!
//! **Correct.** "Greets the guest and takes their coats" on a frontstage card.
//!
//! **Incorrect.** The whole greeting script, several paragraphs long, pasted into the
//! card's text.

use super::diagnostic::Out;
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::layout::{card_text, CARD_TEXT_LINES};
use crate::model::{Card, ElementRef, Language, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "card-text-cut",
        default_severity: Severity::Warning,
        summary: "A card's text fits on the card.",
        summary_zh: "卡片的文字在卡片上放得下。",
        profile_overrides: &[],
    },
    check: Check::Card(check),
};

fn check(cx: &Cx, card: &Card, out: &mut Out) {
    if !card_text(&card.text).cut {
        return;
    }
    let name = cx.quote(&card.text);
    out.push(
        match cx.lang {
            Language::English => {
                format!("The text of card {name} is longer than the card shows: only its first {CARD_TEXT_LINES} lines are drawn.")
            }
            Language::SimplifiedChinese => format!("卡片{name}的文字超出了卡片能显示的范围：只画出前 {CARD_TEXT_LINES} 行。"),
        },
        vec![ElementRef::Card(card.id.clone())],
        cx.lang.pick(
            "Say the step in a sentence or two and move the detail to the card's notes.",
            "请用一两句话写明这一步，把细节移到卡片的备注里。",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, card, good, table};

    #[test]
    fn table_() {
        let with = |text: &str| bitner(1).card("c", "fr", "s1", text);
        let lines = |n: usize| (1..=n).map(|i| format!("Step {i}")).collect::<Vec<_>>().join("\n");
        table(
            "card-text-cut",
            vec![
                ("good", good()),
                ("twelve lines", with(&lines(12))),
                ("blank runs fold", with(&format!("{}\n\n\n\n\n\n{}", lines(6), lines(5)))),
                ("blank lines after the last", with(&format!("{}{}", lines(12), "\n".repeat(1_000)))),
            ],
            vec![
                ("thirteen lines", with(&lines(13)), vec![card("c")]),
                ("a paragraph", with(&"Greets the guest and takes their coats. ".repeat(10)), vec![card("c")]),
                ("one long word", with(&"x".repeat(10_000)), vec![card("c")]),
                ("after a million blank lines", with(&format!("{}{}c", lines(12), "\n".repeat(1_000_000))), vec![card("c")]),
            ],
        );
    }
}
