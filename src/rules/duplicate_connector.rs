//! # `duplicate-connector`
//!
//! **Default severity:** warning
//!
//! **Checks.** No two connectors join the same two cards: the same direction for one-way
//! connectors, either direction when one of them is two-way. The connector with the later
//! id is reported. Two one-way connectors in opposite directions (a request and its
//! answer) are fine. An edit that would make a duplicate is refused
//! (`duplicate_connector`), so this rule reports the ones that come from files.
//!
//! **Why.** Each connector is one hand-off or one agreement (Shostack 1984; Bitner,
//! Ostrom & Morgan 2008); a second identical one adds nothing, hides under the first
//! when drawn, and is usually left over from an edit.
//!
//! **Correct.** "Order" → "Take order" once.
//!
//! **Incorrect.** "Order" → "Take order" twice, or a one-way and a two-way connector
//! between them.

use super::diagnostic::Out;
use super::index::{Cx, Link};
use petgraph::visit::EdgeRef;
use petgraph::Direction as Dir;
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{Direction, ElementRef, Language, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "duplicate-connector",
        default_severity: Severity::Warning,
        summary: "No two connectors join the same two cards.",
        summary_zh: "没有两条箭头连接同样的两张卡片。",
        profile_overrides: &[],
    },
    check: Check::Connector(check),
};

fn check(cx: &Cx, link: &Link, out: &mut Out) {
    let c = link.c;
    let g = &cx.ix.graph;
    let two_way = c.direction == Direction::TwoWay;
    // Straight from the graph: no look-ups per neighbour.
    let same = g
        .edges_directed(link.from, Dir::Outgoing)
        .filter(|e| e.target() == link.to)
        .chain(g.edges_directed(link.from, Dir::Incoming).filter(|e| e.source() == link.to && (two_way || e.weight().two_way)))
        .map(|e| &e.weight().id);
    let first = same.filter(|id| **id < c.id).min();
    if let Some(first) = first {
        let first = first.clone();
        let (a, b) = (cx.quote(cx.card_text(&c.from)), cx.quote(cx.card_text(&c.to)));
        out.push(
            match cx.lang {
                Language::English => format!("Another connector already joins {a} and {b}."),
                Language::SimplifiedChinese => format!("{a}和{b}之间已经有另一条连接线。"),
            },
            vec![ElementRef::Connector(c.id.clone()), ElementRef::Connector(first)],
            cx.lang.pick("Delete one of the two connectors.", "请删除两条连接线中的一条。"),
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
