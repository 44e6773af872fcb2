//! Time: each step's duration against its tolerance; the customer's time per stage and
//! for the journey against its standard; time per lane, per owner and on each side of
//! the line of visibility. docs/measures.md defines each figure.

use super::facts::Facts;
use super::path::CriticalPath;
use crate::model::{CardId, LaneId, LineKind, StageId};
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

/// A step with a duration or a tolerance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct StepTime {
    pub card: CardId,
    pub duration_seconds: Option<u32>,
    pub tolerance_seconds: Option<u32>,
    /// How far the duration is over the tolerance, when it is.
    pub over_seconds: Option<u32>,
}

/// The customer's time in a stage or in the whole journey.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Span {
    /// The customer's steps (customer actions and waits) counted.
    pub steps: u32,
    /// Their durations added up; a step without one adds nothing and is named in `untimed`.
    pub customer_seconds: u64,
    /// The part of it spent in steps marked as waits.
    pub waiting_seconds: u64,
    /// The tolerances of the customer's steps that have one, added up.
    pub tolerance_seconds: u64,
    pub standard_seconds: Option<u32>,
    /// How far `customer_seconds` is over the standard, when it is.
    pub over_standard_seconds: Option<u64>,
    /// The customer's steps without a duration, in journey order.
    pub untimed: Vec<CardId>,
}

impl Span {
    fn add(&mut self, f: &Facts, i: usize) {
        let c = f.cards[i];
        self.steps += 1;
        match c.duration_seconds {
            Some(d) => {
                self.customer_seconds += u64::from(d);
                if c.wait {
                    self.waiting_seconds += u64::from(d);
                }
            }
            None => self.untimed.push(c.id.clone()),
        }
        self.tolerance_seconds += c.tolerance_seconds.map_or(0, u64::from);
    }

    fn against(mut self, standard: Option<u32>) -> Span {
        self.standard_seconds = standard;
        self.over_standard_seconds =
            standard.and_then(|s| self.customer_seconds.checked_sub(u64::from(s))).filter(|&over| over > 0);
        self
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct StageTime {
    pub stage: StageId,
    pub name: String,
    #[serde(flatten)]
    pub span: Span,
}

/// All the steps of one lane.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct LaneTime {
    pub lane: LaneId,
    pub name: String,
    pub steps: u32,
    pub seconds: u64,
    /// Steps without a duration.
    pub untimed: u32,
}

/// All the steps of one owner (as written on the cards, trimmed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct OwnerTime {
    pub owner: String,
    pub steps: u32,
    pub seconds: u64,
}

/// Durations of every step above and below the line of visibility.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct VisibilitySplit {
    pub above_seconds: u64,
    pub below_seconds: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Time {
    /// Every step with a duration or a tolerance, in journey order.
    pub steps: Vec<StepTime>,
    pub stages: Vec<StageTime>,
    pub journey: Span,
    pub critical_path: CriticalPath,
    pub lanes: Vec<LaneTime>,
    /// By owner, most time first.
    pub owners: Vec<OwnerTime>,
    /// `None` when the blueprint has no line of visibility.
    pub visibility: Option<VisibilitySplit>,
}

/// The customer's time per stage and for the journey: what the drawing's time strip shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct CustomerTime {
    /// Every stage, in order.
    pub stages: Vec<StageTime>,
    pub journey: Span,
    /// Per stage (in order), the customer's steps whose duration is longer than their own
    /// tolerance.
    pub over_tolerance: Vec<u32>,
    /// Per stage (in order), the customer's steps without a tolerance: while there are any,
    /// the tolerances added up are no limit for the stage's time.
    pub without_tolerance: Vec<u32>,
    /// The same for the whole journey.
    pub journey_without_tolerance: u32,
}

/// The customer's time per stage and for the journey, alone.
pub fn customer(f: &Facts) -> CustomerTime {
    let doc = f.doc;
    let mut stages: Vec<Span> = vec![Span::default(); doc.stages.len()];
    let mut over_tolerance = vec![0u32; doc.stages.len()];
    let mut without_tolerance = vec![0u32; doc.stages.len()];
    let mut journey_without_tolerance = 0;
    let mut journey = Span::default();
    for i in f.journey_order(|i| f.is_customer_time(i)) {
        journey.add(f, i);
        let c = f.cards[i];
        let untolerated = u32::from(c.tolerance_seconds.is_none());
        journey_without_tolerance += untolerated;
        if let Some(s) = f.places[i].stage {
            stages[s].add(f, i);
            over_tolerance[s] += u32::from(c.duration_seconds.zip(c.tolerance_seconds).is_some_and(|(d, t)| d > t));
            without_tolerance[s] += untolerated;
        }
    }
    CustomerTime {
        stages: doc
            .stages
            .iter()
            .zip(stages)
            .map(|(s, span)| StageTime {
                stage: s.id.clone(),
                name: s.name.clone(),
                span: span.against(s.standard_seconds),
            })
            .collect(),
        journey: journey.against(doc.standard_seconds),
        over_tolerance,
        without_tolerance,
        journey_without_tolerance,
    }
}

/// The time measures of a document whose critical path is `critical_path`.
pub fn time(f: &Facts, critical_path: CriticalPath) -> Time {
    let doc = f.doc;
    let mut steps = Vec::new();
    let mut lanes: Vec<LaneTime> = doc
        .lanes
        .iter()
        .map(|l| LaneTime { lane: l.id.clone(), name: l.name.clone(), steps: 0, seconds: 0, untimed: 0 })
        .collect();
    let mut owners: BTreeMap<&str, OwnerTime> = BTreeMap::new();
    let (mut above, mut below) = (0u64, 0u64);
    let visibility = doc.line(LineKind::Visibility).map(|l| l.boundary);
    for &i in f.in_journey_order() {
        let c = f.cards[i];
        let p = f.places[i];
        let d = c.duration_seconds.map_or(0, u64::from);
        if c.duration_seconds.is_some() || c.tolerance_seconds.is_some() {
            let over = c.duration_seconds.zip(c.tolerance_seconds).map(|(d, t)| d.saturating_sub(t)).filter(|&o| o > 0);
            steps.push(StepTime {
                card: c.id.clone(),
                duration_seconds: c.duration_seconds,
                tolerance_seconds: c.tolerance_seconds,
                over_seconds: over,
            });
        }
        if let Some(l) = p.lane {
            let lane = &mut lanes[l];
            lane.steps += 1;
            lane.seconds += d;
            lane.untimed += u32::from(c.duration_seconds.is_none());
        }
        let owner = c.owner.trim();
        if !owner.is_empty() {
            let o = owners.entry(owner).or_insert_with(|| OwnerTime { owner: owner.to_owned(), steps: 0, seconds: 0 });
            o.steps += 1;
            o.seconds += d;
        }
        match f.above_boundary(i, visibility) {
            Some(true) => above += d,
            Some(false) => below += d,
            None => {}
        }
    }
    let mut owners: Vec<OwnerTime> = owners.into_values().collect();
    owners.sort_by(|a, b| b.seconds.cmp(&a.seconds).then_with(|| a.owner.cmp(&b.owner)));
    let CustomerTime { stages, journey, .. } = customer(f);
    Time {
        steps,
        stages,
        journey,
        critical_path,
        lanes,
        owners,
        visibility: doc
            .line(LineKind::Visibility)
            .map(|_| VisibilitySplit { above_seconds: above, below_seconds: below }),
    }
}
