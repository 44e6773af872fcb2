//! Built-in templates for new blueprints (`frontstage new --template NAME`).
//!
//! The four profile templates are empty skeletons built here; the restaurant templates are
//! the example files in `examples/`, compiled in, so the template and the example cannot
//! drift apart.

use crate::model::{Blueprint, Lane, LaneKind, Language, Line, LineKind, Profile, Stage};
use thiserror::Error;

/// The template used when none is named.
pub const DEFAULT: &str = "bitner";

const NAMES: [&str; 6] = ["bitner", "shostack", "18f", "fliess", "restaurant", "restaurant-zh"];

const RESTAURANT_EN: &str = include_str!("../examples/restaurant-en.frontstage");
const RESTAURANT_ZH: &str = include_str!("../examples/restaurant-zh.frontstage");

/// Why a template could not be produced.
#[derive(Debug, Error)]
pub enum TemplateError {
    #[error("unknown template \"{name}\"; available: {}", NAMES.join(", "))]
    Unknown { name: String },
    /// A compiled-in example does not parse (a build defect, caught by the tests).
    #[error("built-in template \"{name}\" is damaged: {source}")]
    Damaged { name: &'static str, source: serde_json::Error },
}

/// Names of all built-in templates, the default first.
pub fn names() -> &'static [&'static str] {
    &NAMES
}

/// One line describing a template, for `frontstage new --help` and template pickers.
pub fn describe(name: &str) -> Option<&'static str> {
    describe_in(name, Language::English)
}

/// One line describing a template in `lang` (the desktop app's File › New from Template).
pub fn describe_in(name: &str, lang: Language) -> Option<&'static str> {
    crate::words::template_description(name, lang)
}

/// The named template, or `None` when there is no such template.
pub fn template(name: &str) -> Option<Blueprint> {
    load(name).ok()
}

/// The named template, with the reason when there is none.
pub fn load(name: &str) -> Result<Blueprint, TemplateError> {
    load_in(name, Language::English)
}

/// The named template with its fixed words (title, stage and lane names, line labels) in
/// `language`. The worked examples are in the language they were written in.
pub fn load_in(name: &str, language: Language) -> Result<Blueprint, TemplateError> {
    let l = language;
    match name {
        "bitner" => Ok(bitner(l)),
        "shostack" => Ok(shostack(l)),
        "18f" => Ok(eighteen_f(l)),
        "fliess" => Ok(fliess(l)),
        "restaurant" => parse("restaurant", RESTAURANT_EN),
        "restaurant-zh" => parse("restaurant-zh", RESTAURANT_ZH),
        _ => Err(TemplateError::Unknown { name: name.to_owned() }),
    }
}

fn parse(name: &'static str, text: &str) -> Result<Blueprint, TemplateError> {
    serde_json::from_str(text).map_err(|source| TemplateError::Damaged { name, source })
}

/// A blank blueprint with four numbered stages and the given lanes (id, kind, English
/// name, Chinese name) and lines.
fn skeleton(
    l: Language,
    profile: Profile,
    lanes: &[(&str, LaneKind, &str, &str)],
    lines: &[(LineKind, usize)],
) -> Blueprint {
    let mut b = Blueprint::empty(l.pick("Untitled blueprint", "未命名服务蓝图"));
    b.language = l;
    b.profile = profile;
    b.stages =
        (1..=4).map(|i| Stage::new(format!("s{i}").as_str(), format!("{} {i}", l.pick("Stage", "阶段")))).collect();
    b.lanes = lanes.iter().map(|&(id, kind, en, zh)| Lane::new(id, kind, l.pick(en, zh))).collect();
    b.lines = lines.iter().map(|&(kind, boundary)| Line { kind, boundary }).collect();
    b
}

fn bitner(l: Language) -> Blueprint {
    skeleton(
        l,
        Profile::Bitner,
        &[
            ("l-evidence", LaneKind::Evidence, "Physical evidence", "有形展示"),
            ("l-customer", LaneKind::Customer, "Customer actions", "客户行为"),
            ("l-frontstage", LaneKind::Frontstage, "Frontstage actions", "前台行为"),
            ("l-backstage", LaneKind::Backstage, "Backstage actions", "后台行为"),
            ("l-support", LaneKind::Support, "Support processes", "支持过程"),
        ],
        &[(LineKind::Interaction, 2), (LineKind::Visibility, 3), (LineKind::InternalInteraction, 4)],
    )
}

