//! Exporters: SVG (drawn from the layout Scene) and the canonical JSON document.

pub mod json;
pub mod svg;
