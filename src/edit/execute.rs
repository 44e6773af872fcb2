//! Executing a command: validate, mutate through a transaction, return the patch.
//! Any error rolls the transaction back, so a refused command changes nothing.

use super::command::{CardChanges, CellCards, Command, KpiChanges};
use super::error::EditError;
use super::patch::Patch;
use super::transaction::Transaction;
use crate::model::ids::is_valid_id;
use crate::model::lane::is_valid_color;
use crate::model::limits::{grows_past, Field};
use crate::model::{
    Card, CardId, Connector, ConnectorId, Direction, ElementRef, Kpi, KpiId, KpiSubject, Lane, LaneId, Line, Stage,
    StageId, EMOTION_RANGE,
};
use std::collections::HashSet;

/// What an executed command did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub patch: Patch,
    /// The element the command created, for the UI to select.
    pub created: Vec<ElementRef>,
}

/// Execute `cmd` on `doc`. On error, `doc` is exactly as before.
pub fn execute(doc: &mut crate::model::Blueprint, cmd: &Command) -> Result<Outcome, EditError> {
    let mut tx = Transaction::new(doc);
    let mut created = Vec::new();
    match run(&mut tx, cmd, &mut created).and_then(|()| super::limits::check(tx.changes())) {
        Ok(()) => Ok(Outcome { patch: tx.commit(), created }),
        Err(e) => {
            tx.rollback();
            Err(e)
        }
    }
}

