//! A transaction mutates the document through setters that record each touched record's
//! before and after. Commands are written against it and never write a revert by hand.

use super::patch::{Change, Meta, Patch};
use crate::model::{Blueprint, Card, CardId, Connector, ConnectorId, Lane, Line, Stage};

pub struct Transaction<'a> {
    doc: &'a mut Blueprint,
    changes: Vec<Change>,
}

impl<'a> Transaction<'a> {
    pub fn new(doc: &'a mut Blueprint) -> Self {
        Transaction { doc, changes: Vec::new() }
    }

    pub fn doc(&self) -> &Blueprint {
        self.doc
    }

    pub fn set_meta(&mut self, f: impl FnOnce(&mut Meta)) {
        let before = Meta::of(self.doc);
        let mut after = before.clone();
        f(&mut after);
        let change = Change::Meta { before, after };
        self.record(change);
    }

    pub fn set_stages(&mut self, f: impl FnOnce(&mut Vec<Stage>)) {
        let before = self.doc.stages.clone();
        let mut after = before.clone();
        f(&mut after);
        self.record(Change::Stages { before, after });
    }

    pub fn set_lanes(&mut self, f: impl FnOnce(&mut Vec<Lane>)) {
        let before = self.doc.lanes.clone();
        let mut after = before.clone();
        f(&mut after);
        self.record(Change::Lanes { before, after });
    }

    pub fn set_lines(&mut self, f: impl FnOnce(&mut Vec<Line>)) {
        let before = self.doc.lines.clone();
        let mut after = before.clone();
        f(&mut after);
        after.sort_by_key(|l| l.kind);
        self.record(Change::Lines { before, after });
    }

    /// Insert, replace (`Some`) or remove (`None`) a card.
    pub fn put_card(&mut self, id: &CardId, card: Option<Card>) {
        let before = self.doc.cards.get(id).cloned();
        self.record(Change::Card { id: id.clone(), before, after: card });
    }

    /// Insert, replace (`Some`) or remove (`None`) a connector.
    pub fn put_connector(&mut self, id: &ConnectorId, connector: Option<Connector>) {
        let before = self.doc.connectors.get(id).cloned();
        self.record(Change::Connector { id: id.clone(), before, after: connector });
    }

    /// What the transaction changed so far, in order.
    pub fn changes(&self) -> &[Change] {
        &self.changes
    }

    fn record(&mut self, change: Change) {
        change.apply(self.doc);
        self.changes.push(change);
    }

    /// Finish: the patch of everything changed.
    pub fn commit(self) -> Patch {
        Patch::normalized(self.changes)
    }

    /// Abandon: put every touched record back. Used when a command fails half-way.
    pub fn rollback(self) {
        Patch { changes: self.changes }.inverse_in_reverse().apply(self.doc);
    }
}
