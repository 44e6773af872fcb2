//! Drawing the exported SVG, as usvg read it ([`super::super::fonts_db`]), onto a PDF page.
//!
//! A translation of the usvg tree into krilla's drawing calls, for what the SVG export
//! writes: groups (with their transforms and opacity), paths filled and stroked in plain
//! colours (dashes included), and text. Text stays text: each span's glyphs, as usvg laid
//! them out with the bundled fonts, are written as runs of glyphs of the bundled face that
//! drew them, with the characters they stand for, so the PDF's text can be selected,
//! searched and copied, and krilla embeds each face as a subset. Gradients, patterns,
//! images, masks, clip paths and filters are never written by the SVG export and are not
//! drawn.
//!
//! (krilla-svg does the same for any SVG, but for another version of usvg than the one the
//! PNG export and the layout's tests read the SVG with; this keeps one reading of it, and
//! lets a page draw only the part of the picture it shows: [`draw_region`].)
//!
//! A region is a rectangle of the picture in its own CSS pixels. What lies wholly outside
//! it is skipped, group by group, so a poster's tile costs what it shows, not the whole
//! picture; what straddles its edge is clipped there.

use crate::export::fonts_db;
use crate::fonts::Face;
use krilla::color::rgb;
use krilla::geom::{Path, PathBuilder, Point, Rect as KRect, Transform};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use resvg::usvg::{self, fontdb, tiny_skia_path::PathSegment, Node, Tree};
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider};
use std::collections::HashMap;
use std::sync::Arc;

/// A rectangle of the picture, in its CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Region {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Region {
    fn meets(&self, r: &usvg::Rect) -> bool {
        r.left() < self.x + self.w && r.right() > self.x && r.top() < self.y + self.h && r.bottom() > self.y
    }
}

/// The bundled faces as krilla fonts, each made once per document (krilla embeds a font
/// once however many pages use it), with the advances of their glyphs.
pub struct Fonts {
    db: Arc<fontdb::Database>,
    faces: HashMap<fontdb::ID, Option<(Font, GlyphMetrics<'static>)>>,
}

impl Fonts {
    pub fn new() -> Self {
        Fonts { db: fonts_db::font_database(), faces: HashMap::new() }
    }

