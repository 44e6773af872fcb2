//! What the measures read of a document, so that a caller holding a report can tell
//! whether a change can alter it without measuring again. A card's words (text, notes,
//! tags), its key moment and colour, a connector's label and the display settings are
//! read by no measure: editing them leaves every figure as it was.

use crate::model::{Blueprint, Card, Connector, LaneKind};

/// Whether a card changing from `before` to `after` (`None`: not there) can change a
/// measure.
pub fn card_change_is_measured(before: Option<&Card>, after: Option<&Card>) -> bool {
    match (before, after) {
        (Some(a), Some(b)) => {
            a.stage != b.stage
                || a.lane != b.lane
                || a.order != b.order
                || a.channel != b.channel
                || a.owner != b.owner
                || a.duration_seconds != b.duration_seconds
                || a.tolerance_seconds != b.tolerance_seconds
                || a.wait != b.wait
                || a.fail_point != b.fail_point
                || a.emotion != b.emotion
        }
        (None, None) => false,
        _ => true,
    }
}

/// Whether a card's change can change the critical path, which reads of a card only
/// whether it is there, whether it is a customer action (its lane's kind, looked up in
/// `doc`, whose lanes the change did not touch) and its duration.
pub fn card_change_moves_path(doc: &Blueprint, before: Option<&Card>, after: Option<&Card>) -> bool {
    let customer = |c: &Card| doc.lane(&c.lane).map(|l| l.kind) == Some(LaneKind::Customer);
    match (before, after) {
        (Some(a), Some(b)) => a.duration_seconds != b.duration_seconds || customer(a) != customer(b),
        (None, None) => false,
        _ => true,
    }
}

/// Whether a connector's change can change a measure (its label is read by none).
pub fn connector_change_is_measured(before: Option<&Connector>, after: Option<&Connector>) -> bool {
    match (before, after) {
        (Some(a), Some(b)) => a.from != b.from || a.to != b.to || a.direction != b.direction,
        (None, None) => false,
        _ => true,
    }
}
