//! The checker: runs the enabled rules, caches their diagnostics per subject, and after an
//! edit re-runs only the rules and subjects the edit can have changed.

use super::diagnostic::{Diagnostic, Out};
use super::index::{Cx, Index, NodeIx};
use super::rule::{Check, Reads};
use super::{effective_severity_of, registry};
use crate::edit::{Change, Patch};
use crate::model::{Blueprint, CardId, ConnectorId, Language, Severity};
use foldhash::{HashMap, HashSet};
use std::collections::{BTreeMap, BTreeSet};

/// What a cached group of diagnostics is about. The order of the variants and ids is the
/// order diagnostics are listed in, within one rule.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Subject {
    Document,
    Stage(usize),
    Card(CardId),
    Connector(ConnectorId),
}

/// Keeps the diagnostics of one document up to date as it is edited.
pub struct Checker {
    index: Index,
    /// Registry positions of the enabled rules, with their severity.
    enabled: Vec<(u16, Severity)>,
    cache: BTreeMap<(u16, Subject), Vec<Diagnostic>>,
    /// Cards each `Check::Flagged` rule flagged last time.
    flagged: HashMap<u16, HashSet<NodeIx>>,
    /// The language messages and hints are written in.
    lang: Language,
}

impl Checker {
    /// Check a document in full, with messages in English.
    pub fn new(doc: &Blueprint) -> Checker {
        Checker::new_in(doc, Language::English)
    }

    /// Check a document in full, with messages and hints in `lang` (the reader's language,
    /// which may differ from the document's own `language`).
    pub fn new_in(doc: &Blueprint, lang: Language) -> Checker {
        let enabled = registry()
            .iter()
            .enumerate()
            .filter_map(|(i, r)| effective_severity_of(doc, &r.info).map(|s| (i as u16, s)))
            .collect();
        let mut checker =
            Checker { index: Index::build(doc), enabled, cache: BTreeMap::new(), flagged: HashMap::default(), lang };
        checker.full(doc);
        checker
    }

    /// The language the diagnostics are written in.
    pub fn language(&self) -> Language {
        self.lang
    }

