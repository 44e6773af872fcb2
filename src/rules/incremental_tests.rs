//! `Checker::update` must give exactly what a full `check` gives, after any edit.

use super::known_rule_ids;
use super::testing::good;
use super::{check, Checker};
use crate::edit::{Change, Meta, Patch};
use crate::model::{Blueprint, Card, Connector, Direction, FailKind, FailPoint, Line, LineKind, Profile, RuleSetting};

fn card_change(doc: &Blueprint, id: &str, after: Option<Card>) -> Change {
    Change::Card { id: id.into(), before: doc.cards.get(id).cloned(), after }
}

fn connector_change(doc: &Blueprint, id: &str, after: Option<Connector>) -> Change {
    Change::Connector { id: id.into(), before: doc.connectors.get(id).cloned(), after }
}

/// Apply, update, and compare with a full check.
fn step(doc: &mut Blueprint, checker: &mut Checker, changes: impl FnOnce(&Blueprint) -> Vec<Change>, what: &str) {
    let patch = Patch { changes: changes(doc) };
    patch.apply(doc);
    checker.update(doc, &patch);
    assert_eq!(checker.diagnostics(), check(doc), "after {what}");
}

#[test]
fn hand_made_patches() {
    let mut doc = good().0;
    let mut ck = Checker::new(&doc);
    assert_eq!(ck.diagnostics(), check(&doc));

    let mut c = Card::new("n1", "fr", "s2", "Refill water");
    c.order = 5;
    step(&mut doc, &mut ck, |doc| vec![card_change(doc, "n1", Some(c))], "adding an orphan frontstage card");
    assert!(ck.iter().any(|d| d.rule == "orphan-frontstage"));

    let mut moved = doc.cards["u3"].clone();
    moved.lane = "fr".into();
    moved.order = 7;
    step(&mut doc, &mut ck, |doc| vec![card_change(doc, "u3", Some(moved))], "moving a customer card to frontstage");

    let mut back = doc.cards["u3"].clone();
    back.lane = "cu".into();
    back.stage = "s1".into();
    back.order = 3;
    step(&mut doc, &mut ck, |doc| vec![card_change(doc, "u3", Some(back))], "moving it back, to another stage");

    step(&mut doc, &mut ck, |doc| vec![card_change(doc, "e2", None)], "deleting evidence");
    step(&mut doc, &mut ck, |doc| vec![card_change(doc, "f4", None)], "deleting a card, leaving connectors dangling");
    step(
        &mut doc,
        &mut ck,
        |doc| vec![connector_change(doc, "uf4", None), connector_change(doc, "fb4", None)],
        "deleting the dangling connectors",
    );
    step(
        &mut doc,
        &mut ck,
        |doc| vec![connector_change(doc, "x1", Some(Connector::new("x1", "u1", "f1")))],
        "a duplicate",
    );
    step(&mut doc, &mut ck, |doc| vec![connector_change(doc, "uf1", None)], "deleting the first of the duplicates");
    step(
        &mut doc,
        &mut ck,
        |doc| vec![connector_change(doc, "x2", Some(Connector::new("x2", "u5", "p1")))],
        "customer to support",
    );
    let mut text = doc.cards["u5"].clone();
    text.text = "Leave a tip".into();
    step(&mut doc, &mut ck, |doc| vec![card_change(doc, "u5", Some(text))], "renaming a card at a connector");
    step(&mut doc, &mut ck, |doc| vec![connector_change(doc, "x3", Some(Connector::new("x3", "u5", "u2")))], "a loop");
    let mut timed = doc.cards["u1"].clone();
    timed.duration_seconds = Some(900);
    timed.tolerance_seconds = Some(60);
    timed.emotion = Some(1);
    timed.fail_point = Some(FailPoint { kind: FailKind::Process, description: String::new(), recovery: String::new() });
    step(&mut doc, &mut ck, |doc| vec![card_change(doc, "u1", Some(timed))], "timing and a fail point");
    let mut waiting = doc.cards["f2"].clone();
    waiting.wait = true;
    waiting.emotion = Some(-2);
    step(&mut doc, &mut ck, |doc| vec![card_change(doc, "f2", Some(waiting))], "a wait and the employee's emotion");
    // A KPI on a stage; the stage-without-kpi rule on, then the stage's last card moved away.
    doc.rules.insert("stage-without-kpi".into(), crate::model::RuleSetting::Warning);
    let mut kpi = crate::model::Kpi::new("k1", "Wait", 3.0);
    kpi.on = crate::model::KpiSubject::Card("e5".into());
    kpi.actual = Some(4.0);
    doc.kpis.push(kpi);
    ck = Checker::new(&doc);
    let mut moved = doc.cards["e5"].clone();
    moved.stage = "s4".into();
    moved.order = 9;
    step(&mut doc, &mut ck, |doc| vec![card_change(doc, "e5", Some(moved))], "a card with a KPI into another stage");
    step(
        &mut doc,
        &mut ck,
        |doc| {
            vec![Change::Lines {
                before: doc.lines.clone(),
                after: vec![
                    Line { kind: LineKind::Visibility, boundary: 2 },
                    Line { kind: LineKind::Interaction, boundary: 3 },
                ],
            }]
        },
        "lines out of order",
    );
    let mut meta = Meta::of(&doc);
    meta.profile = Profile::EighteenF;
    meta.rules.insert("granularity".into(), RuleSetting::Error);
    meta.rules.insert("no-such-rule".into(), RuleSetting::Warning);
    step(&mut doc, &mut ck, |doc| vec![Change::Meta { before: Meta::of(doc), after: meta }], "profile and settings");
    let all: Vec<Change> = doc.connectors.keys().map(|id| connector_change(&doc, id.as_str(), None)).collect();
    step(&mut doc, &mut ck, |_| all, "deleting every connector");
}

