//! The fixed catalogues the panels show — the rules with their grading per profile, the
//! profiles, the lane kinds with their default names and colours — taken from the core
//! so that the UI keeps no copy of them.

use frontstage::model::{LaneKind, Profile, Severity};
use frontstage::rules::rule_infos;
use serde::Serialize;
use ts_rs::TS;

/// A profile as the rule settings show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct ProfileInfo {
    pub id: Profile,
    pub label: String,
}

/// How one profile grades a rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct ProfileGrade {
    pub profile: Profile,
    /// `null` when the profile turns the rule off.
    pub severity: Option<Severity>,
}

/// One rule of the checker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct RuleEntry {
    /// Kebab-case id, as in a document's `rules` settings and in diagnostics.
    pub id: String,
    /// One line saying what the rule checks.
    pub summary: String,
    /// Severity in the default (Bitner) profile.
    pub default_severity: Severity,
    /// Its grading in every profile, in the order of `RuleCatalogue::profiles`.
    pub profiles: Vec<ProfileGrade>,
}

/// Every profile and every rule, in documentation order (docs/rules.md).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct RuleCatalogue {
    pub profiles: Vec<ProfileInfo>,
    pub rules: Vec<RuleEntry>,
}

/// A kind of lane, with what a lane of that kind gets when it has no name or colour.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct LaneKindInfo {
    pub kind: LaneKind,
    pub label: String,
    /// `#rrggbb`, the fill of a lane without its own colour.
    pub color: String,
}

pub fn rule_catalogue() -> RuleCatalogue {
    let profiles = Profile::ALL.iter().map(|&p| ProfileInfo { id: p, label: p.label().to_owned() }).collect();
    let rules = rule_infos()
        .into_iter()
        .map(|i| RuleEntry {
            id: i.id.to_owned(),
            summary: i.summary.to_owned(),
            default_severity: i.default_severity,
            profiles: Profile::ALL.iter().map(|&p| ProfileGrade { profile: p, severity: i.severity_in(p) }).collect(),
        })
        .collect();
    RuleCatalogue { profiles, rules }
}

pub fn lane_kind_catalogue() -> Vec<LaneKindInfo> {
    LaneKind::ALL
        .iter()
        .map(|&k| LaneKindInfo { kind: k, label: k.label().to_owned(), color: k.default_color().to_owned() })
        .collect()
}

#[tauri::command]
pub fn rules() -> RuleCatalogue {
    rule_catalogue()
}

#[tauri::command]
pub fn lane_kinds() -> Vec<LaneKindInfo> {
    lane_kind_catalogue()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_rule_has_a_chinese_summary_for_the_rules_panel() {
        // The UI shows these (ui/src/i18n/rule-summaries.zh-CN.json) instead of the core's
        // English summaries when it speaks Chinese.
        let zh: std::collections::BTreeMap<String, String> =
            serde_json::from_str(include_str!("../../ui/src/i18n/rule-summaries.zh-CN.json")).unwrap();
        let ids: Vec<String> = super::rule_catalogue().rules.into_iter().map(|r| r.id).collect();
        assert_eq!(zh.keys().cloned().collect::<Vec<_>>(), {
            let mut s = ids.clone();
            s.sort();
            s
        });
        assert!(zh.values().all(|v| !v.is_ascii()), "{zh:?}");
    }

    use super::*;

    #[test]
    fn the_rule_catalogue_lists_every_rule_with_its_grading_per_profile() {
        let c = rule_catalogue();
        assert_eq!(c.profiles.len(), Profile::ALL.len());
        assert_eq!(c.profiles[2], ProfileInfo { id: Profile::EighteenF, label: "18F".into() });
        assert_eq!(c.rules.len(), frontstage::rules::registry().len());
        let evidence = c.rules.iter().find(|r| r.id == "customer-without-evidence").unwrap();
        assert_eq!(evidence.default_severity, Severity::Warning);
        let grade = |p| evidence.profiles.iter().find(|g| g.profile == p).unwrap().severity;
        assert_eq!(grade(Profile::Bitner), Some(Severity::Warning));
        assert_eq!(grade(Profile::Shostack), None);
        assert_eq!(grade(Profile::EighteenF), None);
        assert!(!evidence.summary.is_empty());
    }

    #[test]
    fn lane_kinds_carry_their_default_name_and_colour() {
        let kinds = lane_kind_catalogue();
        assert_eq!(kinds.len(), LaneKind::ALL.len());
        let customer = kinds.iter().find(|k| k.kind == LaneKind::Customer).unwrap();
        assert_eq!(customer.label, "Customer actions");
        assert_eq!(customer.color, LaneKind::Customer.default_color());
    }
}
