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
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OwnerTime {
    pub owner: String,
    pub steps: u32,
    pub seconds: u64,
}

/// Durations of every step above and below the line of visibility.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct VisibilitySplit {
    pub above_seconds: u64,
    pub below_seconds: u64,
}

/// Where the time of one stage's steps goes: the same figures as the journey's
/// [`Time::lanes`], [`Time::owners`] and [`Time::visibility`], for the stage's cards.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct StagePlaces {
    pub stage: StageId,
    /// Every lane, in order (a lane with no card of the stage: 0 steps).
    pub lanes: Vec<LaneTime>,
    /// By owner, most time first.
    pub owners: Vec<OwnerTime>,
    /// `None` when the blueprint has no line of visibility.
    pub visibility: Option<VisibilitySplit>,
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
    /// The lanes, owners and line of visibility per stage, every stage in order.
    pub places_by_stage: Vec<StagePlaces>,
}

/// Lanes, owners and the line of visibility, added up as steps come.
struct Places<'a> {
    lanes: Vec<LaneTime>,
    owners: BTreeMap<&'a str, OwnerTime>,
    above: u64,
    below: u64,
}

impl<'a> Places<'a> {
    fn new(f: &Facts) -> Self {
        let lanes = f
            .doc
            .lanes
            .iter()
            .map(|l| LaneTime { lane: l.id.clone(), name: l.name.clone(), steps: 0, seconds: 0, untimed: 0 })
            .collect();
        Places { lanes, owners: BTreeMap::new(), above: 0, below: 0 }
    }

    fn add(&mut self, f: &Facts<'a>, i: usize, visibility: Option<usize>) {
        let b = f.briefs[i];
        let d = b.duration.map_or(0, u64::from);
        if let Some(l) = f.places[i].lane {
            let lane = &mut self.lanes[l];
            lane.steps += 1;
            lane.seconds += d;
            lane.untimed += u32::from(b.duration.is_none());
        }
        if b.owner {
            let owner = f.cards[i].owner.trim();
            let o =
                self.owners.entry(owner).or_insert_with(|| OwnerTime { owner: owner.to_owned(), steps: 0, seconds: 0 });
            o.steps += 1;
            o.seconds += d;
        }
        match f.above_boundary(i, visibility) {
            Some(true) => self.above += d,
            Some(false) => self.below += d,
            None => {}
        }
    }

    /// Add `other`'s figures to these (the journey's from its stages': each card is
    /// looked at once).
    fn merge(&mut self, other: &Places<'a>) {
        for (l, o) in self.lanes.iter_mut().zip(&other.lanes) {
            l.steps += o.steps;
            l.seconds += o.seconds;
            l.untimed += o.untimed;
        }
        for (&name, o) in &other.owners {
            let mine =
                self.owners.entry(name).or_insert_with(|| OwnerTime { owner: name.to_owned(), steps: 0, seconds: 0 });
            mine.steps += o.steps;
            mine.seconds += o.seconds;
        }
        self.above += other.above;
        self.below += other.below;
    }

    /// The lanes, the owners (most time first) and the split, when there is a line.
    fn finish(self, has_line: bool) -> (Vec<LaneTime>, Vec<OwnerTime>, Option<VisibilitySplit>) {
        let mut owners: Vec<OwnerTime> = self.owners.into_values().collect();
        owners.sort_by(|a, b| b.seconds.cmp(&a.seconds).then_with(|| a.owner.cmp(&b.owner)));
        let split = has_line.then_some(VisibilitySplit { above_seconds: self.above, below_seconds: self.below });
        (self.lanes, owners, split)
    }
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
pub fn time<'a>(f: &Facts<'a>, critical_path: CriticalPath) -> Time {
    let doc = f.doc;
    let mut steps = Vec::new();
    // Each card is added to its stage's figures (or, without a stage, to the journey's
    // alone); the journey's are then the stages' added up.
    let mut journey_places = Places::new(f);
    let mut stage_places: Vec<Places<'a>> = doc.stages.iter().map(|_| Places::new(f)).collect();
    let visibility = doc.line(LineKind::Visibility).map(|l| l.boundary);
    for &i in f.in_journey_order() {
        let b = f.briefs[i];
        if b.duration.is_some() || b.tolerance.is_some() {
            let c = f.cards[i];
            let over = c.duration_seconds.zip(c.tolerance_seconds).map(|(d, t)| d.saturating_sub(t)).filter(|&o| o > 0);
            steps.push(StepTime {
                card: c.id.clone(),
                duration_seconds: c.duration_seconds,
                tolerance_seconds: c.tolerance_seconds,
                over_seconds: over,
            });
        }
        match f.places[i].stage {
            Some(s) => stage_places[s].add(f, i, visibility),
            None => journey_places.add(f, i, visibility),
        }
    }
    for p in &stage_places {
        journey_places.merge(p);
    }
    let has_line = visibility.is_some();
    let (lanes, owners, split) = journey_places.finish(has_line);
    let places_by_stage = doc
        .stages
        .iter()
        .zip(stage_places)
        .map(|(s, p)| {
            let (lanes, owners, visibility) = p.finish(has_line);
            StagePlaces { stage: s.id.clone(), lanes, owners, visibility }
        })
        .collect();
    let CustomerTime { stages, journey, .. } = customer(f);
    Time { steps, stages, journey, critical_path, lanes, owners, visibility: split, places_by_stage }
}
