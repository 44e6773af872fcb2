//! The session's measures, kept between edits: measured again only when an edit changed
//! something a measure reads, and then without finding the critical path again when
//! nothing the path reads changed, and with the measures' look-ups by id kept too. A text
//! edit costs nothing, a move the measures' passes over the cards without a look-up per
//! card (docs/performance.md, "Measures").

use crate::edit::{Change, Patch};
use crate::measure::{
    card_change_is_measured, card_change_moves_path, connector_change_is_measured, measure_kept, CriticalPath, Index,
    Report,
};
use crate::model::Blueprint;
use std::sync::Arc;

/// Cards noted as moved since the last measurement, past which the index is dropped.
const MOVES_KEPT: usize = 4096;

/// The last report, or what is still known of it after the edits since. A
/// [`Session`](super::Session) keeps one; so can anything else that holds a document and
/// its patches.
#[derive(Default)]
pub struct KeptMeasures {
    /// The document's report, until an edit changes something a measure reads.
    report: Option<Arc<Report>>,
    /// The critical path of a report an edit invalidated, while no edit since changed
    /// what the path reads.
    path: Option<CriticalPath>,
    /// The cards' places and the connectors' ends, while no edit since changed the ids
    /// they were looked up by.
    index: Option<Index>,
}

impl KeptMeasures {
    /// The report of `doc`, the document of every patch given to [`Self::changed`].
    pub fn report(&mut self, doc: &Blueprint) -> Arc<Report> {
        if let Some(r) = &self.report {
            debug_assert!(**r == crate::measure::measure(doc), "a kept report that is not the document's");
            return Arc::clone(r);
        }
        let index = self.index.get_or_insert_with(|| Index::new(doc));
        let r = Arc::new(measure_kept(doc, self.path.take(), index));
        debug_assert!(*r == crate::measure::measure(doc), "a kept critical path that is not the document's");
        self.report = Some(Arc::clone(&r));
        r
    }

    /// Note what `patch`, just applied to `doc`, invalidates.
    pub fn changed(&mut self, doc: &Blueprint, patch: &Patch) {
        self.reindex(patch);
        if self.report.is_none() && self.path.is_none() {
            return;
        }
        let (mut measured, mut moves_path) = (false, false);
        for change in &patch.changes {
            let (m, p) = match change {
                Change::Meta { before, after } => (
                    before.title != after.title
                        || before.language != after.language
                        || before.standard_seconds != after.standard_seconds
                        || before.kpis != after.kpis,
                    false,
                ),
                // Stages' names and standards and the lines' places are read by several
                // measures; lanes also by the path (which lanes are the customer's).
                Change::Stages { .. } | Change::Lines { .. } => (true, false),
                Change::Lanes { .. } => (true, true),
                Change::Card { before, after, .. } => (
                    card_change_is_measured(before.as_ref(), after.as_ref()),
                    card_change_moves_path(doc, before.as_ref(), after.as_ref()),
                ),
                Change::Connector { before, after, .. } => {
                    let m = connector_change_is_measured(before.as_ref(), after.as_ref());
                    (m, m)
                }
            };
            measured |= m;
            moves_path |= p;
        }
        if moves_path {
            self.path = None;
        }
        if measured {
            if let Some(r) = self.report.take() {
                // Moved out of the report when nothing else holds it: a path of thousands
                // of steps is as many ids to copy.
                self.path = (!moves_path).then(|| match Arc::try_unwrap(r) {
                    Ok(r) => r.time.critical_path,
                    Err(r) => r.time.critical_path.clone(),
                });
            }
        }
    }

    /// Keep the index through `patch` where it can follow: a card moved is placed again;
    /// anything else that changes an id it looked up drops it.
    fn reindex(&mut self, patch: &Patch) {
        let Some(index) = &mut self.index else { return };
        for change in &patch.changes {
            let follows = match change {
                Change::Meta { .. } | Change::Lines { .. } => true,
                Change::Stages { .. } | Change::Lanes { .. } => false,
                Change::Card { id, before: Some(b), after: Some(a) } => {
                    if b.lane != a.lane || b.stage != a.stage {
                        index.moved(id);
                    }
                    true
                }
                Change::Card { .. } => false,
                Change::Connector { before: Some(b), after: Some(a), .. } => b.from == a.from && b.to == a.to,
                Change::Connector { .. } => false,
            };
            if !follows {
                self.index = None;
                return;
            }
        }
        // Moves noted while nobody measures are dropped with the index past a point: built
        // afresh it costs one measurement's look-ups.
        if index.pending() > MOVES_KEPT {
            self.index = None;
        }
    }
}
