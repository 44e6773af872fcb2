//! A drop's answer, prepared while the card is still dragged. At 5,000 cards, laying the
//! document out again and diffing it against what the view holds is most of the drop's
//! time; the view asks for it when the pointer reaches a new place and gets it back, so a
//! drop there draws at once and the core only has to run the command. Layout and the
//! rules are functions of the document, so the prepared answer is the one the drop would
//! compute: it is used only for the same command, on the document it was prepared from,
//! against the Scene and diagnostics the view held then.

use super::diagnostics_delta::diagnostics_change;
use super::measures::{panel, Measures};
use super::runs::Run;
use super::scene_delta::SceneDelta;
use super::session::Held;
use crate::edit::{Command, EditError, Editor, Patch};
use crate::layout::{layout_reusing, Scene};
use crate::model::ElementRef;
use crate::rules::{Checker, Diagnostic};
use serde::Serialize;
use std::sync::atomic::{AtomicU64, Ordering};

/// A command's Scene, diagnostics and delta, prepared without running it.
pub(super) struct Preparation {
    command: Command,
    /// The session's revision it was prepared at: any edit since makes it stale.
    revision: u64,
    /// Names it to the view, which may draw it before the command runs.
    pub(super) token: u64,
    pub(super) scene: Scene,
    pub(super) delta: SceneDelta,
    pub(super) diagnostics: Vec<Diagnostic>,
}

impl Preparation {
    /// Whether this is the answer to `command` run now, at `revision`.
    pub(super) fn is_for(&self, command: &Command, revision: u64) -> bool {
        self.revision == revision && self.command == *command
    }
}

/// What the view draws if the drop it expects comes (then it sends `token` with the
/// command): the command's `Applied` answer without the status, which only running it
/// changes.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Prepared {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub token: u64,
    pub patch: Patch,
    pub created: Vec<ElementRef>,
    pub delta: SceneDelta,
    /// The diagnostics as runs of the last ones sent, only when they would change.
    pub diagnostics: Option<Vec<Run<Diagnostic>>>,
    /// The Measures panel's figures after the drop, when the view asked for them: a panel
    /// shown beside the canvas draws them with the drop instead of asking once the core
    /// has run it.
    pub measures: Option<Measures>,
}

/// Tokens are unique in the process, so one can never name another window's preparation.
static NEXT_TOKEN: AtomicU64 = AtomicU64::new(1);

/// Prepare `command`'s answer against what the view `held` (with the Measures panel's
/// figures when `with_measures`), leaving the document, the checker and the history as
/// they are.
pub(super) fn prepare(
    editor: &mut Editor,
    checker: &mut Checker,
    held: &Held,
    command: &Command,
    revision: u64,
    with_measures: bool,
) -> Result<(Preparation, Prepared), EditError> {
    #[cfg(debug_assertions)]
    let before = checker.diagnostics();
    let (scene, delta, diagnostics, measures, outcome) = editor.trial(command, |doc, outcome| {
        let scene = layout_reusing(doc, Some(&held.scene));
        let delta = SceneDelta::between(Some(&held.scene), &scene);
        checker.update(doc, &outcome.patch);
        // Measured afresh: the session's kept measures stay those of its document.
        let measures = with_measures.then(|| panel(doc, &crate::measure::measure(doc)));
        (scene, delta, checker.diagnostics(), measures, outcome.clone())
    })?;
    // The checker is incremental both ways: the inverse patch puts it back.
    checker.update(editor.doc(), &outcome.patch.inverse());
    #[cfg(debug_assertions)]
    debug_assert!(checker.diagnostics() == before, "a trial of {command:?} did not put the checker back");
    let token = NEXT_TOKEN.fetch_add(1, Ordering::Relaxed);
    let prepared = Prepared {
        token,
        patch: outcome.patch,
        created: outcome.created,
        delta: delta.clone(),
        diagnostics: diagnostics_change(Some(&held.diagnostics), &diagnostics),
        measures,
    };
    Ok((Preparation { command: command.clone(), revision, token, scene, delta, diagnostics }, prepared))
}