fn run(tx: &mut Transaction, cmd: &Command, created: &mut Vec<ElementRef>) -> Result<(), EditError> {
    match cmd {
        Command::SetProperties { title, scenario, persona, description, language } => tx.set_meta(|m| {
            let set = |field: &mut String, v: &Option<String>| {
                if let Some(v) = v {
                    field.clone_from(v);
                }
            };
            set(&mut m.title, title);
            set(&mut m.scenario, scenario);
            set(&mut m.persona, persona);
            set(&mut m.description, description);
            if let Some(l) = language {
                m.language = *l;
            }
        }),
        Command::SetProfile { profile } => tx.set_meta(|m| m.profile = *profile),
        Command::SetRule { rule, setting } => tx.set_meta(|m| match setting {
            Some(s) => {
                m.rules.insert(rule.clone(), *s);
            }
            None => {
                m.rules.remove(rule);
            }
        }),
        Command::AddStage { id, index, name } => {
            let id = StageId::new(new_id(tx, id.as_ref().map(|i| i.as_str()), StageId::PREFIX)?);
            let at = insert_index(*index, tx.doc().stages.len())?;
            tx.set_stages(|v| v.insert(at, Stage::new(id.clone(), name.clone())));
            created.push(ElementRef::Stage(id));
        }
        Command::RenameStage { stage, name } => {
            let i = stage_index(tx, stage)?;
            tx.set_stages(|v| v[i].name.clone_from(name));
        }
        Command::MoveStage { stage, index } => {
            let from = stage_index(tx, stage)?;
            let to = move_index(*index, tx.doc().stages.len())?;
            tx.set_stages(|v| {
                let s = v.remove(from);
                v.insert(to, s);
            });
        }
        Command::DeleteStage { stage } => {
            let i = stage_index(tx, stage)?;
            let doomed: Vec<CardId> =
                tx.doc().cards.values().filter(|c| &c.stage == stage).map(|c| c.id.clone()).collect();
            delete_cards(tx, &doomed);
            drop_kpis_on(tx, |on| matches!(on, KpiSubject::Stage(s) if s == stage));
            tx.set_stages(|v| {
                v.remove(i);
            });
        }
        Command::AddLane { id, index, kind, name } => {
            let id = LaneId::new(new_id(tx, id.as_ref().map(|i| i.as_str()), LaneId::PREFIX)?);
            let at = insert_index(*index, tx.doc().lanes.len())?;
            let language = tx.doc().words_language();
            let name = name.clone().unwrap_or_else(|| kind.name_in(language).to_owned());
            tx.set_lanes(|v| v.insert(at, Lane::new(id.clone(), *kind, name)));
            // A line at the insertion boundary stays above the new lane.
            tx.set_lines(|lines| {
                for l in lines.iter_mut().filter(|l| l.boundary > at) {
                    l.boundary += 1;
                }
            });
            created.push(ElementRef::Lane(id));
        }
        Command::UpdateLane { lane, name, kind, color, collapsed } => {
            let i = lane_index(tx, lane)?;
            if let Some(Some(c)) = color {
                if !is_valid_color(c) {
                    return Err(EditError::InvalidColor(c.clone()));
                }
            }
            tx.set_lanes(|v| {
                let l = &mut v[i];
                if let Some(n) = name {
                    l.name.clone_from(n);
                }
                if let Some(k) = kind {
                    l.kind = *k;
                }
                if let Some(c) = color {
                    l.color.clone_from(c);
                }
                if let Some(c) = collapsed {
                    l.collapsed = *c;
                }
            });
        }
        Command::MoveLane { lane, index } => {
            let from = lane_index(tx, lane)?;
            let to = move_index(*index, tx.doc().lanes.len())?;
            tx.set_lanes(|v| {
                let l = v.remove(from);
                v.insert(to, l);
            });
        }
        Command::DeleteLane { lane } => {
            let i = lane_index(tx, lane)?;
            let doomed: Vec<CardId> =
                tx.doc().cards.values().filter(|c| &c.lane == lane).map(|c| c.id.clone()).collect();
            delete_cards(tx, &doomed);
            tx.set_lanes(|v| {
                v.remove(i);
            });
            tx.set_lines(|lines| {
                for l in lines.iter_mut().filter(|l| l.boundary > i) {
                    l.boundary -= 1;
                }
            });
        }
        Command::PlaceLine { kind, boundary } => {
            let lanes = tx.doc().lanes.len();
            if let Some(b) = boundary {
                if *b > lanes {
                    return Err(EditError::BoundaryOutOfRange { kind: *kind, boundary: *b, lanes });
                }
                // Lines on one boundary draw over each other (a template's may share one, a
                // move onto another line's is refused).
                if let Some(other) = tx.doc().lines.iter().find(|l| l.boundary == *b && l.kind != *kind) {
                    return Err(EditError::BoundaryTaken { kind: *kind, other: other.kind });
                }
            }
            tx.set_lines(|lines| {
                lines.retain(|l| l.kind != *kind);
                if let Some(b) = boundary {
                    lines.push(Line { kind: *kind, boundary: *b });
                }
            });
        }
        Command::AddCard { id, lane, stage, index, text } => {
            lane_index(tx, lane)?;
            stage_index(tx, stage)?;
            let id = CardId::new(new_id(tx, id.as_ref().map(|i| i.as_str()), CardId::PREFIX)?);
            let cell = cell_ids(tx, lane, stage, None);
            let at = insert_index(*index, cell.len())?;
            let mut card = Card::new(id.clone(), lane.clone(), stage.clone(), text.clone());
            card.order = u32::MAX; // placed properly by the renumbering below
            tx.put_card(&id, Some(card));
            let mut order = cell;
            order.insert(at, id.clone());
            renumber(tx, &order);
            created.push(ElementRef::Card(id));
        }
        Command::MoveCard { card, lane, stage, index } => {
            let old = tx.doc().cards.get(card).cloned().ok_or_else(|| EditError::UnknownCard(card.clone()))?;
            lane_index(tx, lane)?;
            stage_index(tx, stage)?;
            // The cell it leaves, without it, reads the same before the move as after.
            let [target, source] = tx.doc().cells_cards([(lane, stage), (&old.lane, &old.stage)]);
            let ids = |cards: Vec<&Card>| -> Vec<CardId> {
                cards.into_iter().filter(|c| c.id != *card).map(|c| c.id.clone()).collect()
            };
            let changes_cell = old.lane != *lane || old.stage != *stage;
            let (mut target, source) = (ids(target), changes_cell.then(|| ids(source)));
            let at = move_index(*index, target.len() + 1)?;
            tx.put_card(card, Some(Card { lane: lane.clone(), stage: stage.clone(), ..old.clone() }));
            target.insert(at, card.clone());
            renumber(tx, &target);
            if let Some(source) = source {
                renumber(tx, &source);
            }
        }
        Command::MoveCards { cells } => move_cards(tx, cells)?,
        Command::UpdateCard { card, changes } => {
            let mut c = tx.doc().cards.get(card).cloned().ok_or_else(|| EditError::UnknownCard(card.clone()))?;
            apply_card_changes(&mut c, changes)?;
            tx.put_card(card, Some(c));
        }
        Command::DeleteCards { cards } => {
            if cards.is_empty() {
                return Err(EditError::NothingSelected);
            }
            if let Some(missing) = cards.iter().find(|id| !tx.doc().cards.contains_key(*id)) {
                return Err(EditError::UnknownCard(missing.clone()));
            }
            let cells: Vec<(LaneId, StageId)> = cards
                .iter()
                .filter_map(|id| tx.doc().cards.get(id))
                .map(|c| (c.lane.clone(), c.stage.clone()))
                .collect();
            delete_cards(tx, cards);
            for (lane, stage) in cells {
                let rest = cell_ids(tx, &lane, &stage, None);
                renumber(tx, &rest);
            }
        }
        Command::AddConnector { id, from, to, direction, label } => {
            card_exists(tx, from)?;
            card_exists(tx, to)?;
            if from == to {
                return Err(EditError::SelfConnector);
            }
            no_duplicate(tx, None, from, to, *direction)?;
            let id = ConnectorId::new(new_id(tx, id.as_ref().map(|i| i.as_str()), ConnectorId::PREFIX)?);
            let mut c = Connector::new(id.clone(), from.clone(), to.clone());
            c.direction = *direction;
            c.label.clone_from(label);
            tx.put_connector(&id, Some(c));
            created.push(ElementRef::Connector(id));
        }
        Command::UpdateConnector { connector, from, to, direction, label } => {
            let mut c = tx
                .doc()
                .connectors
                .get(connector)
                .cloned()
                .ok_or_else(|| EditError::UnknownConnector(connector.clone()))?;
            if let Some(f) = from {
                card_exists(tx, f)?;
                c.from = f.clone();
            }
            if let Some(t) = to {
                card_exists(tx, t)?;
                c.to = t.clone();
            }
            if c.from == c.to {
                return Err(EditError::SelfConnector);
            }
            if let Some(d) = direction {
                c.direction = *d;
            }
            // Only a change of ends or direction can make a duplicate; a label edit on a
            // connector that a file already duplicates stays possible.
            if from.is_some() || to.is_some() || direction.is_some() {
                no_duplicate(tx, Some(connector), &c.from, &c.to, c.direction)?;
            }
            if let Some(l) = label {
                c.label.clone_from(l);
            }
            tx.put_connector(connector, Some(c));
        }
        Command::DeleteConnectors { connectors } => {
            if connectors.is_empty() {
                return Err(EditError::NothingSelected);
            }
            // Check all first: a selection naming one connector twice is still valid.
            if let Some(missing) = connectors.iter().find(|id| !tx.doc().connectors.contains_key(*id)) {
                return Err(EditError::UnknownConnector(missing.clone()));
            }
            for id in connectors {
                tx.put_connector(id, None);
            }
        }
        Command::Batch { label, commands } => {
            if let Some(length) = grows_past(Field::EditName, "", label) {
                return Err(EditError::TooLong { field: Field::EditName, length });
            }
            for c in commands {
                run(tx, c, created)?;
            }
        }
        Command::SetStandard { stage: Some(stage), seconds } => {
            let i = stage_index(tx, stage)?;
            tx.set_stages(|v| v[i].standard_seconds = *seconds);
        }
        Command::SetStandard { stage: None, seconds } => tx.set_meta(|m| m.standard_seconds = *seconds),
        Command::SetDisplay { notes, legend, emotion_curve, time_strip, overlay } => tx.set_meta(|m| {
            let d = &mut m.display;
            d.notes = notes.unwrap_or(d.notes);
            d.legend = legend.unwrap_or(d.legend);
            d.emotion_curve = emotion_curve.unwrap_or(d.emotion_curve);
            d.time_strip = time_strip.unwrap_or(d.time_strip);
            d.overlay = overlay.unwrap_or(d.overlay);
        }),
        Command::AddKpi { id, index, name, target, unit, actual, direction, source, on } => {
            let id = KpiId::new(new_id(tx, id.as_ref().map(|i| i.as_str()), KpiId::PREFIX)?);
            let at = insert_index(*index, tx.doc().kpis.len())?;
            let kpi = Kpi {
                id: id.clone(),
                name: name.clone(),
                unit: unit.clone(),
                target: *target,
                actual: *actual,
                direction: *direction,
                source: source.clone(),
                on: on.clone(),
            };
            valid_kpi(tx, &kpi)?;
            tx.set_meta(|m| m.kpis.insert(at, kpi));
        }
        Command::UpdateKpi { kpi, changes } => {
            let i = kpi_index(tx, kpi)?;
            let mut k = tx.doc().kpis[i].clone();
            apply_kpi_changes(&mut k, changes);
            valid_kpi(tx, &k)?;
            tx.set_meta(|m| m.kpis[i] = k);
        }
        Command::DeleteKpi { kpi } => {
            let i = kpi_index(tx, kpi)?;
            tx.set_meta(|m| {
                m.kpis.remove(i);
            });
        }
    }
    Ok(())
}

