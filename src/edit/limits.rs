//! The fields' limits (`model::limits`) applied to what a transaction changed, so every
//! command, batches included, is held to them in one place. Only what grows is refused:
//! a value a file brought in over its limit may be kept, moved or shortened.

use super::error::EditError;
use super::patch::{Change, Meta};
use crate::model::limits::{count_grows_past, grows_past, Field};
use crate::model::{Card, Connector, Kpi, Lane, Stage};

/// The first field `changes` made grow past its limit, as the refusal.
pub(crate) fn check(changes: &[Change]) -> Result<(), EditError> {
    changes.iter().try_for_each(check_one)
}

fn check_one(change: &Change) -> Result<(), EditError> {
    match change {
        Change::Meta { before, after } => meta(before, after),
        Change::Stages { before, after } => named(before, after, Field::StageName, |s: &Stage| (&s.id, &s.name)),
        Change::Lanes { before, after } => named(before, after, Field::LaneName, |l: &Lane| (&l.id, &l.name)),
        Change::Lines { .. } => Ok(()),
        Change::Card { before, after: Some(after), .. } => card(before.as_ref(), after),
        Change::Connector { before, after: Some(after), .. } => connector(before.as_ref(), after),
        Change::Card { after: None, .. } | Change::Connector { after: None, .. } => Ok(()),
    }
}

fn text(field: Field, before: &str, after: &str) -> Result<(), EditError> {
    match grows_past(field, before, after) {
        Some(length) => Err(EditError::TooLong { field, length }),
        None => Ok(()),
    }
}

fn meta(before: &Meta, after: &Meta) -> Result<(), EditError> {
    text(Field::Title, &before.title, &after.title)?;
    text(Field::Scenario, &before.scenario, &after.scenario)?;
    text(Field::Persona, &before.persona, &after.persona)?;
    text(Field::Description, &before.description, &after.description)?;
    for rule in after.rules.keys().filter(|r| !before.rules.contains_key(*r)) {
        text(Field::RuleSetting, "", rule)?;
    }
    for k in &after.kpis {
        let old = before.kpis.iter().find(|o| o.id == k.id);
        let was = |f: fn(&Kpi) -> &str| old.map_or("", f);
        text(Field::KpiName, was(|o| &o.name), &k.name)?;
        text(Field::KpiUnit, was(|o| &o.unit), &k.unit)?;
        text(Field::KpiSource, was(|o| &o.source), &k.source)?;
    }
    Ok(())
}

/// Stages or lanes: each name against the same element's name before (by id).
fn named<T, I: PartialEq>(
    before: &[T],
    after: &[T],
    field: Field,
    id_name: impl Fn(&T) -> (&I, &String),
) -> Result<(), EditError> {
    // Only a name longer in bytes than the limit can be over it: look those up alone.
    for (id, name) in after.iter().map(&id_name).filter(|(_, n)| n.len() > field.limit()) {
        let old = before.iter().map(&id_name).find(|(i, _)| *i == id).map_or("", |(_, n)| n.as_str());
        text(field, old, name)?;
    }
    Ok(())
}

fn card(before: Option<&Card>, after: &Card) -> Result<(), EditError> {
    let old = |f: fn(&Card) -> &str| before.map_or("", f);
    text(Field::CardText, old(|c| &c.text), &after.text)?;
    text(Field::Notes, old(|c| &c.notes), &after.notes)?;
    text(Field::Owner, old(|c| &c.owner), &after.owner)?;
    text(Field::Recovery, old(recovery), recovery(after))?;
    text(Field::FailDescription, old(fail_description), fail_description(after))?;
    let old_tags = before.map_or(&[][..], |c| c.tags.as_slice());
    if let Some(length) = count_grows_past(Field::Tags, old_tags.len(), after.tags.len()) {
        return Err(EditError::TooLong { field: Field::Tags, length });
    }
    for tag in after.tags.iter().filter(|t| !old_tags.contains(t)) {
        text(Field::Tag, "", tag)?;
    }
    Ok(())
}

fn recovery(c: &Card) -> &str {
    c.fail_point.as_ref().map_or("", |f| f.recovery.as_str())
}

fn fail_description(c: &Card) -> &str {
    c.fail_point.as_ref().map_or("", |f| f.description.as_str())
}

fn connector(before: Option<&Connector>, after: &Connector) -> Result<(), EditError> {
    text(Field::ConnectorLabel, before.map_or("", |c| &c.label), &after.label)
}
