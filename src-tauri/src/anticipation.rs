//! A drop's answer, prepared while the card is still dragged. At 5,000 cards, laying the
//! document out again and diffing it against what the UI holds is most of the drop's
//! time; the UI asks for it when the pointer reaches a new place and gets it back, so a
//! drop there draws at once and the core only has to run the command. Layout and the
//! rules are functions of the document, so the prepared answer is the one the drop would
//! compute: it is used only for the same command, on the document it was prepared from,
//! against the Scene and diagnostics the UI held then.

use crate::commands::diagnostics_change;
use crate::delta::SceneDelta;
use crate::diag_delta::DiagnosticsDelta;
use crate::error::AppError;
use crate::session::Session;
use frontstage::edit::{Command, Patch};
use frontstage::layout::{layout_reusing, Scene};
use frontstage::model::ElementRef;
use frontstage::rules::Diagnostic;
use serde::Serialize;
use std::sync::atomic::{AtomicU64, Ordering};
use ts_rs::TS;

/// A command's Scene, diagnostics and delta, prepared without running it.
pub struct Anticipation {
    command: Command,
    /// The session's revision it was prepared at: any edit since makes it stale.
    revision: u64,
    /// Names it to the UI, which may draw it before the command runs.
    pub token: u64,
    pub scene: Scene,
    pub delta: SceneDelta,
    pub diagnostics: Vec<Diagnostic>,
}

impl Anticipation {
    /// Whether this is the answer to `command` run now, at `revision`.
    pub fn is_for(&self, command: &Command, revision: u64) -> bool {
        self.revision == revision && self.command == *command
    }
}

/// What the UI draws if the drop it expects comes (then it sends `token` with the
/// command): the command's `Applied` answer without the status, which only running it
/// changes.
#[derive(Debug, Serialize, TS)]
pub struct Prepared {
    #[ts(type = "number")]
    pub token: u64,
    pub patch: Patch,
    pub created: Vec<ElementRef>,
    pub delta: SceneDelta,
    /// The diagnostics against the last ones sent, only when they would change.
    pub diagnostics: Option<DiagnosticsDelta>,
}

/// Tokens are unique in the process, so one can never name another window's preparation.
static NEXT_TOKEN: AtomicU64 = AtomicU64::new(1);

