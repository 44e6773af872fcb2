//! Files: format versions, migration, loading with precise errors, atomic save.
