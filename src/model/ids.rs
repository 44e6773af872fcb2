//! Stable string ids for blueprint elements.
//!
//! Ids are restricted to a safe character set (`A-Z a-z 0-9 _ - . :`, 1–64 chars) so they
//! can be used verbatim as SVG/HTML attribute values and in JSON paths; everything a user
//! types lives in text fields, never in ids.
//!
//! An id is a shared `Arc<str>`: ids are copied into indexes, patches and diagnostics
//! far more often than they are created, and cloning one must not allocate.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// Longest id accepted.
pub const MAX_ID_LEN: usize = 64;

/// Whether `s` is a well-formed element id.
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ID_LEN
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b':'))
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
        #[serde(transparent)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
        pub struct $name(#[schemars(pattern(r"^[A-Za-z0-9_.:\-]{1,64}$"))] Arc<str>);

        impl $name {
            /// Prefix used for generated ids of this kind.
            pub const PREFIX: &'static str = $prefix;

            pub fn new(s: impl Into<String>) -> Self {
                Self(Arc::from(s.into()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(Arc::from(s))
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                Self(Arc::from(s))
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }
    };
}

id_type!(
    /// Id of a stage (a column of the blueprint).
    StageId, "s"
);
id_type!(
    /// Id of a lane (a row of the blueprint).
    LaneId, "l"
);
id_type!(
    /// Id of a card (an action, touchpoint or piece of evidence).
    CardId, "c"
);
id_type!(
    /// Id of a connector (an arrow between two cards).
    ConnectorId, "a"
);
id_type!(
    /// Id of a key performance indicator.
    KpiId, "k"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_charset() {
        assert!(is_valid_id("c12"));
        assert!(is_valid_id("lane:backstage-2.b_x"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("a b"));
        assert!(!is_valid_id("x\"y"));
        assert!(!is_valid_id("<c>"));
        assert!(!is_valid_id("卡片"));
        assert!(!is_valid_id(&"x".repeat(65)));
    }
}
