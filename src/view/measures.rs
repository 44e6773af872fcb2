//! The Measures panel's answer, drawn from the report (`crate::measure::Report`). The
//! whole report names a card per step, per wait, per point of the emotion curve: at
//! 5,000 cards it is hundreds of kilobytes, too much to send after every edit. The panel
//! shows counts and sums, so [`Measures`] carries only those, per stage and for the
//! journey, and the KPIs with their status; the cards behind one figure are asked for
//! when it is clicked ([`Figure`], answered by [`cards_behind`]).

use super::error::Error;
use crate::measure::{
    customer_steps, ChannelCount, CriticalPath, KpiResult, LaneTime, OwnerTime, Report, VisibilitySplit,
};
use crate::model::{Blueprint, CardId, Channel, ConnectorId, Direction, FailKind, LaneId, LineKind, StageId};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Fail points counted: all of them and those with no recovery written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Fails {
    pub total: u32,
    pub unrecovered: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct KindFails {
    pub kind: FailKind,
    pub total: u32,
    pub unrecovered: u32,
}

/// Cards with a channel, per channel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Channels {
    pub physical: u32,
    pub digital: u32,
    pub interpersonal: u32,
    pub process: u32,
}

/// The customer's time over a stage or the journey, and what goes with it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Figures {
    /// The customer's steps.
    pub steps: u32,
    pub customer_seconds: u64,
    pub waiting_seconds: u64,
    /// The tolerances of the customer's steps that have one, added up.
    pub tolerance_seconds: u64,
    pub standard_seconds: Option<u32>,
    pub over_standard_seconds: Option<u64>,
    /// The customer's steps without a duration (counted as 0 s in the sums).
    pub untimed: u32,
    /// Cards marked as a wait, and those of them without a tolerance.
    pub waits: u32,
    pub waits_without_tolerance: u32,
    /// Cards whose duration is longer than their tolerance.
    pub over_tolerance: u32,
    pub fail_points: Fails,
    /// Points of the customer's emotion curve, their mean and the lowest.
    pub emotion_points: u32,
    pub emotion_mean: Option<f64>,
    pub emotion_min: Option<i8>,
    pub touchpoints: Channels,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StageFigures {
    pub stage: StageId,
    pub name: String,
    #[serde(flatten)]
    pub figures: Figures,
}

/// The critical path in brief (its cards: [`Figure::CriticalPath`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum PathFigure {
    NoCustomerAction,
    Path {
        seconds: u64,
        steps: u32,
        untimed: u32,
        /// From the first stage with a customer action to the last (else the arrows do not
        /// join the whole journey, and the path is part of it).
        spans_journey: bool,
    },
    /// Connectors go round in a loop between customer actions: no path; `cards` in the loop.
    Cycle {
        cards: u32,
    },
}

/// The employees' emotion (frontstage and backstage cards), kept apart from the customer's.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EmployeeEmotion {
    pub points: u32,
    pub mean: Option<f64>,
    pub min: Option<i8>,
}

/// The customer's dips: points lower than the one before, and those that come with a wait
/// or a fail point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DipFigures {
    pub total: u32,
    pub with_cause: u32,
}

/// How many owners the panel lists, most time first; the others are counted.
pub const OWNERS_LISTED: usize = 8;

/// Where the time of every step goes: by lane, by owner, either side of the line of
/// visibility (the report's `time.lanes`, `owners` and `visibility`, the owners cut short).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TimeByPlace {
    /// Every lane, in order.
    pub lanes: Vec<LaneTime>,
    /// At most [`OWNERS_LISTED`], most time first.
    pub owners: Vec<OwnerTime>,
    /// The owners not listed.
    pub other_owners: u32,
    /// Above and below the line of visibility; `None` without one.
    pub visibility: Option<VisibilitySplit>,
}

/// Everything the Measures panel shows.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Measures {
    pub journey: Figures,
    pub stages: Vec<StageFigures>,
    pub fail_kinds: Vec<KindFails>,
    pub fail_points_on_critical_path: u32,
    pub hand_offs: u32,
    pub critical_path: PathFigure,
    pub time_by_place: TimeByPlace,
    /// The same per stage, every stage in order.
    pub time_by_place_per_stage: Vec<TimeByPlace>,
    pub employee_emotion: EmployeeEmotion,
    pub dips: DipFigures,
    pub kpis: Vec<KpiResult>,
}

