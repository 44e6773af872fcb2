//! Commands do what the user meant, refuse what is impossible, and undo exactly.

use frontstage::edit::command::KpiChanges;
use frontstage::edit::{CardChanges, CellCards, Command, EditError, Editor};
use frontstage::model::limits;
use frontstage::model::*;

/// Three lanes (customer, frontstage, backstage), two stages, visibility below frontstage.
fn doc() -> Blueprint {
    let mut d = Blueprint::empty("Test");
    d.lanes = vec![
        Lane::new("cust", LaneKind::Customer, "Customer"),
        Lane::new("front", LaneKind::Frontstage, "Frontstage"),
        Lane::new("back", LaneKind::Backstage, "Backstage"),
    ];
    d.stages = vec![Stage::new("s1", "Order"), Stage::new("s2", "Pay")];
    d.lines = vec![Line { kind: LineKind::Interaction, boundary: 1 }, Line { kind: LineKind::Visibility, boundary: 2 }];
    d
}

fn add_card(ed: &mut Editor, id: &str, lane: &str, stage: &str) {
    ed.execute(&Command::AddCard {
        id: Some(id.into()),
        lane: lane.into(),
        stage: stage.into(),
        index: None,
        text: format!("card {id}"),
    })
    .unwrap();
}

fn cell(ed: &Editor, lane: &str, stage: &str) -> Vec<String> {
    ed.doc().cell_cards(&lane.into(), &stage.into()).iter().map(|c| c.id.to_string()).collect()
}

#[test]
fn add_card_appends_or_inserts_and_numbers_the_cell() {
    let mut ed = Editor::new(doc());
    add_card(&mut ed, "a", "cust", "s1");
    add_card(&mut ed, "b", "cust", "s1");
    let out = ed
        .execute(&Command::AddCard {
            id: None,
            lane: "cust".into(),
            stage: "s1".into(),
            index: Some(0),
            text: "点餐".into(),
        })
        .unwrap();
    assert_eq!(out.created, vec![ElementRef::Card("c3".into())]);
    assert_eq!(cell(&ed, "cust", "s1"), ["c3", "a", "b"]);
    let orders: Vec<u32> = ed.doc().cell_cards(&"cust".into(), &"s1".into()).iter().map(|c| c.order).collect();
    assert_eq!(orders, [0, 1, 2]);
    assert_eq!(ed.doc().cards["c3"].text, "点餐");
}

#[test]
fn move_card_between_cells_and_within_a_cell() {
    let mut ed = Editor::new(doc());
    for id in ["a", "b", "c"] {
        add_card(&mut ed, id, "cust", "s1");
    }
    ed.execute(&Command::MoveCard { card: "a".into(), lane: "cust".into(), stage: "s1".into(), index: 2 }).unwrap();
    assert_eq!(cell(&ed, "cust", "s1"), ["b", "c", "a"]);
    ed.execute(&Command::MoveCard { card: "b".into(), lane: "front".into(), stage: "s2".into(), index: 0 }).unwrap();
    assert_eq!(cell(&ed, "cust", "s1"), ["c", "a"]);
    assert_eq!(cell(&ed, "front", "s2"), ["b"]);
    assert_eq!(ed.doc().cards["a"].order, 1);
    ed.undo();
    ed.undo();
    assert_eq!(cell(&ed, "cust", "s1"), ["a", "b", "c"]);
}

fn cells(list: &[(&str, &str, &[&str])]) -> Command {
    Command::MoveCards {
        cells: list
            .iter()
            .map(|(lane, stage, cards)| CellCards {
                lane: (*lane).into(),
                stage: (*stage).into(),
                cards: cards.iter().map(|c| (*c).into()).collect(),
            })
            .collect(),
    }
}

#[test]
fn move_cards_brings_cells_to_their_orders_in_one_step() {
    let mut ed = Editor::new(doc());
    for (id, lane, stage) in [("a", "cust", "s1"), ("b", "cust", "s1"), ("c", "cust", "s1"), ("d", "cust", "s2")] {
        add_card(&mut ed, id, lane, stage);
    }
    let before = ed.doc().clone();
    // Two cards one stage to the right, keeping their places; the cell they leave closes up.
    ed.execute(&cells(&[("cust", "s2", &["a", "d", "c"])])).unwrap();
    assert_eq!(cell(&ed, "cust", "s1"), ["b"]);
    assert_eq!(cell(&ed, "cust", "s2"), ["a", "d", "c"]);
    assert_eq!(ed.doc().cards["b"].order, 0);
    assert_eq!(ed.undo_label(), Some("Move Cards"));
    // Two cells at once, one of them reordered in place.
    ed.execute(&cells(&[("cust", "s2", &["c", "a"]), ("front", "s1", &["d"])])).unwrap();
    assert_eq!(cell(&ed, "cust", "s2"), ["c", "a"]);
    assert_eq!(cell(&ed, "front", "s1"), ["d"]);
    ed.undo();
    ed.undo();
    assert_eq!(ed.doc(), &before);
    // The same as the equivalent move_card commands.
    let mut one_by_one = Editor::new(before.clone());
    for (card, index) in [("a", 0), ("c", 2)] {
        one_by_one
            .execute(&Command::MoveCard { card: card.into(), lane: "cust".into(), stage: "s2".into(), index })
            .unwrap();
    }
    ed.execute(&cells(&[("cust", "s2", &["a", "d", "c"])])).unwrap();
    assert_eq!(ed.doc(), one_by_one.doc());
}

