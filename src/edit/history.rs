//! The editor: a document with its undo and redo stacks. Every entry is a patch; undo
//! applies its inverse. Consecutive edits of the same text coalesce into one step until
//! [`Editor::seal`] is called (the UI seals when the user leaves a field).

use super::command::Command;
use super::error::EditError;
use super::execute::{execute, Outcome};
use super::patch::Patch;
use crate::model::Blueprint;

/// Most undo steps kept; older ones are dropped.
pub const UNDO_LIMIT: usize = 1000;

#[derive(Clone, Debug)]
struct Entry {
    label: String,
    patch: Patch,
    coalesce_key: Option<String>,
    /// State ids before and after, for the saved/dirty marker.
    before: u64,
    after: u64,
}

/// A document with its history.
#[derive(Clone, Debug)]
pub struct Editor {
    doc: Blueprint,
    undo: Vec<Entry>,
    redo: Vec<Entry>,
    sealed: bool,
    state: u64,
    next_state: u64,
    saved_state: Option<u64>,
}

impl Editor {
    /// An editor over a document as loaded (counted as saved).
    pub fn new(doc: Blueprint) -> Self {
        Editor { doc, undo: Vec::new(), redo: Vec::new(), sealed: true, state: 0, next_state: 1, saved_state: Some(0) }
    }

    /// An editor over a document that has never been saved (dirty from the start).
    pub fn unsaved(doc: Blueprint) -> Self {
        Editor { saved_state: None, ..Editor::new(doc) }
    }

    pub fn doc(&self) -> &Blueprint {
        &self.doc
    }

    /// Execute a command as one undo step (or merged into the previous typing step).
    pub fn execute(&mut self, cmd: &Command) -> Result<Outcome, EditError> {
        let outcome = execute(&mut self.doc, cmd)?;
        if outcome.patch.is_empty() {
            return Ok(outcome);
        }
        self.redo.clear();
        let key = cmd.coalesce_key();
        let state = self.fresh_state();
        match self.undo.last_mut() {
            Some(top) if !self.sealed && key.is_some() && top.coalesce_key == key => {
                top.patch = std::mem::take(&mut top.patch).then(outcome.patch.clone());
                top.after = state;
                if top.patch.is_empty() {
                    // Typing back to the original text leaves nothing to undo.
                    let top = self.undo.pop().expect("top exists");
                    self.state = top.before;
                    self.sealed = true;
                    return Ok(outcome);
                }
            }
            _ => {
                self.undo.push(Entry {
                    label: cmd.label(),
                    patch: outcome.patch.clone(),
                    coalesce_key: key.clone(),
                    before: self.state,
                    after: state,
                });
                if self.undo.len() > UNDO_LIMIT {
                    self.undo.remove(0);
                }
            }
        }
        self.state = state;
        self.sealed = key.is_none();
        Ok(outcome)
    }

    /// End the current typing run: the next text edit starts a new undo step.
    pub fn seal(&mut self) {
        self.sealed = true;
    }

    /// Undo the last step; returns the patch applied (for the UI), or `None`.
    pub fn undo(&mut self) -> Option<Patch> {
        let entry = self.undo.pop()?;
        let patch = entry.patch.inverse();
        patch.apply(&mut self.doc);
        self.state = entry.before;
        self.redo.push(entry);
        self.sealed = true;
        Some(patch)
    }

    /// Redo the last undone step; returns the patch applied, or `None`.
    pub fn redo(&mut self) -> Option<Patch> {
        let entry = self.redo.pop()?;
        entry.patch.apply(&mut self.doc);
        self.state = entry.after;
        let patch = entry.patch.clone();
        self.undo.push(entry);
        self.sealed = true;
        Some(patch)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Label of the step Undo would revert ("Move Card").
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|e| e.label.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|e| e.label.as_str())
    }

    /// What a command would change, without changing anything (for "this also deletes
    /// 12 cards and 9 connectors" confirmations).
    pub fn preview(&mut self, cmd: &Command) -> Result<Patch, EditError> {
        self.trial(cmd, |_, outcome| outcome.patch.clone())
    }

    /// `look` at the document as `cmd` would leave it, then put it back: the document and
    /// the history are as they were, without copying the document.
    pub fn trial<R>(&mut self, cmd: &Command, look: impl FnOnce(&Blueprint, &Outcome) -> R) -> Result<R, EditError> {
        #[cfg(debug_assertions)]
        let before = self.doc.clone();
        let outcome = execute(&mut self.doc, cmd)?;
        let seen = look(&self.doc, &outcome);
        outcome.patch.inverse().apply(&mut self.doc);
        #[cfg(debug_assertions)]
        debug_assert!(self.doc == before, "a trial of {cmd:?} did not put the document back");
        Ok(seen)
    }

    /// Whether the document differs from the last saved (or loaded) state.
    pub fn is_dirty(&self) -> bool {
        self.saved_state != Some(self.state)
    }

    /// Record that the current state is what is on disk.
    pub fn mark_saved(&mut self) {
        self.saved_state = Some(self.state);
        self.sealed = true;
    }

    fn fresh_state(&mut self) -> u64 {
        let s = self.next_state;
        self.next_state += 1;
        s
    }
}
