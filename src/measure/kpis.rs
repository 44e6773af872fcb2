//! KPIs with their status: met when the actual is at or past the target in the KPI's
//! direction, off when it falls short, and no actual until one is measured.

use crate::model::{Blueprint, Kpi, KpiDirection, KpiId, KpiSubject};
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum KpiStatus {
    Met,
    Off,
    NoActual,
}

#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct KpiResult {
    pub kpi: KpiId,
    pub name: String,
    pub unit: String,
    pub target: f64,
    pub actual: Option<f64>,
    pub direction: KpiDirection,
    pub on: KpiSubject,
    pub status: KpiStatus,
    /// `actual − target`: how far from the target, signed; `None` without an actual.
    pub difference: Option<f64>,
}

/// Whether `actual` meets `target` in `direction`.
pub fn status(k: &Kpi) -> KpiStatus {
    match k.actual {
        None => KpiStatus::NoActual,
        Some(a) => {
            let met = match k.direction {
                KpiDirection::HigherIsBetter => a >= k.target,
                KpiDirection::LowerIsBetter => a <= k.target,
            };
            if met {
                KpiStatus::Met
            } else {
                KpiStatus::Off
            }
        }
    }
}

/// Every KPI of the document, in its order.
pub fn kpis(doc: &Blueprint) -> Vec<KpiResult> {
    doc.kpis
        .iter()
        .map(|k| KpiResult {
            kpi: k.id.clone(),
            name: k.name.clone(),
            unit: k.unit.clone(),
            target: k.target,
            actual: k.actual,
            direction: k.direction,
            on: k.on.clone(),
            status: status(k),
            difference: k.actual.map(|a| a - k.target),
        })
        .collect()
}
