mod svg_common;
#[test]
fn dump() {
    for (n, b) in [("english", svg_common::english()), ("chinese", svg_common::chinese()), ("badges", svg_common::badges()), ("all_lines", svg_common::all_lines()), ("collapsed", svg_common::collapsed()), ("hostile", svg_common::hostile())] {
        std::fs::write(format!("/tmp/lo/{n}.svg"), frontstage::export::svg::to_svg(&b)).unwrap();
    }
}
