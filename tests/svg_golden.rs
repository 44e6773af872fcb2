//! Golden SVG files of small blueprints built in code. Review a changed snapshot by
//! rendering it (e.g. `rsvg-convert`) before accepting it with `cargo insta review`.

mod svg_common;

use frontstage::export::svg::to_svg;

#[test]
fn english_restaurant() {
    insta::assert_snapshot!("english", to_svg(&svg_common::english()));
}

#[test]
fn chinese_restaurant_wraps_long_lines() {
    insta::assert_snapshot!("chinese", to_svg(&svg_common::chinese()));
}

#[test]
fn every_badge() {
    insta::assert_snapshot!("badges", to_svg(&svg_common::badges()));
}

#[test]
fn every_line_kind() {
    insta::assert_snapshot!("all_lines", to_svg(&svg_common::all_lines()));
}

#[test]
fn collapsed_lane() {
    insta::assert_snapshot!("collapsed", to_svg(&svg_common::collapsed()));
}

#[test]
fn hostile_strings() {
    insta::assert_snapshot!("hostile", to_svg(&svg_common::hostile()));
}

#[test]
fn heat_map_of_fail_points_with_unrecovered_ones_ringed() {
    let mut b = svg_common::badges();
    b.display.overlay = frontstage::model::Overlay::FailPoints;
    // Two fail points without a recovery designed: ringed.
    for id in ["c0", "c3"] {
        b.cards.get_mut(id).unwrap().fail_point.as_mut().unwrap().recovery.clear();
    }
    insta::assert_snapshot!("heat_map", to_svg(&b));
}

#[test]
fn key_moments_colours_and_notes_on_cards() {
    insta::assert_snapshot!("emphasis", to_svg(&svg_common::emphasis()));
}

#[test]
fn notes_as_footnotes() {
    insta::assert_snapshot!("footnotes", to_svg(&svg_common::footnotes()));
}
