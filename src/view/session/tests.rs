use super::*;
use crate::edit::CardChanges;
use crate::generate::synthetic;
use crate::model::{CardId, Stage};
use crate::rules::{check, check_in};

/// A session whose view holds the whole view (the same one for the same `n`).
fn shown(n: usize) -> Session {
    let mut s = Session::untitled(synthetic(n));
    s.view();
    s
}

/// A drop: the session's first card to the next lane and stage.
fn drop_of(s: &Session) -> Command {
    let doc = s.doc();
    let card = doc.cards.values().next().unwrap();
    let stage = doc.stages.iter().position(|st| st.id == card.stage).unwrap();
    let lane = doc.lanes.iter().position(|l| l.id == card.lane).unwrap();
    let to = doc.stages[(stage + 1) % doc.stages.len()].id.clone();
    Command::MoveCard {
        card: card.id.clone(),
        lane: doc.lanes[(lane + 1) % doc.lanes.len()].id.clone(),
        stage: to,
        index: 0,
    }
}

fn answer(a: &Applied) -> String {
    serde_json::to_string(a).unwrap()
}

fn json<T: Serialize>(t: &T) -> String {
    serde_json::to_string(t).unwrap()
}

#[test]
fn title_shows_file_name_and_unsaved_bullet() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::untitled(synthetic(3));
    assert_eq!(s.title(), "Untitled");
    s.execute(&Command::RenameStage { stage: "s2".into(), name: "Order".into() }, None).unwrap();
    assert_eq!(s.title(), "Untitled •");
    let path = dir.path().join("Café plan.frontstage");
    s.save(&path).unwrap();
    assert_eq!(s.title(), "Café plan.frontstage");
    assert_eq!(s.path(), Some(path.as_path()));
    assert!(!s.is_dirty());
    assert_eq!(crate::io::load_path(&path).unwrap(), *s.doc());
    s.execute(&Command::RenameStage { stage: "s1".into(), name: "Arrive".into() }, None).unwrap();
    assert_eq!(s.title(), "Café plan.frontstage •");
    s.undo();
    assert_eq!(s.title(), "Café plan.frontstage");
}

#[test]
fn a_failed_save_keeps_the_session_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::untitled(synthetic(3));
    s.execute(&Command::RenameStage { stage: "s1".into(), name: "Arrive".into() }, None).unwrap();
    let err = s.save(&dir.path().join("no such folder/plan.frontstage")).unwrap_err();
    assert_eq!(err.code, "not_found");
    assert!(s.is_dirty() && s.path().is_none());
    assert_eq!(s.title(), "Untitled •");
}

#[cfg(unix)]
#[test]
fn the_document_is_not_saved_to_a_device() {
    let mut s = Session::untitled(synthetic(3));
    s.execute(&Command::RenameStage { stage: "s1".into(), name: "Arrive".into() }, None).unwrap();
    let err = s.save(Path::new("/dev/null")).unwrap_err();
    assert_eq!(err.code, "not_a_file");
    assert!(err.message.contains("/dev/null") && err.message.contains("character device"), "{}", err.message);
    // Still unsaved, still without a file: the window does not pretend it was kept.
    assert!(s.is_dirty() && s.path().is_none());
}

#[test]
fn restored_work_is_unsaved_and_named() {
    let s = Session::restored(synthetic(3), "Recovered plan".into());
    assert_eq!(s.title(), "Recovered plan •");
    assert!(s.path().is_none() && !s.is_blank());
    assert!(Session::untitled(synthetic(3)).is_blank());
}

#[test]
fn checker_follows_execute_undo_and_redo() {
    let doc = crate::templates::template("restaurant").unwrap();
    let mut s = Session::untitled(doc);
    let start = s.diagnostics();
    let card = s.doc().cards.keys().next().unwrap().clone();
    s.execute(&Command::DeleteCards { cards: vec![card] }, None).unwrap();
    assert_eq!(s.diagnostics(), check(s.doc()));
    assert_eq!(s.revision(), 1);
    s.undo();
    assert_eq!(s.diagnostics(), start);
    s.redo();
    assert_eq!(s.diagnostics(), check(s.doc()));
    assert_eq!(s.revision(), 3);
    // Nothing to redo: no change, no new revision.
    assert!(s.redo().patch.is_none());
    assert_eq!(s.revision(), 3);
}

