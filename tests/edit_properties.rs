//! Property tests over random command sequences: invariants hold after every command,
//! refused commands change nothing, patches replayed on a mirror equal the document,
//! the incremental checker agrees with a full check, save→load is the identity, layout is
//! deterministic and the same when it reuses the last layout's card boxes, undo-all
//! returns the start and redo-all the end, and a session's kept measures equal measuring
//! the document afresh after every edit, undo and redo.

mod layout_common;

use frontstage::edit::{CardChanges, CellCards, Command, Editor};
use frontstage::measure::measure;
use frontstage::model::limits;
use frontstage::model::*;
use frontstage::rules::{check, Checker};
use frontstage::view::Session;
use proptest::prelude::*;

/// An abstract operation: which kind of command, and numbers to pick its targets with.
#[derive(Clone, Debug)]
struct Op {
    kind: u8,
    a: usize,
    b: usize,
    c: usize,
    text: String,
}

fn op() -> impl Strategy<Value = Op> {
    (0u8..28, any::<usize>(), any::<usize>(), any::<usize>(), "[a-z 点餐结账\"<&]{0,12}")
        .prop_map(|(kind, a, b, c, text)| Op { kind, a, b, c, text })
}

fn pick<T: Clone>(items: &[T], n: usize) -> Option<T> {
    (!items.is_empty()).then(|| items[n % items.len()].clone())
}

/// The op's text made longer than `field` holds.
fn oversize(field: limits::Field, op: &Op) -> String {
    let mut text = op.text.clone();
    while text.chars().count() <= field.limit() {
        text.push_str("点餐 & more ");
    }
    text
}

/// Ops that set a field past its limit (the last three kinds): always refused.
fn is_oversize(op: &Op) -> bool {
    op.kind >= 25
}

