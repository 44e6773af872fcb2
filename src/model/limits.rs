//! The longest text each field holds and the most tags a card carries, counted in
//! characters (Unicode scalar values). Generous for real use: a card's text is a sentence
//! or a paragraph, a description a few pages. They bound what one edit can put into a
//! document, so no single edit can make the editor's window carry megabytes per
//! keystroke; docs/format.md ("Limits") lists them and what happens at each.
//!
//! An edit that makes a field longer than its limit is refused. A file may still hold a
//! longer value (written by another tool or by hand): it opens, is kept and saved as it
//! is, and an edit may shorten it but not lengthen it.

use std::borrow::Cow;
use std::fmt;

/// A field with a limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Title,
    Scenario,
    Persona,
    Description,
    StageName,
    LaneName,
    CardText,
    Notes,
    Owner,
    Recovery,
    FailDescription,
    Tag,
    /// The number of tags on one card.
    Tags,
    ConnectorLabel,
    /// A rule id in a document's rule settings.
    RuleSetting,
    /// The name of a batch of edits (its undo step's label).
    EditName,
    KpiName,
    KpiUnit,
    KpiSource,
}

impl Field {
    /// Every field, in the order of the table in docs/format.md.
    pub const ALL: [Field; 19] = [
        Field::Title,
        Field::Scenario,
        Field::Persona,
        Field::Description,
        Field::StageName,
        Field::LaneName,
        Field::CardText,
        Field::Notes,
        Field::Owner,
        Field::Recovery,
        Field::FailDescription,
        Field::Tag,
        Field::Tags,
        Field::ConnectorLabel,
        Field::RuleSetting,
        Field::EditName,
        Field::KpiName,
        Field::KpiUnit,
        Field::KpiSource,
    ];

    /// The most characters the field holds (for [`Field::Tags`], the most tags).
    pub const fn limit(self) -> usize {
        match self {
            Field::Title | Field::StageName | Field::LaneName | Field::Owner | Field::KpiName => 200,
            Field::KpiUnit => 20,
            Field::KpiSource => 2_000,
            Field::Scenario | Field::Persona => 500,
            Field::Description => 50_000,
            Field::CardText | Field::Recovery | Field::FailDescription => 5_000,
            Field::Notes => 20_000,
            Field::Tag => 100,
            Field::Tags => 50,
            Field::ConnectorLabel => 500,
            Field::RuleSetting => 100,
            Field::EditName => 200,
        }
    }

    /// The field as a sentence names it: "a card's text".
    pub fn name(self) -> &'static str {
        match self {
            Field::Title => "the title",
            Field::Scenario => "the scenario",
            Field::Persona => "the persona",
            Field::Description => "the description",
            Field::StageName => "a stage's name",
            Field::LaneName => "a lane's name",
            Field::CardText => "a card's text",
            Field::Notes => "a card's notes",
            Field::Owner => "a card's owner",
            Field::Recovery => "a fail point's recovery",
            Field::FailDescription => "a fail point's description",
            Field::Tag => "a tag",
            Field::Tags => "a card",
            Field::ConnectorLabel => "an arrow's label",
            Field::RuleSetting => "a rule setting's rule id",
            Field::EditName => "an edit's name",
            Field::KpiName => "a KPI's name",
            Field::KpiUnit => "a KPI's unit",
            Field::KpiSource => "a KPI's source",
        }
    }

    /// What the limit counts.
    pub fn unit(self) -> &'static str {
        if self == Field::Tags {
            "tags"
        } else {
            "characters"
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An edit setting `field` from `before` to `after` goes over the limit: `after` is longer
/// than the limit and longer than `before` (a value already over it, from a file, may be
/// kept or shortened). Returns the new value's length in characters.
pub fn grows_past(field: Field, before: &str, after: &str) -> Option<usize> {
    let limit = field.limit();
    // A character takes at least one byte: most values are decided without counting.
    if after.len() <= limit || before == after {
        return None;
    }
    let len = after.chars().count();
    (len > limit && len > before.chars().count()).then_some(len)
}

/// `s` as long as `field` allows, ending with "…" when cut: how an export shows a value
/// that a file brought in over its limit.
pub fn within(field: Field, s: &str) -> Cow<'_, str> {
    let limit = field.limit();
    match s.char_indices().nth(limit) {
        None => Cow::Borrowed(s),
        Some((at, _)) => Cow::Owned(format!("{}…", &s[..at])),
    }
}

/// [`grows_past`] for a count (of tags).
pub fn count_grows_past(field: Field, before: usize, after: usize) -> Option<usize> {
    (after > field.limit() && after > before).then_some(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_count_characters_not_bytes() {
        let limit = Field::Tag.limit();
        assert_eq!(grows_past(Field::Tag, "", &"長".repeat(limit)), None, "3 bytes a character, 100 characters");
        assert_eq!(grows_past(Field::Tag, "", &"長".repeat(limit + 1)), Some(limit + 1));
    }

    #[test]
    fn a_value_already_over_may_stay_or_shrink_but_not_grow() {
        let limit = Field::Owner.limit();
        let long = "a".repeat(limit + 10);
        assert_eq!(grows_past(Field::Owner, &long, &long), None);
        assert_eq!(grows_past(Field::Owner, &long, &long[1..]), None);
        assert_eq!(grows_past(Field::Owner, &long, &format!("{long}b")), Some(limit + 11));
        assert_eq!(count_grows_past(Field::Tags, 60, 60), None);
        assert_eq!(count_grows_past(Field::Tags, 50, 51), Some(51));
    }

    #[test]
    fn within_cuts_only_what_is_over() {
        let limit = Field::Title.limit();
        assert_eq!(within(Field::Title, &"中".repeat(limit)), "中".repeat(limit));
        assert_eq!(within(Field::Title, &"中".repeat(limit + 1)), format!("{}…", "中".repeat(limit)));
    }
}