/// A figure of the panel whose cards the view asks for; `stage` absent means the journey.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "figure", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Figure {
    /// The customer's steps: what the customer's time adds up.
    CustomerSteps {
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(optional))]
        stage: Option<StageId>,
    },
    Untimed {
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(optional))]
        stage: Option<StageId>,
    },
    Waits {
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(optional))]
        stage: Option<StageId>,
    },
    WithoutTolerance {
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(optional))]
        stage: Option<StageId>,
    },
    OverTolerance {
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(optional))]
        stage: Option<StageId>,
    },
    /// Fail points, of one kind when `kind` is given.
    FailPoints {
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(optional))]
        stage: Option<StageId>,
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(optional))]
        kind: Option<FailKind>,
    },
    Unrecovered {
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(optional))]
        stage: Option<StageId>,
    },
    FailPointsOnCriticalPath,
    /// The points of the customer's emotion curve.
    Emotion {
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(optional))]
        stage: Option<StageId>,
    },
    /// The lowest point (the journey's, as the report names it), or every point at the
    /// stage's lowest.
    LowestEmotion {
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(optional))]
        stage: Option<StageId>,
    },
    /// Cards with a channel, of one channel when `channel` is given.
    Touchpoints {
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(optional))]
        stage: Option<StageId>,
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(optional))]
        channel: Option<Channel>,
    },
    /// The connectors that cross a line, with their ends.
    HandOffs,
    /// The path's steps and the one-way connectors between them; the loop's cards when
    /// there is a loop instead.
    CriticalPath,
    /// The cards of a lane (what its time adds up), in one stage when `stage` is given;
    /// so for an owner's and a side of the line.
    LaneSteps {
        lane: LaneId,
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(optional))]
        stage: Option<StageId>,
    },
    /// The cards of an owner (as written on them, trimmed).
    OwnerSteps {
        owner: String,
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(optional))]
        stage: Option<StageId>,
    },
    /// The cards above the line of visibility, or below it.
    VisibilitySide {
        above: bool,
        #[serde(default)]
        #[cfg_attr(feature = "ts", ts(optional))]
        stage: Option<StageId>,
    },
    /// The points of the employees' emotion.
    EmployeeEmotion,
    /// The customer's dips; only those with a wait or a fail point when `with_cause`.
    Dips {
        #[serde(default)]
        with_cause: bool,
    },
}

/// The elements behind a figure.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FigureCards {
    pub cards: Vec<CardId>,
    pub connectors: Vec<ConnectorId>,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The stage a card is drawn in, `None` when the card is gone.
fn stage_of<'a>(doc: &'a Blueprint, card: &CardId) -> Option<&'a StageId> {
    doc.cards.get(card).map(|c| &c.stage)
}

fn channels(c: &ChannelCount) -> Channels {
    Channels { physical: c.physical, digital: c.digital, interpersonal: c.interpersonal, process: c.process }
}

/// The panel's figures from `r`, the report on `doc`.
pub fn panel(doc: &Blueprint, r: &Report) -> Measures {
    let in_stage = |card: &CardId, stage: Option<&StageId>| stage.is_none_or(|s| stage_of(doc, card) == Some(s));
    let waits_of = |stage: Option<&StageId>| {
        let waits = r.waits.waits.iter().filter(|w| in_stage(&w.card, stage));
        let without = r.waits.without_tolerance.iter().filter(|c| in_stage(c, stage)).count();
        (count(waits.count()), count(without))
    };
    let over_of =
        |stage: Option<&StageId>| count(r.waits.over_tolerance.iter().filter(|o| in_stage(&o.card, stage)).count());
    let j = &r.time.journey;
    let (waits, without) = waits_of(None);
    let journey = Figures {
        steps: j.steps,
        customer_seconds: j.customer_seconds,
        waiting_seconds: j.waiting_seconds,
        tolerance_seconds: j.tolerance_seconds,
        standard_seconds: j.standard_seconds,
        over_standard_seconds: j.over_standard_seconds,
        untimed: count(j.untimed.len()),
        waits,
        waits_without_tolerance: without,
        over_tolerance: over_of(None),
        fail_points: Fails { total: r.fail_points.count.total, unrecovered: r.fail_points.count.unrecovered },
        emotion_points: count(r.emotion.customer.points.len()),
        emotion_mean: r.emotion.customer.mean,
        emotion_min: r.emotion.lowest.as_ref().map(|p| p.emotion),
        touchpoints: channels(&r.touchpoints.journey),
    };
    let stages = r
        .time
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (waits, without) = waits_of(Some(&s.stage));
            let fails = r.fail_points.by_stage.get(i).map(|f| &f.count);
            let emotion = r.emotion.customer.stages.get(i);
            StageFigures {
                stage: s.stage.clone(),
                name: s.name.clone(),
                figures: Figures {
                    steps: s.span.steps,
                    customer_seconds: s.span.customer_seconds,
                    waiting_seconds: s.span.waiting_seconds,
                    tolerance_seconds: s.span.tolerance_seconds,
                    standard_seconds: s.span.standard_seconds,
                    over_standard_seconds: s.span.over_standard_seconds,
                    untimed: count(s.span.untimed.len()),
                    waits,
                    waits_without_tolerance: without,
                    over_tolerance: over_of(Some(&s.stage)),
                    fail_points: fails
                        .map_or_else(Fails::default, |f| Fails { total: f.total, unrecovered: f.unrecovered }),
                    emotion_points: emotion.map_or(0, |e| e.points),
                    emotion_mean: emotion.and_then(|e| e.mean),
                    emotion_min: emotion.and_then(|e| e.min),
                    touchpoints: r.touchpoints.stages.get(i).map_or_else(Channels::default, |t| channels(&t.channels)),
                },
            }
        })
        .collect();
    Measures {
        journey,
        stages,
        fail_kinds: r
            .fail_points
            .by_kind
            .iter()
            .map(|k| KindFails { kind: k.kind, total: k.count.total, unrecovered: k.count.unrecovered })
            .collect(),
        fail_points_on_critical_path: r.fail_points.on_critical_path,
        hand_offs: count(r.touchpoints.hand_offs.len()),
        critical_path: match &r.time.critical_path {
            CriticalPath::NoCustomerAction => PathFigure::NoCustomerAction,
            CriticalPath::Path { seconds, steps, untimed, spans_journey } => PathFigure::Path {
                seconds: *seconds,
                steps: count(steps.len()),
                untimed: count(untimed.len()),
                spans_journey: *spans_journey,
            },
            CriticalPath::Cycle { cards } => PathFigure::Cycle { cards: count(cards.len()) },
        },
        time_by_place: time_by_place(&r.time.lanes, &r.time.owners, r.time.visibility.as_ref()),
        time_by_place_per_stage: r
            .time
            .places_by_stage
            .iter()
            .map(|p| time_by_place(&p.lanes, &p.owners, p.visibility.as_ref()))
            .collect(),
        employee_emotion: EmployeeEmotion {
            points: count(r.emotion.employee.points.len()),
            mean: r.emotion.employee.mean,
            min: r.emotion.employee.min(),
        },
        dips: DipFigures {
            total: count(r.emotion.dips.len()),
            with_cause: count(r.emotion.dips.iter().filter(|d| !d.causes.is_empty()).count()),
        },
        kpis: r.kpis.clone(),
    }
}

