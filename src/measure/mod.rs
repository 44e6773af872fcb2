//! Measures of a blueprint: time, waits, fail points, emotion, touchpoints and KPIs.
//!
//! Every measure is a pure function of a [`Blueprint`] whose result is a plain,
//! serialisable struct naming cards, stages and lanes by id, so a panel, an export, the
//! CLI's report or a comparison of two blueprints can all be drawn from it. The
//! definitions, which a designer can check by hand, are in docs/measures.md.

mod emotion;
mod facts;
mod fail_points;
mod kpis;
mod path;
mod reads;
mod render;
mod tables;
#[cfg(test)]
mod tests;
mod time;
mod touchpoints;
mod waits;

pub use emotion::{Cause, Curve, Dip, Emotion, EmotionPoint, StageEmotion};
pub use fail_points::{FailCount, FailPointAt, FailPoints, KindCount, LaneFails, StageFails};
pub use kpis::{status as kpi_status, KpiResult, KpiStatus};
pub use path::CriticalPath;
pub use reads::{card_change_is_measured, card_change_moves_path, connector_change_is_measured};
pub use render::{to_csv, to_markdown, to_text};
pub use tables::{card_name, tables, Cell, Table};
pub use time::{CustomerTime, LaneTime, OwnerTime, Span, StagePlaces, StageTime, StepTime, Time, VisibilitySplit};
pub use touchpoints::{ChannelCount, HandOff, StageTouchpoints, Touchpoints};
pub use waits::{OverTolerance, Wait, Waits};

use crate::model::{Blueprint, Language};
use facts::Facts;
pub use facts::Index;
use schemars::JsonSchema;
use serde::Serialize;

/// The version of the report's JSON shape (`schema/report.schema.json`): raised when a
/// field changes meaning or goes away; adding a field keeps it.
pub const REPORT_VERSION: u32 = 1;

/// Every measure of one blueprint.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Report {
    /// Always `"frontstage-report"`.
    pub format: String,
    pub version: u32,
    pub title: String,
    pub language: Language,
    pub time: Time,
    pub waits: Waits,
    pub fail_points: FailPoints,
    pub emotion: Emotion,
    pub touchpoints: Touchpoints,
    pub kpis: Vec<KpiResult>,
}

/// Every measure of `doc`.
pub fn measure(doc: &Blueprint) -> Report {
    measure_with_path(doc, None)
}

/// Every measure of `doc`, taking its critical path from `known` when the caller knows
/// nothing the path depends on changed since it was found (see
/// [`card_change_moves_path`]): the path is the costliest measure after the facts.
pub fn measure_with_path(doc: &Blueprint, known: Option<CriticalPath>) -> Report {
    facts::of(doc, |f| report(f, known))
}

/// [`measure_with_path`] with the ids looked up in `index`, kept by the caller across the
/// edits since it was made (see [`Index`]).
pub fn measure_kept(doc: &Blueprint, known: Option<CriticalPath>, index: &mut Index) -> Report {
    facts::kept(doc, index, |f| report(f, known))
}

fn report(f: &Facts, known: Option<CriticalPath>) -> Report {
    let doc = f.doc;
    let path = match known {
        Some(kept) => path::respan(f, kept),
        None => path::critical_path(f),
    };
    let time = time::time(f, path);
    let fail_points = fail_points::fail_points(f, time.critical_path.steps());
    Report {
        format: "frontstage-report".into(),
        version: REPORT_VERSION,
        title: doc.title.clone(),
        language: doc.language,
        waits: waits::waits(f),
        emotion: emotion::emotion(f),
        touchpoints: touchpoints::touchpoints(f),
        kpis: kpis::kpis(doc),
        fail_points,
        time,
    }
}

/// Time: steps, stages, the journey, the critical path, lanes, owners, visibility.
pub fn time(doc: &Blueprint) -> Time {
    facts::of(doc, |f| time::time(f, path::critical_path(f)))
}

/// The customer's steps (a customer action, or a step marked as a wait), in journey
/// order: the cards whose durations the customer's time adds up.
pub fn customer_steps(doc: &Blueprint) -> Vec<crate::model::CardId> {
    facts::of(doc, |f| f.journey_order(|i| f.is_customer_time(i)).into_iter().map(|i| f.id(i)).collect())
}

/// The critical path alone.
pub fn critical_path(doc: &Blueprint) -> CriticalPath {
    facts::of(doc, path::critical_path)
}

/// Waits, tolerance and the journey against its standard.
pub fn waits(doc: &Blueprint) -> Waits {
    facts::of(doc, waits::waits)
}

/// Fail points, with which lie on the critical path.
pub fn fail_points(doc: &Blueprint) -> FailPoints {
    facts::of(doc, |f| fail_points::fail_points(f, path::critical_path(f).steps()))
}

/// The customer's and the employees' emotion.
pub fn emotion(doc: &Blueprint) -> Emotion {
    facts::of(doc, emotion::emotion)
}

/// What the drawing's bands show, and nothing more (layout runs it on every relayout):
/// the customer's curve and its dips when `emotion`, the customer's time per stage and for
/// the journey when `time`. The document is read once for both.
pub fn for_drawing(doc: &Blueprint, emotion: bool, time: bool) -> ForDrawing {
    if !emotion && !time {
        return ForDrawing { emotion: None, time: None };
    }
    facts::of(doc, |f| ForDrawing {
        emotion: emotion.then(|| emotion::customer(f)),
        time: time.then(|| time::customer(f)),
    })
}

/// The measures [`for_drawing`] was asked for.
#[derive(Clone, Debug, PartialEq)]
pub struct ForDrawing {
    /// The customer's curve and its dips.
    pub emotion: Option<(Curve, Vec<Dip>)>,
    pub time: Option<CustomerTime>,
}

/// Touchpoints by channel and hand-offs across the lines.
pub fn touchpoints(doc: &Blueprint) -> Touchpoints {
    facts::of(doc, touchpoints::touchpoints)
}

/// The KPIs with their status.
pub fn kpis(doc: &Blueprint) -> Vec<KpiResult> {
    kpis::kpis(doc)
}

/// The JSON Schema of [`Report`], as committed in `schema/report.schema.json`.
pub fn report_schema() -> String {
    let schema = schemars::schema_for!(Report);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
