//! Rule checker: one rule per file, a registry, profiles and diagnostics.
