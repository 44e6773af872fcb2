//! The bundled fonts: the faces every picture Frontstage makes is drawn with, and the
//! measure of text in them.
//!
//! Two families, each in a regular and a bold face (`fonts/README.md` says where they
//! come from and how they were cut): [`LATIN`] (Noto Sans) and [`CJK`] (a subset of Noto
//! Sans CJK SC). A character is drawn by the first family that has it, the same rule as a
//! browser's `font-family` list and the PNG renderer's fallback, and [`measure`] measures
//! it in that family's face. No character is in both families, so which one draws it never
//! depends on its neighbours.
//!
//! The files are compiled in, so the layout measures the same widths on every machine and
//! the PNG export never reads the system's fonts.

pub mod measure;

/// The Latin family (Latin, Greek, Cyrillic, punctuation), first in every font list.
pub const LATIN: &str = "Noto Sans";
/// The CJK family, for what [`LATIN`] does not draw.
pub const CJK: &str = "Noto Sans CJK SC";

/// A face's weight: text is regular or bold (italic text is drawn upright, in the regular
/// face's widths).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    Regular,
    Bold,
}

impl Weight {
    /// The CSS weight (`font-weight`).
    pub fn css(self) -> u16 {
        match self {
            Weight::Regular => 400,
            Weight::Bold => 700,
        }
    }
}

/// One bundled font file.
#[derive(Clone, Copy, Debug)]
pub struct Face {
    pub family: &'static str,
    pub weight: Weight,
    /// The file's name in the repository's `fonts/` folder.
    pub file: &'static str,
    /// The whole file (TrueType or OpenType/CFF).
    pub data: &'static [u8],
}

/// Every bundled face, in fallback order: [`LATIN`] before [`CJK`].
pub const FACES: [Face; 4] = [
    Face {
        family: LATIN,
        weight: Weight::Regular,
        file: "NotoSans-Regular.ttf",
        data: include_bytes!("../../fonts/NotoSans-Regular.ttf"),
    },
    Face {
        family: LATIN,
        weight: Weight::Bold,
        file: "NotoSans-Bold.ttf",
        data: include_bytes!("../../fonts/NotoSans-Bold.ttf"),
    },
    Face {
        family: CJK,
        weight: Weight::Regular,
        file: "NotoSansCJKsc-Regular.subset.otf",
        data: include_bytes!("../../fonts/NotoSansCJKsc-Regular.subset.otf"),
    },
    Face {
        family: CJK,
        weight: Weight::Bold,
        file: "NotoSansCJKsc-Bold.subset.otf",
        data: include_bytes!("../../fonts/NotoSansCJKsc-Bold.subset.otf"),
    },
];

/// The face of `family` at `weight`.
pub fn face(family: &str, weight: Weight) -> Option<&'static Face> {
    FACES.iter().find(|f| f.family == family && f.weight == weight)
}