    fn get(&mut self, id: fontdb::ID) -> Option<(Font, GlyphMetrics<'static>)> {
        let db = &self.db;
        self.faces.entry(id).or_insert_with(|| fonts_db::bundled_face(db, id).and_then(load)).clone()
    }
}

fn load(face: &'static Face) -> Option<(Font, GlyphMetrics<'static>)> {
    let font = Font::new(face.data.into(), 0)?;
    let metrics = FontRef::new(face.data).ok()?.glyph_metrics(Size::unscaled(), LocationRef::default());
    Some((font, metrics))
}

/// Draw the part of `tree` inside `region` with `transform` (from the picture's pixels to
/// the page's points), clipped to the region.
pub fn draw_region(surface: &mut Surface, tree: &Tree, region: Region, transform: Transform, fonts: &mut Fonts) {
    let Some(clip) = KRect::from_xywh(region.x, region.y, region.w, region.h) else { return };
    surface.push_transform(&transform);
    let mut pb = PathBuilder::new();
    pb.push_rect(clip);
    let pushed_clip = pb.finish().map(|p| surface.push_clip_path(&p, &FillRule::NonZero)).is_some();
    draw_group(surface, tree.root(), Some(region), fonts);
    if pushed_clip {
        surface.pop();
    }
    surface.pop();
}

/// Draw the whole of `tree` with `transform`.
pub fn draw_all(surface: &mut Surface, tree: &Tree, transform: Transform, fonts: &mut Fonts) {
    surface.push_transform(&transform);
    draw_group(surface, tree.root(), None, fonts);
    surface.pop();
}

fn draw_group(surface: &mut Surface, group: &usvg::Group, region: Option<Region>, fonts: &mut Fonts) {
    let mut pops = 0;
    if !group.transform().is_identity() {
        surface.push_transform(&convert_transform(group.transform()));
        pops += 1;
    }
    if group.opacity().get() < 1.0 {
        surface.push_opacity(NormalizedF32::new(group.opacity().get()).unwrap_or(NormalizedF32::ONE));
        pops += 1;
    }
    for child in group.children() {
        if let Some(r) = region {
            if !r.meets(&child.abs_stroke_bounding_box()) {
                continue;
            }
        }
        match child {
            Node::Group(g) => draw_group(surface, g, region, fonts),
            Node::Path(p) => draw_path(surface, p),
            Node::Text(t) => draw_text(surface, t, fonts),
            Node::Image(_) => {}
        }
    }
    for _ in 0..pops {
        surface.pop();
    }
}

fn convert_transform(t: usvg::Transform) -> Transform {
    Transform::from_row(t.sx, t.ky, t.kx, t.sy, t.tx, t.ty)
}

fn color(paint: &usvg::Paint) -> Option<rgb::Color> {
    match paint {
        usvg::Paint::Color(c) => Some(rgb::Color::new(c.red, c.green, c.blue)),
        _ => None,
    }
}

fn opacity(o: usvg::Opacity) -> NormalizedF32 {
    NormalizedF32::new(o.get()).unwrap_or(NormalizedF32::ONE)
}

fn fill(f: &usvg::Fill) -> Option<Fill> {
    let rule = match f.rule() {
        usvg::FillRule::NonZero => FillRule::NonZero,
        usvg::FillRule::EvenOdd => FillRule::EvenOdd,
    };
    Some(Fill { paint: color(f.paint())?.into(), opacity: opacity(f.opacity()), rule })
}

fn stroke(s: &usvg::Stroke) -> Option<Stroke> {
    Some(Stroke {
        paint: color(s.paint())?.into(),
        width: s.width().get(),
        miter_limit: s.miterlimit().get(),
        line_cap: match s.linecap() {
            usvg::LineCap::Butt => LineCap::Butt,
            usvg::LineCap::Round => LineCap::Round,
            usvg::LineCap::Square => LineCap::Square,
        },
        line_join: match s.linejoin() {
            usvg::LineJoin::Miter | usvg::LineJoin::MiterClip => LineJoin::Miter,
            usvg::LineJoin::Round => LineJoin::Round,
            usvg::LineJoin::Bevel => LineJoin::Bevel,
        },
        opacity: opacity(s.opacity()),
        dash: s.dasharray().map(|a| StrokeDash { array: a.to_vec(), offset: s.dashoffset() }),
    })
}

fn draw_path(surface: &mut Surface, path: &usvg::Path) {
    if !path.is_visible() {
        return;
    }
    let fill = path.fill().and_then(fill);
    let stroke = path.stroke().and_then(stroke);
    if fill.is_none() && stroke.is_none() {
        return;
    }
    let Some(shape) = convert_path(path.data()) else { return };
    surface.set_fill(fill);
    surface.set_stroke(stroke);
    surface.draw_path(&shape);
}

fn convert_path(data: &usvg::tiny_skia_path::Path) -> Option<Path> {
    let mut pb = PathBuilder::new();
    for segment in data.segments() {
        match segment {
            PathSegment::MoveTo(p) => pb.move_to(p.x, p.y),
            PathSegment::LineTo(p) => pb.line_to(p.x, p.y),
            PathSegment::QuadTo(a, p) => pb.quad_to(a.x, a.y, p.x, p.y),
            PathSegment::CubicTo(a, b, p) => pb.cubic_to(a.x, a.y, b.x, b.y, p.x, p.y),
            PathSegment::Close => pb.close(),
        }
    }
    pb.finish()
}

/// Each span's glyphs as runs: a run is a stretch of glyphs in one face on one baseline,
/// written as one PDF text operation with the characters the glyphs stand for.
fn draw_text(surface: &mut Surface, text: &usvg::Text, fonts: &mut Fonts) {
    for span in text.layouted() {
        if !span.visible {
            continue;
        }
        let Some(paint) = span.fill.as_ref().and_then(fill) else { continue };
        surface.set_fill(Some(paint));
        surface.set_stroke(None);
        let size = span.font_size.get();
        let glyphs = &span.positioned_glyphs;
        let mut start = 0;
        while start < glyphs.len() {
            let first = &glyphs[start];
            let t0 = first.transform();
            let mut end = start + 1;
            while end < glyphs.len() && glyphs[end].font == first.font && same_line(t0, glyphs[end].transform()) {
                end += 1;
            }
            if upright(t0) {
                draw_run(surface, &glyphs[start..end], size, fonts);
            }
            start = end;
        }
    }
}

/// Horizontal, unrotated, on the same baseline.
fn same_line(a: usvg::Transform, b: usvg::Transform) -> bool {
    upright(b) && (a.ty - b.ty).abs() < 0.01 && (a.sy - b.sy).abs() < 1e-6
}

fn upright(t: usvg::Transform) -> bool {
    t.kx.abs() < 1e-6 && t.ky.abs() < 1e-6 && t.sx > 0.0 && t.sy > 0.0
}

fn draw_run(surface: &mut Surface, run: &[usvg::layout::PositionedGlyph], size: f32, fonts: &mut Fonts) {
    let Some((font, metrics)) = fonts.get(run[0].font) else { return };
    let upem = font.units_per_em();
    let t0 = run[0].transform();
    let mut text = String::new();
    let mut glyphs = Vec::with_capacity(run.len());
    // Where the pen is after the glyphs so far, in ems from the run's start.
    let mut pen = 0.0;
    for g in run {
        let advance = metrics.advance_width(skrifa::GlyphId::new(g.id.0)).unwrap_or(0.0) / upem;
        let offset = (g.transform().tx - t0.tx) / size - pen;
        let from = text.len();
        text.push_str(&g.text);
        glyphs.push(KrillaGlyph::new(GlyphId::new(g.id.0), advance, offset, 0.0, 0.0, from..text.len(), None));
        pen += advance;
    }
    surface.draw_glyphs(Point::from_xy(t0.tx, t0.ty), &glyphs, font, &text, size, false);
}
