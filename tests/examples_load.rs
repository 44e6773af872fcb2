//! Every example blueprint loads, is consistent, and is stored in canonical form; and the
//! deliberate problems the examples' README promises are really in the files.
//!
//! Set `FRONTSTAGE_BLESS=1` to rewrite the examples in canonical form after editing them
//! by hand (the test still fails on anything that does not parse or is inconsistent).

use frontstage::model::{Blueprint, Direction, FailKind, LaneKind, LineKind, Profile};
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

const REQUIRED: [&str; 4] = [
    "restaurant-en.frontstage",
    "restaurant-zh.frontstage",
    "hospital-outpatient.frontstage",
    "bank-account-opening.frontstage",
];

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

fn example_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(examples_dir())
        .expect("examples/ folder is readable")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "frontstage"))
        .collect();
    files.sort();
    files
}

fn load(name: &str) -> Blueprint {
    let text = fs::read_to_string(examples_dir().join(name)).expect("example is readable");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Where the first difference is, so a failure points at the offending line.
fn first_difference(a: &str, b: &str) -> String {
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}: file has {x:?}, canonical is {y:?}", i + 1);
        }
    }
    format!("file has {} lines, canonical has {}", a.lines().count(), b.lines().count())
}

#[test]
fn the_required_examples_exist() {
    let names: BTreeSet<String> =
        example_files().iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    for required in REQUIRED {
        assert!(names.contains(required), "examples/{required} is missing");
    }
}

#[test]
fn every_example_loads_consistent_and_canonical() {
    let bless = std::env::var_os("FRONTSTAGE_BLESS").is_some();
    let files = example_files();
    assert!(files.len() >= REQUIRED.len(), "expected at least {} examples", REQUIRED.len());
    for path in files {
        let name = path.display();
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let doc: Blueprint = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let problems = doc.inconsistencies();
        assert!(problems.is_empty(), "{name} is inconsistent: {problems:?}");
        let canonical = serde_json::to_string_pretty(&doc).expect("serializes") + "\n";
        if bless && canonical != text {
            fs::write(&path, &canonical).unwrap_or_else(|e| panic!("{name}: {e}"));
            continue;
        }
        assert!(
            canonical == text,
            "{name} is not canonical ({}); rerun with FRONTSTAGE_BLESS=1 to rewrite it",
            first_difference(&text, &canonical)
        );
    }
}

/// The Chinese restaurant is the same blueprint as the English one: same stages, lanes,
/// lines, card places and annotations, same arrows; only the text differs.
#[test]
fn the_two_restaurants_have_the_same_structure() {
    let en = load("restaurant-en.frontstage");
    let zh = load("restaurant-zh.frontstage");
    let stage_ids = |b: &Blueprint| b.stages.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
    let lanes = |b: &Blueprint| b.lanes.iter().map(|l| (l.id.clone(), l.kind)).collect::<Vec<_>>();
    assert_eq!(stage_ids(&en), stage_ids(&zh));
    assert_eq!(lanes(&en), lanes(&zh));
    assert_eq!(en.lines, zh.lines);
    assert_eq!(en.profile, zh.profile);
    assert_eq!(en.cards.len(), zh.cards.len());
    for (id, c) in &en.cards {
        let z = zh.cards.get(id).unwrap_or_else(|| panic!("{id} missing in Chinese"));
        assert_eq!((&c.lane, &c.stage, c.order), (&z.lane, &z.stage, z.order), "{id}");
        assert_eq!(
            (c.duration_seconds, c.tolerance_seconds, c.wait),
            (z.duration_seconds, z.tolerance_seconds, z.wait),
            "{id}"
        );
        assert_eq!((c.emotion, c.channel), (z.emotion, z.channel), "{id}");
        assert_eq!(c.fail_point.as_ref().map(|f| f.kind), z.fail_point.as_ref().map(|f| f.kind), "{id}");
        assert_ne!(c.text, z.text, "{id} is not translated");
    }
    let arrows = |b: &Blueprint| {
        b.connectors.values().map(|a| (a.id.clone(), a.from.clone(), a.to.clone(), a.direction)).collect::<Vec<_>>()
    };
    assert_eq!(arrows(&en), arrows(&zh));
    let zh_names: Vec<&str> = zh.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(zh_names, ["进入餐厅", "点餐", "用餐", "结账离开"]);
    let zh_lanes: Vec<&str> = zh.lanes.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(zh_lanes, ["有形展示", "客户行为", "前台行为", "后台行为", "支持过程"]);
}

