//! Patches: the records an edit touched, before and after. One patch is both the undo
//! entry (apply its inverse) and the update a UI applies to its mirror of the document.

use crate::model::{
    Blueprint, Card, CardId, Connector, ConnectorId, DisplaySettings, Kpi, Lane, Language, Line, Profile, RuleSetting,
    Stage,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The document's own properties (everything but its elements).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Meta {
    pub title: String,
    pub scenario: String,
    pub persona: String,
    pub description: String,
    #[serde(default)]
    pub language: Language,
    pub profile: Profile,
    pub rules: BTreeMap<String, RuleSetting>,
    /// The journey's standard time, in seconds.
    #[serde(default)]
    pub standard_seconds: Option<u32>,
    #[serde(default)]
    pub display: DisplaySettings,
    /// The KPIs change as a list: a document has a handful.
    #[serde(default)]
    pub kpis: Vec<Kpi>,
}

impl Meta {
    pub fn of(doc: &Blueprint) -> Meta {
        Meta {
            title: doc.title.clone(),
            scenario: doc.scenario.clone(),
            persona: doc.persona.clone(),
            description: doc.description.clone(),
            language: doc.language,
            profile: doc.profile,
            rules: doc.rules.clone(),
            standard_seconds: doc.standard_seconds,
            display: doc.display,
            kpis: doc.kpis.clone(),
        }
    }

    fn write_to(&self, doc: &mut Blueprint) {
        doc.title.clone_from(&self.title);
        doc.scenario.clone_from(&self.scenario);
        doc.persona.clone_from(&self.persona);
        doc.description.clone_from(&self.description);
        doc.language = self.language;
        doc.profile = self.profile;
        doc.rules.clone_from(&self.rules);
        doc.standard_seconds = self.standard_seconds;
        doc.display = self.display;
        doc.kpis.clone_from(&self.kpis);
    }
}

/// One record's change. Ordered lists (stages, lanes, lines) are small and change as a
/// whole; cards and connectors change one record at a time (`None` = absent).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "record", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Change {
    Meta { before: Meta, after: Meta },
    Stages { before: Vec<Stage>, after: Vec<Stage> },
    Lanes { before: Vec<Lane>, after: Vec<Lane> },
    Lines { before: Vec<Line>, after: Vec<Line> },
    Card { id: CardId, before: Option<Card>, after: Option<Card> },
    Connector { id: ConnectorId, before: Option<Connector>, after: Option<Connector> },
}

impl Change {
    fn inverse(&self) -> Change {
        match self.clone() {
            Change::Meta { before, after } => Change::Meta { before: after, after: before },
            Change::Stages { before, after } => Change::Stages { before: after, after: before },
            Change::Lanes { before, after } => Change::Lanes { before: after, after: before },
            Change::Lines { before, after } => Change::Lines { before: after, after: before },
            Change::Card { id, before, after } => Change::Card { id, before: after, after: before },
            Change::Connector { id, before, after } => Change::Connector { id, before: after, after: before },
        }
    }

    pub(crate) fn apply(&self, doc: &mut Blueprint) {
        match self {
            Change::Meta { after, .. } => after.write_to(doc),
            Change::Stages { after, .. } => doc.stages.clone_from(after),
            Change::Lanes { after, .. } => doc.lanes.clone_from(after),
            Change::Lines { after, .. } => doc.lines.clone_from(after),
            Change::Card { id, after, .. } => match after {
                Some(c) => {
                    doc.cards.insert(id.clone(), c.clone());
                }
                None => {
                    doc.cards.remove(id);
                }
            },
            Change::Connector { id, after, .. } => match after {
                Some(c) => {
                    doc.connectors.insert(id.clone(), c.clone());
                }
                None => {
                    doc.connectors.remove(id);
                }
            },
        }
    }