#[test]
fn move_cards_refuses_moves_that_lose_or_double_a_card() {
    let mut ed = Editor::new(doc());
    for (id, stage) in [("a", "s1"), ("b", "s1"), ("c", "s2")] {
        add_card(&mut ed, id, "cust", stage);
    }
    let before = ed.doc().clone();
    let refused = [
        (cells(&[("cust", "s2", &["a", "a", "c"])]), "invalid_move"),
        (cells(&[("cust", "s2", &["a", "c"]), ("cust", "s2", &["b"])]), "invalid_move"),
        // `b` stays in s1, which is listed without it.
        (cells(&[("cust", "s1", &["a"])]), "invalid_move"),
        (cells(&[("cust", "s2", &["a", "nope", "c"])]), "unknown_element"),
        (cells(&[("nope", "s2", &["a"])]), "unknown_element"),
        (cells(&[("cust", "nope", &["a"])]), "unknown_element"),
        (cells(&[]), "nothing_selected"),
        (cells(&[("cust", "s2", &[])]), "nothing_selected"),
    ];
    for (cmd, code) in refused {
        let err = ed.execute(&cmd).unwrap_err();
        assert_eq!(err.code(), code, "{cmd:?}: {err}");
        assert_eq!(ed.doc(), &before, "{cmd:?} changed the document");
    }
    assert!(!ed.can_undo() || ed.undo_label() == Some("Add Card"));
    // A listed order that changes nothing is no step.
    ed.execute(&cells(&[("cust", "s1", &["a", "b"])])).unwrap();
    assert_eq!(ed.undo_label(), Some("Add Card"));
}

#[test]
fn moving_a_lane_keeps_its_cards_and_arrows_and_lines_stay() {
    let mut ed = Editor::new(doc());
    add_card(&mut ed, "x", "cust", "s1");
    add_card(&mut ed, "y", "back", "s1");
    ed.execute(&Command::AddConnector {
        id: Some("k".into()),
        from: "x".into(),
        to: "y".into(),
        direction: Direction::OneWay,
        label: String::new(),
    })
    .unwrap();
    ed.execute(&Command::MoveLane { lane: "back".into(), index: 0 }).unwrap();
    let order: Vec<&str> = ed.doc().lanes.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(order, ["back", "cust", "front"]);
    assert_eq!(ed.doc().cards["y"].lane.as_str(), "back");
    assert_eq!(ed.doc().connectors["k"].to.as_str(), "y");
    // The line of visibility still sits below the second lane: the backstage lane is now above it.
    assert_eq!(ed.doc().line(LineKind::Visibility).unwrap().boundary, 2);
}

#[test]
fn adding_and_deleting_lanes_shift_the_lines_below() {
    let mut ed = Editor::new(doc());
    ed.execute(&Command::AddLane { id: Some("ev".into()), index: Some(0), kind: LaneKind::Evidence, name: None })
        .unwrap();
    assert_eq!(ed.doc().lanes[0].name, "Physical evidence");
    assert_eq!(ed.doc().line(LineKind::Interaction).unwrap().boundary, 2);
    assert_eq!(ed.doc().line(LineKind::Visibility).unwrap().boundary, 3);
    ed.execute(&Command::AddLane {
        id: Some("sup".into()),
        index: None,
        kind: LaneKind::Support,
        name: Some("支持".into()),
    })
    .unwrap();
    assert_eq!(ed.doc().line(LineKind::Visibility).unwrap().boundary, 3);
    ed.execute(&Command::DeleteLane { lane: "cust".into() }).unwrap();
    assert_eq!(ed.doc().line(LineKind::Interaction).unwrap().boundary, 1);
    assert_eq!(ed.doc().line(LineKind::Visibility).unwrap().boundary, 2);
}

#[test]
fn deleting_a_stage_takes_its_cards_and_their_connectors_and_says_so() {
    let mut ed = Editor::new(doc());
    add_card(&mut ed, "x", "cust", "s1");
    add_card(&mut ed, "y", "front", "s2");
    ed.execute(&Command::AddConnector {
        id: Some("k".into()),
        from: "x".into(),
        to: "y".into(),
        direction: Direction::TwoWay,
        label: "asks".into(),
    })
    .unwrap();
    let before = ed.doc().clone();
    let preview = ed.preview(&Command::DeleteStage { stage: "s2".into() }).unwrap();
    assert_eq!(ed.doc(), &before, "preview changes nothing");
    assert_eq!(preview.cards().map(|c| c.as_str()).collect::<Vec<_>>(), ["y"]);
    assert_eq!(preview.connectors().map(|c| c.as_str()).collect::<Vec<_>>(), ["k"]);
    ed.execute(&Command::DeleteStage { stage: "s2".into() }).unwrap();
    assert!(ed.doc().connectors.is_empty());
    assert_eq!(ed.doc().cards.len(), 1);
    ed.undo();
    assert_eq!(ed.doc(), &before);
}