fn shostack(l: Language) -> Blueprint {
    skeleton(
        l,
        Profile::Shostack,
        &[
            ("l-customer", LaneKind::Customer, "Customer actions", "客户行为"),
            ("l-frontstage", LaneKind::Frontstage, "Onstage (visible to the customer)", "前台（顾客可见）"),
            ("l-backstage", LaneKind::Backstage, "Backstage (invisible)", "后台（顾客不可见）"),
        ],
        &[(LineKind::Visibility, 2)],
    )
}

fn eighteen_f(l: Language) -> Blueprint {
    skeleton(
        l,
        Profile::EighteenF,
        &[
            ("l-customer", LaneKind::Customer, "Customer actions", "客户行为"),
            ("l-frontstage", LaneKind::Frontstage, "Frontstage", "前台"),
            ("l-backstage", LaneKind::Backstage, "Backstage", "后台"),
            ("l-support", LaneKind::Support, "Support processes", "支持过程"),
        ],
        &[(LineKind::Interaction, 1), (LineKind::Visibility, 2), (LineKind::InternalInteraction, 3)],
    )
}

/// Support is split at the line of order penetration: what is done for this customer above,
/// what is prepared for everyone in advance below; management sits below implementation.
fn fliess(l: Language) -> Blueprint {
    skeleton(
        l,
        Profile::Fliess,
        &[
            ("l-evidence", LaneKind::Evidence, "Physical evidence", "有形展示"),
            ("l-customer", LaneKind::Customer, "Customer actions", "客户行为"),
            ("l-frontstage", LaneKind::Frontstage, "Frontstage actions", "前台行为"),
            ("l-backstage", LaneKind::Backstage, "Backstage actions", "后台行为"),
            ("l-support", LaneKind::Support, "Customer-induced support", "顾客引发的支持"),
            (
                "l-preparation",
                LaneKind::Support,
                "Preparatory processes (customer-independent)",
                "准备过程（与顾客无关）",
            ),
            ("l-management", LaneKind::Custom, "Management", "管理"),
        ],
        &[
            (LineKind::Interaction, 2),
            (LineKind::Visibility, 3),
            (LineKind::InternalInteraction, 4),
            (LineKind::OrderPenetration, 5),
            (LineKind::Implementation, 6),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines each profile expects, top to bottom.
    fn expected_lines(profile: Profile) -> &'static [LineKind] {
        match profile {
            Profile::Shostack => &[LineKind::Visibility],
            Profile::Bitner | Profile::EighteenF => {
                &[LineKind::Interaction, LineKind::Visibility, LineKind::InternalInteraction]
            }
            Profile::Fliess => &LineKind::ALL,
        }
    }

    /// Whether a canonical lane kind belongs above (`Some(true)`) or below (`Some(false)`)
    /// a line; `None` where the domain prescribes nothing.
    fn above(kind: LaneKind, line: LineKind) -> Option<bool> {
        use LaneKind::*;
        let rank = match kind {
            Evidence | Customer => 0,
            Frontstage => 1,
            Backstage => 2,
            Support => 3,
            _ => return None,
        };
        match line {
            LineKind::Interaction => Some(rank < 1),
            LineKind::Visibility => Some(rank < 2),
            LineKind::InternalInteraction => Some(rank < 3),
            LineKind::OrderPenetration | LineKind::Implementation => None,
        }
    }

    fn all() -> Vec<(&'static str, Blueprint)> {
        names().iter().map(|&n| (n, load(n).unwrap_or_else(|e| panic!("{e}")))).collect()
    }

    #[test]
    fn profile_templates_speak_the_language_asked_for() {
        for name in ["bitner", "shostack", "18f", "fliess"] {
            let zh = load_in(name, Language::SimplifiedChinese).unwrap();
            let en = load(name).unwrap();
            assert_eq!(zh.language, Language::SimplifiedChinese);
            assert!(zh.inconsistencies().is_empty(), "{name}");
            assert_eq!(zh.lanes.len(), en.lanes.len());
            assert!(zh.title.starts_with("未命名"), "{name}: {}", zh.title);
            assert_eq!(zh.stages[0].name, "阶段 1");
            for lane in &zh.lanes {
                assert!(!lane.name.is_ascii(), "{name}: lane {} has no Chinese name", lane.name);
            }
        }
        assert_eq!(load_in("restaurant-zh", Language::English).unwrap().language, Language::SimplifiedChinese);
    }

    #[test]
    fn every_template_loads_and_is_consistent() {
        assert_eq!(names()[0], DEFAULT);
        for (name, b) in all() {
            assert!(b.inconsistencies().is_empty(), "{name}: {:?}", b.inconsistencies());
            assert!(!b.stages.is_empty() && !b.lanes.is_empty(), "{name} is empty");
            assert!(describe(name).is_some(), "{name} has no description");
            assert_eq!(template(name), Some(b));
        }
    }

    #[test]
    fn every_template_has_its_profiles_lines_in_order() {
        for (name, b) in all() {
            let kinds: Vec<LineKind> = b.lines.iter().map(|l| l.kind).collect();
            assert_eq!(kinds, expected_lines(b.profile), "{name}");
            assert!(b.lines.windows(2).all(|w| w[0].boundary < w[1].boundary), "{name}: lines out of order");
        }
    }

    #[test]
    fn canonical_lanes_sit_between_the_right_lines() {
        for (name, b) in all() {
            for (i, lane) in b.lanes.iter().enumerate() {
                for line in &b.lines {
                    if let Some(want_above) = above(lane.kind, line.kind) {
                        assert_eq!(i < line.boundary, want_above, "{name}: {} vs {:?}", lane.id, line.kind);
                    }
                }
            }
        }
    }

    #[test]
    fn profile_templates_have_the_expected_lanes() {
        let kinds = |n: &str| load(n).unwrap().lanes.iter().map(|l| l.kind).collect::<Vec<_>>();
        use LaneKind::*;
        assert_eq!(kinds("bitner"), [Evidence, Customer, Frontstage, Backstage, Support]);
        assert_eq!(kinds("shostack"), [Customer, Frontstage, Backstage]);
        assert_eq!(kinds("18f"), [Customer, Frontstage, Backstage, Support]);
        assert_eq!(load("bitner").unwrap().profile, Profile::Bitner);
        assert_eq!(load("18f").unwrap().profile, Profile::EighteenF);
        let fliess = load("fliess").unwrap();
        let implementation = fliess.line(LineKind::Implementation).unwrap().boundary;
        let management = fliess.lane_index(&"l-management".into()).unwrap();
        assert!(management >= implementation, "management sits below the line of implementation");
        let stages: Vec<&str> = fliess.stages.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(stages, ["Stage 1", "Stage 2", "Stage 3", "Stage 4"]);
    }

    #[test]
    fn restaurant_templates_are_the_examples() {
        let en = load("restaurant").unwrap();
        let zh = load("restaurant-zh").unwrap();
        assert_eq!(en.stages.len(), 4);
        assert_eq!(zh.stages[0].name, "进入餐厅");
        assert!(en.cards.len() > 30);
    }

    #[test]
    fn unknown_and_damaged_templates_are_errors_not_panics() {
        assert!(template("nope").is_none());
        assert!(describe("nope").is_none());
        assert_eq!(
            describe_in("18f", Language::SimplifiedChinese),
            Some("18F：四行（客户、前台、后台、支持），有形展示并入前台")
        );
        for name in names() {
            let zh = describe_in(name, Language::SimplifiedChinese).unwrap();
            assert!(!zh.is_ascii(), "{name}: {zh}");
        }
        let e = load("nope").unwrap_err().to_string();
        assert!(e.contains("\"nope\"") && e.contains("bitner"), "{e}");
        let e = parse("restaurant", "{").unwrap_err().to_string();
        assert!(e.contains("restaurant"), "{e}");
    }
}
