//! Canonical JSON export.