#[test]
fn invalid_commands_are_refused_and_change_nothing() {
    let mut ed = Editor::new(doc());
    add_card(&mut ed, "x", "cust", "s1");
    let before = ed.doc().clone();
    let cases: Vec<(Command, &str)> = vec![
        (
            Command::AddCard { id: None, lane: "nope".into(), stage: "s1".into(), index: None, text: String::new() },
            "unknown_element",
        ),
        (
            Command::AddCard {
                id: Some("x".into()),
                lane: "cust".into(),
                stage: "s1".into(),
                index: None,
                text: String::new(),
            },
            "duplicate_id",
        ),
        (
            Command::AddCard {
                id: Some("s1".into()),
                lane: "cust".into(),
                stage: "s1".into(),
                index: None,
                text: String::new(),
            },
            "duplicate_id",
        ),
        (
            Command::AddCard {
                id: Some("<bad id>".into()),
                lane: "cust".into(),
                stage: "s1".into(),
                index: None,
                text: String::new(),
            },
            "invalid_id",
        ),
        (
            Command::AddCard { id: None, lane: "cust".into(), stage: "s1".into(), index: Some(5), text: String::new() },
            "out_of_range",
        ),
        (Command::MoveCard { card: "x".into(), lane: "cust".into(), stage: "s2".into(), index: 1 }, "out_of_range"),
        (Command::MoveLane { lane: "cust".into(), index: 3 }, "out_of_range"),
        (Command::PlaceLine { kind: LineKind::Visibility, boundary: Some(4) }, "out_of_range"),
        (
            Command::UpdateLane {
                lane: "cust".into(),
                name: None,
                kind: None,
                color: Some(Some("red\" onload=\"x".into())),
                collapsed: None,
            },
            "invalid_value",
        ),
        (
            Command::UpdateCard {
                card: "x".into(),
                changes: CardChanges { emotion: Some(Some(3)), ..Default::default() },
            },
            "invalid_value",
        ),
        (
            Command::AddConnector {
                id: None,
                from: "x".into(),
                to: "x".into(),
                direction: Direction::OneWay,
                label: String::new(),
            },
            "self_connector",
        ),
        (Command::DeleteCards { cards: vec![] }, "nothing_selected"),
        (Command::DeleteConnectors { connectors: vec!["zz".into()] }, "unknown_element"),
        // A batch that fails half-way leaves nothing of its first half behind.
        (
            Command::Batch {
                label: "Paste".into(),
                commands: vec![
                    Command::AddCard {
                        id: Some("p1".into()),
                        lane: "cust".into(),
                        stage: "s1".into(),
                        index: None,
                        text: "pasted".into(),
                    },
                    Command::AddCard {
                        id: Some("p1".into()),
                        lane: "cust".into(),
                        stage: "s1".into(),
                        index: None,
                        text: "again".into(),
                    },
                ],
            },
            "duplicate_id",
        ),
    ];
    for (cmd, code) in cases {
        let err: EditError = ed.execute(&cmd).expect_err(&format!("{cmd:?} should be refused"));
        assert_eq!(err.code(), code, "{cmd:?}: {err}");
        assert!(!err.to_string().is_empty());
        assert_eq!(ed.doc(), &before, "{cmd:?} changed the document");
    }
    assert_eq!(ed.undo_label(), Some("Add Card"), "refused commands add no undo step");
}

#[test]
fn typing_coalesces_until_sealed() {
    let mut ed = Editor::new(doc());
    add_card(&mut ed, "x", "cust", "s1");
    ed.mark_saved();
    for text in ["点", "点餐", "点餐 and pay"] {
        let changes = CardChanges { text: Some(text.into()), ..Default::default() };
        ed.execute(&Command::UpdateCard { card: "x".into(), changes }).unwrap();
    }
    assert_eq!(ed.undo_label(), Some("Typing"));
    ed.seal();
    let changes = CardChanges { text: Some("new run".into()), ..Default::default() };
    ed.execute(&Command::UpdateCard { card: "x".into(), changes }).unwrap();
    ed.undo();
    assert_eq!(ed.doc().cards["x"].text, "点餐 and pay");
    ed.undo();
    assert_eq!(ed.doc().cards["x"].text, "card x");
    assert!(!ed.is_dirty(), "back at the saved state");
    ed.undo();
    assert!(ed.doc().cards.is_empty());
    assert!(ed.is_dirty());
    ed.redo();
    assert!(!ed.is_dirty());
}

#[test]
fn a_non_text_edit_breaks_the_typing_run() {
    let mut ed = Editor::new(doc());
    add_card(&mut ed, "x", "cust", "s1");
    let type_text = |ed: &mut Editor, t: &str| {
        ed.execute(&Command::UpdateCard {
            card: "x".into(),
            changes: CardChanges { text: Some(t.into()), ..Default::default() },
        })
        .unwrap();
    };
    type_text(&mut ed, "a");
    ed.execute(&Command::UpdateCard {
        card: "x".into(),
        changes: CardChanges { wait: Some(true), ..Default::default() },
    })
    .unwrap();
    type_text(&mut ed, "ab");
    ed.undo();
    assert_eq!(ed.doc().cards["x"].text, "a");
    assert!(ed.doc().cards["x"].wait);
}

#[test]
fn one_field_edited_again_and_again_is_one_undo_step_until_sealed() {
    let mut ed = Editor::new(doc());
    add_card(&mut ed, "x", "cust", "s1");
    let emotion = |ed: &mut Editor, e: i8| {
        let changes = CardChanges { emotion: Some(Some(e)), ..Default::default() };
        ed.execute(&Command::UpdateCard { card: "x".into(), changes }).unwrap();
    };
    // The emotion select stepped with the arrow keys: one change per key.
    for e in [2, 1, 0, -1] {
        emotion(&mut ed, e);
    }
    assert_eq!(ed.undo_label(), Some("Edit Card"));
    ed.undo();
    assert_eq!(ed.doc().cards["x"].emotion, None, "one undo takes back the whole run");
    assert_eq!(ed.undo_label(), Some("Add Card"));
    ed.redo();
    assert_eq!(ed.doc().cards["x"].emotion, Some(-1));

    // Another field, or the same after the field was left (sealed), is a step of its own.
    ed.execute(&Command::UpdateCard {
        card: "x".into(),
        changes: CardChanges { channel: Some(Some(Channel::Digital)), ..Default::default() },
    })
    .unwrap();
    ed.seal();
    emotion(&mut ed, 2);
    ed.undo();
    assert_eq!(ed.doc().cards["x"].emotion, Some(-1));
    assert_eq!(ed.doc().cards["x"].channel, Some(Channel::Digital));
    ed.undo();
    assert_eq!(ed.doc().cards["x"].channel, None);
    assert_eq!(ed.doc().cards["x"].emotion, Some(-1));
}

