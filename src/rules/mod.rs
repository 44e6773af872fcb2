//! Rule checker ("lint"): one rule per file, a registry, profiles and diagnostics.
//!
//! Each rule file starts with a header saying what the rule checks, why (with its
//! source) and a correct and an incorrect example; `docs/rules.md` is generated from those
//! headers by [`rules_markdown`]. A document's profile switches rules on and off and grades
//! them; the document's own `rules` settings override the profile. [`check`] runs every
//! enabled rule; a [`Checker`] keeps the result current edit by edit.

mod checker;
mod diagnostic;
mod docs;
mod flow;
#[cfg(test)]
mod incremental_tests;
mod index;
mod rule;
#[cfg(test)]
mod testing;

pub use checker::Checker;
pub use diagnostic::Diagnostic;
pub use docs::rules_markdown;
pub use rule::{Rule, RuleInfo};

use crate::model::{Blueprint, Language, Severity};

/// Declares the rule modules in registry (= documentation) order, the registry and the
/// rule sources the documentation is generated from.
macro_rules! rules {
    ($($m:ident),* $(,)?) => {
        $(mod $m;)*
        static REGISTRY: &[Rule] = &[$($m::RULE),*];
        /// Source text of each rule file, in registry order.
        static SOURCES: &[&str] = &[$(include_str!(concat!(stringify!($m), ".rs"))),*];
    };
}

rules! {
    line_order,
    lane_placement,
    evidence_below_visibility,
    profile_lines,
    customer_without_evidence,
    stage_without_customer_action,
    customer_to_backstage,
    customer_to_support,
    order_penetration,
    orphan_frontstage,
    unused_support,
    connector_ends,
    duplicate_connector,
    backwards_arrow,
    customer_flow_cycle,
    unreachable_step,
    fail_point_recovery,
    over_tolerance,
    wait_without_tolerance,
    total_time,
    emotion_lane,
    employee_emotion,
    kpi_off_target,
    stage_without_kpi,
    granularity,
    card_text_cut,
    unknown_rule_setting,
}

/// Every rule, in documentation order.
pub fn registry() -> &'static [Rule] {
    REGISTRY
}

/// The description of every rule, in documentation order.
pub fn rule_infos() -> Vec<RuleInfo> {
    REGISTRY.iter().map(|r| r.info).collect()
}

/// Ids of every rule, for validating a document's `rules` settings.
pub fn known_rule_ids() -> impl Iterator<Item = &'static str> {
    REGISTRY.iter().map(|r| r.info.id)
}

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    REGISTRY.iter().find(|r| r.info.id == id)
}

/// The severity a rule has in this document (its setting, else its profile's grading),
/// or `None` when it is off or unknown.
pub fn effective_severity(doc: &Blueprint, rule_id: &str) -> Option<Severity> {
    rule(rule_id).and_then(|r| effective_severity_of(doc, &r.info))
}

fn effective_severity_of(doc: &Blueprint, info: &RuleInfo) -> Option<Severity> {
    match doc.rules.get(info.id) {
        Some(setting) => setting.severity(),
        None => info.severity_in(doc.profile),
    }
}

/// Check a document in full; diagnostics come by rule in registry order, then by subject.
/// Messages and hints are in English.
pub fn check(doc: &Blueprint) -> Vec<Diagnostic> {
    check_in(doc, Language::English)
}

/// [`check`] with messages and hints written in `lang`.
pub fn check_in(doc: &Blueprint, lang: Language) -> Vec<Diagnostic> {
    Checker::new_in(doc, lang).into_diagnostics()
}

/// The source text of a rule's file.
fn source_of(index: usize) -> &'static str {
    SOURCES[index]
}
