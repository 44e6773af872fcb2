//! PNG export: the file decodes to the size asked for, and its pixels are the SVG export's
//! as resvg draws it with the bundled fonts, with or without the page's background.

mod render_common;
mod svg_common;

use frontstage::export::png::{self, PngError, PngOptions, PngSize};
use frontstage::export::svg::{scene_to_svg_with, SvgOptions};
use frontstage::layout;
use frontstage::model::Blueprint;
use resvg::tiny_skia::{Pixmap, Transform};

fn example(name: &str) -> Blueprint {
    let (_, doc) = render_common::examples().into_iter().find(|(n, _)| n == name).expect("the example");
    doc
}

fn decode(bytes: &[u8]) -> Pixmap {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    Pixmap::decode_png(bytes).expect("the PNG decodes")
}

/// The SVG export drawn by resvg directly, with the renderer's fonts, at `size`.
fn drawn(svg: &str, size: PngSize) -> Pixmap {
    let tree = render_common::tree(svg);
    let (width, height) = (tree.size().width(), tree.size().height());
    let (w, h) = png::pixel_size(width, height, size).unwrap();
    let mut pixmap = Pixmap::new(w, h).unwrap();
    resvg::render(&tree, Transform::from_scale(w as f32 / width, h as f32 / height), &mut pixmap.as_mut());
    pixmap
}

#[test]
fn the_picture_is_as_large_as_asked() {
    let doc = example("restaurant-en.frontstage");
    let scene = layout::layout(&doc);
    // The SVG's size, as it writes it (to a tenth of a pixel).
    let (w, h) = ((scene.width * 10.0).round() / 10.0, (scene.height * 10.0).round() / 10.0);
    for (size, want) in [
        (PngSize::Scale(1.0), (w.round() as u32, h.round() as u32)),
        (PngSize::Scale(2.0), ((2.0 * w).round() as u32, (2.0 * h).round() as u32)),
        (PngSize::Scale(4.0), ((4.0 * w).round() as u32, (4.0 * h).round() as u32)),
        (PngSize::Width(800), (800, (800.0 * h / w).round() as u32)),
    ] {
        let bytes = png::scene_to_png(&scene, &doc, &PngOptions { size, transparent: false }).unwrap();
        let picture = decode(&bytes);
        assert_eq!((picture.width(), picture.height()), want, "{size:?}");
    }
}

#[test]
fn the_pixels_are_the_svg_exports_as_resvg_draws_them() {
    for (name, size) in [
        ("restaurant-zh.frontstage", PngSize::Scale(2.0)),
        ("hospital-outpatient.frontstage", PngSize::Scale(1.0)),
        ("restaurant-en.frontstage", PngSize::Width(1000)),
    ] {
        let doc = example(name);
        let scene = layout::layout(&doc);
        let ours = decode(&png::to_png(&doc, &PngOptions { size, transparent: false }).unwrap());
        let svg = scene_to_svg_with(&scene, &doc, &SvgOptions::default());
        let theirs = drawn(&svg, size);
        assert_eq!((ours.width(), ours.height()), (theirs.width(), theirs.height()), "{name}");
        assert!(ours.data() == theirs.data(), "{name}: the PNG is not the SVG export drawn");
        // The page is white to its edges, and something is drawn on it.
        let corner = ours.pixel(ours.width() - 1, ours.height() - 1).unwrap();
        assert_eq!((corner.red(), corner.green(), corner.blue(), corner.alpha()), (255, 255, 255, 255), "{name}");
        assert!(ours.pixels().iter().filter(|p| p.red() < 128).count() > 10_000, "{name}: hardly anything drawn");
    }
}

#[test]
fn a_transparent_picture_is_the_svg_without_its_background() {
    let doc = example("restaurant-zh.frontstage");
    let scene = layout::layout(&doc);
    let size = PngSize::Scale(1.0);
    let bytes = png::scene_to_png(&scene, &doc, &PngOptions { size, transparent: true }).unwrap();
    let svg = scene_to_svg_with(&scene, &doc, &SvgOptions { background: false });
    // Through the same encoding (which un-premultiplies) to compare the half-covered pixels.
    let theirs = decode(&drawn(&svg, size).encode_png().unwrap());
    let ours = decode(&bytes);
    assert!(ours.data() == theirs.data(), "the transparent PNG is not the SVG export without its background");
    let corner = ours.pixel(0, 0).unwrap();
    assert_eq!(corner.alpha(), 0, "the page's corner is transparent");
    let opaque = ours.pixels().iter().filter(|p| p.alpha() == 255).count();
    assert!(opaque > 10_000, "the lanes and cards are drawn");
}

#[test]
fn sizes_that_cannot_be_drawn_are_errors_with_a_way_out() {
    let doc = example("restaurant-en.frontstage");
    let error = png::to_png(&doc, &PngOptions { size: PngSize::Width(16_385), transparent: false }).unwrap_err();
    assert!(matches!(error, PngError::TooLarge { width: 16_385, .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.contains("smaller scale or width") && message.contains("PDF"), "{message}");
    let error = png::to_png(&doc, &PngOptions { size: PngSize::Scale(-1.0), transparent: false }).unwrap_err();
    assert_eq!(error, PngError::BadScale(-1.0));
    assert_eq!(png::to_png(&doc, &PngOptions { size: PngSize::Width(0), transparent: true }), Err(PngError::BadWidth));
}

#[test]
fn every_test_blueprint_draws_hostile_text_included() {
    for (name, doc) in [
        ("english", svg_common::english()),
        ("chinese", svg_common::chinese()),
        ("badges", svg_common::badges()),
        ("all_lines", svg_common::all_lines()),
        ("collapsed", svg_common::collapsed()),
        ("hostile", svg_common::hostile()),
    ] {
        for transparent in [false, true] {
            let bytes = png::to_png(&doc, &PngOptions { size: PngSize::Scale(1.0), transparent });
            let bytes = bytes.unwrap_or_else(|e| panic!("{name}: {e}"));
            let scene = layout::layout(&doc);
            let picture = decode(&bytes);
            assert_eq!(picture.width(), ((scene.width * 10.0).round() / 10.0).round() as u32, "{name}");
        }
    }
}