#[test]
fn diagnostics_and_edit_names_follow_the_language() {
    let mut doc = crate::templates::template("restaurant").unwrap();
    // A stage with a backstage card but no customer action: a diagnostic to read (a stage
    // with no card at all is not reported).
    doc.stages.push(Stage::new("s-empty", "Leave"));
    let card = crate::model::Card::new("c-leave", "l-backstage", "s-empty", "Clears the table");
    doc.cards.insert(card.id.clone(), card);
    let english = check(&doc);
    let chinese = check_in(&doc, Language::SimplifiedChinese);
    assert!(!english.is_empty() && english != chinese);

    let mut s = Session::untitled(doc.clone());
    assert_eq!(s.diagnostics(), english);
    // Not yet sent to a view: nothing to resend, but checked in the new language.
    assert_eq!(s.set_language(Language::SimplifiedChinese), None);
    assert_eq!(s.diagnostics(), chinese);
    assert_eq!(s.title(), "未命名");
    s.view();
    let stage = s.doc().stages[1].id.clone();
    s.execute(&Command::RenameStage { stage, name: "Sit".into() }, None).unwrap();
    assert_eq!(s.diagnostics(), check_in(s.doc(), Language::SimplifiedChinese));
    assert_eq!(s.status().undo_label.as_deref(), Some("重命名阶段"));
    // Switching back resends to a view that holds diagnostics, in English; the same
    // language again sends nothing.
    assert_eq!(s.set_language(Language::English), Some(check(s.doc())));
    assert_eq!(s.set_language(Language::English), None);
    assert_eq!(s.status().undo_label.as_deref(), Some("Rename Stage"));
}

#[test]
fn status_reports_history() {
    let mut s = Session::untitled(synthetic(3));
    assert!(!s.status().can_undo);
    s.execute(&Command::RenameStage { stage: "s1".into(), name: "Arrive".into() }, None).unwrap();
    let st = s.status();
    assert!(st.can_undo && st.dirty && !st.can_redo);
    assert_eq!(st.undo_label.as_deref(), Some("Rename Stage"));
}

#[test]
fn preview_tells_what_a_delete_takes_and_changes_nothing() {
    use crate::edit::Change;
    let mut s = Session::untitled(synthetic(40));
    let doc = s.doc().clone();
    let lane = doc.lanes[1].id.clone();
    let cards: Vec<_> = doc.cards.values().filter(|c| c.lane == lane).map(|c| c.id.clone()).collect();
    let arrows = doc.connectors.values().filter(|a| cards.contains(&a.from) || cards.contains(&a.to)).count();
    assert!(!cards.is_empty() && arrows > 0, "the test needs a lane with cards and arrows");
    let patch = s.preview(&Command::DeleteLane { lane: lane.clone() }).unwrap();
    let gone_cards = patch.changes.iter().filter(|c| matches!(c, Change::Card { after: None, .. })).count();
    let gone_arrows = patch.changes.iter().filter(|c| matches!(c, Change::Connector { after: None, .. })).count();
    assert_eq!((gone_cards, gone_arrows), (cards.len(), arrows));
    assert!(patch
        .changes
        .iter()
        .any(|c| matches!(c, Change::Lanes { after, .. } if after.len() == doc.lanes.len() - 1)));
    // Nothing happened: same document, nothing to undo, still clean.
    assert_eq!(s.doc(), &doc);
    assert!(!s.status().can_undo);
    assert!(!s.is_dirty());
    let err = s.preview(&Command::DeleteLane { lane: "nope".into() }).unwrap_err();
    assert!(err.message.contains("nope"), "{}", err.message);
}

#[test]
fn a_prepared_drop_answers_as_an_unprepared_one_and_changes_nothing_before_it() {
    let (mut plain, mut prepared) = (shown(300), shown(300));
    let drop = drop_of(&plain);
    let (doc, revision, undo) = (prepared.doc().clone(), prepared.revision(), prepared.status().can_undo);
    let problems = prepared.diagnostics();
    let sent = prepared.prepare(&drop, false).unwrap().unwrap();
    assert!(prepared.prepared.is_some());
    assert_eq!(
        (prepared.doc(), prepared.revision(), prepared.status().can_undo),
        (&doc, revision, undo),
        "preparing runs nothing"
    );
    assert!(prepared.diagnostics() == problems, "nor changes the problems");
    let a = prepared.execute(&drop, None).unwrap();
    let b = plain.execute(&drop, None).unwrap();
    assert!(!a.delta.cards.is_empty(), "the card moved");
    assert!(b.diagnostics.is_some(), "the drop changes the problems (the test needs it)");
    assert_eq!(answer(&a), answer(&b));
    // What was sent for the view to draw is that answer.
    assert_eq!(
        (json(&sent.patch), json(&sent.created), json(&sent.delta), json(&sent.diagnostics)),
        (json(&b.patch), json(&b.created), json(&b.delta), json(&b.diagnostics))
    );
    assert!(prepared.prepared.is_none(), "used once");
    // Both sessions hold the same Scene: the next edit's delta is made against it.
    assert!(prepared.held.as_ref().unwrap().scene == plain.held.as_ref().unwrap().scene);
    // The Scene it replaced waits for the next preparation to be freed.
    assert_eq!((prepared.retired.len(), plain.retired.len()), (1, 0));
    prepared.prepare(&drop, false).unwrap();
    assert!(prepared.retired.is_empty());
}

