//! Test fixtures for the rule tests: blueprints built in code, and the valid/invalid
//! table runner.

use super::{check, check_in, rule, Diagnostic};
use crate::model::{
    Blueprint, Card, Connector, Direction, ElementRef, Lane, LaneKind, Language, Line, LineKind, RuleSetting, Stage,
};

/// A blueprint under construction.
pub(crate) struct Doc(pub Blueprint);

/// Lanes `ev` (evidence), `cu` (customer), `fr` (frontstage), `ba` (backstage), `su`
/// (support) with the Bitner lines: interaction under `cu`, visibility under `fr`,
/// internal interaction under `ba`; stages `s1`…`sN` named "Stage 1"….
pub(crate) fn bitner(stages: usize) -> Doc {
    let mut b = Blueprint::empty("Test");
    for (id, kind) in [
        ("ev", LaneKind::Evidence),
        ("cu", LaneKind::Customer),
        ("fr", LaneKind::Frontstage),
        ("ba", LaneKind::Backstage),
        ("su", LaneKind::Support),
    ] {
        b.lanes.push(Lane::new(id, kind, kind.label()));
    }
    b.lines = vec![
        Line { kind: LineKind::Interaction, boundary: 2 },
        Line { kind: LineKind::Visibility, boundary: 3 },
        Line { kind: LineKind::InternalInteraction, boundary: 4 },
    ];
    for i in 1..=stages {
        b.stages.push(Stage::new(format!("s{i}").as_str(), format!("Stage {i}")));
    }
    Doc(b)
}

/// A blueprint that no rule complains about: five stages, each with evidence, a customer
/// action, a frontstage and a backstage action, one support process, all connected.
pub(crate) fn good() -> Doc {
    let mut d = bitner(5);
    for i in 1..=5 {
        d = d
            .card(&format!("e{i}"), "ev", &format!("s{i}"), &format!("Sign {i}"))
            .card(&format!("u{i}"), "cu", &format!("s{i}"), &format!("Customer step {i}"))
            .card(&format!("f{i}"), "fr", &format!("s{i}"), &format!("Staff step {i}"))
            .card(&format!("b{i}"), "ba", &format!("s{i}"), &format!("Back office {i}"))
            .arrow(&format!("uf{i}"), &format!("u{i}"), &format!("f{i}"))
            .arrow(&format!("fb{i}"), &format!("f{i}"), &format!("b{i}"))
            .arrow(&format!("pb{i}"), "p1", &format!("b{i}"));
        if i > 1 {
            d = d.arrow(&format!("uu{i}"), &format!("u{}", i - 1), &format!("u{i}"));
        }
    }
    d.card("p1", "su", "s1", "Reservation system")
}

impl Doc {
    /// Add a card at the bottom of its cell.
    pub(crate) fn card(mut self, id: &str, lane: &str, stage: &str, text: &str) -> Doc {
        let order = self.0.cards.values().filter(|c| c.lane.as_str() == lane && c.stage.as_str() == stage).count();
        let mut c = Card::new(id, lane, stage, text);
        c.order = order as u32;
        self.0.cards.insert(id.into(), c);
        self
    }

    /// Change a card that exists.
    pub(crate) fn with_card(mut self, id: &str, f: impl FnOnce(&mut Card)) -> Doc {
        f(self.0.cards.get_mut(id).expect("fixture card exists"));
        self
    }

    pub(crate) fn arrow(mut self, id: &str, from: &str, to: &str) -> Doc {
        self.0.connectors.insert(id.into(), Connector::new(id, from, to));
        self
    }

    pub(crate) fn two_way(mut self, id: &str, from: &str, to: &str) -> Doc {
        let mut c = Connector::new(id, from, to);
        c.direction = Direction::TwoWay;
        self.0.connectors.insert(id.into(), c);
        self
    }

    /// Any other change.
    pub(crate) fn edit(mut self, f: impl FnOnce(&mut Blueprint)) -> Doc {
        f(&mut self.0);
        self
    }
}

