//! PNG export: the SVG export ([`super::svg`]) rendered by resvg with the bundled fonts.
//!
//! The picture is the SVG, drawn: the same primitives, paint and wrapped lines, in the
//! fonts the layout measured the text in ([`crate::fonts`]) and no others, so it is the
//! same on every machine. User text reaches the renderer only as escaped text content of
//! that SVG, and the renderer reads nothing from outside it (no system fonts, no images).
//!
//! Size: the SVG's size in CSS pixels times a scale, or scaled to a given width; the page
//! fills the whole picture (the last row and column are not left half drawn). White (the
//! theme's page colour) behind everything unless the picture is transparent, which leaves
//! the SVG's background rectangle out. A picture wider or taller than [`MAX_SIDE`] pixels
//! is refused before anything is drawn or allocated for it.

mod encode;

use super::fonts_db;
use super::svg::{self, SvgOptions};
use crate::layout::{self, Scene};
use crate::model::Blueprint;
use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::Tree;
use serde::{Deserialize, Serialize};

/// The widest and tallest picture drawn, in pixels (a 16,384² picture takes 1 GiB to draw).
pub const MAX_SIDE: u32 = 16_384;
/// The most pixels a picture may have.
pub const MAX_PIXELS: u64 = MAX_SIDE as u64 * MAX_SIDE as u64;

/// How large the picture is.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum PngSize {
    /// Pixels per CSS pixel of the SVG: 1 for the screen's size, 2 for a sharp slide.
    Scale(f32),
    /// This many pixels wide, as tall as the blueprint's proportions make it.
    Width(u32),
}

/// What to draw.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PngOptions {
    pub size: PngSize,
    /// No background: only what is drawn on the page is opaque.
    pub transparent: bool,
}

impl Default for PngOptions {
    fn default() -> Self {
        PngOptions { size: PngSize::Scale(1.0), transparent: false }
    }
}

/// Why no PNG was made.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum PngError {
    #[error("the scale must be a number above 0, not {0}")]
    BadScale(f32),
    #[error("the width must be at least 1 pixel")]
    BadWidth,
    #[error(
        "the picture would be {width} × {height} pixels, more than a PNG can hold here \
         (at most {MAX_SIDE} × {MAX_SIDE}): choose a smaller scale or width, or export PDF"
    )]
    TooLarge { width: u64, height: u64 },
    #[error("the picture could not be drawn: {0}")]
    Render(String),
    #[error("the PNG could not be written: {0}")]
    Encode(String),
}

impl PngError {
    /// A stable name for the error, like the codes of the view protocol's errors.
    pub fn code(&self) -> &'static str {
        match self {
            PngError::BadScale(_) | PngError::BadWidth => "invalid_size",
            PngError::TooLarge { .. } => "too_large",
            PngError::Render(_) => "render_failed",
            PngError::Encode(_) => "encode_failed",
        }
    }
}

/// Lay `doc` out and draw it as a PNG file's bytes.
pub fn to_png(doc: &Blueprint, options: &PngOptions) -> Result<Vec<u8>, PngError> {
    scene_to_png(&layout::layout(doc), doc, options)
}

/// Draw an already laid-out scene as a PNG file's bytes. `doc` supplies the SVG's title
/// and description.
pub fn scene_to_png(scene: &Scene, doc: &Blueprint, options: &PngOptions) -> Result<Vec<u8>, PngError> {
    // Refused before the SVG is even written, from the size the SVG will give.
    pixel_size(as_written(scene.width), as_written(scene.height), options.size)?;
    let svg = svg::scene_to_svg_with(scene, doc, &SvgOptions { background: !options.transparent });
    encode::encode(render(&svg, options.size)?)
}

