//! PDF export: the SVG export ([`super::svg`]) drawn as vectors on pages, its text kept as
//! text in the bundled fonts.
//!
//! The picture is the SVG, read by usvg with the same font database and fallback as the
//! PNG export ([`super::fonts_db`]), so the same glyphs sit in the same places; [`draw`]
//! writes them with krilla, which embeds each bundled face as a subset (never Type 3
//! bitmaps), so the PDF's text can be selected, searched and copied in any language the
//! fonts draw. The document's title and language are in its metadata, and each stage has a
//! bookmark (an outline entry) pointing at it.
//!
//! The pages ([`plan`]): one page the size of the blueprint ([`Paper::Fit`]), the blueprint
//! scaled to one page of a paper size, a poster of tiles at 100 % ([`PdfLayout::Tiles`]:
//! overlapping, with cut marks and labels, the stage header row and the lane header column
//! repeated on every tile) or a handout of one page per stage ([`PdfLayout::Handout`]).

mod draw;
pub mod plan;

use super::fonts_db;
use super::svg::{self, FONT_FAMILY};
use crate::layout::{self, metrics::xml_clean, Scene};
use crate::model::limits::{within, Field};
use crate::model::{Blueprint, ElementRef, Language};
use crate::words;
use draw::{Fonts, Region};
use krilla::color::rgb;
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Transform};
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::Document;
use plan::{PagePlan, Plan, PlanError};
use resvg::usvg::Tree;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The paper: the blueprint's own size, or a standard sheet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Paper {
    /// One page exactly the size of the blueprint at 100 %.
    #[default]
    Fit,
    A4,
    A3,
    A2,
    Letter,
    Tabloid,
}

impl Paper {
    pub const ALL: [Paper; 6] = [Paper::Fit, Paper::A4, Paper::A3, Paper::A2, Paper::Letter, Paper::Tabloid];

    /// Its name on the command line: `fit`, `a4`, `a3`, `a2`, `letter`, `tabloid`.
    pub fn key(self) -> &'static str {
        match self {
            Paper::Fit => "fit",
            Paper::A4 => "a4",
            Paper::A3 => "a3",
            Paper::A2 => "a2",
            Paper::Letter => "letter",
            Paper::Tabloid => "tabloid",
        }
    }

    pub fn from_key(key: &str) -> Option<Paper> {
        Paper::ALL.into_iter().find(|p| p.key() == key)
    }
}

impl fmt::Display for Paper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Paper::Fit => "the blueprint's size",
            Paper::A4 => "A4",
            Paper::A3 => "A3",
            Paper::A2 => "A2",
            Paper::Letter => "Letter",
            Paper::Tabloid => "Tabloid",
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Orientation {
    Portrait,
    Landscape,
}

/// How the blueprint is cut into pages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum PdfLayout {
    /// All of it on one page (scaled to fit the paper, or the page its size).
    #[default]
    Single,
    /// A poster at 100 %, across as many pages of the paper as it needs.
    Tiles,
    /// One page per stage, with the lane headers at its left.
    Handout,
}

/// What to make.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PdfOptions {
    pub paper: Paper,
    /// `None`: the one the blueprint fits best (the larger scale; for tiles, fewer pages).
    pub orientation: Option<Orientation>,
    pub layout: PdfLayout,
}

/// Why no PDF was made.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum PdfError {
    #[error("a poster of tiles needs a paper size (a4, a3, a2, letter or tabloid), not the blueprint's own size")]
    TilesNeedPaper,
    #[error(
        "on {paper} the lane and stage headers leave no room for the blueprint's cards: choose a larger paper, \
         or export without --tiles"
    )]
    NoRoom { paper: Paper },
    #[error("the picture could not be drawn: {0}")]
    Render(String),
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

impl PdfError {
    /// A stable name for the error, like the codes of the view protocol's errors.
    pub fn code(&self) -> &'static str {
        match self {
            PdfError::TilesNeedPaper => "invalid_options",
            PdfError::NoRoom { .. } => "paper_too_small",
            PdfError::Render(_) => "render_failed",
            PdfError::Write(_) => "write_failed",
        }
    }
}

/// Lay `doc` out and write it as a PDF file's bytes.
pub fn to_pdf(doc: &Blueprint, options: &PdfOptions) -> Result<Vec<u8>, PdfError> {
    scene_to_pdf(&layout::layout(doc), doc, options)
}