pub(crate) fn card(id: &str) -> ElementRef {
    ElementRef::Card(id.into())
}
pub(crate) fn conn(id: &str) -> ElementRef {
    ElementRef::Connector(id.into())
}
pub(crate) fn lane(id: &str) -> ElementRef {
    ElementRef::Lane(id.into())
}
pub(crate) fn stage(id: &str) -> ElementRef {
    ElementRef::Stage(id.into())
}

/// The diagnostics of one rule, with the rule switched on (at its default severity) when
/// the document's profile turns it off.
pub(crate) fn run(rule_id: &str, doc: &Blueprint) -> Vec<Diagnostic> {
    run_in(rule_id, doc, Language::English)
}

/// [`run`] with messages and hints in `lang`.
pub(crate) fn run_in(rule_id: &str, doc: &Blueprint, lang: Language) -> Vec<Diagnostic> {
    let info = rule(rule_id).expect("rule exists").info;
    let mut doc = doc.clone();
    if super::effective_severity(&doc, rule_id).is_none() && !doc.rules.contains_key(rule_id) {
        let s = match info.default_severity {
            crate::model::Severity::Info => RuleSetting::Info,
            crate::model::Severity::Warning => RuleSetting::Warning,
            crate::model::Severity::Error => RuleSetting::Error,
        };
        doc.rules.insert(rule_id.to_owned(), s);
    }
    check_in(&doc, lang).into_iter().filter(|d| d.rule == rule_id).collect()
}

/// bpmnlint-style table: every `valid` blueprint gives no diagnostic of the rule; every
/// `invalid` one gives exactly the diagnostics whose first elements are listed, in order,
/// and the same diagnostics written in Chinese when Chinese is asked for.
pub(crate) fn table(rule_id: &str, valid: Vec<(&str, Doc)>, invalid: Vec<(&str, Doc, Vec<ElementRef>)>) {
    for (name, doc) in valid {
        let got = run(rule_id, &doc.0);
        assert!(got.is_empty(), "{rule_id}: valid case {name:?} gave {got:#?}");
    }
    for (name, doc, expected) in invalid {
        let got = run(rule_id, &doc.0);
        let firsts: Vec<ElementRef> = got.iter().filter_map(|d| d.elements.first().cloned()).collect();
        assert_eq!(firsts, expected, "{rule_id}: invalid case {name:?} gave {got:#?}");
        for d in &got {
            assert!(!d.message.is_empty() && !d.hint.is_empty(), "{rule_id}: {name:?} needs message and hint");
        }
        let zh = run_in(rule_id, &doc.0, Language::SimplifiedChinese);
        let zh_elements: Vec<&Vec<ElementRef>> = zh.iter().map(|d| &d.elements).collect();
        let en_elements: Vec<&Vec<ElementRef>> = got.iter().map(|d| &d.elements).collect();
        assert_eq!(zh_elements, en_elements, "{rule_id}: {name:?} in Chinese reports other elements");
        for d in &zh {
            assert!(is_chinese(&d.message), "{rule_id}: {name:?} message not in Chinese: {:?}", d.message);
            assert!(is_chinese(&d.hint), "{rule_id}: {name:?} hint not in Chinese: {:?}", d.hint);
        }
    }
}

/// Written in Chinese: has Han characters once the quoted user text (“…”) is taken out,
/// and no English word of four letters or more outside quotes and `code`.
fn is_chinese(text: &str) -> bool {
    let mut own = String::new();
    let (mut quoted, mut code) = (false, false);
    for c in text.chars() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '`' => code = !code,
            _ if !quoted && !code => own.push(c),
            _ => {}
        }
    }
    let han = own.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let english_word = own
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.len() >= 4 && !["Frontstage", "Bitner", "Shostack", "Flie", "Kleinaltenkamp"].contains(&w));
    han && !english_word
}

#[test]
fn chinese_text_is_recognised() {
    assert!(is_chinese("客户行为“Order a dish”没有对应的有形展示。"));
    assert!(!is_chinese("Stage “点餐” has no customer action."));
    assert!(!is_chinese("“点餐”"));
}

#[test]
fn the_good_blueprint_is_clean() {
    let got = check(&good().0);
    assert!(got.is_empty(), "{got:#?}");
}
