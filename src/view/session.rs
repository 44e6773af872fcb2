//! One open document as a view edits it: its history, its file, its rule checker, and
//! what the view last received, so that every answer sends only what changed.

use super::diagnostics_delta::diagnostics_change;
use super::error::Error;
use super::kept_measures::KeptMeasures;
use super::measures::{cards_behind, panel, Figure, FigureCards, Measures};
use super::prepared::{Preparation, Prepared};
use super::runs::Run;
use super::scene_delta::SceneDelta;
use crate::edit::{Command, Editor, Patch};
use crate::layout::{layout_reusing, Scene};
use crate::measure::Report;
use crate::model::{Blueprint, ElementRef, Language};
use crate::rules::{Checker, Diagnostic};
use crate::words::{edit_name, untitled};
use serde::Serialize;
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Everything a view needs to draw its document from scratch, borrowed from the session
/// so that sending it costs its JSON and no copy of the document (the worst files stay
/// within the memory budget, docs/performance.md).
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct View<'a> {
    pub doc: &'a Blueprint,
    pub scene: &'a Scene,
    #[cfg_attr(feature = "ts", ts(as = "Vec<Diagnostic>"))]
    pub diagnostics: &'a [Diagnostic],
    pub status: Status,
}

/// What an executed command changed, and what to redraw. The Scene is laid out whole
/// (0.5 ms at 1,000 cards; docs/desktop.md, "Edits and redraws"), so the canvas stays
/// equal to the SVG export, but only its difference from the last one sent crosses IPC.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Applied {
    pub patch: Patch,
    /// Elements the command created, for the UI to select.
    pub created: Vec<ElementRef>,
    pub delta: SceneDelta,
    /// The diagnostics as runs of the last ones sent, only when they changed.
    pub diagnostics: Option<Vec<Run<Diagnostic>>>,
    /// The UI already drew this command's answer, prepared before it ran ([`Prepared`]):
    /// `delta` and `diagnostics` are empty. False otherwise; a UI that drew a prepared
    /// answer and gets false does not hold what the core holds: it asks for the whole view.
    pub drawn: bool,
    pub status: Status,
}

/// What undo or redo changed (`patch` is `None` when there was nothing to do).
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Stepped {
    pub patch: Option<Patch>,
    pub delta: SceneDelta,
    /// The diagnostics as runs of the last ones sent, only when they changed.
    pub diagnostics: Option<Vec<Run<Diagnostic>>>,
    pub status: Status,
}

/// What the window chrome and menus show about a session. Edit names are in the
/// session's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Status {
    pub title: String,
    pub path: Option<String>,
    pub dirty: bool,
    pub can_undo: bool,
    pub can_redo: bool,
    pub undo_label: Option<String>,
    pub redo_label: Option<String>,
}

/// What the view was last sent: the base of the next delta.
pub(super) struct Held {
    pub(super) scene: Scene,
    pub(super) diagnostics: Vec<Diagnostic>,
}

/// One open document.
pub struct Session {
    editor: Editor,
    /// Kept up to date after every execute, undo and redo, from the patch alone; writes
    /// in the language of the view.
    checker: Checker,
    /// Bumped on every change of the document (autosave copies only what changed; a
    /// prepared answer is for one revision).
    revision: u64,
    /// Where the document is saved; `None` until the first save.
    file: Option<PathBuf>,
    /// Name shown before the first save, e.g. for restored work ("Untitled" when `None`).
    untitled_name: Option<String>,
    /// `None` until the view asks for the whole view.
    held: Option<Held>,
    /// The answer to the command the view expects next (a drop), prepared against `held`.
    prepared: Option<Preparation>,
    /// What a prepared drop replaced (Scenes of thousands of cards take milliseconds to
    /// free): freed by the next preparation, on its worker, not while the view waits.
    retired: Vec<Box<dyn Send>>,
    /// The last report, kept across edits no measure reads: the panel's figures and the
    /// cards behind a clicked one come from the same measurement.
    measures: KeptMeasures,
}

impl Session {
    fn with_editor(editor: Editor, file: Option<PathBuf>) -> Self {
        let checker = Checker::new(editor.doc());
        Session {
            editor,
            checker,
            revision: 0,
            file,
            untitled_name: None,
            held: None,
            prepared: None,
            retired: Vec::new(),
            measures: KeptMeasures::default(),
        }
    }

    /// A new document that has no file yet. It starts clean: closing it before any edit
    /// loses nothing, so nothing prompts.
    pub fn untitled(doc: Blueprint) -> Self {
        Self::with_editor(Editor::new(doc), None)
    }

    /// A document loaded from `path`.
    pub fn opened(doc: Blueprint, path: PathBuf) -> Self {
        Self::with_editor(Editor::new(doc), Some(path))
    }

