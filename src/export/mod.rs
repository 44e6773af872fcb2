//! Exporters: SVG (drawn from the layout Scene), PNG and PDF (that SVG drawn with the
//! bundled fonts, read through [`fonts_db`]) and the canonical JSON document.

pub mod fonts_db;
pub mod json;
pub mod pdf;
pub mod png;
pub mod svg;
