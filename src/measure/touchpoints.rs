//! Touchpoints and hand-offs: the cards with a channel, per stage; and the connectors that
//! cross the line of interaction or the line of visibility.

use super::facts::Facts;
use crate::model::{CardId, Channel, ConnectorId, LineKind, StageId};
use schemars::JsonSchema;
use serde::Serialize;

/// Cards with each channel, in one stage or the whole journey.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ChannelCount {
    pub physical: u32,
    pub digital: u32,
    pub interpersonal: u32,
    pub process: u32,
}

impl ChannelCount {
    fn add(&mut self, c: Channel) {
        match c {
            Channel::Physical => self.physical += 1,
            Channel::Digital => self.digital += 1,
            Channel::Interpersonal => self.interpersonal += 1,
            Channel::Process => self.process += 1,
        }
    }

    pub fn total(&self) -> u32 {
        self.physical + self.digital + self.interpersonal + self.process
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct StageTouchpoints {
    pub stage: StageId,
    #[serde(flatten)]
    pub channels: ChannelCount,
}

/// A connector whose ends lie on two sides of a line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct HandOff {
    pub connector: ConnectorId,
    pub from: CardId,
    pub to: CardId,
    /// The lines it crosses, top to bottom: `interaction`, `visibility`.
    pub crosses: Vec<LineKind>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Touchpoints {
    pub journey: ChannelCount,
    /// Every stage, in order.
    pub stages: Vec<StageTouchpoints>,
    /// By connector id.
    pub hand_offs: Vec<HandOff>,
}

pub fn touchpoints(f: &Facts) -> Touchpoints {
    let mut journey = ChannelCount::default();
    let mut stages: Vec<StageTouchpoints> = f
        .doc
        .stages
        .iter()
        .map(|s| StageTouchpoints { stage: s.id.clone(), channels: ChannelCount::default() })
        .collect();
    for (i, b) in f.briefs.iter().enumerate() {
        let Some(ch) = b.channel else { continue };
        journey.add(ch);
        if let Some(s) = f.places[i].stage {
            stages[s].channels.add(ch);
        }
    }
    let mut hand_offs = Vec::new();
    let lines = [LineKind::Interaction, LineKind::Visibility].map(|k| (k, f.doc.line(k).map(|l| l.boundary)));
    let crosses = |from: usize, to: usize, boundary: Option<usize>| matches!((f.above_boundary(from, boundary), f.above_boundary(to, boundary)), (Some(x), Some(y)) if x != y);
    for &(a, from, to) in &f.links {
        // Most connectors cross no line: nothing is collected for them.
        let crossed = lines.map(|(_, b)| crosses(from, to, b));
        if crossed.contains(&true) {
            let crosses = lines.iter().zip(crossed).filter(|(_, c)| *c).map(|((k, _), _)| *k).collect();
            hand_offs.push(HandOff { connector: a.id.clone(), from: a.from.clone(), to: a.to.clone(), crosses });
        }
    }
    Touchpoints { journey, stages, hand_offs }
}