/// Prepare `command`'s answer for the session's next `execute`, leaving its document,
/// checker and history as they are, and return it for the UI. Nothing to prepare before
/// the UI holds a Scene.
pub fn anticipate_in(s: &mut Session, command: &Command) -> Result<Option<Prepared>, AppError> {
    s.retired.clear();
    s.anticipation = None;
    let Some(sent) = s.sent.as_ref() else { return Ok(None) };
    #[cfg(debug_assertions)]
    let before = s.checker.diagnostics();
    let checker = &mut s.checker;
    let (scene, delta, diagnostics, outcome) = s.editor.trial(command, |doc, outcome| {
        let scene = layout_reusing(doc, Some(&sent.scene));
        let delta = SceneDelta::between(Some(&sent.scene), &scene);
        checker.update(doc, &outcome.patch);
        (scene, delta, checker.diagnostics(), outcome.clone())
    })?;
    // The checker is incremental both ways: the inverse patch puts it back.
    s.checker.update(s.editor.doc(), &outcome.patch.inverse());
    #[cfg(debug_assertions)]
    debug_assert!(s.checker.diagnostics() == before, "a trial of {command:?} did not put the checker back");
    let token = NEXT_TOKEN.fetch_add(1, Ordering::Relaxed);
    let prepared = Prepared {
        token,
        patch: outcome.patch,
        created: outcome.created,
        delta: delta.clone(),
        diagnostics: diagnostics_change(Some(sent), &diagnostics),
    };
    s.anticipation =
        Some(Anticipation { command: command.clone(), revision: s.revision, token, scene, delta, diagnostics });
    Ok(Some(prepared))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::{apply, view_of, Applied};
    use frontstage::model::{CardId, ElementRef};

    /// A session whose UI holds the view (the same one for the same `n`).
    fn shown(n: usize) -> Session {
        let mut s = Session::untitled(frontstage::generate::synthetic(n));
        view_of(&mut s);
        s
    }

    /// A drop: the session's first card to the next lane and stage.
    fn drop_of(s: &Session) -> Command {
        let doc = s.editor.doc();
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
    fn a_prepared_drop_answers_as_an_unprepared_one_and_changes_nothing_before_it() {
        let (mut plain, mut prepared) = (shown(300), shown(300));
        let drop = drop_of(&plain);
        let (doc, revision, undo) = (prepared.editor.doc().clone(), prepared.revision, prepared.editor.can_undo());
        let problems = prepared.diagnostics();
        let sent = anticipate_in(&mut prepared, &drop).unwrap().unwrap();
        assert!(prepared.anticipation.is_some());
        assert_eq!(
            (prepared.editor.doc(), prepared.revision, prepared.editor.can_undo()),
            (&doc, revision, undo),
            "preparing runs nothing"
        );
        assert!(prepared.diagnostics() == problems, "nor changes the problems");
        let a = apply(&mut prepared, &drop, None).unwrap();
        let b = apply(&mut plain, &drop, None).unwrap();
        assert!(!a.delta.cards.is_empty(), "the card moved");
        assert!(b.diagnostics.is_some(), "the drop changes the problems (the test needs it)");
        assert_eq!(answer(&a), answer(&b));
        // What was sent for the UI to draw is that answer.
        assert_eq!(
            (json(&sent.patch), json(&sent.created), json(&sent.delta), json(&sent.diagnostics)),
            (json(&b.patch), json(&b.created), json(&b.delta), json(&b.diagnostics))
        );
        assert!(prepared.anticipation.is_none(), "used once");
        // Both sessions hold the same Scene: the next edit's delta is made against it.
        assert!(prepared.sent.as_ref().unwrap().scene == plain.sent.as_ref().unwrap().scene);
        // The Scene it replaced waits for the next preparation to be freed.
        assert_eq!((prepared.retired.len(), plain.retired.len()), (1, 0));
        anticipate_in(&mut prepared, &drop).unwrap();
        assert!(prepared.retired.is_empty());
    }

    #[test]
    fn a_drop_whose_answer_the_ui_drew_sends_nothing_to_redraw() {
        let (mut plain, mut prepared) = (shown(300), shown(300));
        let drop = drop_of(&plain);
        let Command::MoveCard { card, .. } = drop.clone() else { unreachable!() };
        let home = plain.editor.doc().cards.get(&card).unwrap();
        let (lane, stage) = (home.lane.clone(), home.stage.clone());
        let token = anticipate_in(&mut prepared, &drop).unwrap().unwrap().token;
        let a = apply(&mut prepared, &drop, Some(token)).unwrap();
        let b = apply(&mut plain, &drop, None).unwrap();
        assert!(a.drawn && !b.drawn);
        assert!(a.delta.is_empty() && a.diagnostics.is_none());
        assert_eq!((json(&a.patch), json(&a.status)), (json(&b.patch), json(&b.status)));
        // Both now stand on the drop's Scene and problems: the next edit answers the same.
        let back = Command::MoveCard { card, lane, stage, index: 0 };
        assert_eq!(
            answer(&apply(&mut prepared, &back, None).unwrap()),
            answer(&apply(&mut plain, &back, None).unwrap())
        );
    }

    #[test]
    fn a_drawn_answer_that_is_not_the_prepared_one_is_answered_whole() {
        let (mut plain, mut prepared) = (shown(300), shown(300));
        let drop = drop_of(&plain);
        let first = anticipate_in(&mut prepared, &drop).unwrap().unwrap().token;
        // Prepared again: the UI names the first, which the core no longer holds.
        let again = anticipate_in(&mut prepared, &drop).unwrap().unwrap().token;
        assert_ne!(first, again);
        let a = apply(&mut prepared, &drop, Some(first)).unwrap();
        let b = apply(&mut plain, &drop, None).unwrap();
        assert!(!a.drawn, "the UI must ask for the whole view");
        assert_eq!(answer(&a), answer(&b));
    }

    #[test]
    fn the_drop_uses_the_prepared_delta() {
        let mut s = shown(60);
        let drop = drop_of(&s);
        anticipate_in(&mut s, &drop).unwrap();
        // Marked, to tell it from one computed at the drop.
        let marker = ElementRef::Card(CardId::from("prepared"));
        s.anticipation.as_mut().unwrap().delta.cards.removed.push(crate::delta::key_of(&marker));
        let a = apply(&mut s, &drop, None).unwrap();
        assert_eq!(a.delta.cards.removed, vec!["prepared".to_owned()]);
    }

    #[test]
    fn another_command_or_an_edit_in_between_is_answered_afresh() {
        let (mut plain, mut prepared) = (shown(300), shown(300));
        let drop = drop_of(&plain);
        let Command::MoveCard { card, lane, stage, .. } = drop.clone() else { unreachable!() };
        let elsewhere = Command::MoveCard { card, lane, stage, index: 1 };
        let rename = Command::RenameStage { stage: plain.editor.doc().stages[0].id.clone(), name: "Arrive".into() };

        anticipate_in(&mut prepared, &drop).unwrap();
        assert_eq!(
            answer(&apply(&mut prepared, &elsewhere, None).unwrap()),
            answer(&apply(&mut plain, &elsewhere, None).unwrap())
        );
        assert_eq!(prepared.retired.len(), 1, "the unused preparation is freed later");

        let token = anticipate_in(&mut prepared, &drop).unwrap().unwrap().token;
        apply(&mut prepared, &rename, None).unwrap();
        apply(&mut plain, &rename, None).unwrap();
        assert!(prepared.anticipation.is_none(), "the edit made it stale");
        let a = apply(&mut prepared, &drop, Some(token)).unwrap();
        assert!(!a.drawn);
        assert_eq!(answer(&a), answer(&apply(&mut plain, &drop, None).unwrap()));
    }

    #[test]
    fn nothing_is_prepared_before_the_ui_holds_a_scene_or_for_a_refused_command() {
        let mut s = Session::untitled(frontstage::generate::synthetic(20));
        let card = s.editor.doc().cards.keys().next().unwrap().clone();
        let doc = s.editor.doc();
        let drop = Command::MoveCard { card, lane: doc.lanes[0].id.clone(), stage: doc.stages[1].id.clone(), index: 0 };
        assert!(anticipate_in(&mut s, &drop).unwrap().is_none());
        assert!(s.anticipation.is_none());
        view_of(&mut s);
        let refused = Command::MoveCard {
            card: CardId::from("nope"),
            lane: s.editor.doc().lanes[0].id.clone(),
            stage: s.editor.doc().stages[0].id.clone(),
            index: 0,
        };
        assert!(anticipate_in(&mut s, &refused).is_err());
        assert!(s.anticipation.is_none());
    }
}