    /// Keep `self`'s before and take `later`'s after (same slot).
    fn absorb(&mut self, later: Change) {
        match (self, later) {
            (Change::Meta { after, .. }, Change::Meta { after: a, .. }) => *after = a,
            (Change::Stages { after, .. }, Change::Stages { after: a, .. }) => *after = a,
            (Change::Lanes { after, .. }, Change::Lanes { after: a, .. }) => *after = a,
            (Change::Lines { after, .. }, Change::Lines { after: a, .. }) => *after = a,
            (Change::Card { after, .. }, Change::Card { after: a, .. }) => *after = a,
            (Change::Connector { after, .. }, Change::Connector { after: a, .. }) => *after = a,
            _ => unreachable!("absorb is only called on changes of the same slot"),
        }
    }

    fn is_noop(&self) -> bool {
        match self {
            Change::Meta { before, after } => before == after,
            Change::Stages { before, after } => before == after,
            Change::Lanes { before, after } => before == after,
            Change::Lines { before, after } => before == after,
            Change::Card { before, after, .. } => before == after,
            Change::Connector { before, after, .. } => before == after,
        }
    }
}

#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum SlotKey {
    Meta,
    Stages,
    Lanes,
    Lines,
    Card(CardId),
    Connector(ConnectorId),
}

impl SlotKey {
    fn of(c: &Change) -> SlotKey {
        match c {
            Change::Meta { .. } => SlotKey::Meta,
            Change::Stages { .. } => SlotKey::Stages,
            Change::Lanes { .. } => SlotKey::Lanes,
            Change::Lines { .. } => SlotKey::Lines,
            Change::Card { id, .. } => SlotKey::Card(id.clone()),
            Change::Connector { id, .. } => SlotKey::Connector(id.clone()),
        }
    }
}

/// The changes one edit (or one coalesced run of edits) made, at most one per record,
/// in a deterministic order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Patch {
    pub changes: Vec<Change>,
}

impl Patch {
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// Bring a document (or a mirror of it) from the patch's before to its after state.
    pub fn apply(&self, doc: &mut Blueprint) {
        for c in &self.changes {
            c.apply(doc);
        }
    }

    /// The patch that undoes this one.
    pub fn inverse(&self) -> Patch {
        Patch { changes: self.changes.iter().map(Change::inverse).collect() }
    }

    /// The inverse with changes in reverse order: undoes an unnormalized sequence in
    /// which one record may appear several times.
    pub(crate) fn inverse_in_reverse(&self) -> Patch {
        Patch { changes: self.changes.iter().rev().map(Change::inverse).collect() }
    }

    /// This patch followed by `later`, as one patch.
    pub fn then(self, later: Patch) -> Patch {
        let mut all = self.changes;
        all.extend(later.changes);
        Patch::normalized(all)
    }

    /// Merge changes of the same record (first before, last after), drop no-ops, sort.
    pub(crate) fn normalized(changes: Vec<Change>) -> Patch {
        // Keyed by owned slot so large edits (deleting a lane of thousands of cards) stay
        // O(n log n).
        let mut merged: BTreeMap<SlotKey, Change> = BTreeMap::new();
        for c in changes {
            match merged.entry(SlotKey::of(&c)) {
                std::collections::btree_map::Entry::Occupied(mut e) => e.get_mut().absorb(c),
                std::collections::btree_map::Entry::Vacant(e) => {
                    e.insert(c);
                }
            }
        }
        Patch { changes: merged.into_values().filter(|c| !c.is_noop()).collect() }
    }

    /// Ids of the cards this patch touches.
    pub fn cards(&self) -> impl Iterator<Item = &CardId> {
        self.changes.iter().filter_map(|c| match c {
            Change::Card { id, .. } => Some(id),
            _ => None,
        })
    }

    /// Ids of the connectors this patch touches.
    pub fn connectors(&self) -> impl Iterator<Item = &ConnectorId> {
        self.changes.iter().filter_map(|c| match c {
            Change::Connector { id, .. } => Some(id),
            _ => None,
        })
    }

    /// Whether the patch changes the document's structure (meta, stages, lanes or
    /// lines), as opposed to only cards and connectors.
    pub fn is_structural(&self) -> bool {
        self.changes.iter().any(|c| {
            matches!(c, Change::Meta { .. } | Change::Stages { .. } | Change::Lanes { .. } | Change::Lines { .. })
        })
    }
}
