//! Shared by the io tests: a hand-made sample blueprint and a proptest strategy for
//! consistent blueprints.
#![allow(dead_code)]

use frontstage::model::*;
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use proptest::sample::subsequence;

/// A small, complete blueprint that uses every kind of field.
pub fn sample() -> Blueprint {
    let mut b = Blueprint::empty("Hotel check-in");
    b.scenario = "first-time guest, late arrival".into();
    b.persona = "Business traveller".into();
    b.description = "From arrival to the room.\nWith \"quotes\" and <tags> & ünïcödé 入住".into();
    b.profile = Profile::Fliess;
    b.rules.insert("lines.order".into(), RuleSetting::Off);
    b.rules.insert("cards.empty".into(), RuleSetting::Warning);
    b.stages.push(Stage::new("s1", "Arrive"));
    b.stages.push(Stage::new("s2", "Check in"));
    b.lanes.push(Lane::new("l1", LaneKind::Evidence, "Evidence"));
    b.lanes.push(Lane::new("l2", LaneKind::Customer, "Guest"));
    let mut front = Lane::new("l3", LaneKind::Frontstage, "Reception");
    front.color = Some("#aabbcc".into());
    front.collapsed = true;
    b.lanes.push(front);
    b.lanes.push(Lane::new("l4", LaneKind::Backstage, "Back office"));
    b.lines.push(Line { kind: LineKind::Interaction, boundary: 2 });
    b.lines.push(Line { kind: LineKind::Visibility, boundary: 3 });
    let mut c1 = Card::new("c1", "l2", "s1", "Walks in");
    c1.channel = Some(Channel::Physical);
    c1.emotion = Some(-2);
    c1.wait = true;
    c1.duration_seconds = Some(90);
    c1.tolerance_seconds = Some(300);
    c1.tags = vec!["arrival".into()];
    let mut c2 = Card::new("c2", "l3", "s2", "Greets the guest");
    c2.owner = "Receptionist".into();
    c2.fail_point = Some(FailPoint {
        kind: FailKind::Process,
        description: "The queue grows past ten guests".into(),
        recovery: "Second desk".into(),
    });
    c2.key_moment = true;
    c2.colour = Some(CardColour::Purple);
    c2.notes = "tab\there".into();
    let mut c3 = Card::new("c3", "l3", "s2", "Hands over the key");
    c3.order = 1;
    b.cards.insert("c1".into(), c1);
    b.cards.insert("c2".into(), c2);
    b.cards.insert("c3".into(), c3);
    b.connectors.insert("a1".into(), Connector::new("a1", "c1", "c2"));
    let mut a2 = Connector::new("a2", "c2", "c3");
    a2.direction = Direction::TwoWay;
    a2.label = "key".into();
    b.connectors.insert("a2".into(), a2);
    b.standard_seconds = Some(1800);
    b.stages[1].standard_seconds = Some(600);
    b.display.notes = NotesDisplay::Footnotes;
    b.display.time_strip = false;
    let mut csat = Kpi::new("k1", "Customer satisfaction", 93.0);
    csat.unit = "%".into();
    csat.actual = Some(91.5);
    csat.source = "Monthly survey".into();
    let mut wait = Kpi::new("k2", "Average wait at the desk", 4.2);
    wait.unit = "min".into();
    wait.direction = KpiDirection::LowerIsBetter;
    wait.on = KpiSubject::Stage("s2".into());
    let mut key = Kpi::new("k3", "Keys handed over first time", 99.0);
    key.on = KpiSubject::Card("c3".into());
    b.kpis = vec![csat, wait, key];
    assert!(b.inconsistencies().is_empty(), "{:?}", b.inconsistencies());
    b
}

/// A big consistent blueprint (for save tests that need writes to take a while).
pub fn big(cards: usize) -> Blueprint {
    let mut b = sample();
    for i in 0..cards {
        let id = format!("x{i}");
        let mut c = Card::new(id.as_str(), "l4", "s1", "x".repeat(200));
        c.order = 10 + i as u32;
        b.cards.insert(id.as_str().into(), c);
    }
    b
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![3 => "[a-zA-Z ]{0,12}", 1 => ".{0,12}"]
}

fn id_suffix() -> impl Strategy<Value = String> {
    "[A-Za-z0-9_.:-]{0,6}"
}

fn color() -> impl Strategy<Value = Option<String>> {
    prop::option::of("#[0-9a-fA-F]{6}")
}