/// A small deterministic generator, so failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

#[test]
fn random_edit_sequences() {
    let lanes = ["ev", "cu", "fr", "ba", "su"];
    let mut seen = std::collections::BTreeSet::new();
    for seed in 0..12u64 {
        let mut rng = Lcg(seed);
        let mut doc = good().0;
        let mut ck = Checker::new(&doc);
        for i in 0..120 {
            let cards: Vec<String> = doc.cards.keys().map(|k| k.to_string()).collect();
            let conns: Vec<String> = doc.connectors.keys().map(|k| k.to_string()).collect();
            let pick = |rng: &mut Lcg, v: &[String]| {
                if v.is_empty() {
                    "none".to_owned()
                } else {
                    v[rng.next(v.len())].clone()
                }
            };
            let stage = format!("s{}", rng.next(5) + 1);
            let changes = match rng.next(9) {
                0 | 1 => {
                    let id = format!("r{i}");
                    let mut c = Card::new(id.as_str(), lanes[rng.next(5)], stage.as_str(), format!("Step {i}"));
                    c.order = 100 + i;
                    if rng.next(3) == 0 {
                        c.duration_seconds = Some(rng.next(1000) as u32);
                        c.tolerance_seconds = Some(rng.next(1000) as u32);
                    }
                    if rng.next(4) == 0 {
                        c.emotion = Some(1);
                    }
                    vec![card_change(&doc, &id, Some(c))]
                }
                2 => {
                    let id = pick(&mut rng, &cards);
                    vec![card_change(&doc, &id, None)]
                }
                3 => {
                    let id = pick(&mut rng, &cards);
                    match doc.cards.get(id.as_str()).cloned() {
                        Some(mut c) => {
                            c.lane = lanes[rng.next(5)].into();
                            c.stage = stage.as_str().into();
                            c.order = 1000 + i;
                            c.text = format!("Moved {i}");
                            vec![card_change(&doc, &id, Some(c))]
                        }
                        None => vec![],
                    }
                }
                4..=6 => {
                    let id = format!("x{i}");
                    let mut c =
                        Connector::new(id.as_str(), pick(&mut rng, &cards).as_str(), pick(&mut rng, &cards).as_str());
                    if rng.next(4) == 0 {
                        c.direction = Direction::TwoWay;
                    }
                    if rng.next(10) == 0 {
                        c.to = "ghost".into();
                    }
                    vec![connector_change(&doc, &id, Some(c))]
                }
                7 => {
                    let id = pick(&mut rng, &conns);
                    vec![connector_change(&doc, &id, None)]
                }
                _ => {
                    // A card and a connector together, like a command that adds a connected card.
                    let id = format!("r{i}");
                    let mut c = Card::new(id.as_str(), lanes[rng.next(5)], stage.as_str(), format!("Step {i}"));
                    c.order = 100 + i;
                    let a = Connector::new(format!("y{i}").as_str(), pick(&mut rng, &cards).as_str(), id.as_str());
                    vec![card_change(&doc, &id, Some(c)), connector_change(&doc, &format!("y{i}"), Some(a))]
                }
            };
            step(&mut doc, &mut ck, |_| changes, &format!("seed {seed}, edit {i}"));
            seen.extend(ck.iter().map(|d| d.rule));
        }
    }
    // The sequences must exercise the rules that depend on neighbours and flow.
    for rule in [
        "customer-to-backstage",
        "customer-to-support",
        "orphan-frontstage",
        "unused-support",
        "connector-ends",
        "duplicate-connector",
        "backwards-arrow",
        "customer-flow-cycle",
        "unreachable-step",
        "over-tolerance",
        "total-time",
        "emotion-lane",
        "granularity",
        "customer-without-evidence",
        "stage-without-customer-action",
    ] {
        assert!(seen.contains(rule), "random edits never triggered {rule}");
    }
}