#[test]
fn a_drop_whose_answer_the_view_drew_sends_nothing_to_redraw() {
    let (mut plain, mut prepared) = (shown(300), shown(300));
    let drop = drop_of(&plain);
    let Command::MoveCard { card, .. } = drop.clone() else { unreachable!() };
    let home = plain.doc().cards.get(&card).unwrap();
    let (lane, stage) = (home.lane.clone(), home.stage.clone());
    let token = prepared.prepare(&drop, false).unwrap().unwrap().token;
    let a = prepared.execute(&drop, Some(token)).unwrap();
    let b = plain.execute(&drop, None).unwrap();
    assert!(a.drawn && !b.drawn);
    assert!(a.delta.is_empty() && a.diagnostics.is_none());
    assert_eq!((json(&a.patch), json(&a.status)), (json(&b.patch), json(&b.status)));
    // Both now stand on the drop's Scene and problems: the next edit answers the same.
    let back = Command::MoveCard { card, lane, stage, index: 0 };
    assert_eq!(answer(&prepared.execute(&back, None).unwrap()), answer(&plain.execute(&back, None).unwrap()));
}

#[test]
fn a_drawn_answer_that_is_not_the_prepared_one_is_answered_whole() {
    let (mut plain, mut prepared) = (shown(300), shown(300));
    let drop = drop_of(&plain);
    let first = prepared.prepare(&drop, false).unwrap().unwrap().token;
    // Prepared again: the view names the first, which the core no longer holds.
    let again = prepared.prepare(&drop, false).unwrap().unwrap().token;
    assert_ne!(first, again);
    let a = prepared.execute(&drop, Some(first)).unwrap();
    let b = plain.execute(&drop, None).unwrap();
    assert!(!a.drawn, "the view must ask for the whole view");
    assert_eq!(answer(&a), answer(&b));
}

#[test]
fn the_drop_uses_the_prepared_delta() {
    let mut s = shown(60);
    let drop = drop_of(&s);
    s.prepare(&drop, false).unwrap();
    // Marked, to tell it from one computed at the drop.
    let marker = ElementRef::Card(CardId::from("prepared"));
    s.prepared.as_mut().unwrap().delta.cards.removed.push(super::super::scene_delta::key_of(&marker));
    let a = s.execute(&drop, None).unwrap();
    assert_eq!(a.delta.cards.removed, vec!["prepared".to_owned()]);
}

#[test]
fn another_command_or_an_edit_in_between_is_answered_afresh() {
    let (mut plain, mut prepared) = (shown(300), shown(300));
    let drop = drop_of(&plain);
    let Command::MoveCard { card, lane, stage, .. } = drop.clone() else { unreachable!() };
    let elsewhere = Command::MoveCard { card, lane, stage, index: 1 };
    let rename = Command::RenameStage { stage: plain.doc().stages[0].id.clone(), name: "Arrive".into() };

    prepared.prepare(&drop, false).unwrap();
    assert_eq!(answer(&prepared.execute(&elsewhere, None).unwrap()), answer(&plain.execute(&elsewhere, None).unwrap()));
    assert_eq!(prepared.retired.len(), 1, "the unused preparation is freed later");

    let token = prepared.prepare(&drop, false).unwrap().unwrap().token;
    prepared.execute(&rename, None).unwrap();
    plain.execute(&rename, None).unwrap();
    assert!(prepared.prepared.is_none(), "the edit made it stale");
    let a = prepared.execute(&drop, Some(token)).unwrap();
    assert!(!a.drawn);
    assert_eq!(answer(&a), answer(&plain.execute(&drop, None).unwrap()));
}

#[test]
fn nothing_is_prepared_before_the_view_holds_a_scene_or_for_a_refused_command() {
    let mut s = Session::untitled(synthetic(20));
    let card = s.doc().cards.keys().next().unwrap().clone();
    let doc = s.doc();
    let drop = Command::MoveCard { card, lane: doc.lanes[0].id.clone(), stage: doc.stages[1].id.clone(), index: 0 };
    assert!(s.prepare(&drop, false).unwrap().is_none());
    assert!(s.prepared.is_none());
    s.view();
    let refused = Command::MoveCard {
        card: CardId::from("nope"),
        lane: s.doc().lanes[0].id.clone(),
        stage: s.doc().stages[0].id.clone(),
        index: 0,
    };
    assert!(s.prepare(&refused, false).is_err());
    assert!(s.prepared.is_none());
}