    /// All diagnostics: by rule in registry order, then by subject (document, stages in
    /// order, cards and connectors by id). The same order as [`super::check`].
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        self.iter().cloned().collect()
    }

    /// The diagnostics, moved out of the checker (no copying).
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        let mut all = Vec::with_capacity(self.len());
        for group in self.cache.into_values() {
            all.extend(group);
        }
        all
    }

    /// The diagnostics without copying them, in [`Checker::diagnostics`] order.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> + '_ {
        self.cache.values().flatten()
    }

    /// Number of diagnostics.
    pub fn len(&self) -> usize {
        self.cache.values().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.cache.is_empty()
    }

    fn full(&mut self, doc: &Blueprint) {
        let cx = Cx { doc, ix: &self.index, lang: self.lang };
        for &(r, sev) in &self.enabled {
            let rule = &registry()[r as usize];
            let mut out = Out::new(rule.info.id, sev);
            let mut put = |subject: Subject, out: &mut Out| {
                if !out.items.is_empty() {
                    self.cache.insert((r, subject), out.take());
                }
            };
            match rule.check {
                Check::Structure(f) | Check::Document(f, _) => {
                    f(&cx, &mut out);
                    put(Subject::Document, &mut out);
                }
                Check::Card(f) => {
                    for card in doc.cards.values() {
                        f(&cx, card, &mut out);
                        put(Subject::Card(card.id.clone()), &mut out);
                    }
                }
                Check::Connector(_) => {} // below, one connector at a time
                Check::Stage(f) => {
                    for s in 0..doc.stages.len() {
                        f(&cx, s, &mut out);
                        put(Subject::Stage(s), &mut out);
                    }
                }
                Check::Flagged { find, describe, .. } => {
                    let found: HashSet<NodeIx> = find(&cx).into_iter().collect();
                    for &n in &found {
                        let id = &cx.ix.graph[n].id;
                        if let Some(card) = doc.cards.get(id) {
                            describe(&cx, card, &mut out);
                            put(Subject::Card(id.clone()), &mut out);
                        }
                    }
                    self.flagged.insert(r, found);
                }
            }
        }
        // Connector rules run connector by connector so each connector's ends are
        // resolved once for all of them.
        let rules: Vec<(u16, Severity, _)> = self
            .enabled
            .iter()
            .filter_map(|&(r, sev)| match registry()[r as usize].check {
                Check::Connector(f) => Some((r, sev, f)),
                _ => None,
            })
            .collect();
        if rules.is_empty() {
            return;
        }
        for (id, c) in &doc.connectors {
            let Some(link) = self.index.link(id, c) else { continue };
            for &(r, sev, f) in &rules {
                let mut out = Out::new(registry()[r as usize].info.id, sev);
                f(&cx, &link, &mut out);
                if !out.items.is_empty() {
                    self.cache.insert((r, Subject::Connector(id.clone())), out.take());
                }
            }
        }
    }

    /// Bring the diagnostics up to date after `patch` was applied; `doc` is the document
    /// after the patch. Structural patches (stages, lanes, lines, settings) re-check in
    /// full; card and connector patches re-run only what they can have changed.
    pub fn update(&mut self, doc: &Blueprint, patch: &Patch) {
        if patch.is_structural() {
            *self = Checker::new_in(doc, self.lang);
            return;
        }
        let mut touched_nodes: HashSet<NodeIx> = HashSet::default();
        let mut stages: BTreeSet<usize> = BTreeSet::new();
        let mut ends: Vec<NodeIx> = Vec::new();
        for id in patch.cards() {
            let n = self.index.node(id);
            let [left, entered] = self.index.set_card(n, doc.cards.get(id));
            stages.extend(left);
            stages.extend(entered);
            touched_nodes.insert(n);
            ends.push(n);
        }
        let mut connectors: BTreeSet<ConnectorId> = BTreeSet::new();
        for id in patch.connectors() {
            connectors.insert(id.clone());
            if let Some(old) = self.index.remove_connector(id) {
                ends.extend(old);
            }
            if let Some(c) = doc.connectors.get(id) {
                ends.extend(self.index.add_connector(id, c));
            }
        }
        // Connectors at the ends of what changed: their end cards or their siblings
        // (duplicates) may have changed.
        for n in ends {
            connectors.extend(self.index.connectors_at(n).cloned());
        }

        let cx = Cx { doc, ix: &self.index, lang: self.lang };
        let cache = &mut self.cache;
        let (flow, staged) = reads_changed(patch);
        let unchanged = |reads: Reads| !flow && (reads == Reads::Flow || !staged);
        for &(r, sev) in &self.enabled {
            let rule = &registry()[r as usize];
            let out = &mut Out::new(rule.info.id, sev);
            match rule.check {
                Check::Structure(_) => {}
                Check::Document(_, reads) if unchanged(reads) => {}
                Check::Document(f, _) => redo(cache, out, (r, Subject::Document), |o| f(&cx, o)),
                Check::Card(f) => {
                    for id in patch.cards() {
                        let card = doc.cards.get(id);
                        redo(cache, out, (r, Subject::Card(id.clone())), |o| {
                            if let Some(card) = card {
                                f(&cx, card, o)
                            }
                        });
                    }
                }
                Check::Connector(f) => {
                    for id in &connectors {
                        let link = doc.connectors.get(id).and_then(|c| cx.ix.link(id, c));
                        redo(cache, out, (r, Subject::Connector(id.clone())), |o| {
                            if let Some(link) = link {
                                f(&cx, &link, o)
                            }
                        });
                    }
                }
                Check::Stage(f) => {
                    for &s in &stages {
                        redo(cache, out, (r, Subject::Stage(s)), |o| f(&cx, s, o));
                    }
                }
                Check::Flagged { reads, .. } if unchanged(reads) => {}
                Check::Flagged { find, describe, .. } => {
                    let found: HashSet<NodeIx> = find(&cx).into_iter().collect();
                    let before = self.flagged.remove(&r).unwrap_or_default();
                    for n in before.difference(&found) {
                        cache.remove(&(r, Subject::Card(cx.ix.graph[*n].id.clone())));
                    }
                    for &n in &found {
                        if before.contains(&n) && !touched_nodes.contains(&n) {
                            continue;
                        }
                        let id = &cx.ix.graph[n].id;
                        let card = doc.cards.get(id);
                        redo(cache, out, (r, Subject::Card(id.clone())), |o| {
                            if let Some(card) = card {
                                describe(&cx, card, o)
                            }
                        });
                    }
                    self.flagged.insert(r, found);
                }
            }
        }
    }
}

/// Whether `patch` changed what document-wide rules read ([`Reads`]): (the flow, the
/// cards' stages). Anything but an edit of existing cards counts as changing both.
fn reads_changed(patch: &Patch) -> (bool, bool) {
    let (mut flow, mut stages) = (false, false);
    for change in &patch.changes {
        let Change::Card { before: Some(b), after: Some(a), .. } = change else { return (true, true) };
        flow |= b.lane != a.lane
            || b.text != a.text
            || b.duration_seconds != a.duration_seconds
            || b.tolerance_seconds != a.tolerance_seconds;
        stages |= b.stage != a.stage;
    }
    (flow, stages)
}

/// Replace the cached diagnostics of one rule and subject by what `run` reports now.
fn redo(
    cache: &mut BTreeMap<(u16, Subject), Vec<Diagnostic>>,
    out: &mut Out,
    key: (u16, Subject),
    run: impl FnOnce(&mut Out),
) {
    cache.remove(&key);
    run(out);
    if !out.items.is_empty() {
        cache.insert(key, out.take());
    }
}
