//! Stages: the columns of a blueprint, left to right in time.

use super::ids::StageId;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A stage (step) of the customer's journey.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Stage {
    pub id: StageId,
    /// Display name; free text.
    pub name: String,
    /// The longest the customer's time in this stage should take, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard_seconds: Option<u32>,
}

impl Stage {
    pub fn new(id: impl Into<StageId>, name: impl Into<String>) -> Self {
        Stage { id: id.into(), name: name.into(), standard_seconds: None }
    }
}