#[test]
fn the_scene_exports_draw_is_the_documents_layout_after_every_step() {
    let mut s = Session::untitled(synthetic(60));
    assert_eq!(*s.scene(), crate::layout::layout(s.doc()), "before any view");
    s.view();
    let drop = drop_of(&s);
    let prepared = s.prepare(&drop, false).unwrap().unwrap();
    s.execute(&drop, Some(prepared.token)).unwrap();
    assert_eq!(*s.scene(), crate::layout::layout(s.doc()), "after a prepared drop");
    s.undo();
    assert_eq!(*s.scene(), crate::layout::layout(s.doc()), "after undo");
    s.redo();
    assert_eq!(*s.scene(), crate::layout::layout(s.doc()), "after redo");
}

#[test]
fn a_drop_prepared_for_the_measures_panel_brings_the_figures_after_it() {
    let mut s = shown(60);
    let drop = drop_of(&s);
    let before = s.measures();
    assert!(s.prepare(&drop, false).unwrap().unwrap().measures.is_none(), "not asked for");
    let prepared = s.prepare(&drop, true).unwrap().unwrap();
    let figures = prepared.measures.expect("asked for");
    // Preparing measured the drop's document and kept the session's own.
    assert_eq!(json(&s.measures()), json(&before));
    s.execute(&drop, Some(prepared.token)).unwrap();
    assert_eq!(json(&figures), json(&s.measures()), "the figures the panel drew are the core's after the drop");
    assert_ne!(json(&figures), json(&before), "the drop moved a customer step");
}

#[test]
fn measures_are_kept_across_edits_no_measure_reads() {
    let mut s = shown(40);
    let first = s.report();
    let card = s.doc().cards.keys().nth(7).unwrap().clone();
    let text = CardChanges { text: Some("Renamed".into()), notes: Some("a note".into()), ..Default::default() };
    s.execute(&Command::UpdateCard { card: card.clone(), changes: text }, None).unwrap();
    assert!(Arc::ptr_eq(&first, &s.report()), "a text edit measured again");

    let before = s.report().time.journey.customer_seconds;
    let longer = CardChanges { duration_seconds: Some(Some(3_600)), wait: Some(true), ..Default::default() };
    s.execute(&Command::UpdateCard { card, changes: longer }, None).unwrap();
    let after = s.report();
    assert!(!Arc::ptr_eq(&first, &after));
    assert_eq!(*after, crate::measure::measure(s.doc()));
    assert!(after.time.journey.customer_seconds > before, "the longer wait is in the journey");
    s.undo();
    assert_eq!(*s.report(), *first, "undo gives back the first figures");
}

#[test]
fn choosing_footnotes_is_an_edit_whose_delta_draws_them_and_undo_takes_them_away() {
    use crate::model::NotesDisplay;
    let mut doc = synthetic(6);
    doc.cards.values_mut().next().unwrap().notes = "Greet by name".into();
    let mut s = Session::untitled(doc);
    s.view();
    let set = |notes| Command::SetDisplay {
        notes: Some(notes),
        legend: None,
        emotion_curve: None,
        time_strip: None,
        overlay: None,
    };
    let applied = s.execute(&set(NotesDisplay::Footnotes), None).unwrap();
    let notes = applied.delta.notes.expect("the footnotes are sent").notes.expect("a block");
    assert_eq!(notes.items.len(), 1);
    assert_eq!(s.doc().display.notes, NotesDisplay::Footnotes);
    assert_eq!(applied.status.undo_label.as_deref(), Some("Change Display Settings"));
    let back = s.undo();
    assert_eq!(back.delta.notes.map(|n| n.notes), Some(None));
    assert_eq!(s.doc().display.notes, NotesDisplay::Hidden);
    let on_card = s.execute(&set(NotesDisplay::OnCard), None).unwrap();
    assert!(on_card.delta.notes.is_none(), "no block either way");
    assert_eq!(on_card.delta.cards.upserted.len(), 1, "the card with notes is drawn again, taller");
}

#[test]
fn a_refused_edit_says_why_in_the_views_language() {
    let mut s = Session::untitled(synthetic(3));
    let card = s.doc().cards.keys().next().expect("a card").clone();
    let selfish = Command::AddConnector {
        id: None,
        from: card.clone(),
        to: card,
        direction: Default::default(),
        label: String::new(),
    };
    let en = s.execute(&selfish, None).expect_err("refused");
    assert_eq!(
        (en.code.as_str(), en.message.as_str()),
        ("self_connector", "a connector cannot start and end at the same card")
    );
    s.set_language(Language::SimplifiedChinese);
    let zh = s.execute(&selfish, None).expect_err("refused");
    assert_eq!((zh.code.as_str(), zh.message.as_str()), ("self_connector", "连线的起点和终点不能是同一张卡片"));
    let preview = s.preview(&selfish).expect_err("refused");
    assert_eq!(preview.message, zh.message);
}
