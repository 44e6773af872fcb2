//! SVG export of a laid-out blueprint.