/// Write an already laid-out scene as a PDF file's bytes. `doc` supplies the title,
/// language, description and the stages' names.
pub fn scene_to_pdf(scene: &Scene, doc: &Blueprint, options: &PdfOptions) -> Result<Vec<u8>, PdfError> {
    let plan = pages(scene, options)?;
    let tree = {
        let svg = svg::scene_to_svg(scene, doc);
        Tree::from_str(&svg, &fonts_db::options()).map_err(|e| PdfError::Render(e.to_string()))?
    };
    let mut document = Document::new();
    let mut fonts = Fonts::new();
    let title = title(doc);
    for page in &plan.pages {
        let settings = PageSettings::from_wh(page.width, page.height)
            .ok_or_else(|| PdfError::Render(format!("a page of {} × {} points", page.width, page.height)))?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        for piece in &page.pieces {
            let t = Transform::from_row(
                piece.scale,
                0.0,
                0.0,
                piece.scale,
                piece.x - piece.src.x * piece.scale,
                piece.y - piece.src.y * piece.scale,
            );
            if piece.src == (Region { x: 0.0, y: 0.0, w: scene.width, h: scene.height }) {
                draw::draw_all(&mut surface, &tree, t, &mut fonts);
            } else {
                draw::draw_region(&mut surface, &tree, piece.src, t, &mut fonts);
            }
        }
        furniture(&mut surface, page, scene, doc, &title, &mut fonts)?;
        surface.finish();
        pdf_page.finish();
    }
    document.set_outline(outline(scene, doc, &plan));
    document.set_metadata(metadata(doc, title));
    document.finish().map_err(|e| PdfError::Write(format!("{e:?}")))
}

/// How many pages `options` make of an already laid-out scene, or why they make none;
/// nothing is drawn (the export dialog shows it as the options change).
pub fn page_count(scene: &Scene, options: &PdfOptions) -> Result<usize, PdfError> {
    Ok(pages(scene, options)?.pages.len())
}

/// Which part of the picture goes where on which page.
fn pages(scene: &Scene, options: &PdfOptions) -> Result<Plan, PdfError> {
    if options.paper == Paper::Fit && options.layout == PdfLayout::Tiles {
        return Err(PdfError::TilesNeedPaper);
    }
    plan::plan(scene, options).map_err(|e| match e {
        PlanError::NoRoom { paper } => PdfError::NoRoom { paper },
        PlanError::Empty => PdfError::Render(format!("the picture's size is {} × {}", scene.width, scene.height)),
    })
}

/// The title as the SVG's `<title>` writes it.
fn title(doc: &Blueprint) -> String {
    if doc.title.trim().is_empty() {
        "Service blueprint".into()
    } else {
        within(Field::Title, &doc.title).into_owned()
    }
}

fn metadata(doc: &Blueprint, title: String) -> Metadata {
    let l = doc.words_language();
    let language = match l {
        Language::English => "en",
        Language::SimplifiedChinese => "zh-Hans",
    };
    let description: Vec<String> = [
        (words::scenario_prefix(l), Field::Scenario, &doc.scenario),
        (words::persona_prefix(l), Field::Persona, &doc.persona),
        (words::description_prefix(l), Field::Description, &doc.description),
    ]
    .into_iter()
    .filter(|(_, _, v)| !v.trim().is_empty())
    .map(|(k, field, v)| format!("{k}{}", within(field, v)))
    .collect();
    let mut m = Metadata::new().title(title).language(language.into()).creator("Frontstage".into());
    if !description.is_empty() {
        m = m.description(description.join("\n"));
    }
    m
}

/// A stage's name for its bookmark: the model's, on one line.
fn stage_name(doc: &Blueprint, scene: &Scene, i: usize) -> String {
    let id = match &scene.stages[i].element {
        ElementRef::Stage(id) => Some(id),
        _ => None,
    };
    let name = doc.stages.iter().find(|s| Some(&s.id) == id).map(|s| within(Field::StageName, &s.name));
    let name = name.map(|n| n.split_whitespace().collect::<Vec<_>>().join(" ")).unwrap_or_default();
    if name.is_empty() {
        format!("{}", i + 1)
    } else {
        name
    }
}

fn outline(scene: &Scene, doc: &Blueprint, plan: &Plan) -> Outline {
    let mut outline = Outline::new();
    for (i, mark) in plan.marks.iter().enumerate() {
        if mark.page < plan.pages.len() {
            let dest = XyzDestination::new(mark.page, Point::from_xy(mark.x, mark.y));
            outline.push_child(OutlineNode::new(stage_name(doc, scene, i), dest));
        }
    }
    outline
}

/// Length of a cut mark and its distance from the printed area, in points.
const MARK_LEN: f32 = 12.0;
const MARK_GAP: f32 = 4.0;
/// The label's size and baseline, in points.
const LABEL_SIZE: f32 = 8.0;
const LABEL_BASELINE: f32 = 18.0;

