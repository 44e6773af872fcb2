//! What a rule is: its description, its grading per profile, and the check it runs.

use super::diagnostic::Out;
use super::index::{Cx, Link, NodeIx};
use crate::model::{Card, Language, Profile, Severity};
use serde::Serialize;

/// The description of one rule, as shown in docs and settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct RuleInfo {
    /// Kebab-case id, as used in a document's `rules` settings.
    pub id: &'static str,
    /// Severity in the default (Bitner) profile.
    pub default_severity: Severity,
    /// One line saying what the rule checks.
    pub summary: &'static str,
    /// The same in Simplified Chinese.
    pub summary_zh: &'static str,
    /// Profiles that grade the rule differently from the default: `None` is off.
    pub profile_overrides: &'static [(Profile, Option<Severity>)],
}

impl RuleInfo {
    /// The summary in `lang`.
    pub fn summary_in(&self, lang: Language) -> &'static str {
        lang.pick(self.summary, self.summary_zh)
    }

    /// The severity a profile gives this rule, or `None` when the profile turns it off.
    pub fn severity_in(&self, profile: Profile) -> Option<Severity> {
        self.profile_overrides.iter().find(|(p, _)| *p == profile).map_or(Some(self.default_severity), |(_, s)| *s)
    }
}

/// What a rule looks at, which decides when the checker re-runs it after an edit.
#[derive(Clone, Copy)]
pub(crate) enum Check {
    /// Stages, lanes, lines and settings only: re-run on structural edits.
    Structure(fn(&Cx, &mut Out)),
    /// One card: re-run when that card changes.
    Card(fn(&Cx, &Card, &mut Out)),
    /// One connector and its two end cards: re-run when the connector, an end card or
    /// another connector at the same ends changes.
    Connector(fn(&Cx, &Link, &mut Out)),
    /// One stage (by index): re-run when a card enters or leaves the stage.
    Stage(fn(&Cx, usize, &mut Out)),
    /// The whole document, cheaply from the checker's index: re-run after every edit
    /// that changed what it [`Reads`].
    Document(fn(&Cx, &mut Out), Reads),
    /// A document-wide search (`find`) that flags single cards, each described by
    /// `describe`; searched again after an edit that changed what it [`Reads`], and then
    /// only newly flagged or edited cards are described again.
    Flagged { find: fn(&Cx) -> Vec<NodeIx>, describe: fn(&Cx, &Card, &mut Out), reads: Reads },
}

/// What a document-wide rule (`Document`, `Flagged`) reads of the cards besides the
/// connectors, the lanes and the stages themselves: the checker runs it again only after
/// an edit that changed some of it, not after a move within a lane or a renumbering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reads {
    /// Which cards there are, and each card's lane, text, duration and tolerance.
    Flow,
    /// Those, and each card's stage.
    FlowAndStages,
}

/// A rule: its description and its check.
#[derive(Clone, Copy)]
pub struct Rule {
    pub info: RuleInfo,
    pub(crate) check: Check,
}
