//! Connectors: arrows between cards.

use super::ids::{CardId, ConnectorId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One-way (a hand-off) or two-way (agreement, co-dependency).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Direction {
    #[default]
    OneWay,
    TwoWay,
}

/// An arrow from one card to another.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Connector {
    pub id: ConnectorId,
    pub from: CardId,
    pub to: CardId,
    #[serde(default, skip_serializing_if = "is_one_way")]
    pub direction: Direction,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
}

fn is_one_way(d: &Direction) -> bool {
    *d == Direction::OneWay
}

impl Connector {
    pub fn new(id: impl Into<ConnectorId>, from: impl Into<CardId>, to: impl Into<CardId>) -> Self {
        Connector {
            id: id.into(),
            from: from.into(),
            to: to.into(),
            direction: Direction::OneWay,
            label: String::new(),
        }
    }
}