/// Turn an abstract op into a command against the current document. Some commands are
/// deliberately impossible (out-of-range indexes, unknown ids, fields past their limits):
/// they must be refused.
fn command(doc: &Blueprint, op: &Op) -> Command {
    let stages: Vec<StageId> = doc.stages.iter().map(|s| s.id.clone()).collect();
    let lanes: Vec<LaneId> = doc.lanes.iter().map(|l| l.id.clone()).collect();
    let cards: Vec<CardId> = doc.cards.keys().cloned().collect();
    let connectors: Vec<ConnectorId> = doc.connectors.keys().cloned().collect();
    let stage = pick(&stages, op.a).unwrap_or_else(|| "missing".into());
    let lane = pick(&lanes, op.b).unwrap_or_else(|| "missing".into());
    let card = pick(&cards, op.a).unwrap_or_else(|| "missing".into());
    let other = pick(&cards, op.b).unwrap_or_else(|| "missing".into());
    match op.kind {
        0..=3 => Command::AddCard {
            id: None,
            lane,
            stage,
            index: op.c.is_multiple_of(3).then_some(op.c % 4),
            text: op.text.clone(),
        },
        4 | 5 => Command::MoveCard { card, lane, stage, index: op.c % 4 },
        6 => Command::UpdateCard { card, changes: CardChanges { text: Some(op.text.clone()), ..Default::default() } },
        7 => Command::UpdateCard {
            card,
            changes: CardChanges {
                emotion: Some(op.c.is_multiple_of(2).then_some((op.c % 7) as i8 - 3)),
                wait: Some(op.b.is_multiple_of(2)),
                fail_point: Some(op.b.is_multiple_of(3).then(|| FailPoint {
                    kind: FailKind::System,
                    description: String::new(),
                    recovery: op.text.clone(),
                })),
                duration_seconds: Some(Some(op.c as u32 % 600)),
                key_moment: Some(op.a.is_multiple_of(2)),
                colour: Some(op.b.is_multiple_of(2).then_some(CardColour::ALL[op.c % 7])),
                // Drawn on the card or as a footnote, as the display says.
                notes: Some(if op.a.is_multiple_of(3) { String::new() } else { op.text.clone() }),
                tags: Some(if op.c.is_multiple_of(2) { Vec::new() } else { vec![op.text.clone()] }),
                ..Default::default()
            },
        },
        8 => Command::DeleteCards { cards: vec![card] },
        9 | 10 => Command::AddConnector {
            id: None,
            from: card,
            to: other,
            direction: if op.c.is_multiple_of(2) { Direction::OneWay } else { Direction::TwoWay },
            label: op.text.clone(),
        },
        11 => Command::DeleteConnectors { connectors: pick(&connectors, op.a).into_iter().collect() },
        12 => Command::UpdateConnector {
            connector: pick(&connectors, op.a).unwrap_or_else(|| "missing".into()),
            from: None,
            to: Some(other),
            direction: None,
            label: Some(op.text.clone()),
        },
        13 => Command::AddStage {
            id: None,
            index: op.c.is_multiple_of(2).then_some(op.a % (stages.len() + 2)),
            name: op.text.clone(),
        },
        14 => Command::MoveStage { stage, index: op.c % (stages.len() + 1) },
        15 => Command::DeleteStage { stage },
        16 => Command::RenameStage { stage, name: op.text.clone() },
        17 => Command::AddLane {
            id: None,
            index: Some(op.a % (lanes.len() + 2)),
            kind: LaneKind::ALL[op.c % LaneKind::ALL.len()],
            name: None,
        },
        18 => Command::MoveLane { lane, index: op.c % (lanes.len() + 1) },
        19 => Command::DeleteLane { lane },
        20 => Command::UpdateLane {
            lane,
            name: Some(op.text.clone()),
            kind: None,
            color: Some(op.c.is_multiple_of(2).then(|| "#aabbcc".to_string())),
            collapsed: Some(op.a.is_multiple_of(2)),
        },
        21 => Command::PlaceLine {
            kind: LineKind::ALL[op.a % 5],
            boundary: (!op.c.is_multiple_of(4)).then_some(op.b % (lanes.len() + 2)),
        },
        22 => match op.c % 6 {
            0 => Command::SetProfile { profile: Profile::ALL[op.a % 4] },
            // KPIs on a card or a stage, which the deletions above must take along.
            1 => Command::AddKpi {
                id: None,
                index: None,
                name: op.text.clone(),
                target: op.b as f64 / 7.0,
                unit: "%".into(),
                actual: op.a.is_multiple_of(2).then_some(op.a as f64 / 3.0),
                direction: KpiDirection::LowerIsBetter,
                source: String::new(),
                on: if op.b.is_multiple_of(2) { KpiSubject::Card(card) } else { KpiSubject::Stage(stage) },
            },
            2 => Command::UpdateKpi {
                kpi: pick(&doc.kpis.iter().map(|k| k.id.clone()).collect::<Vec<_>>(), op.a)
                    .unwrap_or_else(|| "missing".into()),
                changes: frontstage::edit::command::KpiChanges {
                    actual: Some(None),
                    on: op.b.is_multiple_of(2).then_some(KpiSubject::Blueprint),
                    ..Default::default()
                },
            },
            3 => Command::DeleteKpi {
                kpi: pick(&doc.kpis.iter().map(|k| k.id.clone()).collect::<Vec<_>>(), op.a)
                    .unwrap_or_else(|| "missing".into()),
            },
            4 => Command::SetStandard { stage: op.b.is_multiple_of(2).then_some(stage), seconds: Some(op.a as u32) },
            _ => Command::SetDisplay {
                notes: Some([NotesDisplay::Hidden, NotesDisplay::OnCard, NotesDisplay::Footnotes][op.c % 3]),
                legend: Some(LegendDisplay::Hidden),
                emotion_curve: Some(op.a.is_multiple_of(2)),
                time_strip: None,
                overlay: Some([Overlay::None, Overlay::FailPoints, Overlay::Waits, Overlay::Time][op.b % 4]),
            },
        },
        // Two cards (the same one twice is refused) into a cell, at a place among its cards.
        24 => {
            let mut listed: Vec<CardId> = doc
                .cell_cards(&lane, &stage)
                .iter()
                .map(|c| c.id.clone())
                .filter(|id| *id != card && *id != other)
                .collect();
            let at = op.c % (listed.len() + 1);
            listed.splice(at..at, [card, other]);
            Command::MoveCards { cells: vec![CellCards { lane, stage, cards: listed }] }
        }
        25 => Command::UpdateCard {
            card,
            changes: CardChanges {
                text: op.c.is_multiple_of(2).then(|| oversize(limits::Field::CardText, op)),
                tags: (op.c % 2 == 1).then(|| (0..=limits::Field::Tags.limit()).map(|i| format!("t{i}")).collect()),
                ..Default::default()
            },
        },
        26 => match op.c % 3 {
            0 => Command::RenameStage { stage, name: oversize(limits::Field::StageName, op) },
            1 => Command::SetProperties {
                title: None,
                scenario: None,
                persona: None,
                description: Some(oversize(limits::Field::Description, op)),
                language: None,
            },
            _ => Command::AddLane {
                id: None,
                index: None,
                kind: LaneKind::Custom,
                name: Some(oversize(limits::Field::LaneName, op)),
            },
        },
        // A paste whose second card is too long: nothing of the first is left either.
        27 => Command::Batch {
            label: "Paste".into(),
            commands: vec![
                Command::AddCard {
                    id: None,
                    lane: lane.clone(),
                    stage: stage.clone(),
                    index: None,
                    text: op.text.clone(),
                },
                Command::AddConnector {
                    id: None,
                    from: card,
                    to: other,
                    direction: Direction::OneWay,
                    label: oversize(limits::Field::ConnectorLabel, op),
                },
            ],
        },
        _ => Command::Batch {
            label: "Duplicate".into(),
            commands: vec![
                Command::AddCard {
                    id: None,
                    lane: lane.clone(),
                    stage: stage.clone(),
                    index: None,
                    text: op.text.clone(),
                },
                Command::MoveCard { card, lane, stage, index: op.c % 3 },
            ],
        },
    }
}