fn kpi_index(tx: &Transaction, id: &KpiId) -> Result<usize, EditError> {
    tx.doc().kpis.iter().position(|k| &k.id == id).ok_or_else(|| EditError::UnknownKpi(id.clone()))
}

/// A KPI's numbers are finite and what it is attached to exists.
fn valid_kpi(tx: &Transaction, k: &Kpi) -> Result<(), EditError> {
    if !k.target.is_finite() {
        return Err(EditError::NotFinite("target"));
    }
    if k.actual.is_some_and(|a| !a.is_finite()) {
        return Err(EditError::NotFinite("actual"));
    }
    match &k.on {
        KpiSubject::Blueprint => Ok(()),
        KpiSubject::Stage(s) => stage_index(tx, s).map(|_| ()),
        KpiSubject::Card(c) => card_exists(tx, c),
    }
}

fn apply_kpi_changes(k: &mut Kpi, ch: &KpiChanges) {
    if let Some(v) = &ch.name {
        k.name.clone_from(v);
    }
    if let Some(v) = &ch.unit {
        k.unit.clone_from(v);
    }
    if let Some(v) = ch.target {
        k.target = v;
    }
    if let Some(v) = ch.actual {
        k.actual = v;
    }
    if let Some(v) = ch.direction {
        k.direction = v;
    }
    if let Some(v) = &ch.source {
        k.source.clone_from(v);
    }
    if let Some(v) = &ch.on {
        k.on = v.clone();
    }
}

