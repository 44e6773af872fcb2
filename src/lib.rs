//! Frontstage: the service blueprint core. It holds the document, applies every edit with
//! undo/redo, checks the blueprint's lines and lanes, lays it out and exports SVG and JSON.
//! No UI and no desktop code lives here.

pub mod edit;
pub mod export;
pub mod generate;
pub mod io;
pub mod layout;
pub mod model;
pub mod rules;
pub mod templates;
