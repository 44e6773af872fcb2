//! Mutations of a blueprint file for the fuzzer: damage to the bytes, wrong encodings, and
//! changes that know the JSON (types, fields, keys, nesting, sizes, references, hostile
//! text). Every choice comes from the caller's seeded generator, so a case is the same on
//! every run.

mod bytes;
mod json;

use rand::rngs::Xoshiro256PlusPlus;
use rand::RngExt;

pub type Rng = Xoshiro256PlusPlus;

/// The kinds of mutation, named in a failing case's report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    FlipBits,
    InsertBytes,
    DeleteSpan,
    Truncate,
    DuplicateSpan,
    Utf16,
    Latin1,
    Mojibake,
    DeepNesting,
    HugeString,
    HugeNumber,
    RepeatElements,
    BreakReference,
    ChangeType,
    RemoveField,
    DuplicateKey,
    HostileText,
}

impl Kind {
    pub const ALL: [Kind; 17] = [
        Kind::FlipBits,
        Kind::InsertBytes,
        Kind::DeleteSpan,
        Kind::Truncate,
        Kind::DuplicateSpan,
        Kind::Utf16,
        Kind::Latin1,
        Kind::Mojibake,
        Kind::DeepNesting,
        Kind::HugeString,
        Kind::HugeNumber,
        Kind::RepeatElements,
        Kind::BreakReference,
        Kind::ChangeType,
        Kind::RemoveField,
        Kind::DuplicateKey,
        Kind::HostileText,
    ];

    fn knows_json(self) -> bool {
        matches!(
            self,
            Kind::DeepNesting
                | Kind::HugeString
                | Kind::HugeNumber
                | Kind::RepeatElements
                | Kind::BreakReference
                | Kind::ChangeType
                | Kind::RemoveField
                | Kind::DuplicateKey
                | Kind::HostileText
        )
    }
}

/// Applies one to three mutations to `input` and says which. Most change the JSON, since
/// byte damage mostly ends at the parser; a JSON mutation of text that no longer parses
/// becomes a bit flip.
pub fn mutate(rng: &mut Rng, input: &[u8]) -> (Vec<Kind>, Vec<u8>) {
    let mut out = input.to_vec();
    let mut kinds = Vec::new();
    // Mostly one mutation, so that many cases still load and reach the checker, the layout
    // and the export; now and then two or three at once.
    let count = [1, 1, 1, 1, 1, 1, 2, 2, 2, 3][rng.random_range(0..10)];
    for _ in 0..count {
        let json = rng.random_bool(0.65);
        let pool: Vec<Kind> = Kind::ALL.iter().copied().filter(|k| k.knows_json() == json).collect();
        let mut kind = pool[rng.random_range(0..pool.len())];
        let changed = if json { json::mutate(rng, kind, &out) } else { Some(bytes::mutate(rng, kind, &out)) };
        out = changed.unwrap_or_else(|| {
            kind = Kind::FlipBits;
            bytes::mutate(rng, kind, &out)
        });
        kinds.push(kind);
    }
    (kinds, out)
}
