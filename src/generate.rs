//! Deterministic synthetic blueprints of any size, for benchmarks and the editor's
//! benchmark mode. Shaped like the peer benchmark's diagram: the five canonical lanes,
//! `clamp(ceil(n/25), 4, 40)` stages, cards snaking through each lane, and a connector
//! between consecutive cards, so sizes compare one to one.

use crate::model::{Blueprint, Card, Channel, Connector, FailKind, FailPoint, Lane, LaneKind, Line, LineKind, Stage};

/// Number of stage columns for `cards` cards (as in the peer benchmark).
pub fn stage_count(cards: usize) -> usize {
    cards.div_ceil(25).clamp(4, 40)
}

/// Largest blueprint a benchmark may ask for ([`synthetic_at_most`]).
pub const MAX_CARDS: usize = 20_000;

/// [`synthetic`], refused past [`MAX_CARDS`] with the reason (a view asked for it).
pub fn synthetic_at_most(cards: usize) -> Result<Blueprint, String> {
    if cards > MAX_CARDS {
        return Err(format!("{cards} cards is more than the {MAX_CARDS} a generated document may have"));
    }
    Ok(synthetic(cards))
}

/// A consistent blueprint with `cards` cards and `cards - 1` connectors.
pub fn synthetic(cards: usize) -> Blueprint {
    let mut doc = Blueprint::empty(format!("Synthetic blueprint, {cards} cards"));
    doc.scenario = "Generated for benchmarks".into();
    let kinds = [
        (LaneKind::Evidence, "Evidence 证据"),
        (LaneKind::Customer, "Customer 顾客"),
        (LaneKind::Frontstage, "Frontstage 前台"),
        (LaneKind::Backstage, "Backstage 后台"),
        (LaneKind::Support, "Support 支持"),
    ];
    for (i, (kind, name)) in kinds.iter().enumerate() {
        doc.lanes.push(Lane::new(format!("l{}", i + 1), *kind, *name));
    }
    doc.lines = vec![
        Line { kind: LineKind::Interaction, boundary: 2 },
        Line { kind: LineKind::Visibility, boundary: 3 },
        Line { kind: LineKind::InternalInteraction, boundary: 4 },
    ];
    let stages = stage_count(cards);
    for s in 0..stages {
        doc.stages.push(Stage::new(format!("s{}", s + 1), format!("Stage {} 阶段{}", s + 1, s + 1)));
    }
    let per_lane = cards.div_ceil(kinds.len());
    let mut ids = Vec::with_capacity(cards);
    for n in 0..cards {
        let lane = n / per_lane;
        let k = n % per_lane;
        let row = k / stages;
        // Snake: even rows left to right, odd rows right to left.
        let col = if row.is_multiple_of(2) { k % stages } else { stages - 1 - k % stages };
        let id = format!("c{n:05}");
        let mut card =
            Card::new(id.as_str(), format!("l{}", lane + 1), format!("s{}", col + 1), format!("点餐 Order #{n}"));
        card.order = row as u32;
        match n % 7 {
            0 => card.channel = Some(Channel::Digital),
            3 => card.duration_seconds = Some(60 + (n % 5) as u32 * 60),
            5 => {
                card.fail_point = Some(FailPoint {
                    kind: FailKind::Process,
                    description: String::new(),
                    recovery: "Call back within 2 hours".into(),
                })
            }
            _ => {}
        }
        if lane == 1 && n % 4 == 0 {
            card.emotion = Some((n % 5) as i8 - 2);
        }
        doc.cards.insert(card.id.clone(), card);
        ids.push(id);
    }
    for (n, pair) in ids.windows(2).enumerate() {
        let id = format!("a{n:05}");
        doc.connectors.insert(id.as_str().into(), Connector::new(id.as_str(), pair[0].as_str(), pair[1].as_str()));
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_is_consistent_at_several_sizes() {
        for n in [0, 1, 7, 200, 1001] {
            let doc = synthetic(n);
            assert_eq!(doc.cards.len(), n);
            assert_eq!(doc.connectors.len(), n.saturating_sub(1));
            assert_eq!(doc.inconsistencies(), vec![], "size {n}");
        }
    }

    #[test]
    fn synthetic_is_deterministic() {
        assert_eq!(synthetic(300), synthetic(300));
    }
}
