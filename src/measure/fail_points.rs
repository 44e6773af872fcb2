//! Fail points: each one with its kind, whether a recovery is designed, where it is and
//! whether it lies on the critical path; counted by kind, by stage and by lane.

use super::facts::Facts;
use crate::model::{CardId, FailKind, LaneId, StageId};
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::HashSet;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct FailPointAt {
    pub card: CardId,
    pub kind: FailKind,
    pub description: String,
    /// A recovery (fail-safe) is written for it.
    pub recovered: bool,
    pub stage: StageId,
    pub lane: LaneId,
    pub on_critical_path: bool,
}

/// How many fail points, and how many of them have no recovery.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct FailCount {
    pub total: u32,
    pub unrecovered: u32,
}

impl FailCount {
    fn add(&mut self, recovered: bool) {
        self.total += 1;
        self.unrecovered += u32::from(!recovered);
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct KindCount {
    pub kind: FailKind,
    #[serde(flatten)]
    pub count: FailCount,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct StageFails {
    pub stage: StageId,
    #[serde(flatten)]
    pub count: FailCount,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct LaneFails {
    pub lane: LaneId,
    #[serde(flatten)]
    pub count: FailCount,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct FailPoints {
    /// In journey order.
    pub fail_points: Vec<FailPointAt>,
    #[serde(flatten)]
    pub count: FailCount,
    /// Process, outcome, interaction, system: every kind, zero or not.
    pub by_kind: Vec<KindCount>,
    /// Every stage, in order.
    pub by_stage: Vec<StageFails>,
    /// Every lane, in order.
    pub by_lane: Vec<LaneFails>,
    /// How many lie on the critical path.
    pub on_critical_path: u32,
}

const KINDS: [FailKind; 4] = [FailKind::Process, FailKind::Outcome, FailKind::Interaction, FailKind::System];

/// `critical` is the critical path's steps.
pub fn fail_points(f: &Facts, critical: &[CardId]) -> FailPoints {
    let doc = f.doc;
    let critical: HashSet<&str> = critical.iter().map(|c| c.as_str()).collect();
    let mut out = FailPoints {
        fail_points: Vec::new(),
        count: FailCount::default(),
        by_kind: KINDS.iter().map(|&kind| KindCount { kind, count: FailCount::default() }).collect(),
        by_stage: doc.stages.iter().map(|s| StageFails { stage: s.id.clone(), count: FailCount::default() }).collect(),
        by_lane: doc.lanes.iter().map(|l| LaneFails { lane: l.id.clone(), count: FailCount::default() }).collect(),
        on_critical_path: 0,
    };
    for i in f.journey_order(|i| f.briefs[i].fail_point) {
        let c = f.cards[i];
        let Some(fp) = &c.fail_point else { continue };
        let recovered = !fp.recovery.trim().is_empty();
        let on_path = critical.contains(c.id.as_str());
        out.count.add(recovered);
        out.by_kind[KINDS.iter().position(|k| *k == fp.kind).unwrap_or(0)].count.add(recovered);
        if let Some(s) = f.places[i].stage {
            out.by_stage[s].count.add(recovered);
        }
        if let Some(l) = f.places[i].lane {
            out.by_lane[l].count.add(recovered);
        }
        out.on_critical_path += u32::from(on_path);
        out.fail_points.push(FailPointAt {
            card: c.id.clone(),
            kind: fp.kind,
            description: fp.description.clone(),
            recovered,
            stage: c.stage.clone(),
            lane: c.lane.clone(),
            on_critical_path: on_path,
        });
    }
    out
}