fn start() -> Blueprint {
    let mut doc = frontstage::generate::synthetic(12);
    doc.title = "Property test".into();
    doc
}

/// Invariants beyond `inconsistencies()`: each cell's orders are exactly 0..n.
fn assert_invariants(doc: &Blueprint) {
    assert_eq!(doc.inconsistencies(), vec![]);
    for lane in &doc.lanes {
        for stage in &doc.stages {
            let orders: Vec<u32> = doc.cell_cards(&lane.id, &stage.id).iter().map(|c| c.order).collect();
            let expected: Vec<u32> = (0..orders.len() as u32).collect();
            assert_eq!(orders, expected, "cell {} × {}", lane.id, stage.id);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn random_edits_keep_invariants_and_undo_exactly(
        ops in prop::collection::vec(op(), 1..40),
        seal_every in 1usize..5,
        measure_every in 1usize..4,
    ) {
        let initial = start();
        let mut ed = Editor::new(initial.clone());
        let mut mirror = initial.clone();
        let mut checker = Checker::new(&initial);
        let mut scene = frontstage::layout::layout(&initial);
        let mut session = Session::untitled(initial.clone());
        session.report();
        for (i, op) in ops.iter().enumerate() {
            let cmd = command(ed.doc(), op);
            let _ = session.execute(&cmd, None);
            let before = ed.doc().clone();
            let result = ed.execute(&cmd);
            prop_assert!(!is_oversize(op) || result.is_err(), "an edit past a field's limit was accepted: {:?}", cmd);
            match result {
                Ok(out) => {
                    out.patch.apply(&mut mirror);
                    // Re-applying the inverse on a copy gives back the state before.
                    let mut back = ed.doc().clone();
                    out.patch.inverse().apply(&mut back);
                    prop_assert_eq!(&back, &before, "inverse of {:?}", cmd);
                    checker.update(ed.doc(), &out.patch);
                    prop_assert_eq!(checker.diagnostics(), check(ed.doc()), "incremental check after {:?}", cmd);
                }
                Err(e) => {
                    prop_assert_eq!(ed.doc(), &before, "refused {:?} ({}) changed the document", cmd, e);
                }
            }
            prop_assert_eq!(&mirror, ed.doc(), "mirror drifted after {:?}", cmd);
            prop_assert_eq!(session.doc(), ed.doc());
            // Measured after every edit, or every second or third: edits pile up between
            // measurements, as they do while the Measures panel is closed.
            if i % measure_every == 0 {
                prop_assert_eq!(&*session.report(), &measure(ed.doc()), "kept measures after {:?}", cmd);
            }
            let next = frontstage::layout::layout_reusing(ed.doc(), Some(&scene));
            prop_assert_eq!(&next, &frontstage::layout::layout(ed.doc()), "layout reusing boxes after {:?}", cmd);
            scene = next;
            assert_invariants(ed.doc());
            let text = frontstage::export::json::to_string(ed.doc());
            prop_assert_eq!(&frontstage::io::load_str(&text).expect("saved text loads"), ed.doc(), "save→load after {:?}", cmd);
            if i % seal_every == 0 {
                ed.seal();
                session.seal();
            }
        }
        let end = ed.doc().clone();
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("end.frontstage");
        frontstage::io::save_path(&path, &end).expect("save");
        prop_assert_eq!(&frontstage::io::load_path(&path).expect("load"), &end, "save→load through a file");
        let scene = serde_json::to_string(&frontstage::layout::layout(&end)).expect("scene serializes");
        let again = serde_json::to_string(&frontstage::layout::layout(&end.clone())).expect("scene serializes");
        prop_assert_eq!(scene, again, "layout is deterministic");
        let problems = layout_common::route_problems(&frontstage::layout::layout(&end));
        prop_assert!(problems.is_empty(), "routes and labels clear of cards: {:?}", problems);
        let mut undone = 0;
        while let Some(p) = ed.undo() {
            undone += 1;
            p.apply(&mut mirror);
            prop_assert_eq!(&mirror, ed.doc());
            checker.update(ed.doc(), &p);
            session.undo();
            if undone % measure_every == 0 {
                prop_assert_eq!(&*session.report(), &measure(ed.doc()), "kept measures after undo");
            }
        }
        prop_assert_eq!(&*session.report(), &measure(ed.doc()), "kept measures after undo-all");
        prop_assert_eq!(checker.diagnostics(), check(&initial), "incremental check after undo-all");
        prop_assert_eq!(ed.doc(), &initial, "undo-all returns the start");
        prop_assert!(!ed.is_dirty());
        while let Some(p) = ed.redo() {
            p.apply(&mut mirror);
            session.redo();
            prop_assert_eq!(&*session.report(), &measure(ed.doc()), "kept measures after redo");
        }
        prop_assert_eq!(ed.doc(), &end, "redo-all returns the end");
        prop_assert_eq!(&mirror, &end);
    }
}
