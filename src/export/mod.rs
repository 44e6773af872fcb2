//! Exporters: SVG (drawn from the layout Scene), PNG (that SVG rendered with the bundled
//! fonts) and the canonical JSON document.

pub mod json;
pub mod png;
pub mod svg;
