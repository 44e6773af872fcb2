//! A drop's answer, prepared while the card is still dragged. At 5,000 cards, laying the
//! document out again and diffing it against what the UI holds is most of the drop's
//! time; the UI asks for it when the pointer reaches a new place, and a drop there only
//! has to run the command. Layout is a function of the document, so the prepared Scene is
//! the one the drop would lay out: it is used only for the same command, on the document
//! it was prepared from, against the Scene the UI held then.

use crate::delta::SceneDelta;
use crate::error::AppError;
use crate::session::Session;
use frontstage::edit::Command;
use frontstage::layout::{layout_reusing, Scene};

/// A command's Scene and delta, prepared without running it.
pub struct Anticipation {
    command: Command,
    /// The session's revision it was prepared at: any edit since makes it stale.
    revision: u64,
    pub scene: Scene,
    pub delta: SceneDelta,
}

impl Anticipation {
    /// Whether this is the answer to `command` run now, at `revision`.
    pub fn is_for(&self, command: &Command, revision: u64) -> bool {
        self.revision == revision && self.command == *command
    }
}

/// Prepare `command`'s answer for the session's next `execute`, leaving its document and
/// history as they are. Nothing to prepare before the UI holds a Scene.
pub fn anticipate_in(s: &mut Session, command: &Command) -> Result<(), AppError> {
    s.retired.clear();
    s.anticipation = None;
    let Some(sent) = s.sent.as_ref() else { return Ok(()) };
    let (scene, delta) = s.editor.trial(command, |doc, _| {
        let scene = layout_reusing(doc, Some(&sent.scene));
        let delta = SceneDelta::between(Some(&sent.scene), &scene);
        (scene, delta)
    })?;
    s.anticipation = Some(Anticipation { command: command.clone(), revision: s.revision, scene, delta });
    Ok(())
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

    /// A drop: the session's first card to the next stage.
    fn drop_of(s: &Session) -> Command {
        let doc = s.editor.doc();
        let card = doc.cards.values().next().unwrap();
        let stage = doc.stages.iter().position(|st| st.id == card.stage).unwrap();
        let to = doc.stages[(stage + 1) % doc.stages.len()].id.clone();
        Command::MoveCard { card: card.id.clone(), lane: card.lane.clone(), stage: to, index: 0 }
    }

    fn answer(a: &Applied) -> String {
        serde_json::to_string(a).unwrap()
    }

    #[test]
    fn a_prepared_drop_answers_as_an_unprepared_one_and_changes_nothing_before_it() {
        let (mut plain, mut prepared) = (shown(300), shown(300));
        let drop = drop_of(&plain);
        let (doc, revision, undo) = (prepared.editor.doc().clone(), prepared.revision, prepared.editor.can_undo());
        anticipate_in(&mut prepared, &drop).unwrap();
        assert!(prepared.anticipation.is_some());
        assert_eq!((prepared.editor.doc(), prepared.revision, prepared.editor.can_undo()), (&doc, revision, undo), "preparing runs nothing");
        let a = apply(&mut prepared, &drop).unwrap();
        let b = apply(&mut plain, &drop).unwrap();
        assert!(!a.delta.cards.is_empty(), "the card moved");
        assert_eq!(answer(&a), answer(&b));
        assert!(prepared.anticipation.is_none(), "used once");
        // Both sessions hold the same Scene: the next edit's delta is made against it.
        assert!(prepared.sent.as_ref().unwrap().scene == plain.sent.as_ref().unwrap().scene);
        // The Scene it replaced waits for the next preparation to be freed.
        assert_eq!((prepared.retired.len(), plain.retired.len()), (1, 0));
        anticipate_in(&mut prepared, &drop).unwrap();
        assert!(prepared.retired.is_empty());
    }

    #[test]
    fn the_drop_uses_the_prepared_delta() {
        let mut s = shown(60);
        let drop = drop_of(&s);
        anticipate_in(&mut s, &drop).unwrap();
        // Marked, to tell it from one computed at the drop.
        let marker = ElementRef::Card(CardId::from("prepared"));
        s.anticipation.as_mut().unwrap().delta.cards.removed.push(crate::delta::key_of(&marker));
        let a = apply(&mut s, &drop).unwrap();
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
        assert_eq!(answer(&apply(&mut prepared, &elsewhere).unwrap()), answer(&apply(&mut plain, &elsewhere).unwrap()));
        assert_eq!(prepared.retired.len(), 1, "the unused preparation is freed later");

        anticipate_in(&mut prepared, &drop).unwrap();
        apply(&mut prepared, &rename).unwrap();
        apply(&mut plain, &rename).unwrap();
        assert!(prepared.anticipation.is_none(), "the edit made it stale");
        assert_eq!(answer(&apply(&mut prepared, &drop).unwrap()), answer(&apply(&mut plain, &drop).unwrap()));
    }

    #[test]
    fn nothing_is_prepared_before_the_ui_holds_a_scene_or_for_a_refused_command() {
        let mut s = Session::untitled(frontstage::generate::synthetic(20));
        let card = s.editor.doc().cards.keys().next().unwrap().clone();
        let doc = s.editor.doc();
        let drop = Command::MoveCard { card, lane: doc.lanes[0].id.clone(), stage: doc.stages[1].id.clone(), index: 0 };
        anticipate_in(&mut s, &drop).unwrap();
        assert!(s.anticipation.is_none());
        view_of(&mut s);
        let refused = Command::MoveCard { card: CardId::from("nope"), lane: s.editor.doc().lanes[0].id.clone(), stage: s.editor.doc().stages[0].id.clone(), index: 0 };
        assert!(anticipate_in(&mut s, &refused).is_err());
        assert!(s.anticipation.is_none());
    }
}