/// Remove the KPIs attached to what is being deleted, as connectors go with their cards
/// (undo brings them back). The document's settings are only touched when one is.
fn drop_kpis_on(tx: &mut Transaction, doomed: impl Fn(&KpiSubject) -> bool) {
    if tx.doc().kpis.iter().any(|k| doomed(&k.on)) {
        tx.set_meta(|m| m.kpis.retain(|k| !doomed(&k.on)));
    }
}

fn apply_card_changes(c: &mut Card, ch: &CardChanges) -> Result<(), EditError> {
    if let Some(Some(e)) = ch.emotion {
        if !EMOTION_RANGE.contains(&e) {
            return Err(EditError::EmotionOutOfRange(e));
        }
    }
    if let Some(v) = &ch.text {
        c.text.clone_from(v);
    }
    if let Some(v) = &ch.notes {
        c.notes.clone_from(v);
    }
    if let Some(v) = ch.channel {
        c.channel = v;
    }
    if let Some(v) = &ch.owner {
        c.owner.clone_from(v);
    }
    if let Some(v) = ch.duration_seconds {
        c.duration_seconds = v;
    }
    if let Some(v) = ch.tolerance_seconds {
        c.tolerance_seconds = v;
    }
    if let Some(v) = ch.wait {
        c.wait = v;
    }
    if let Some(v) = &ch.fail_point {
        c.fail_point.clone_from(v);
    }
    if let Some(v) = ch.emotion {
        c.emotion = v;
    }
    if let Some(v) = &ch.tags {
        c.tags.clone_from(v);
    }
    if let Some(v) = ch.key_moment {
        c.key_moment = v;
    }
    if let Some(v) = ch.colour {
        c.colour = v;
    }
    Ok(())
}