/// Consistent blueprints: every reference resolves, ids are unique and well formed.
pub fn blueprint() -> impl Strategy<Value = Blueprint> {
    let meta = (text(), text(), text(), text(), prop::sample::select(Profile::ALL.to_vec()));
    let rules = btree_map(
        "[a-z.-]{1,12}",
        prop::sample::select(vec![RuleSetting::Off, RuleSetting::Info, RuleSetting::Warning, RuleSetting::Error]),
        0..3,
    );
    let stages = vec((id_suffix(), text()), 0..4);
    let lanes = vec((id_suffix(), prop::sample::select(LaneKind::ALL.to_vec()), text(), color(), any::<bool>()), 0..5);
    (meta, rules, stages, lanes)
        .prop_flat_map(|(meta, rules, stages, lanes)| {
            let n_lanes = lanes.len();
            let n_stages = stages.len();
            let lines = subsequence(LineKind::ALL.to_vec(), 0..=5)
                .prop_flat_map(move |kinds| vec(0..=n_lanes, kinds.len()).prop_map(move |b| (kinds.clone(), b)));
            let card_count = if n_lanes == 0 || n_stages == 0 { 0..1 } else { 0..10 };
            let cards = vec(card(n_lanes.max(1), n_stages.max(1)), card_count);
            (Just((meta, rules, stages, lanes)), lines, cards).prop_flat_map(|(parts, lines, cards)| {
                let n = cards.len();
                let connectors = if n == 0 {
                    vec((Just(0usize), Just(0usize), any::<bool>(), text()), 0..1).boxed()
                } else {
                    vec((0..n, 0..n, any::<bool>(), text()), 0..6).boxed()
                };
                (Just(parts), Just(lines), Just(cards), connectors)
            })
        })
        .prop_map(|((meta, rules, stages, lanes), (kinds, bounds), cards, connectors)| {
            let mut b = Blueprint::empty(meta.0);
            b.scenario = meta.1;
            b.persona = meta.2;
            b.description = meta.3;
            b.profile = meta.4;
            b.rules = rules;
            b.stages = stages
                .into_iter()
                .enumerate()
                .map(|(i, (sfx, name))| Stage::new(format!("s{i}{sfx}").as_str(), name))
                .collect();
            b.lanes = lanes
                .into_iter()
                .enumerate()
                .map(|(i, (sfx, kind, name, color, collapsed))| {
                    let mut l = Lane::new(format!("l{i}{sfx}").as_str(), kind, name);
                    l.color = color;
                    l.collapsed = collapsed;
                    l
                })
                .collect();
            b.lines = kinds.into_iter().zip(bounds).map(|(kind, boundary)| Line { kind, boundary }).collect();
            for (i, mut c) in cards.into_iter().enumerate() {
                c.id = CardId::new(format!("c{i}"));
                c.lane = b.lanes[c.lane.as_str().parse::<usize>().unwrap()].id.clone();
                c.stage = b.stages[c.stage.as_str().parse::<usize>().unwrap()].id.clone();
                c.order = i as u32;
                b.cards.insert(c.id.clone(), c);
            }
            let card_ids: Vec<CardId> = b.cards.keys().cloned().collect();
            for (i, (from, to, two_way, label)) in connectors.into_iter().enumerate() {
                let mut a = Connector::new(format!("a{i}").as_str(), card_ids[from].clone(), card_ids[to].clone());
                a.direction = if two_way { Direction::TwoWay } else { Direction::OneWay };
                a.label = label;
                b.connectors.insert(a.id.clone(), a);
            }
            b
        })
}

/// A card whose lane and stage hold *indices* (resolved to ids by [`blueprint`]).
fn card(n_lanes: usize, n_stages: usize) -> impl Strategy<Value = Card> {
    let place = (0..n_lanes, 0..n_stages, text(), text(), text());
    let extra = (
        prop::option::of(prop::sample::select(vec![
            Channel::Physical,
            Channel::Digital,
            Channel::Interpersonal,
            Channel::Process,
        ])),
        prop::option::of(any::<u32>()),
        prop::option::of(any::<u32>()),
        any::<bool>(),
        prop::option::of((
            prop::sample::select(vec![FailKind::Process, FailKind::Outcome, FailKind::Interaction, FailKind::System]),
            text(),
        )),
        prop::option::of(-2i8..=2),
        vec(text(), 0..3),
    );
    (place, extra).prop_map(|((lane, stage, t, notes, owner), (channel, dur, tol, wait, fail, emotion, tags))| {
        let mut c = Card::new("c", lane.to_string().as_str(), stage.to_string().as_str(), t);
        c.notes = notes;
        c.owner = owner;
        c.channel = channel;
        c.duration_seconds = dur;
        c.tolerance_seconds = tol;
        c.wait = wait;
        c.fail_point = fail.map(|(kind, recovery)| FailPoint { kind, description: String::new(), recovery });
        c.emotion = emotion;
        c.tags = tags;
        c
    })
}