/// The picture's size in pixels for an SVG `width` × `height` CSS pixels large, or why
/// there is none. Nothing is allocated.
pub fn pixel_size(width: f32, height: f32, size: PngSize) -> Result<(u32, u32), PngError> {
    if !(width.is_finite() && height.is_finite() && width > 0.0 && height > 0.0) {
        return Err(PngError::Render(format!("the picture's size is {width} × {height}")));
    }
    let scale = match size {
        PngSize::Scale(s) if s.is_finite() && s > 0.0 => f64::from(s),
        PngSize::Scale(s) => return Err(PngError::BadScale(s)),
        PngSize::Width(0) => return Err(PngError::BadWidth),
        PngSize::Width(w) => f64::from(w) / f64::from(width),
    };
    // In f64, where no size a scale can ask for overflows; `as` saturates past u64.
    let w = (f64::from(width) * scale).round().max(1.0);
    let h = (f64::from(height) * scale).round().max(1.0);
    let (wide, high) = (w as u64, h as u64);
    if wide > u64::from(MAX_SIDE) || high > u64::from(MAX_SIDE) || wide.saturating_mul(high) > MAX_PIXELS {
        return Err(PngError::TooLarge { width: wide, height: high });
    }
    Ok((wide as u32, high as u32))
}

/// `svg` drawn with the bundled fonts at `size`.
fn render(svg: &str, size: PngSize) -> Result<Pixmap, PngError> {
    let tree = Tree::from_str(svg, &fonts_db::options()).map_err(|e| PngError::Render(e.to_string()))?;
    let (width, height) = (tree.size().width(), tree.size().height());
    let (w, h) = pixel_size(width, height, size)?;
    let mut pixmap = Pixmap::new(w, h).ok_or_else(|| PngError::Render(format!("no room for {w} × {h} pixels")))?;
    // Each axis scaled to whole pixels (at most half a pixel off the exact scale), so the
    // page covers the picture to its edges.
    let transform = Transform::from_scale(w as f32 / width, h as f32 / height);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    Ok(pixmap)
}

/// A length as the SVG writes it (to a tenth, [`svg::num`]).
fn as_written(v: f32) -> f32 {
    (v * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_follow_the_scale_or_the_width() {
        assert_eq!(pixel_size(100.0, 50.0, PngSize::Scale(1.0)), Ok((100, 50)));
        assert_eq!(pixel_size(100.0, 50.0, PngSize::Scale(2.0)), Ok((200, 100)));
        assert_eq!(pixel_size(100.4, 50.6, PngSize::Scale(1.0)), Ok((100, 51)));
        assert_eq!(pixel_size(100.0, 50.0, PngSize::Width(300)), Ok((300, 150)));
        assert_eq!(pixel_size(100.0, 0.1, PngSize::Scale(1.0)), Ok((100, 1)));
    }

    #[test]
    fn bad_sizes_are_errors() {
        assert_eq!(pixel_size(100.0, 50.0, PngSize::Scale(0.0)), Err(PngError::BadScale(0.0)));
        assert!(matches!(pixel_size(100.0, 50.0, PngSize::Scale(f32::NAN)), Err(PngError::BadScale(_))));
        assert_eq!(pixel_size(100.0, 50.0, PngSize::Scale(-2.0)), Err(PngError::BadScale(-2.0)));
        assert_eq!(pixel_size(100.0, 50.0, PngSize::Width(0)), Err(PngError::BadWidth));
        assert!(matches!(pixel_size(f32::INFINITY, 50.0, PngSize::Scale(1.0)), Err(PngError::Render(_))));
    }

    #[test]
    fn the_limit_is_on_each_side() {
        assert_eq!(pixel_size(16_384.0, 16_384.0, PngSize::Scale(1.0)), Ok((MAX_SIDE, MAX_SIDE)));
        let wide = pixel_size(16_385.0, 10.0, PngSize::Scale(1.0)).unwrap_err();
        assert_eq!(wide, PngError::TooLarge { width: 16_385, height: 10 });
        assert_eq!(wide.code(), "too_large");
        let message = wide.to_string();
        assert!(message.contains("16385 × 10") && message.contains("smaller scale") && message.contains("PDF"));
        assert!(matches!(
            pixel_size(2_000.0, 1_000.0, PngSize::Scale(f32::MAX)),
            Err(PngError::TooLarge { width: u64::MAX, .. })
        ));
        assert!(matches!(pixel_size(10.0, 20_000.0, PngSize::Width(10)), Err(PngError::TooLarge { .. })));
    }
}
