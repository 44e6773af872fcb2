//! Emotion: the customer's curve (customer actions and the emotion lane), per stage and
//! its lowest moment, and the dips with the waits and fail points that come with them.
//! Emotion on a frontstage or backstage card is the employee's: it makes a curve of its
//! own and never enters the customer's.

use super::facts::Facts;
use crate::model::{CardId, LaneKind, StageId};
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct EmotionPoint {
    pub card: CardId,
    pub stage: StageId,
    pub emotion: i8,
}

#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct StageEmotion {
    pub stage: StageId,
    /// How many steps of the stage have an emotion; 0 is a gap in the curve.
    pub points: u32,
    pub mean: Option<f64>,
    pub min: Option<i8>,
}

#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Curve {
    /// In journey order.
    pub points: Vec<EmotionPoint>,
    /// Every stage, in order.
    pub stages: Vec<StageEmotion>,
    pub mean: Option<f64>,
}

impl Curve {
    /// The lowest score on the curve; `None` without points.
    pub fn min(&self) -> Option<i8> {
        self.points.iter().map(|p| p.emotion).min()
    }
}

/// A wait or fail point at a dip: the dip's own step or one connected to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Cause {
    pub card: CardId,
    pub wait: bool,
    pub fail_point: bool,
}

/// A point of the customer's curve lower than the one before it (the first point when it
/// is below zero).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Dip {
    pub card: CardId,
    pub emotion: i8,
    /// The point before it; `None` for the first.
    pub from: Option<i8>,
    pub causes: Vec<Cause>,
}

#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Emotion {
    pub customer: Curve,
    /// The customer's lowest point (the first, when several are as low).
    pub lowest: Option<EmotionPoint>,
    pub dips: Vec<Dip>,
    /// Frontstage and backstage cards: the employees' emotion, kept apart.
    pub employee: Curve,
}

fn curve(f: &Facts, lanes: &[LaneKind]) -> Curve {
    let order =
        f.journey_order(|i| f.briefs[i].emotion.is_some() && f.places[i].kind.is_some_and(|k| lanes.contains(&k)));
    let mut sums: Vec<(i64, u32, Option<i8>)> = vec![(0, 0, None); f.doc.stages.len()];
    let mut points = Vec::with_capacity(order.len());
    for i in order {
        let (c, e) = (f.cards[i], f.cards[i].emotion.unwrap_or(0));
        if let Some(s) = f.places[i].stage {
            let (sum, n, min) = &mut sums[s];
            *sum += i64::from(e);
            *n += 1;
            *min = Some(min.map_or(e, |m| m.min(e)));
        }
        points.push(EmotionPoint { card: c.id.clone(), stage: c.stage.clone(), emotion: e });
    }
    let total: i64 = points.iter().map(|p| i64::from(p.emotion)).sum();
    Curve {
        mean: (!points.is_empty()).then(|| total as f64 / points.len() as f64),
        points,
        stages: f
            .doc
            .stages
            .iter()
            .zip(sums)
            .map(|(s, (sum, n, min))| StageEmotion {
                stage: s.id.clone(),
                points: n,
                mean: (n > 0).then(|| sum as f64 / f64::from(n)),
                min,
            })
            .collect(),
    }
}

pub fn emotion(f: &Facts) -> Emotion {
    let (customer, dips) = customer(f);
    let employee = curve(f, &[LaneKind::Frontstage, LaneKind::Backstage]);
    let lowest = customer.points.iter().min_by_key(|p| p.emotion).cloned();
    Emotion { customer, lowest, dips, employee }
}

/// The customer's curve and its dips, alone: what the drawing's emotion curve shows.
pub fn customer(f: &Facts) -> (Curve, Vec<Dip>) {
    let customer = curve(f, &[LaneKind::Customer, LaneKind::Emotion]);
    let mut dips = Vec::new();
    let mut previous: Option<i8> = None;
    for p in &customer.points {
        let dipped = match previous {
            None => p.emotion < 0,
            Some(before) => p.emotion < before,
        };
        if dipped {
            dips.push(Dip { card: p.card.clone(), emotion: p.emotion, from: previous, causes: Vec::new() });
        }
        previous = Some(p.emotion);
    }
    if !dips.is_empty() {
        causes(f, &mut dips);
    }
    (customer, dips)
}

/// Each dip's own step and the steps connected to it, either way, that are waits or fail
/// points; by id.
fn causes(f: &Facts, dips: &mut [Dip]) {
    // The dip at each card, by card number: no id is hashed per connector.
    let mut at: Vec<Option<usize>> = vec![None; f.cards.len()];
    let mut near: Vec<Vec<usize>> = Vec::with_capacity(dips.len());
    for (k, d) in dips.iter().enumerate() {
        let i = f.number(d.card.as_str());
        if let Some(i) = i {
            at[i] = Some(k);
        }
        near.push(i.into_iter().collect());
    }
    for &(_, from, to) in &f.links {
        if let Some(k) = at[from] {
            near[k].push(to);
        }
        if let Some(k) = at[to] {
            near[k].push(from);
        }
    }
    for (dip, cards) in dips.iter_mut().zip(near) {
        for i in cards {
            let card = f.cards[i];
            if (card.wait || card.fail_point.is_some()) && !dip.causes.iter().any(|c| c.card == card.id) {
                dip.causes.push(Cause {
                    card: card.id.clone(),
                    wait: card.wait,
                    fail_point: card.fail_point.is_some(),
                });
            }
        }
        dip.causes.sort_by(|a, b| a.card.cmp(&b.card));
    }
}