fn time_by_place(lanes: &[LaneTime], owners: &[OwnerTime], visibility: Option<&VisibilitySplit>) -> TimeByPlace {
    TimeByPlace {
        lanes: lanes.to_vec(),
        owners: owners.iter().take(OWNERS_LISTED).cloned().collect(),
        other_owners: count(owners.len().saturating_sub(OWNERS_LISTED)),
        visibility: visibility.copied(),
    }
}

/// The cards (and connectors) behind `figure` in `r`, the report on `doc`; refused when
/// it names a stage the document does not have.
pub fn cards_behind(doc: &Blueprint, r: &Report, figure: &Figure) -> Result<FigureCards, Error> {
    let stage = match figure {
        Figure::CustomerSteps { stage }
        | Figure::Untimed { stage }
        | Figure::Waits { stage }
        | Figure::WithoutTolerance { stage }
        | Figure::OverTolerance { stage }
        | Figure::FailPoints { stage, .. }
        | Figure::Unrecovered { stage }
        | Figure::Emotion { stage }
        | Figure::LowestEmotion { stage }
        | Figure::Touchpoints { stage, .. }
        | Figure::LaneSteps { stage, .. }
        | Figure::OwnerSteps { stage, .. }
        | Figure::VisibilitySide { stage, .. } => stage.as_ref(),
        Figure::FailPointsOnCriticalPath
        | Figure::HandOffs
        | Figure::CriticalPath
        | Figure::EmployeeEmotion
        | Figure::Dips { .. } => None,
    };
    let position = match stage {
        Some(s) => Some(
            doc.stages
                .iter()
                .position(|x| x.id == *s)
                .ok_or_else(|| Error::new("unknown_stage", format!("there is no stage `{s}`")))?,
        ),
        None => None,
    };
    let here = |card: &CardId| stage.is_none_or(|s| stage_of(doc, card) == Some(s));
    // The same for a card in hand: no look-up by id.
    let card_here = |c: &crate::model::Card| stage.is_none_or(|s| c.stage == *s);
    let cards = |ids: Vec<CardId>| FigureCards { cards: ids, connectors: Vec::new() };
    let fails = r.fail_points.fail_points.iter().filter(|p| stage.is_none_or(|s| p.stage == *s));
    Ok(match figure {
        Figure::CustomerSteps { .. } => cards(customer_steps(doc).into_iter().filter(|c| here(c)).collect()),
        Figure::Untimed { .. } => cards(match position {
            Some(i) => r.time.stages[i].span.untimed.clone(),
            None => r.time.journey.untimed.clone(),
        }),
        Figure::Waits { .. } => cards(r.waits.waits.iter().map(|w| w.card.clone()).filter(|c| here(c)).collect()),
        Figure::WithoutTolerance { .. } => {
            cards(r.waits.without_tolerance.iter().filter(|c| here(c)).cloned().collect())
        }
        Figure::OverTolerance { .. } => {
            cards(r.waits.over_tolerance.iter().map(|o| o.card.clone()).filter(|c| here(c)).collect())
        }
        Figure::FailPoints { kind, .. } => {
            cards(fails.filter(|p| kind.is_none_or(|k| p.kind == k)).map(|p| p.card.clone()).collect())
        }
        Figure::Unrecovered { .. } => cards(fails.filter(|p| !p.recovered).map(|p| p.card.clone()).collect()),
        Figure::FailPointsOnCriticalPath => {
            cards(fails.filter(|p| p.on_critical_path).map(|p| p.card.clone()).collect())
        }
        Figure::Emotion { .. } => {
            cards(r.emotion.customer.points.iter().filter(|p| here(&p.card)).map(|p| p.card.clone()).collect())
        }
        Figure::LowestEmotion { .. } => match position {
            None => cards(r.emotion.lowest.iter().map(|p| p.card.clone()).collect()),
            Some(i) => {
                let min = r.emotion.customer.stages[i].min;
                let points = r.emotion.customer.points.iter().filter(|p| here(&p.card) && Some(p.emotion) == min);
                cards(points.map(|p| p.card.clone()).collect())
            }
        },
        Figure::Touchpoints { channel, .. } => cards(
            doc.cards
                .values()
                .filter(|c| c.channel.is_some() && channel.is_none_or(|ch| c.channel == Some(ch)) && card_here(c))
                .map(|c| c.id.clone())
                .collect(),
        ),
        Figure::HandOffs => {
            let mut ends: Vec<CardId> = Vec::new();
            let mut seen = HashSet::new();
            for h in &r.touchpoints.hand_offs {
                for c in [&h.from, &h.to] {
                    if seen.insert(c.clone()) {
                        ends.push(c.clone());
                    }
                }
            }
            FigureCards {
                cards: ends,
                connectors: r.touchpoints.hand_offs.iter().map(|h| h.connector.clone()).collect(),
            }
        }
        Figure::CriticalPath => match &r.time.critical_path {
            CriticalPath::Path { steps, .. } => {
                FigureCards { cards: steps.clone(), connectors: path_connectors(doc, steps) }
            }
            CriticalPath::Cycle { cards: loop_cards } => cards(loop_cards.clone()),
            CriticalPath::NoCustomerAction => FigureCards::default(),
        },
        Figure::LaneSteps { lane, .. } => {
            if doc.lane(lane).is_none() {
                return Err(Error::new("unknown_lane", format!("there is no lane `{lane}`")));
            }
            cards(doc.cards.values().filter(|c| c.lane == *lane && card_here(c)).map(|c| c.id.clone()).collect())
        }
        Figure::OwnerSteps { owner, .. } => {
            let owner = owner.trim();
            cards(
                doc.cards
                    .values()
                    .filter(|c| !owner.is_empty() && c.owner.trim() == owner && card_here(c))
                    .map(|c| c.id.clone())
                    .collect(),
            )
        }
        Figure::EmployeeEmotion => cards(r.emotion.employee.points.iter().map(|p| p.card.clone()).collect()),
        Figure::Dips { with_cause } => cards(
            r.emotion.dips.iter().filter(|d| !*with_cause || !d.causes.is_empty()).map(|d| d.card.clone()).collect(),
        ),
        Figure::VisibilitySide { above, .. } => {
            let Some(line) = doc.line(LineKind::Visibility) else { return Ok(FigureCards::default()) };
            let side = |c: &crate::model::Card| {
                doc.lanes.iter().position(|l| l.id == c.lane).map(|i| (i < line.boundary) == *above)
            };
            cards(doc.cards.values().filter(|c| side(c) == Some(true) && card_here(c)).map(|c| c.id.clone()).collect())
        }
    })
}

/// The one-way connectors from each step of a path to the next (the path goes through
/// them: docs/measures.md), in the path's order.
fn path_connectors(doc: &Blueprint, steps: &[CardId]) -> Vec<ConnectorId> {
    let next: std::collections::HashMap<&CardId, (usize, &CardId)> =
        steps.windows(2).enumerate().map(|(i, w)| (&w[0], (i, &w[1]))).collect();
    let mut found: Vec<Option<ConnectorId>> = vec![None; steps.len().saturating_sub(1)];
    for c in doc.connectors.values().filter(|c| c.direction == Direction::OneWay) {
        if let Some(&(i, to)) = next.get(&c.from) {
            if c.to == *to && found[i].is_none() {
                found[i] = Some(c.id.clone());
            }
        }
    }
    found.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests;
