//! The exported SVG as the PNG renderer lays it out: its text's lines where resvg puts
//! their glyphs, in the faces it picked, and the boxes drawn around them.

#![allow(dead_code)]

use frontstage::export::fonts_db as renderer;
use frontstage::model::Blueprint;
use resvg::usvg::{fontdb, Group, Node, Rect, Text, Tree};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, GlyphId, MetadataProvider};
use std::path::Path;

/// Every example blueprint, by file name.
pub fn examples() -> Vec<(String, Blueprint)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "frontstage"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let doc = frontstage::io::load_path(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.file_name().unwrap().to_string_lossy().into_owned(), doc)
        })
        .collect()
}

/// `svg` parsed, its text laid out and turned into glyphs, as the PNG export does it.
pub fn tree(svg: &str) -> Tree {
    Tree::from_str(svg, &renderer::options()).expect("the exported SVG parses")
}

/// One glyph as drawn.
#[derive(Clone, Debug)]
pub struct Glyph {
    /// The characters it draws.
    pub text: String,
    /// Its glyph id in its face: 0 is the missing-glyph box.
    pub id: u32,
    pub family: String,
    pub weight: u16,
    pub font_size: f32,
    /// Where its advance starts and ends, and its baseline.
    pub left: f32,
    pub right: f32,
    pub baseline: f32,
}

/// One drawn line of a `<text>`: its glyphs (left to right) and their ink.
#[derive(Clone, Debug)]
pub struct Line {
    pub glyphs: Vec<Glyph>,
}

impl Line {
    /// The glyphs but for the spaces ending the line: the newline between two `<tspan>`s
    /// becomes a space at the end of the first (see `export/svg.rs`), which draws nothing.
    pub fn drawn(&self) -> &[Glyph] {
        let end = self.glyphs.iter().rposition(|g| !g.text.trim().is_empty()).map_or(0, |i| i + 1);
        &self.glyphs[..end]
    }

    pub fn text(&self) -> String {
        self.drawn().iter().map(|g| g.text.as_str()).collect()
    }

    /// From the first glyph's origin to the last one's advance.
    pub fn left(&self) -> f32 {
        self.drawn().iter().map(|g| g.left).fold(f32::INFINITY, f32::min)
    }

    pub fn right(&self) -> f32 {
        self.drawn().iter().map(|g| g.right).fold(f32::NEG_INFINITY, f32::max)
    }

    pub fn width(&self) -> f32 {
        if self.drawn().is_empty() {
            0.0
        } else {
            self.right() - self.left()
        }
    }
}

/// A `<text>` as drawn: its lines (one per `<tspan>`: each has its own baseline) and the
/// ink of its outlines.
pub struct DrawnText {
    pub lines: Vec<Line>,
    pub ink: Option<Rect>,
    /// The nearest group with an id it sits in, whether that is its parent, and the
    /// rectangles drawn beside it in its parent.
    pub group: String,
    pub in_named_group: bool,
    pub boxes: Vec<Rect>,
}

/// Every `<text>` of the tree, with the rectangles of its group.
pub fn texts(tree: &Tree) -> Vec<DrawnText> {
    let mut out = Vec::new();
    walk(tree.root(), tree.fontdb(), "", &mut out);
    out
}

fn walk(group: &Group, db: &fontdb::Database, id: &str, out: &mut Vec<DrawnText>) {
    let id = if group.id().is_empty() { id.to_owned() } else { group.id().to_owned() };
    let boxes: Vec<Rect> = group
        .children()
        .iter()
        .filter_map(|n| match n {
            // A rectangle has area; the lines between stages and lanes have none.
            Node::Path(p) if p.abs_bounding_box().width() > 0.0 && p.abs_bounding_box().height() > 0.0 => {
                Some(p.abs_bounding_box())
            }
            _ => None,
        })
        .collect();
    for node in group.children() {
        match node {
            Node::Group(g) => walk(g, db, &id, out),
            Node::Text(t) => out.push(DrawnText {
                lines: lines(t, db),
                ink: ink(t),
                group: id.clone(),
                in_named_group: !group.id().is_empty(),
                boxes: boxes.clone(),
            }),
            _ => {}
        }
    }
}

fn lines(text: &Text, db: &fontdb::Database) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for span in text.layouted() {
        for g in &span.positioned_glyphs {
            let ts = g.transform();
            let face = db.face(g.font).expect("a glyph's face is in the database");
            let advance = db
                .with_face_data(g.font, |data, index| {
                    let font = FontRef::from_index(data, index).ok()?;
                    let metrics = font.glyph_metrics(Size::new(g.font_size()), LocationRef::default());
                    metrics.advance_width(GlyphId::new(g.id.0))
                })
                .flatten()
                .unwrap_or(0.0);
            let glyph = Glyph {
                text: g.text.clone(),
                id: g.id.0,
                family: face.families[0].0.clone(),
                weight: face.weight.0,
                font_size: g.font_size(),
                left: ts.tx,
                right: ts.tx + advance,
                baseline: ts.ty,
            };
            match lines.iter_mut().find(|l| (l.glyphs[0].baseline - glyph.baseline).abs() < 0.01) {
                Some(line) => line.glyphs.push(glyph),
                None => lines.push(Line { glyphs: vec![glyph] }),
            }
        }
    }
    lines
}

/// The union of the outlines' bounds: what is inked, not the advances.
fn ink(text: &Text) -> Option<Rect> {
    let mut ink: Option<Rect> = None;
    collect_ink(text.flattened(), &mut ink);
    ink
}

fn collect_ink(group: &Group, ink: &mut Option<Rect>) {
    for node in group.children() {
        match node {
            Node::Path(p) => {
                let b = p.abs_bounding_box();
                *ink = Some(match ink {
                    Some(i) => {
                        let (l, t) = (i.left().min(b.left()), i.top().min(b.top()));
                        Rect::from_ltrb(l, t, i.right().max(b.right()), i.bottom().max(b.bottom())).unwrap()
                    }
                    None => b,
                });
            }
            Node::Group(g) => collect_ink(g, ink),
            _ => {}
        }
    }
}

/// Whether `inner` lies within `outer`, give or take `slack` pixels.
pub fn within(inner: &Rect, outer: &Rect, slack: f32) -> bool {
    inner.left() >= outer.left() - slack
        && inner.right() <= outer.right() + slack
        && inner.top() >= outer.top() - slack
        && inner.bottom() <= outer.bottom() + slack
}
