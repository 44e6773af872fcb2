//! # `profile-lines`
//!
//! **Default severity:** info
//!
//! **Checks.** The blueprint has the lines its profile expects: Bitner/NN/g and 18F the
//! lines of interaction, visibility and internal interaction; Shostack the line of
//! visibility; Fließ & Kleinaltenkamp all five (adding order penetration and
//! implementation). One diagnostic lists the missing lines.
//!
//! **Why.** The profile is the convention the blueprint says it follows; a missing line
//! leaves zones undefined, and the lane rules can then judge lanes only against the lines
//! present (Bitner, Ostrom & Morgan 2008; Shostack 1984; Fließ & Kleinaltenkamp 2004;
//! 18F's service blueprint method).
//!
//! **Correct.** A Bitner blueprint with the three lines.
//!
//! **Incorrect.** A Bitner blueprint with only the line of visibility: "The Bitner
//! profile expects the line of interaction and the line of internal interaction."

use super::diagnostic::Out;
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo};
use crate::model::{ElementRef, Language, LineKind, Profile, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "profile-lines",
        default_severity: Severity::Info,
        summary: "The lines the profile expects are present.",
        summary_zh: "所选规范要求的线都已放置。",
        profile_overrides: &[],
    },
    check: Check::Structure(check),
};

/// Lines each profile expects, top to bottom.
pub(crate) fn expected_lines(profile: Profile) -> &'static [LineKind] {
    use LineKind::*;
    match profile {
        Profile::Bitner | Profile::EighteenF => &[Interaction, Visibility, InternalInteraction],
        Profile::Shostack => &[Visibility],
        Profile::Fliess => &LineKind::ALL,
    }
}

fn profile_name(p: Profile) -> &'static str {
    match p {
        Profile::Bitner => "Bitner",
        Profile::Shostack => "Shostack",
        Profile::EighteenF => "18F",
        Profile::Fliess => "Fließ & Kleinaltenkamp",
    }
}

fn check(cx: &Cx, out: &mut Out) {
    let missing: Vec<LineKind> =
        expected_lines(cx.doc.profile).iter().copied().filter(|k| cx.structure().line(*k).is_none()).collect();
    if missing.is_empty() {
        return;
    }
    let message = match cx.lang {
        Language::English => {
            let names: Vec<String> = missing.iter().map(|k| format!("the {}", k.label().to_lowercase())).collect();
            format!("The {} profile expects {}.", profile_name(cx.doc.profile), names.join(" and "))
        }
        Language::SimplifiedChinese => {
            let names: Vec<&str> = missing.iter().map(|k| k.label_in(cx.lang)).collect();
            format!("{} 规范要求有{}。", profile_name(cx.doc.profile), names.join("和"))
        }
    };
    out.push(
        message,
        vec![ElementRef::Document],
        cx.lang.pick(
            "Add the missing lines, or choose the profile the blueprint follows.",
            "请添加缺少的线，或选择该蓝图所遵循的规范。",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, run, table};
    use crate::model::{ElementRef, Line, LineKind, Profile};

    #[test]
    fn table_() {
        let shostack = |b: &mut crate::model::Blueprint| {
            b.profile = Profile::Shostack;
            b.lines = vec![Line { kind: LineKind::Visibility, boundary: 3 }];
        };
        table(
            "profile-lines",
            vec![
                ("bitner", bitner(1)),
                ("shostack with visibility", bitner(1).edit(shostack)),
                ("18f", bitner(1).edit(|b| b.profile = Profile::EighteenF)),
            ],
            vec![
                ("bitner with one line", bitner(1).edit(shostack).edit(|b| b.profile = Profile::Bitner), vec![ElementRef::Document]),
                ("fliess with three", bitner(1).edit(|b| b.profile = Profile::Fliess), vec![ElementRef::Document]),
            ],
        );
    }

    #[test]
    fn lists_the_missing_lines() {
        let doc = bitner(1).edit(|b| b.lines.retain(|l| l.kind == LineKind::Visibility));
        assert_eq!(
            run("profile-lines", &doc.0)[0].message,
            "The Bitner profile expects the line of interaction and the line of internal interaction."
        );
    }
}