#[test]
fn a_field_set_on_several_cards_is_one_step_and_coalesces_as_one_field_does() {
    let mut ed = Editor::new(doc());
    add_card(&mut ed, "x", "cust", "s1");
    add_card(&mut ed, "y", "front", "s2");
    let set_all = |ed: &mut Editor, owner: &str| {
        let commands = ["x", "y"]
            .map(|card| Command::UpdateCard {
                card: card.into(),
                changes: CardChanges { owner: Some(owner.into()), ..Default::default() },
            })
            .to_vec();
        ed.execute(&Command::Batch { label: "Edit Cards".into(), commands }).unwrap();
    };
    set_all(&mut ed, "Host");
    set_all(&mut ed, "Host 领位员");
    assert_eq!(ed.doc().cards["x"].owner, "Host 领位员");
    assert_eq!(ed.doc().cards["y"].owner, "Host 领位员");
    assert_eq!(ed.undo_label(), Some("Edit Cards"));
    ed.undo();
    assert_eq!(ed.doc().cards["x"].owner, "");
    assert_eq!(ed.doc().cards["y"].owner, "");
    assert_eq!(ed.undo_label(), Some("Add Card"));
}

/// The steps an editor holds, counted by undoing a copy of it.
fn undo_steps(ed: &Editor) -> usize {
    let mut ed = ed.clone();
    std::iter::from_fn(|| ed.undo()).count()
}

#[test]
fn different_edits_are_separate_undo_steps() {
    enum Step {
        Run(Command),
        Seal,
    }
    use Step::{Run, Seal};
    let fields = |card: &str, changes: CardChanges| Run(Command::UpdateCard { card: card.into(), changes });
    let emotion = |card: &str, e: i8| fields(card, CardChanges { emotion: Some(Some(e)), ..Default::default() });
    let text = |card: &str, t: &str| fields(card, CardChanges { text: Some(t.into()), ..Default::default() });
    let owners = |cards: &[&str], owner: &str| {
        let commands = cards
            .iter()
            .map(|&card| Command::UpdateCard {
                card: card.into(),
                changes: CardChanges { owner: Some(owner.into()), ..Default::default() },
            })
            .collect();
        Run(Command::Batch { label: "Edit Cards".into(), commands })
    };
    let digital = CardChanges { channel: Some(Some(Channel::Digital)), ..Default::default() };
    let rename = |stage: &str, name: &str| Run(Command::RenameStage { stage: stage.into(), name: name.into() });
    // Each case: what is done, and how many undo steps it makes.
    let cases: Vec<(&str, Vec<Step>, usize)> = vec![
        ("the same field of another card", vec![emotion("x", 1), emotion("y", 1)], 2),
        ("the text of another card", vec![text("x", "a"), text("y", "a")], 2),
        ("another field of the card", vec![emotion("x", 1), fields("x", digital.clone())], 2),
        (
            "the field with another beside it",
            vec![emotion("x", 1), fields("x", CardChanges { emotion: Some(Some(2)), ..digital.clone() })],
            2,
        ),
        ("the card's text, then a field", vec![text("x", "a"), emotion("x", 1)], 2),
        ("another kind of edit between", vec![emotion("x", 1), rename("s1", "Arrive"), emotion("x", 2)], 3),
        (
            "a move between",
            vec![
                text("x", "a"),
                Run(Command::MoveCard { card: "x".into(), lane: "back".into(), stage: "s2".into(), index: 0 }),
                text("x", "ab"),
            ],
            3,
        ),
        ("a seal between", vec![emotion("x", 1), Seal, emotion("x", 2)], 2),
        ("a seal between two texts", vec![text("x", "a"), Seal, text("x", "ab")], 2),
        ("another stage's name", vec![rename("s1", "Arrive"), rename("s2", "Leave")], 2),
        ("the field on other cards", vec![owners(&["x", "y"], "Host"), owners(&["x"], "Host 2")], 2),
        (
            "the field on several cards, then on one",
            vec![
                owners(&["x", "y"], "Host"),
                fields("x", CardChanges { owner: Some("Host 2".into()), ..Default::default() }),
            ],
            2,
        ),
    ];
    for (case, steps, expected) in cases {
        let mut ed = Editor::new(doc());
        add_card(&mut ed, "x", "cust", "s1");
        add_card(&mut ed, "y", "front", "s1");
        ed.seal();
        let base = undo_steps(&ed);
        let mut before_last = ed.doc().clone();
        for step in &steps {
            match step {
                Run(cmd) => {
                    before_last = ed.doc().clone();
                    ed.execute(cmd).unwrap_or_else(|e| panic!("{case}: {cmd:?} refused: {e}"));
                }
                Seal => ed.seal(),
            }
        }
        assert_eq!(undo_steps(&ed) - base, expected, "{case}");
        // The last edit is a step of its own: one undo takes back it alone.
        ed.undo();
        assert_eq!(ed.doc(), &before_last, "{case}");
    }
}