#[test]
fn unvalidated_documents_do_not_panic() {
    let doc = good()
        .card("lost", "no-lane", "no-stage", "Lost")
        .arrow("d1", "lost", "ghost")
        .arrow("d2", "ghost", "ghost")
        .arrow("d3", "u1", "lost")
        .edit(|b| {
            b.lines.push(Line { kind: LineKind::Interaction, boundary: 99 });
            b.lines.push(Line { kind: LineKind::OrderPenetration, boundary: 1 });
            b.stages.push(b.stages[0].clone());
            b.lanes.push(b.lanes[1].clone());
            b.rules.insert("nonsense".into(), RuleSetting::Error);
            b.cards.get_mut("u2").unwrap().emotion = Some(100);
        });
    let d = check(&doc.0);
    assert!(d.iter().any(|d| d.rule == "connector-ends"));
    let mut ck = Checker::new(&doc.0);
    let mut doc = doc.0;
    step(
        &mut doc,
        &mut ck,
        |doc| vec![card_change(doc, "ghost", Some(Card::new("ghost", "cu", "s1", "Found")))],
        "filling a dangling end",
    );
    step(&mut doc, &mut ck, |doc| vec![card_change(doc, "u1", None)], "deleting a card");
    assert_eq!(crate::rules::effective_severity(&doc, "nonsense"), None);
    assert!(!known_rule_ids().any(|id| id == "nonsense") && known_rule_ids().count() == 27);
    assert!(d.iter().any(|d| d.rule == "unknown-rule-setting"), "the unknown setting is reported");
}

/// A move within a lane (to another stage, or another place in its cell) skips the
/// document-wide rules that read only the flow, but not those that read stages: moving
/// the first customer action to the last stage changes where the journey starts, and
/// so which customer actions are unreachable.
#[test]
fn moves_within_a_lane_recheck_what_reads_stages() {
    use super::testing::bitner;
    // u1 → u2; u3 alone. The journey starts at u1 (stage 1): u3 is not reached.
    let mut doc = bitner(3)
        .card("u1", "cu", "s1", "Arrive")
        .card("u2", "cu", "s2", "Order")
        .card("u3", "cu", "s2", "Ask for the bill")
        .arrow("a1", "u1", "u2")
        .0;
    let mut ck = Checker::new(&doc);
    let unreachable = |ck: &Checker| {
        let mut ids: Vec<String> = ck
            .iter()
            .filter(|d| d.rule == "unreachable-step")
            .flat_map(|d| d.elements.iter().map(|e| format!("{e:?}")))
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(unreachable(&ck).len(), 1, "{:?}", ck.diagnostics());
    // u1 to the last stage: the journey now starts in stage 2, where nothing leads to u1.
    let mut moved = doc.cards["u1"].clone();
    moved.stage = "s3".into();
    step(&mut doc, &mut ck, |doc| vec![card_change(doc, "u1", Some(moved))], "the first customer action moved last");
    assert!(unreachable(&ck).iter().any(|e| e.contains("u1")), "{:?}", unreachable(&ck));
    // Another place in its cell: nothing a document-wide rule reads changes.
    let mut reordered = doc.cards["u3"].clone();
    reordered.order = 9;
    step(&mut doc, &mut ck, |doc| vec![card_change(doc, "u3", Some(reordered))], "a card to another place in its cell");
}