    /// Work restored from a recovery copy: unsaved and without a file, so that Save asks
    /// where to put it rather than overwriting the file it came from.
    pub fn restored(doc: Blueprint, name: String) -> Self {
        let mut s = Self::with_editor(Editor::unsaved(doc), None);
        s.untitled_name = Some(name);
        s
    }

    pub fn doc(&self) -> &Blueprint {
        self.editor.doc()
    }

    /// The document laid out: the Scene its view holds (kept in step by every edit, undo
    /// and redo), or a fresh layout before the view has asked for one. Exports draw it.
    pub fn scene(&self) -> Cow<'_, Scene> {
        match &self.held {
            Some(h) => Cow::Borrowed(&h.scene),
            None => Cow::Owned(crate::layout::layout(self.editor.doc())),
        }
    }

    pub fn path(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn is_dirty(&self) -> bool {
        self.editor.is_dirty()
    }

    /// An untitled document nobody has touched: opening a file may replace it.
    pub fn is_blank(&self) -> bool {
        self.file.is_none() && self.untitled_name.is_none() && !self.editor.is_dirty() && !self.editor.can_undo()
    }

    /// Every measure of the document (`measure::measure`), kept between edits that
    /// change nothing a measure reads.
    pub fn report(&mut self) -> Arc<Report> {
        self.measures.report(self.editor.doc())
    }

    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        self.checker.diagnostics()
    }

    pub fn language(&self) -> Language {
        self.checker.language()
    }

    /// Write diagnostics and edit names in `lang` (the view's language) from now on.
    /// Returns the diagnostics to send when the view holds others.
    pub fn set_language(&mut self, lang: Language) -> Option<Vec<Diagnostic>> {
        if self.checker.language() == lang {
            return None;
        }
        self.checker = Checker::new_in(self.editor.doc(), lang);
        // Its diagnostics are in the old language.
        self.prepared = None;
        let diagnostics = self.diagnostics();
        let held = self.held.as_mut()?;
        (held.diagnostics != diagnostics).then(|| {
            held.diagnostics = diagnostics.clone();
            diagnostics
        })
    }

    /// The file name shown to the user ("Untitled", in the session's language, before the
    /// first save).
    pub fn file_name(&self) -> String {
        self.file
            .as_deref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .or_else(|| self.untitled_name.clone())
            .unwrap_or_else(|| untitled(self.language()).to_owned())
    }

    /// Window title: the file name, with a bullet while there are unsaved changes.
    pub fn title(&self) -> String {
        if self.editor.is_dirty() {
            format!("{} •", self.file_name())
        } else {
            self.file_name()
        }
    }

    pub fn status(&self) -> Status {
        let lang = self.language();
        Status {
            title: self.title(),
            path: self.file.as_deref().map(|p| p.display().to_string()),
            dirty: self.editor.is_dirty(),
            can_undo: self.editor.can_undo(),
            can_redo: self.editor.can_redo(),
            undo_label: self.editor.undo_label().map(|l| edit_name(lang, l).to_owned()),
            redo_label: self.editor.redo_label().map(|l| edit_name(lang, l).to_owned()),
        }
    }

    /// The whole view; what the view now holds is the base of the next delta.
    pub fn view(&mut self) -> View<'_> {
        self.prepared = None;
        let scene = layout_reusing(self.editor.doc(), self.held.as_ref().map(|h| &h.scene));
        let diagnostics = self.diagnostics();
        let status = self.status();
        let held = self.held.insert(Held { scene, diagnostics });
        View { doc: self.editor.doc(), scene: &held.scene, diagnostics: &held.diagnostics, status }
    }

    /// Execute `command` as one undo step and answer with what the view must redraw.
    /// `drawn` is the token of the prepared answer the view drew; when that is this
    /// command's, nothing is sent to redraw.
    pub fn execute(&mut self, command: &Command, drawn: Option<u64>) -> Result<Applied, Error> {
        let (prepared, stale) = match self.prepared.take() {
            Some(p) if p.is_for(command, self.revision) => (Some(p), None),
            other => (None, other),
        };
        let outcome = self.editor.execute(command).map_err(|e| Error::refused(&e, self.language()))?;
        self.changed(&outcome.patch);
        let (delta, diagnostics, drawn) = match prepared {
            Some(p) => self.take_prepared(p, drawn),
            None => {
                let (delta, diagnostics) = self.changes();
                (delta, diagnostics, false)
            }
        };
        // A preparation for another place: also freed by the next one.
        if let Some(stale) = stale {
            self.retired.push(Box::new(stale));
        }
        Ok(Applied { patch: outcome.patch, created: outcome.created, delta, diagnostics, drawn, status: self.status() })
    }

    /// The prepared answer `p` to the command just run: nothing to send when the view drew
    /// it (`drawn` is its token), else its delta.
    fn take_prepared(
        &mut self,
        p: Preparation,
        drawn: Option<u64>,
    ) -> (SceneDelta, Option<Vec<Run<Diagnostic>>>, bool) {
        debug_assert!(
            p.scene == crate::layout::layout(self.editor.doc()),
            "a prepared Scene that is not the document's"
        );
        debug_assert!(p.diagnostics == self.diagnostics(), "prepared diagnostics that are not the document's");
        let drawn = drawn == Some(p.token);
        let (delta, diagnostics) = if drawn {
            (SceneDelta::unchanged(), None)
        } else {
            (p.delta, diagnostics_change(self.held.as_ref().map(|h| &h.diagnostics[..]), &p.diagnostics))
        };
        let before = self.held.replace(Held { scene: p.scene, diagnostics: p.diagnostics });
        self.retired.push(Box::new(before));
        (delta, diagnostics, drawn)
    }

    /// Undo one step and answer with what the view must redraw.
    pub fn undo(&mut self) -> Stepped {
        self.step(false)
    }

    /// Redo one step and answer with what the view must redraw.
    pub fn redo(&mut self) -> Stepped {
        self.step(true)
    }

    fn step(&mut self, redo: bool) -> Stepped {
        let patch = if redo { self.editor.redo() } else { self.editor.undo() };
        if let Some(p) = &patch {
            self.changed(p);
        }
        let (delta, diagnostics) = self.changes();
        Stepped { patch, delta, diagnostics, status: self.status() }
    }

    /// What a command would change, without changing anything (no undo step, nothing
    /// redrawn): a view names what a delete takes with it before asking to go ahead.
    pub fn preview(&mut self, command: &Command) -> Result<Patch, Error> {
        self.editor.preview(command).map_err(|e| Error::refused(&e, self.language()))
    }

    /// Prepare the answer to `command`, the drop the view expects next, without running it
    /// (see [`super::prepared`]), with the Measures panel's figures after it when
    /// `with_measures` (the view shows them). Nothing to prepare before the view holds a Scene.
    pub fn prepare(&mut self, command: &Command, with_measures: bool) -> Result<Option<Prepared>, Error> {
        self.retired.clear();
        self.prepared = None;
        let Some(held) = self.held.as_ref() else { return Ok(None) };
        let lang = self.checker.language();
        let (preparation, prepared) =
            super::prepared::prepare(&mut self.editor, &mut self.checker, held, command, self.revision, with_measures)
                .map_err(|e| Error::refused(&e, lang))?;
        self.prepared = Some(preparation);
        Ok(Some(prepared))
    }

    /// The Measures panel's figures for the document as it is now. The view asks after
    /// an edit, undo or redo while the panel is shown, so nothing is measured for a view
    /// that does not show them.
    pub fn measures(&mut self) -> Measures {
        let report = self.report();
        panel(self.editor.doc(), &report)
    }

    /// The cards (and connectors) behind one of the panel's figures, for the view to select.
    pub fn figure_cards(&mut self, figure: &Figure) -> Result<FigureCards, Error> {
        let report = self.report();
        cards_behind(self.editor.doc(), &report, figure)
    }

    /// End a typing run (the user left a text field): the next edit is a new undo step.
    pub fn seal(&mut self) {
        self.editor.seal();
    }

    /// Save the document to `path` atomically. On success the session belongs to `path`
    /// and is clean; on failure it is unchanged (still dirty, same file).
    pub fn save(&mut self, path: &Path) -> Result<(), Error> {
        crate::io::save_document(path, self.editor.doc())?;
        self.file = Some(path.to_path_buf());
        self.untitled_name = None;
        self.editor.mark_saved();
        Ok(())
    }

    fn changed(&mut self, patch: &Patch) {
        self.checker.update(self.editor.doc(), patch);
        self.measures.changed(self.editor.doc(), patch);
        self.revision += 1;
    }

    /// Lay out the document and diff it against what the view held, which it then holds.
    fn changes(&mut self) -> (SceneDelta, Option<Vec<Run<Diagnostic>>>) {
        // Prepared against the Scene replaced here.
        self.prepared = None;
        let earlier = self.held.as_ref().map(|h| &h.scene);
        let scene = layout_reusing(self.editor.doc(), earlier);
        let delta = SceneDelta::between(earlier, &scene);
        let diagnostics = self.diagnostics();
        let change = diagnostics_change(self.held.as_ref().map(|h| &h.diagnostics[..]), &diagnostics);
        self.held = Some(Held { scene, diagnostics });
        (delta, change)
    }
}

#[cfg(test)]
mod tests;