/// What a page adds around the picture: a tile's cut marks, overlap marks and label, a
/// handout page's label.
fn furniture(
    surface: &mut Surface,
    page: &PagePlan,
    scene: &Scene,
    doc: &Blueprint,
    title: &str,
    fonts: &mut Fonts,
) -> Result<(), PdfError> {
    let m = plan::MARGIN_PT;
    if let Some((x, y, w, h)) = page.trim {
        let ink = stroke(scene.paint.title.title, 0.5, None);
        // Vertical marks in the top and bottom margins, horizontal ones in the side margins,
        // in line with the edges of the part the sheet keeps.
        let mut marks = Vec::new();
        for edge in [x, x + w] {
            marks.push([(edge, m - MARK_GAP - MARK_LEN), (edge, m - MARK_GAP)]);
            marks.push([(edge, page.height - m + MARK_GAP), (edge, page.height - m + MARK_GAP + MARK_LEN)]);
        }
        for edge in [y, y + h] {
            marks.push([(m - MARK_GAP - MARK_LEN, edge), (m - MARK_GAP, edge)]);
            marks.push([(page.width - m + MARK_GAP, edge), (page.width - m + MARK_GAP + MARK_LEN, edge)]);
        }
        lines(surface, &marks, ink);
        // Where the next tile begins: dashed, so the sheets can be glued over the overlap.
        let mut overlaps = Vec::new();
        if let Some(ox) = page.overlap.0 {
            overlaps.push([(ox, m - MARK_GAP - MARK_LEN), (ox, m - MARK_GAP)]);
            overlaps.push([(ox, page.height - m + MARK_GAP), (ox, page.height - m + MARK_GAP + MARK_LEN)]);
        }
        if let Some(oy) = page.overlap.1 {
            overlaps.push([(m - MARK_GAP - MARK_LEN, oy), (m - MARK_GAP, oy)]);
            overlaps.push([(page.width - m + MARK_GAP, oy), (page.width - m + MARK_GAP + MARK_LEN, oy)]);
        }
        lines(surface, &overlaps, stroke(scene.paint.title.subtitle, 0.5, Some(vec![2.0, 2.0])));
    }
    let label = if let Some(t) = page.tile {
        let name = plan::tile_name(t.row, t.column);
        Some(words::tile_label(doc.words_language(), &name, t.row + 1, t.rows, t.column + 1, t.columns))
    } else {
        page.stage.map(|i| words::handout_label(doc.words_language(), i + 1, scene.stages.len()))
    };
    if let Some(label) = label {
        let text = format!("{label} · {title}");
        label_text(surface, &text, m, LABEL_BASELINE, page.width - 2.0 * m, scene.paint.title.subtitle, fonts)?;
    }
    Ok(())
}

fn stroke(colour: &str, width: f32, dash: Option<Vec<f32>>) -> Stroke {
    let (r, g, b) = hex(colour);
    Stroke {
        paint: rgb::Color::new(r, g, b).into(),
        width,
        dash: dash.map(|array| StrokeDash { array, offset: 0.0 }),
        ..Stroke::default()
    }
}

/// `#rrggbb` (the Scene's colours are validated) as its three channels.
fn hex(colour: &str) -> (u8, u8, u8) {
    let channel = |i: usize| colour.get(i..i + 2).and_then(|c| u8::from_str_radix(c, 16).ok()).unwrap_or(0);
    (channel(1), channel(3), channel(5))
}

fn lines(surface: &mut Surface, lines: &[[(f32, f32); 2]], stroke: Stroke) {
    let mut pb = PathBuilder::new();
    for [(x1, y1), (x2, y2)] in lines {
        pb.move_to(*x1, *y1);
        pb.line_to(*x2, *y2);
    }
    if let Some(path) = pb.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(stroke));
        surface.draw_path(&path);
    }
}

/// A line of text in the bundled fonts at (`x`, `baseline`) in points, cut to `width`: a
/// small SVG of its own, read and drawn like the picture, so it falls back between the
/// fonts as the picture's text does.
fn label_text(
    surface: &mut Surface,
    text: &str,
    x: f32,
    baseline: f32,
    width: f32,
    colour: &str,
    fonts: &mut Fonts,
) -> Result<(), PdfError> {
    let escaped = xml_clean(text).replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let family = FONT_FAMILY.replace('\'', "&apos;");
    let (w, h) = (width.max(1.0), baseline + LABEL_SIZE);
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         font-family=\"{family}\"><text x=\"0\" y=\"{baseline}\" font-size=\"{LABEL_SIZE}\" fill=\"{colour}\">{escaped}</text></svg>"
    );
    let tree = Tree::from_str(&svg, &fonts_db::options()).map_err(|e| PdfError::Render(e.to_string()))?;
    draw::draw_region(surface, &tree, Region { x: 0.0, y: 0.0, w, h }, Transform::from_translate(x, 0.0), fonts);
    Ok(())
}
