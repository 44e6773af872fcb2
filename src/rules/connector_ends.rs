//! # `connector-ends`
//!
//! **Default severity:** error
//!
//! **Checks.** A connector joins two different cards that both exist: no connector from a
//! card to itself, none whose end names a missing card. Loading a file already refuses
//! dangling ends; the checker still reports them (rather than failing) for a document
//! that was never validated. Duplicate connectors are a separate rule,
//! `duplicate-connector`, because they are a warning rather than an error.
//!
//! **Why.** An arrow is a hand-off (or, two-way, an agreement) between two steps
//! (Shostack 1984; Bitner, Ostrom & Morgan 2008); a step cannot hand off to itself, and
//! an arrow to nothing cannot be drawn or followed.
//!
//! **Correct.** "Greet" → "Lead to table".
//!
//! **Incorrect.** "Greet" → "Greet"; a connector to a deleted card.

use super::diagnostic::Out;
use super::index::{Cx, Link};
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{ElementRef, Language, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "connector-ends",
        default_severity: Severity::Error,
        summary: "A connector joins two different, existing cards.",
        summary_zh: "箭头连接两张不同且存在的卡片。",
        profile_overrides: &[],
    },
    check: Check::Connector(check),
};

fn check(cx: &Cx, link: &Link, out: &mut Out) {
    let c = link.c;
    let id = ElementRef::Connector(c.id.clone());
    if c.from == c.to {
        let card = cx.quote(cx.card_text(&c.from));
        out.push(
            match cx.lang {
                Language::English => format!("A connector leads from {card} to itself."),
                Language::SimplifiedChinese => format!("一条连接线从{card}连回了它自己。"),
            },
            vec![id, ElementRef::Card(c.from.clone())],
            cx.lang.pick("Delete the connector, or point it at the next step.", "请删除这条连接线，或把它指向下一步。"),
        );
        return;
    }
    let ends = [(&c.from, link.from_facts.is_some()), (&c.to, link.to_facts.is_some())];
    if ends.iter().all(|(_, exists)| *exists) {
        return;
    }
    let mut elements = vec![id];
    elements.extend(ends.iter().filter(|(_, exists)| *exists).map(|(e, _)| ElementRef::Card((*e).clone())));
    let existing = ends.iter().find(|(_, exists)| *exists).map(|(e, _)| *e);
    out.push(
        match (existing, cx.lang) {
            (Some(e), Language::English) => {
                format!("A connector at {} leads to a card that does not exist.", cx.quote(cx.card_text(e)))
            }
            (Some(e), Language::SimplifiedChinese) => {
                format!("{}上的一条连接线连到了不存在的卡片。", cx.quote(cx.card_text(e)))
            }
            (None, lang) => lang
                .pick("A connector joins two cards that do not exist.", "一条连接线两端的卡片都不存在。")
                .to_owned(),
        },
        elements,
        cx.lang.pick(
            "Delete the connector or reconnect it to an existing card.",
            "请删除这条连接线，或把它重新连到现有的卡片上。",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, conn, good, table};

    #[test]
    fn table_() {
        let base = || bitner(1).card("u", "cu", "s1", "Enter").card("f", "fr", "s1", "Greet");
        table(
            "connector-ends",
            vec![("good", good()), ("two cards", base().arrow("a1", "u", "f"))],
            vec![
                ("self", base().arrow("a1", "f", "f"), vec![conn("a1")]),
                ("dangling to", base().arrow("a1", "u", "gone"), vec![conn("a1")]),
                ("dangling both", base().arrow("a1", "x", "y").arrow("a2", "u", "f"), vec![conn("a1")]),
            ],
        );
    }
}