#[test]
fn renaming_a_lane_reads_as_renaming_a_stage() {
    let mut ed = Editor::new(doc());
    let rename = Command::UpdateLane {
        lane: "cust".into(),
        name: Some("Guest".into()),
        kind: None,
        color: None,
        collapsed: None,
    };
    ed.execute(&rename).unwrap();
    assert_eq!(ed.undo_label(), Some("Rename Lane"));
    ed.execute(&Command::UpdateLane {
        lane: "cust".into(),
        name: None,
        kind: None,
        color: None,
        collapsed: Some(true),
    })
    .unwrap();
    assert_eq!(ed.undo_label(), Some("Edit Lane"));
    assert_eq!(frontstage::words::edit_name(Language::SimplifiedChinese, "Rename Lane"), "重命名泳道");
}

#[test]
fn card_fields_set_and_clear() {
    let mut ed = Editor::new(doc());
    add_card(&mut ed, "x", "cust", "s1");
    let set = CardChanges {
        channel: Some(Some(Channel::Interpersonal)),
        owner: Some("Host 领位员".into()),
        duration_seconds: Some(Some(120)),
        tolerance_seconds: Some(Some(300)),
        fail_point: Some(Some(FailPoint {
            kind: FailKind::Interaction,
            description: String::new(),
            recovery: "Manager steps in".into(),
        })),
        emotion: Some(Some(-2)),
        tags: Some(vec!["peak".into()]),
        ..Default::default()
    };
    ed.execute(&Command::UpdateCard { card: "x".into(), changes: set }).unwrap();
    let c = &ed.doc().cards["x"];
    assert_eq!((c.channel, c.duration_seconds, c.emotion), (Some(Channel::Interpersonal), Some(120), Some(-2)));
    // JSON from the UI: null clears, absence leaves alone.
    let clear: CardChanges = serde_json::from_str(r#"{"emotion": null, "owner": ""}"#).unwrap();
    ed.execute(&Command::UpdateCard { card: "x".into(), changes: clear }).unwrap();
    let c = &ed.doc().cards["x"];
    assert_eq!(c.emotion, None);
    assert_eq!(c.owner, "");
    assert_eq!(c.duration_seconds, Some(120));
}

#[test]
fn deleting_cards_removes_their_connectors_and_renumbers() {
    let mut ed = Editor::new(doc());
    for id in ["a", "b", "c"] {
        add_card(&mut ed, id, "cust", "s1");
    }
    ed.execute(&Command::AddConnector {
        id: Some("k".into()),
        from: "a".into(),
        to: "c".into(),
        direction: Direction::OneWay,
        label: String::new(),
    })
    .unwrap();
    ed.execute(&Command::DeleteCards { cards: vec!["a".into()] }).unwrap();
    assert!(ed.doc().connectors.is_empty());
    ed.undo();
    // A selection may name the same element twice.
    ed.execute(&Command::DeleteConnectors { connectors: vec!["k".into(), "k".into()] }).unwrap();
    assert!(ed.doc().connectors.is_empty());
    ed.execute(&Command::DeleteCards { cards: vec!["a".into(), "a".into()] }).unwrap();
    assert_eq!(ed.doc().cards["b"].order, 0);
    assert_eq!(ed.doc().cards["c"].order, 1);
    assert_eq!(ed.doc().inconsistencies(), vec![]);
}

#[test]
fn commands_round_trip_through_json() {
    let cmd: Command =
        serde_json::from_str(r#"{"type":"move_card","card":"c1","lane":"l2","stage":"s3","index":0}"#).unwrap();
    assert_eq!(cmd, Command::MoveCard { card: "c1".into(), lane: "l2".into(), stage: "s3".into(), index: 0 });
    let back: Command = serde_json::from_str(&serde_json::to_string(&cmd).unwrap()).unwrap();
    assert_eq!(back, cmd);
    assert!(serde_json::from_str::<Command>(r#"{"type":"move_card","card":"c1"}"#).is_err());
    assert!(serde_json::from_str::<Command>(r#"{"type":"format_disk"}"#).is_err());
}

#[test]
fn connectors_that_repeat_a_join_are_refused_with_the_cards_named() {
    let mut ed = Editor::new(doc());
    add_card(&mut ed, "x", "cust", "s1");
    add_card(&mut ed, "y", "front", "s1");
    add_card(&mut ed, "z", "back", "s1");
    let add = |id: &str, from: &str, to: &str, direction| Command::AddConnector {
        id: Some(id.into()),
        from: from.into(),
        to: to.into(),
        direction,
        label: String::new(),
    };
    let update = |id: &str, from: Option<&str>, to: Option<&str>, direction| Command::UpdateConnector {
        connector: id.into(),
        from: from.map(Into::into),
        to: to.map(Into::into),
        direction,
        label: None,
    };
    ed.execute(&add("k", "x", "y", Direction::OneWay)).unwrap();
    // A request and its answer are two hand-offs, not a duplicate.
    ed.execute(&add("ans", "y", "x", Direction::OneWay)).unwrap();
    ed.execute(&add("m", "x", "z", Direction::OneWay)).unwrap();
    let before = ed.doc().clone();
    let refused = [
        add("k2", "x", "y", Direction::OneWay),
        add("k3", "x", "y", Direction::TwoWay),
        // Reconnecting m's end onto y would repeat k.
        update("m", None, Some("y"), None),
        // Two-way x ⇄ y would repeat the answer y → x.
        update("k", None, None, Some(Direction::TwoWay)),
    ];
    for cmd in refused {
        let err = ed.execute(&cmd).expect_err(&format!("{cmd:?} should be refused"));
        assert_eq!(err.code(), "duplicate_connector", "{cmd:?}");
        assert_eq!(err.to_string(), "\"card x\" and \"card y\" are already connected", "{cmd:?}");
        assert_eq!(ed.doc(), &before, "{cmd:?} changed the document");
    }
    // Reconnecting onto a free card, or reversing onto itself, is fine; so is a label.
    ed.execute(&update("m", Some("y"), Some("z"), None)).unwrap();
    ed.execute(&Command::UpdateConnector {
        connector: "k".into(),
        from: None,
        to: None,
        direction: None,
        label: Some("asks".into()),
    })
    .unwrap();
    ed.execute(&update("ans", Some("y"), Some("x"), Some(Direction::OneWay))).unwrap();
}

/// One command per field with a limit, setting it to `text` (or `tags`).
fn setting(field: limits::Field, text: &str, tags: Vec<String>) -> Command {
    use limits::Field as F;
    let changes = |f: fn(&mut CardChanges, String), text: &str| {
        let mut c = CardChanges::default();
        f(&mut c, text.to_owned());
        Command::UpdateCard { card: "x".into(), changes: c }
    };
    let meta = |[title, scenario, persona, description]: [Option<String>; 4]| Command::SetProperties {
        title,
        scenario,
        persona,
        description,
        language: None,
    };
    let t = || Some(text.to_owned());
    let kpi = |changes: KpiChanges| Command::UpdateKpi { kpi: "k".into(), changes };
    match field {
        F::Title => meta([t(), None, None, None]),
        F::Scenario => meta([None, t(), None, None]),
        F::Persona => meta([None, None, t(), None]),
        F::Description => meta([None, None, None, t()]),
        F::StageName => Command::RenameStage { stage: "s1".into(), name: text.into() },
        F::LaneName => Command::UpdateLane { lane: "cust".into(), name: t(), kind: None, color: None, collapsed: None },
        F::CardText => changes(|c, v| c.text = Some(v), text),
        F::Notes => changes(|c, v| c.notes = Some(v), text),
        F::Owner => changes(|c, v| c.owner = Some(v), text),
        F::FailDescription => changes(
            |c, v| {
                c.fail_point = Some(Some(FailPoint { kind: FailKind::System, description: v, recovery: String::new() }))
            },
            text,
        ),
        F::KpiName => kpi(KpiChanges { name: t(), ..Default::default() }),
        F::KpiUnit => kpi(KpiChanges { unit: t(), ..Default::default() }),
        F::KpiSource => kpi(KpiChanges { source: t(), ..Default::default() }),
        F::Recovery => changes(
            |c, v| {
                c.fail_point = Some(Some(FailPoint { kind: FailKind::System, description: String::new(), recovery: v }))
            },
            text,
        ),
        F::Tag | F::Tags => {
            Command::UpdateCard { card: "x".into(), changes: CardChanges { tags: Some(tags), ..Default::default() } }
        }
        F::ConnectorLabel => {
            Command::UpdateConnector { connector: "a".into(), from: None, to: None, direction: None, label: t() }
        }
        F::RuleSetting => Command::SetRule { rule: text.into(), setting: Some(RuleSetting::Off) },
        F::EditName => Command::Batch { label: text.into(), commands: vec![] },
    }
}

#[test]
fn every_field_takes_its_limit_and_refuses_one_more_character() {
    let mut ed = Editor::new(doc());
    add_card(&mut ed, "x", "cust", "s1");
    add_card(&mut ed, "y", "front", "s1");
    ed.execute(&Command::AddConnector {
        id: Some("a".into()),
        from: "x".into(),
        to: "y".into(),
        direction: Direction::OneWay,
        label: String::new(),
    })
    .unwrap();
    ed.execute(&add_kpi("k", "Satisfaction", 90.0)).unwrap();
    for field in limits::Field::ALL {
        let limit = field.limit();
        // Counted in characters: a Chinese character is one, though three bytes long.
        let (fits, over) = ("长".repeat(limit), "长".repeat(limit + 1));
        let tags = |n: usize, len: usize| (0..n).map(|i| format!("{i:0len$}")).collect::<Vec<_>>();
        let (fits_tags, over_tags) = match field {
            limits::Field::Tags => (tags(limit, 3), tags(limit + 1, 3)),
            _ => (vec![fits.clone()], vec![over.clone()]),
        };
        let before = ed.doc().clone();
        let err = ed.execute(&setting(field, &over, over_tags)).expect_err(&format!("{field:?} over its limit"));
        assert_eq!(err.code(), "too_long", "{field:?}: {err}");
        let message = err.to_string();
        assert!(message.contains(field.name()) && message.contains(&format!("at most {limit} ")), "{message}");
        assert!(message.contains(&(limit + 1).to_string()), "the message says how long it is: {message}");
        assert_eq!(ed.doc(), &before, "{field:?}: a refused edit changes nothing");
        ed.execute(&setting(field, &fits, fits_tags)).unwrap_or_else(|e| panic!("{field:?} at its limit: {e}"));
    }
}

#[test]
fn a_value_over_its_limit_from_a_file_can_be_kept_or_shortened_but_not_lengthened() {
    let long = "a".repeat(limits::Field::CardText.limit() + 100);
    let mut d = doc();
    let mut card = Card::new("x", "cust", "s1", long.as_str());
    card.tags = (0..60).map(|i| format!("tag {i}")).collect();
    d.cards.insert("x".into(), card);
    let mut ed = Editor::new(d);
    // Other edits of the card, and moving it, keep the long text and the many tags.
    let update = |changes: CardChanges| Command::UpdateCard { card: "x".into(), changes };
    ed.execute(&update(CardChanges { emotion: Some(Some(1)), ..Default::default() })).unwrap();
    ed.execute(&Command::MoveCard { card: "x".into(), lane: "front".into(), stage: "s2".into(), index: 0 }).unwrap();
    ed.execute(&update(CardChanges { text: Some(long[1..].to_owned()), ..Default::default() })).unwrap();
    let err = ed.execute(&update(CardChanges { text: Some(format!("{long}b")), ..Default::default() })).unwrap_err();
    assert_eq!(err.code(), "too_long");
    assert_eq!(ed.doc().cards["x"].text, long[1..]);
    let mut tags = ed.doc().cards["x"].tags.clone();
    tags.pop();
    ed.execute(&update(CardChanges { tags: Some(tags.clone()), ..Default::default() })).unwrap();
    tags.push("one more".into());
    tags.push("and another".into());
    assert_eq!(
        ed.execute(&update(CardChanges { tags: Some(tags), ..Default::default() })).unwrap_err().code(),
        "too_long"
    );
    // Copying it is a new value: refused whole, the batch's first card with it.
    let paste = Command::Batch {
        label: "Paste".into(),
        commands: vec![
            Command::AddCard { id: None, lane: "cust".into(), stage: "s1".into(), index: None, text: "ok".into() },
            Command::AddCard { id: None, lane: "cust".into(), stage: "s1".into(), index: None, text: long.clone() },
        ],
    };
    let before = ed.doc().clone();
    assert_eq!(ed.execute(&paste).unwrap_err().code(), "too_long");
    assert_eq!(ed.doc(), &before);
}

fn add_kpi(id: &str, name: &str, target: f64) -> Command {
    Command::AddKpi {
        id: Some(id.into()),
        index: None,
        name: name.into(),
        target,
        unit: "%".into(),
        actual: None,
        direction: KpiDirection::HigherIsBetter,
        source: String::new(),
        on: KpiSubject::Blueprint,
    }
}

#[test]
fn kpis_are_added_edited_and_deleted_with_undo() {
    let mut ed = Editor::new(doc());
    let mut add = add_kpi("ignored", "Customer satisfaction", 93.0);
    if let Command::AddKpi { id, .. } = &mut add {
        *id = None;
    }
    ed.execute(&add).unwrap();
    assert_eq!(ed.doc().kpis[0].id.as_str(), "k1", "a fresh id with the KPI prefix");
    let change =
        KpiChanges { actual: Some(Some(88.5)), on: Some(KpiSubject::Stage("s2".into())), ..Default::default() };
    ed.execute(&Command::UpdateKpi { kpi: "k1".into(), changes: change }).unwrap();
    assert_eq!(ed.doc().kpis[0].actual, Some(88.5));
    assert_eq!(ed.doc().kpis[0].on, KpiSubject::Stage("s2".into()));
    // `actual: null` from the UI clears the measured value.
    let cmd: Command =
        serde_json::from_value(serde_json::json!({"type": "update_kpi", "kpi": "k1", "changes": {"actual": null}}))
            .unwrap();
    ed.execute(&cmd).unwrap();
    assert_eq!(ed.doc().kpis[0].actual, None);
    ed.execute(&Command::DeleteKpi { kpi: "k1".into() }).unwrap();
    assert!(ed.doc().kpis.is_empty());
    ed.undo().unwrap();
    ed.undo().unwrap();
    assert_eq!(ed.doc().kpis[0].actual, Some(88.5));
    assert_eq!(ed.doc().inconsistencies(), vec![]);
}

#[test]
fn a_kpi_on_nothing_or_with_no_number_is_refused() {
    let mut ed = Editor::new(doc());
    ed.execute(&add_kpi("k", "CSAT", 90.0)).unwrap();
    let before = ed.doc().clone();
    let refused = [
        (add_kpi("k", "again", 1.0), "duplicate_id"),
        (add_kpi("c", "bad", f64::NAN), "invalid_value"),
        (
            Command::UpdateKpi {
                kpi: "k".into(),
                changes: KpiChanges { actual: Some(Some(f64::INFINITY)), ..Default::default() },
            },
            "invalid_value",
        ),
        (
            Command::UpdateKpi {
                kpi: "k".into(),
                changes: KpiChanges { on: Some(KpiSubject::Card("nope".into())), ..Default::default() },
            },
            "unknown_element",
        ),
        (Command::DeleteKpi { kpi: "zz".into() }, "unknown_element"),
    ];
    for (cmd, code) in refused {
        let err = ed.execute(&cmd).unwrap_err();
        assert_eq!(err.code(), code, "{cmd:?}: {err}");
        assert_eq!(ed.doc(), &before);
    }
}

#[test]
fn deleting_a_card_or_stage_takes_its_kpis_along_and_undo_brings_them_back() {
    let mut ed = Editor::new(doc());
    add_card(&mut ed, "x", "cust", "s1");
    ed.execute(&add_kpi("on-card", "Wait", 5.0)).unwrap();
    ed.execute(&add_kpi("on-stage", "Stage", 5.0)).unwrap();
    ed.execute(&add_kpi("whole", "Journey", 5.0)).unwrap();
    let on = |id: &str, on: KpiSubject| Command::UpdateKpi {
        kpi: id.into(),
        changes: KpiChanges { on: Some(on), ..Default::default() },
    };
    ed.execute(&on("on-card", KpiSubject::Card("x".into()))).unwrap();
    ed.execute(&on("on-stage", KpiSubject::Stage("s2".into()))).unwrap();
    let full = ed.doc().clone();
    ed.execute(&Command::DeleteCards { cards: vec!["x".into()] }).unwrap();
    ed.execute(&Command::DeleteStage { stage: "s2".into() }).unwrap();
    let left: Vec<&str> = ed.doc().kpis.iter().map(|k| k.id.as_str()).collect();
    assert_eq!(left, ["whole"]);
    assert_eq!(ed.doc().inconsistencies(), vec![]);
    ed.undo().unwrap();
    ed.undo().unwrap();
    assert_eq!(ed.doc(), &full);
}

#[test]
fn standards_and_display_settings_are_set_and_undone() {
    let mut ed = Editor::new(doc());
    ed.execute(&Command::SetStandard { stage: None, seconds: Some(7200) }).unwrap();
    ed.execute(&Command::SetStandard { stage: Some("s2".into()), seconds: Some(1800) }).unwrap();
    assert_eq!(ed.doc().standard_seconds, Some(7200));
    assert_eq!(ed.doc().stages[1].standard_seconds, Some(1800));
    let err = ed.execute(&Command::SetStandard { stage: Some("s9".into()), seconds: None }).unwrap_err();
    assert_eq!(err.code(), "unknown_element");
    ed.execute(&Command::SetDisplay {
        notes: Some(NotesDisplay::Footnotes),
        legend: None,
        emotion_curve: Some(false),
        time_strip: None,
        overlay: Some(Overlay::Waits),
    })
    .unwrap();
    let d = ed.doc().display;
    assert_eq!(
        (d.notes, d.legend, d.emotion_curve, d.time_strip, d.overlay),
        (NotesDisplay::Footnotes, LegendDisplay::Auto, false, true, Overlay::Waits)
    );
    for _ in 0..3 {
        ed.undo().unwrap();
    }
    assert_eq!(ed.doc(), &doc());
}

#[test]
fn key_moments_colours_and_fail_descriptions_are_card_edits() {
    let mut ed = Editor::new(doc());
    add_card(&mut ed, "x", "cust", "s1");
    let changes = CardChanges {
        key_moment: Some(true),
        colour: Some(Some(CardColour::Orange)),
        fail_point: Some(Some(FailPoint {
            kind: FailKind::Process,
            description: "The queue at the desk grows past ten".into(),
            recovery: "Open a second desk".into(),
        })),
        ..Default::default()
    };
    ed.execute(&Command::UpdateCard { card: "x".into(), changes }).unwrap();
    let c = &ed.doc().cards["x"];
    assert!(c.key_moment);
    assert_eq!(c.colour, Some(CardColour::Orange));
    assert_eq!(c.fail_point.as_ref().unwrap().description, "The queue at the desk grows past ten");
    // `colour: null` clears the colour and leaves the rest.
    let cmd: Command =
        serde_json::from_value(serde_json::json!({"type": "update_card", "card": "x", "changes": {"colour": null}}))
            .unwrap();
    ed.execute(&cmd).unwrap();
    assert_eq!(ed.doc().cards["x"].colour, None);
    assert!(ed.doc().cards["x"].key_moment);
}

#[test]
fn a_line_dropped_on_another_lines_boundary_is_refused() {
    let mut ed = Editor::new(doc());
    let before = ed.doc().clone();
    // Visibility (below frontstage) dropped on interaction's boundary (below customer).
    let e = ed.execute(&Command::PlaceLine { kind: LineKind::Visibility, boundary: Some(1) }).unwrap_err();
    assert_eq!(e, EditError::BoundaryTaken { kind: LineKind::Visibility, other: LineKind::Interaction });
    assert_eq!(e.code(), "invalid_move");
    assert_eq!(
        e.to_string(),
        "the line of visibility cannot go where the line of interaction is: one line would hide the other"
    );
    assert_eq!(*ed.doc(), before, "the document is untouched");
    assert!(!ed.can_undo());
    // Its own boundary, a free one, and a line not yet placed onto a free one are fine.
    ed.execute(&Command::PlaceLine { kind: LineKind::Visibility, boundary: Some(2) }).unwrap();
    ed.execute(&Command::PlaceLine { kind: LineKind::Visibility, boundary: Some(3) }).unwrap();
    ed.execute(&Command::PlaceLine { kind: LineKind::InternalInteraction, boundary: Some(2) }).unwrap();
    let e = ed.execute(&Command::PlaceLine { kind: LineKind::Implementation, boundary: Some(3) }).unwrap_err();
    assert_eq!(e, EditError::BoundaryTaken { kind: LineKind::Implementation, other: LineKind::Visibility });
    let lines: Vec<(LineKind, usize)> = ed.doc().lines.iter().map(|l| (l.kind, l.boundary)).collect();
    assert!(lines.contains(&(LineKind::Visibility, 3)) && lines.contains(&(LineKind::InternalInteraction, 2)));
    assert!(!lines.iter().any(|l| l.0 == LineKind::Implementation));
}
