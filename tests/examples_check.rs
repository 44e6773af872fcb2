//! Every example opens, checks with exactly the diagnostics it is meant to show
//! (examples/README.md), and exports to the reviewed golden SVG.

use frontstage::model::ElementRef;
use frontstage::{export, io, rules};
use std::path::Path;

fn load(name: &str) -> frontstage::model::Blueprint {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples").join(name);
    io::load_path(&path).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// (rule, severity, first element) of each diagnostic, in the checker's order.
fn findings(name: &str) -> Vec<(String, String, String)> {
    rules::check(&load(name))
        .into_iter()
        .map(|d| {
            let first = d.elements.first().map(ElementRef::to_string).unwrap_or_default();
            (d.rule.to_owned(), d.severity.key().to_owned(), first)
        })
        .collect()
}

fn expect(list: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    list.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())).collect()
}

#[test]
fn restaurants_are_clean() {
    assert_eq!(findings("restaurant-en.frontstage"), vec![]);
    assert_eq!(findings("restaurant-zh.frontstage"), vec![]);
}

#[test]
fn hospital_shows_its_two_deliberate_problems() {
    assert_eq!(
        findings("hospital-outpatient.frontstage"),
        expect(&[("fail-point-recovery", "warning", "card c209"), ("over-tolerance", "warning", "card c306"),])
    );
}

#[test]
fn bank_shows_the_dragged_lane_and_the_bypass() {
    assert_eq!(
        findings("bank-account-opening.frontstage"),
        expect(&[
            ("lane-placement", "error", "lane l-backstage"),
            ("lane-placement", "error", "lane l-frontstage"),
            ("customer-to-support", "warning", "connector a201"),
        ])
    );
}

#[test]
fn hotel_shows_its_one_kpi_off_target() {
    assert_eq!(findings("hotel-stay.frontstage"), expect(&[("kpi-off-target", "warning", "document")]));
}

#[test]
fn eighteen_f_profile_turns_off_the_evidence_rule() {
    let mut doc = load("restaurant-en.frontstage");
    doc.cards.retain(|_, c| c.lane.as_str() != "l-evidence");
    let evidence = |d: &frontstage::model::Blueprint| {
        rules::check(d).iter().filter(|x| x.rule == "customer-without-evidence").count()
    };
    assert!(evidence(&doc) > 0, "without evidence cards the bitner profile complains");
    doc.profile = frontstage::model::Profile::EighteenF;
    assert_eq!(evidence(&doc), 0);
}

macro_rules! golden_svg {
    ($test:ident, $file:literal) => {
        #[test]
        fn $test() {
            let svg = export::svg::to_svg(&load($file));
            insta::assert_snapshot!(stringify!($test), svg);
        }
    };
}

golden_svg!(svg_restaurant_en, "restaurant-en.frontstage");
golden_svg!(svg_restaurant_zh, "restaurant-zh.frontstage");
golden_svg!(svg_hospital_outpatient, "hospital-outpatient.frontstage");
golden_svg!(svg_bank_account_opening, "bank-account-opening.frontstage");
golden_svg!(svg_hotel_stay, "hotel-stay.frontstage");
