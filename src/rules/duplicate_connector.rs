//! # `duplicate-connector`
//!
//! **Default severity:** warning
//!
//! **Checks.** No two connectors join the same two cards: the same direction for one-way
//! connectors, either direction when one of them is two-way. The connector with the later
//! id is reported. Two one-way connectors in opposite directions (a request and its
//! answer) are fine.
//!
//! **Why.** Each connector is one hand-off or one agreement (Shostack 1984; Bitner,
//! Ostrom & Morgan 2008); a second identical one adds nothing, hides under the first
//! when drawn, and is usually left over from an edit.
//!
//! **Correct.** "Order" → "Take order" once.
//!
//! **Incorrect.** "Order" → "Take order" twice, or a one-way and a two-way connector
//! between them.

use super::diagnostic::{quote, Out};
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{Connector, Direction, ElementRef, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "duplicate-connector",
        default_severity: Severity::Warning,
        summary: "No two connectors join the same two cards.",
        profile_overrides: &[],
    },
    check: Check::Connector(check),
};

fn same_ends(a: &Connector, b: &Connector) -> bool {
    let forward = a.from == b.from && a.to == b.to;
    let either_two_way = a.direction == Direction::TwoWay || b.direction == Direction::TwoWay;
    forward || (either_two_way && a.from == b.to && a.to == b.from)
}

fn check(cx: &Cx, c: &Connector, out: &mut Out) {
    let Some(n) = cx.ix.node_of(&c.from) else { return };
    let first = cx
        .ix
        .connectors_at(n)
        .filter(|id| **id < c.id)
        .filter_map(|id| cx.doc.connectors.get(id))
        .filter(|d| same_ends(c, d))
        .min_by(|a, b| a.id.cmp(&b.id));
    if let Some(first) = first {
        out.push(
            format!(
                "Another connector already joins {} and {}.",
                quote(cx.card_text(&c.from)),
                quote(cx.card_text(&c.to))
            ),
            vec![ElementRef::Connector(c.id.clone()), ElementRef::Connector(first.id.clone())],
            "Delete one of the two connectors.",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, conn, good, table};

    #[test]
    fn table_() {
        let base = || bitner(1).card("u", "cu", "s1", "Order").card("f", "fr", "s1", "Take order");
        table(
            "duplicate-connector",
            vec![
                ("good", good()),
                ("request and answer", base().arrow("a1", "u", "f").arrow("a2", "f", "u")),
            ],
            vec![
                ("same direction", base().arrow("a1", "u", "f").arrow("a2", "u", "f"), vec![conn("a2")]),
                ("two-way and reverse", base().two_way("a1", "u", "f").arrow("a2", "f", "u"), vec![conn("a2")]),
                (
                    "three copies",
                    base().arrow("a1", "u", "f").arrow("a2", "u", "f").arrow("a3", "u", "f"),
                    vec![conn("a2"), conn("a3")],
                ),
            ],
        );
    }
}
