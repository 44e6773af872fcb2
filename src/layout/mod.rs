//! Layout: the model turned into a Scene of positioned, id-tagged primitives.