#[test]
fn the_restaurant_is_a_clean_bitner_blueprint() {
    let b = load("restaurant-en.frontstage");
    assert_eq!(b.profile, Profile::Bitner);
    assert_eq!(b.stages.len(), 4);
    let kinds: Vec<LaneKind> = b.lanes.iter().map(|l| l.kind).collect();
    assert_eq!(kinds, &LaneKind::ALL[..5]);
    let lines: Vec<(LineKind, usize)> = b.lines.iter().map(|l| (l.kind, l.boundary)).collect();
    assert_eq!(lines, [(LineKind::Interaction, 2), (LineKind::Visibility, 3), (LineKind::InternalInteraction, 4)]);
    for c in b.cards.values() {
        if let Some(f) = &c.fail_point {
            assert!(!f.recovery.is_empty(), "{} has a fail point without recovery", c.id);
        }
        if let (Some(d), Some(t)) = (c.duration_seconds, c.tolerance_seconds) {
            assert!(d <= t, "{} is beyond its tolerance", c.id);
        }
        let kind = b.card_lane_kind(c).unwrap();
        assert!(c.emotion.is_none() || kind == LaneKind::Customer, "{} has an emotion off the customer lane", c.id);
    }
    assert!(b.cards.values().any(|c| c.wait));
}

/// The hospital shows everything the model can hold, and its two deliberate problems.
#[test]
fn the_hospital_uses_every_lane_line_and_fail_kind() {
    let b = load("hospital-outpatient.frontstage");
    assert_eq!(b.profile, Profile::Fliess);
    let lane_kinds: BTreeSet<LaneKind> = b.lanes.iter().map(|l| l.kind).collect();
    assert_eq!(lane_kinds, LaneKind::ALL.into_iter().collect());
    let line_kinds: Vec<LineKind> = b.lines.iter().map(|l| l.kind).collect();
    assert_eq!(line_kinds, LineKind::ALL);
    assert!((60..=90).contains(&b.cards.len()), "{} cards", b.cards.len());
    let recovered: BTreeSet<FailKind> = b
        .cards
        .values()
        .filter_map(|c| c.fail_point.as_ref())
        .filter(|f| !f.recovery.is_empty())
        .map(|f| f.kind)
        .collect();
    assert_eq!(recovered.len(), 4, "every fail kind with a recovery: {recovered:?}");
    let unrecovered: Vec<&str> = b
        .cards
        .values()
        .filter(|c| c.fail_point.as_ref().is_some_and(|f| f.recovery.is_empty()))
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(unrecovered, ["c209"], "the one deliberate fail point without recovery");
    let late: Vec<&str> = b
        .cards
        .values()
        .filter(|c| matches!((c.duration_seconds, c.tolerance_seconds), (Some(d), Some(t)) if d > t))
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(late, ["c306"], "the one deliberate step beyond its tolerance");
    assert!(b.cards.values().any(|c| c.wait));
    assert!(b.cards.values().any(|c| !c.tags.is_empty()));
    assert!(b.connectors.values().any(|a| a.direction == Direction::TwoWay));
    assert!(b.connectors.values().any(|a| !a.label.is_empty()));
}

/// The bank blueprint carries exactly the two mistakes the README lists.
#[test]
fn the_bank_has_its_deliberate_mistakes() {
    let b = load("bank-account-opening.frontstage");
    assert_eq!(b.profile, Profile::Bitner);
    let index = |kind: LaneKind| b.lanes.iter().position(|l| l.kind == kind).unwrap();
    let visibility = b.line(LineKind::Visibility).unwrap().boundary;
    assert!(index(LaneKind::Backstage) < visibility, "backstage should sit above the line of visibility");
    assert!(index(LaneKind::Frontstage) >= visibility, "frontstage is pushed below it");
    let bypass: Vec<&str> = b
        .connectors
        .values()
        .filter(|a| {
            let kind = |id| b.cards.get(id).and_then(|c| b.card_lane_kind(c));
            kind(&a.from) == Some(LaneKind::Customer) && kind(&a.to) == Some(LaneKind::Support)
        })
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(bypass.len(), 1, "exactly one customer action wired straight to support: {bypass:?}");
    for c in b.cards.values() {
        if let Some(f) = &c.fail_point {
            assert!(!f.recovery.is_empty(), "{} has a fail point without recovery", c.id);
        }
    }
}
