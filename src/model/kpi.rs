//! Key performance indicators: a figure the service is held to (customer satisfaction,
//! average response time), with its target, what was measured and what it is about.

use super::ids::{CardId, KpiId, StageId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Which way a KPI gets better.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum KpiDirection {
    /// Satisfaction, resolution rate: at or above the target is met.
    #[default]
    HigherIsBetter,
    /// Response time, complaints: at or below the target is met.
    LowerIsBetter,
}

/// What a KPI measures: the whole journey, one stage or one step.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum KpiSubject {
    #[default]
    Blueprint,
    Stage(StageId),
    Card(CardId),
}

impl KpiSubject {
    pub fn is_blueprint(&self) -> bool {
        *self == KpiSubject::Blueprint
    }
}

/// One KPI. Its numbers are finite: the loader and the edits refuse anything else, which
/// is what makes equality total (`Eq`) on the values a KPI can hold.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Kpi {
    pub id: KpiId,
    pub name: String,
    /// Free text shown after the numbers: "%", "min", "h".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    pub target: f64,
    /// The latest measured value; absent until someone measures it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<f64>,
    #[serde(default)]
    pub direction: KpiDirection,
    /// Where the figures come from (a survey, the ticket system).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// What it is attached to; absent means the whole blueprint.
    #[serde(default, skip_serializing_if = "KpiSubject::is_blueprint")]
    pub on: KpiSubject,
}

impl Eq for Kpi {}

impl Kpi {
    /// A KPI on the whole blueprint, higher is better, with no unit or actual yet.
    pub fn new(id: impl Into<KpiId>, name: impl Into<String>, target: f64) -> Self {
        Kpi {
            id: id.into(),
            name: name.into(),
            unit: String::new(),
            target,
            actual: None,
            direction: KpiDirection::default(),
            source: String::new(),
            on: KpiSubject::Blueprint,
        }
    }
}
