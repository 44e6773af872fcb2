//! The fixed catalogues the panels show — the rules with their grading per profile, the
//! profiles, the lane kinds with their default names and colours — taken from the core
//! so that the UI keeps no copy of them.

use crate::model::{LaneKind, Language, Profile, Severity};
use crate::rules::rule_infos;
use serde::Serialize;

/// A profile as the rule settings show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProfileInfo {
    pub id: Profile,
    pub label: String,
}

/// How one profile grades a rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProfileGrade {
    pub profile: Profile,
    /// `null` when the profile turns the rule off.
    pub severity: Option<Severity>,
}

/// One rule of the checker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RuleEntry {
    /// Kebab-case id, as in a document's `rules` settings and in diagnostics.
    pub id: String,
    /// One line saying what the rule checks, in each language the UI speaks.
    pub summary: InEachLocale,
    /// Severity in the default (Bitner) profile.
    pub default_severity: Severity,
    /// Its grading in every profile, in the order of `RuleCatalogue::profiles`.
    pub profiles: Vec<ProfileGrade>,
}

/// A text in each language the UI speaks, keyed by locale tag: a panel follows View ›
/// Language without asking again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct InEachLocale {
    pub en: String,
    #[serde(rename = "zh-CN")]
    pub zh_cn: String,
}

/// Every profile and every rule, in documentation order (docs/rules.md).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RuleCatalogue {
    pub profiles: Vec<ProfileInfo>,
    pub rules: Vec<RuleEntry>,
}

/// A kind of lane, with what a lane of that kind gets when it has no name or colour.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
            summary: InEachLocale {
                en: i.summary_in(Language::English).to_owned(),
                zh_cn: i.summary_in(Language::SimplifiedChinese).to_owned(),
            },
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_catalogue_lists_every_rule_with_its_grading_per_profile() {
        let c = rule_catalogue();
        assert_eq!(c.profiles.len(), Profile::ALL.len());
        assert_eq!(c.profiles[2], ProfileInfo { id: Profile::EighteenF, label: "18F".into() });
        assert_eq!(c.rules.len(), crate::rules::registry().len());
        let evidence = c.rules.iter().find(|r| r.id == "customer-without-evidence").unwrap();
        assert_eq!(evidence.default_severity, Severity::Warning);
        let grade = |p| evidence.profiles.iter().find(|g| g.profile == p).unwrap().severity;
        assert_eq!(grade(Profile::Bitner), Some(Severity::Warning));
        assert_eq!(grade(Profile::Shostack), None);
        assert_eq!(grade(Profile::EighteenF), None);
        assert!(!evidence.summary.en.is_empty());
        // Every rule is summed up in Chinese too, for the rules panel.
        for rule in &c.rules {
            assert!(!rule.summary.zh_cn.is_ascii(), "{}: {:?}", rule.id, rule.summary);
        }
        let json = serde_json::to_value(&evidence.summary).unwrap();
        assert_eq!(json["zh-CN"], evidence.summary.zh_cn.as_str());
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