/// Remove cards and every connector touching them.
fn delete_cards(tx: &mut Transaction, cards: &[CardId]) {
    let doomed: std::collections::HashSet<&CardId> = cards.iter().collect();
    let connectors: Vec<ConnectorId> = tx
        .doc()
        .connectors
        .values()
        .filter(|a| doomed.contains(&a.from) || doomed.contains(&a.to))
        .map(|a| a.id.clone())
        .collect();
    for id in &connectors {
        tx.put_connector(id, None);
    }
    for id in cards {
        tx.put_card(id, None);
    }
    drop_kpis_on(tx, |on| matches!(on, KpiSubject::Card(c) if doomed.contains(c)));
}

/// Ids of a cell's cards in display order, leaving out `except`.
fn cell_ids(tx: &Transaction, lane: &LaneId, stage: &StageId, except: Option<&CardId>) -> Vec<CardId> {
    tx.doc().cell_cards(lane, stage).into_iter().filter(|c| Some(&c.id) != except).map(|c| c.id.clone()).collect()
}

/// [`Command::MoveCards`]: every listed cell gets exactly its listed cards, in order;
/// the cells the cards leave are renumbered.
fn move_cards(tx: &mut Transaction, cells: &[CellCards]) -> Result<(), EditError> {
    if cells.iter().all(|c| c.cards.is_empty()) {
        return Err(EditError::NothingSelected);
    }
    let mut listed: HashSet<&CardId> = HashSet::new();
    let mut targets: HashSet<(&LaneId, &StageId)> = HashSet::new();
    for cell in cells {
        lane_index(tx, &cell.lane)?;
        stage_index(tx, &cell.stage)?;
        if !targets.insert((&cell.lane, &cell.stage)) {
            return Err(EditError::NamedTwice(format!("{} / {}", cell.lane, cell.stage)));
        }
        for id in &cell.cards {
            card_exists(tx, id)?;
            if !listed.insert(id) {
                return Err(EditError::NamedTwice(id.to_string()));
            }
        }
    }
    for cell in cells {
        if let Some(left) = cell_ids(tx, &cell.lane, &cell.stage, None).into_iter().find(|id| !listed.contains(id)) {
            return Err(EditError::LeftWithoutPlace(left));
        }
    }
    let mut sources: Vec<(LaneId, StageId)> = Vec::new();
    for cell in cells {
        for (order, id) in cell.cards.iter().enumerate() {
            let Some(old) = tx.doc().cards.get(id).cloned() else { continue };
            let placed =
                Card { lane: cell.lane.clone(), stage: cell.stage.clone(), order: order as u32, ..old.clone() };
            if placed != old {
                let from = (old.lane, old.stage);
                if !targets.contains(&(&from.0, &from.1)) && !sources.contains(&from) {
                    sources.push(from);
                }
                tx.put_card(id, Some(placed));
            }
        }
    }
    for (lane, stage) in sources {
        let rest = cell_ids(tx, &lane, &stage, None);
        renumber(tx, &rest);
    }
    Ok(())
}

