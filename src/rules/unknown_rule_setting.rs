//! # `unknown-rule-setting`
//!
//! **Default severity:** warning
//!
//! **Checks.** Every rule the document switches off or re-grades in its `rules` settings
//! is a rule this version of Frontstage knows.
//!
//! **Why.** A setting for a rule that does not exist does nothing, silently: a typo
//! ("over-tolerence") leaves the rule the designer meant to switch off still on, and a
//! setting written by a newer version (for a rule this one lacks) is kept but has no
//! effect here. Saying so is the only way the designer finds out.
//!
//! **Correct.** `"rules": {"granularity": "off"}`.
//!
//! **Incorrect.** `"rules": {"over-tolerence": "off"}`.

use super::diagnostic::Out;
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{ElementRef, Language, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "unknown-rule-setting",
        default_severity: Severity::Warning,
        summary: "The document's rule settings name rules that exist.",
        summary_zh: "文档的规则设置只引用存在的规则。",
        profile_overrides: &[],
    },
    check: Check::Structure(check),
};

fn check(cx: &Cx, out: &mut Out) {
    for id in cx.doc.rules.keys().filter(|id| super::rule(id).is_none()) {
        let rule = cx.quote(id);
        out.push(
            match cx.lang {
                Language::English => {
                    format!("The document has a setting for the rule {rule}, which this version of Frontstage does not know.")
                }
                Language::SimplifiedChinese => {
                    format!("文档里有规则{rule}的设置，但这个版本的 Frontstage 不认识这条规则。")
                }
            },
            vec![ElementRef::Document],
            cx.lang.pick(
                "Check the spelling against the list of rules (`frontstage rules`), or remove the setting.",
                "请对照规则列表（`frontstage rules`）检查拼写，或删除这项设置。",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{good, table, Doc};
    use crate::model::{ElementRef, RuleSetting};

    fn with(rule: &str) -> Doc {
        let mut d = good();
        d.0.rules.insert(rule.to_owned(), RuleSetting::Off);
        d
    }

    #[test]
    fn table_() {
        table(
            "unknown-rule-setting",
            vec![("good", good()), ("a known rule switched off", with("granularity"))],
            vec![("a typo", with("over-tolerence"), vec![ElementRef::Document])],
        );
    }
}
