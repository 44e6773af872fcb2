//! Waits and tolerance: the steps where the customer waits, those without a tolerance,
//! every step over its tolerance and by how much, and the journey against its standard.

use super::facts::Facts;
use crate::model::CardId;
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Wait {
    pub card: CardId,
    pub duration_seconds: Option<u32>,
    pub tolerance_seconds: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct OverTolerance {
    pub card: CardId,
    pub duration_seconds: u32,
    pub tolerance_seconds: u32,
    pub over_seconds: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Waits {
    /// Every step marked as a wait, in journey order.
    pub waits: Vec<Wait>,
    /// The waits with no tolerance set.
    pub without_tolerance: Vec<CardId>,
    /// Every step (in any lane) whose duration is over its tolerance, most over first.
    pub over_tolerance: Vec<OverTolerance>,
    /// The customer's time for the whole journey (as in the time measures).
    pub journey_seconds: u64,
    pub journey_standard_seconds: Option<u32>,
    /// How far the journey is over its standard, when it is.
    pub journey_over_seconds: Option<u64>,
}

pub fn waits(f: &Facts) -> Waits {
    let order = f.journey_order(|i| f.briefs[i].wait || f.briefs[i].duration.is_some());
    let mut waits = Vec::new();
    let mut without_tolerance = Vec::new();
    let mut over_tolerance = Vec::new();
    let mut journey_seconds = 0u64;
    for &i in &order {
        let c = f.cards[i];
        if c.wait {
            waits.push(Wait {
                card: c.id.clone(),
                duration_seconds: c.duration_seconds,
                tolerance_seconds: c.tolerance_seconds,
            });
            if c.tolerance_seconds.is_none() {
                without_tolerance.push(c.id.clone());
            }
        }
        if let (Some(d), Some(t)) = (c.duration_seconds, c.tolerance_seconds) {
            if d > t {
                over_tolerance.push(OverTolerance {
                    card: c.id.clone(),
                    duration_seconds: d,
                    tolerance_seconds: t,
                    over_seconds: d - t,
                });
            }
        }
        if f.is_customer_time(i) {
            journey_seconds += c.duration_seconds.map_or(0, u64::from);
        }
    }
    over_tolerance.sort_by_key(|o| std::cmp::Reverse(o.over_seconds));
    let standard = f.doc.standard_seconds;
    Waits {
        waits,
        without_tolerance,
        over_tolerance,
        journey_seconds,
        journey_standard_seconds: standard,
        journey_over_seconds: standard.and_then(|s| journey_seconds.checked_sub(u64::from(s))).filter(|&o| o > 0),
    }
}