/// Give the cards of one cell the orders 0, 1, 2… in the given sequence.
fn renumber(tx: &mut Transaction, ids: &[CardId]) {
    for (i, id) in ids.iter().enumerate() {
        let order = i as u32;
        if let Some(c) = tx.doc().cards.get(id) {
            if c.order != order {
                let c = Card { order, ..c.clone() };
                tx.put_card(id, Some(c));
            }
        }
    }
}

fn new_id(tx: &Transaction, wanted: Option<&str>, prefix: &str) -> Result<String, EditError> {
    let doc = tx.doc();
    match wanted {
        None => Ok(doc.fresh_id(prefix)),
        Some(id) if !is_valid_id(id) => Err(EditError::InvalidId(id.to_owned())),
        Some(id) => {
            let taken = doc.cards.contains_key(id)
                || doc.connectors.contains_key(id)
                || doc.kpis.iter().any(|k| k.id.as_str() == id)
                || doc.stages.iter().any(|s| s.id.as_str() == id)
                || doc.lanes.iter().any(|l| l.id.as_str() == id);
            if taken {
                Err(EditError::DuplicateId(id.to_owned()))
            } else {
                Ok(id.to_owned())
            }
        }
    }
}

fn insert_index(index: Option<usize>, len: usize) -> Result<usize, EditError> {
    match index {
        None => Ok(len),
        Some(i) if i <= len => Ok(i),
        Some(i) => Err(EditError::IndexOutOfRange { index: i, max: len }),
    }
}

fn move_index(index: usize, len: usize) -> Result<usize, EditError> {
    if index < len {
        Ok(index)
    } else {
        Err(EditError::IndexOutOfRange { index, max: len.saturating_sub(1) })
    }
}

fn stage_index(tx: &Transaction, id: &StageId) -> Result<usize, EditError> {
    tx.doc().stage_index(id).ok_or_else(|| EditError::UnknownStage(id.clone()))
}

fn lane_index(tx: &Transaction, id: &LaneId) -> Result<usize, EditError> {
    tx.doc().lane_index(id).ok_or_else(|| EditError::UnknownLane(id.clone()))
}

/// Refuse a connector `from` → `to` that another one (not `except`) already makes: the
/// same direction for one-way connectors, either direction when one of them is two-way.
/// The same test as the `duplicate-connector` rule, which still reports duplicates that
/// come from files.
fn no_duplicate(
    tx: &Transaction,
    except: Option<&ConnectorId>,
    from: &CardId,
    to: &CardId,
    direction: Direction,
) -> Result<(), EditError> {
    let doc = tx.doc();
    let two_way = direction == Direction::TwoWay;
    let taken = doc.connectors.values().any(|o| {
        Some(&o.id) != except
            && ((o.from == *from && o.to == *to)
                || (o.from == *to && o.to == *from && (two_way || o.direction == Direction::TwoWay)))
    });
    if !taken {
        return Ok(());
    }
    let name = |id: &CardId| {
        let t = doc.cards.get(id).map(|c| c.text.trim()).unwrap_or_default();
        let first = t.lines().next().unwrap_or_default();
        let mut short: String = first.chars().take(40).collect();
        if short.is_empty() {
            short = id.to_string();
        } else if short.len() < t.len() {
            short.push('…');
        }
        short
    };
    Err(EditError::DuplicateConnector { from: name(from), to: name(to) })
}

fn card_exists(tx: &Transaction, id: &CardId) -> Result<(), EditError> {
    if tx.doc().cards.contains_key(id) {
        Ok(())
    } else {
        Err(EditError::UnknownCard(id.clone()))
    }
}
