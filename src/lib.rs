//! Frontstage: the service blueprint core. It holds the document, applies every edit with
//! undo/redo, checks the blueprint's lines and lanes, lays it out, exports SVG and JSON,
//! and keeps a view in step with a document it edits. No UI and no desktop code lives
//! here (docs/architecture.md).

pub mod edit;
pub mod export;
pub mod fonts;
/// Generated blueprints of any size, for tests and benchmarks: not part of the product.
#[cfg(any(test, feature = "synthetic"))]
pub mod generate;
pub mod io;
pub mod layout;
pub mod measure;
pub mod model;
pub mod rules;
pub mod templates;
pub mod view;
pub mod words;
