//! Text widths in the bundled fonts: the sum of each character's advance in the face that
//! draws it (the first family that has it), the missing-glyph box's advance for a
//! character neither has, and nothing for the invisible characters shaping hides (joiners,
//! variation selectors). The fonts have no ligatures and no kerning (`fonts/README.md`), so
//! this sum is the width the renderers draw; for a character the fonts lack it is at least
//! what a system font would draw instead. Advances are whole thousandths of an em (the
//! fonts' own units), so widths add up exactly.
//!
//! The fonts are parsed once, on first use. Advances are looked up in the character maps a
//! block of 256 code points at a time, the first time a character of the block is measured,
//! and kept: measuring then costs a table read a character (layout measures every word of
//! every card, and looking each character up in two character maps cost it a quarter more
//! instructions).

use super::{Weight, CJK, FACES, LATIN};
use skrifa::charmap::Charmap;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, GlyphId, MetadataProvider};
use std::sync::OnceLock;
use unicode_width::UnicodeWidthChar;

/// Code points a block: a block's table is 512 bytes, a basic multilingual plane's 256.
const BLOCK: u32 = 256;

/// The unit of [`units`] and [`advance`]: a thousandth of an em.
pub const UNITS_PER_EM: u32 = 1000;

/// Width of `text` in thousandths of an em, in the `weight` faces.
pub fn units(text: &str, weight: Weight) -> u32 {
    let faces = faces(weight);
    // Most text is ASCII: by the byte, without decoding.
    if text.is_ascii() {
        return text.bytes().map(|b| u32::from(faces.ascii[usize::from(b)])).fold(0, u32::saturating_add);
    }
    text.chars().map(|c| faces.advance(c)).fold(0, u32::saturating_add)
}

/// Width of `text` in pixels at `size` pixels per em, in the `weight` faces.
pub fn width(text: &str, size: f32, weight: Weight) -> f32 {
    units(text, weight) as f32 * size / UNITS_PER_EM as f32
}

/// The advance of `c` in thousandths of an em.
pub fn advance(c: char, weight: Weight) -> u32 {
    faces(weight).advance(c)
}

/// The family that draws `c`: [`LATIN`], [`CJK`], or `None` when neither has it (the
/// renderer draws [`LATIN`]'s missing-glyph box) or it is invisible.
pub fn family_of(c: char) -> Option<&'static str> {
    let faces = faces(Weight::Regular);
    if is_default_ignorable(c) {
        None
    } else if faces.latin.glyph(c).is_some() {
        Some(LATIN)
    } else if faces.cjk.glyph(c).is_some() {
        Some(CJK)
    } else {
        None
    }
}

/// One parsed face.
struct Font {
    charmap: Charmap<'static>,
    metrics: GlyphMetrics<'static>,
    /// [`UNITS_PER_EM`] per font unit.
    scale: f32,
}

impl Font {
    fn parse(family: &str, weight: Weight) -> Font {
        let face =
            FACES.iter().find(|f| f.family == family && f.weight == weight).expect("every family has both weights");
        // The files are compiled in and checked by the tests: they always parse.
        let font = FontRef::new(face.data).expect("a bundled font parses");
        let upem = font.metrics(Size::unscaled(), LocationRef::default()).units_per_em.max(1);
        Font {
            charmap: font.charmap(),
            metrics: font.glyph_metrics(Size::unscaled(), LocationRef::default()),
            scale: UNITS_PER_EM as f32 / f32::from(upem),
        }
    }

    fn glyph(&self, c: char) -> Option<GlyphId> {
        self.charmap.map(c).filter(|g| g.to_u32() != 0)
    }

    /// The advance of `glyph` in thousandths of an em (exact for the bundled fonts, whose
    /// em is 1,000 units).
    fn advance(&self, glyph: GlyphId) -> u32 {
        (self.metrics.advance_width(glyph).unwrap_or(0.0) * self.scale).round().max(0.0) as u32
    }
}

/// The two families at one weight, and the advances of the blocks of the basic
/// multilingual plane measured so far.
struct Faces {
    latin: Font,
    cjk: Font,
    /// The missing-glyph box's advance: [`LATIN`]'s, the renderer's first font.
    missing: u32,
    blocks: Box<[OnceLock<Box<[u16]>>]>,
    /// The first block's first half, read without the lock.
    ascii: [u16; 128],
}

impl Faces {
    fn new(weight: Weight) -> Faces {
        let latin = Font::parse(LATIN, weight);
        let cjk = Font::parse(CJK, weight);
        let missing = latin.advance(GlyphId::new(0));
        let blocks = (0..0x10000 / BLOCK).map(|_| OnceLock::new()).collect();
        let mut faces = Faces { latin, cjk, missing, blocks, ascii: [0; 128] };
        let first = faces.block(0);
        faces.ascii.copy_from_slice(&first[..128]);
        faces
    }

    fn advance(&self, c: char) -> u32 {
        let u = c as u32;
        match self.blocks.get((u / BLOCK) as usize) {
            Some(block) => u32::from(block.get_or_init(|| self.block(u / BLOCK))[(u % BLOCK) as usize]),
            None => self.look_up(c),
        }
    }

    /// The advances of block `b`'s code points (a surrogate, which no `char` is, as 0).
    fn block(&self, b: u32) -> Box<[u16]> {
        let advance = |u| char::from_u32(u).map_or(0, |c| self.look_up(c).min(u32::from(u16::MAX)) as u16);
        (b * BLOCK..(b + 1) * BLOCK).map(advance).collect()
    }

    fn look_up(&self, c: char) -> u32 {
        if is_default_ignorable(c) {
            return 0;
        }
        if let Some(g) = self.latin.glyph(c) {
            self.latin.advance(g)
        } else if let Some(g) = self.cjk.glyph(c) {
            self.cjk.advance(g)
        } else {
            self.missing.max(missing(c))
        }
    }
}

/// The room a character neither family has may take: the PNG draws the missing-glyph box,
/// but a browser draws it with a system font, so a wide character (an ideograph outside
/// the subset, an emoji) is measured as wide as such fonts draw it, never narrower.
fn missing(c: char) -> u32 {
    match c {
        // A flag is two of these, drawn as one emoji.
        '\u{1F1E6}'..='\u{1F1FF}' => 650,
        _ if c.width() != Some(2) => 0,
        // Han, kana, hangul and their punctuation: a CJK font's em.
        '\u{1100}'..='\u{11FF}'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FFEF}'
        | '\u{20000}'..='\u{3FFFF}' => UNITS_PER_EM,
        // Emoji and other pictographs: colour emoji fonts draw them about 1.3 em wide.
        _ => 1300,
    }
}

fn faces(weight: Weight) -> &'static Faces {
    static REGULAR: OnceLock<Faces> = OnceLock::new();
    static BOLD: OnceLock<Faces> = OnceLock::new();
    match weight {
        Weight::Regular => REGULAR.get_or_init(|| Faces::new(Weight::Regular)),
        Weight::Bold => BOLD.get_or_init(|| Faces::new(Weight::Bold)),
    }
}

/// Unicode's Default_Ignorable_Code_Point: characters shaping hides (zero width, no glyph)
/// whether or not a font has them.
fn is_default_ignorable(c: char) -> bool {
    matches!(c,
        '\u{AD}' | '\u{34F}' | '\u{61C}' | '\u{115F}'..='\u{1160}' | '\u{17B4}'..='\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}'
        | '\u{FFF0}'..='\u{FFF8}' | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_parses_with_its_family_and_weight() {
        for face in &FACES {
            let font = FontRef::new(face.data).unwrap();
            let names: Vec<String> =
                font.localized_strings(skrifa::string::StringId::FAMILY_NAME).map(|s| s.chars().collect()).collect();
            assert!(names.iter().any(|n| n == face.family), "{}: {names:?}", face.file);
            let bold = font.attributes().weight.value() >= 600.0;
            assert_eq!(bold, face.weight == Weight::Bold, "{}", face.file);
        }
    }

    #[test]
    fn each_character_is_measured_in_the_family_that_draws_it() {
        assert_eq!(family_of('Q'), Some(LATIN));
        assert_eq!(family_of('é'), Some(LATIN));
        assert_eq!(family_of('“'), Some(LATIN));
        assert_eq!(family_of('扫'), Some(CJK));
        assert_eq!(family_of('，'), Some(CJK));
        assert_eq!(family_of('\u{200D}'), None);
        // No character is in both families, so neighbours never change a character's font.
        let faces = faces(Weight::Regular);
        for (c, _) in faces.cjk.charmap.mappings() {
            let c = char::from_u32(c).unwrap();
            assert!(faces.latin.glyph(c).is_none(), "{c:?} is in both families");
        }
    }

    #[test]
    fn every_face_has_an_em_of_a_thousand_units_so_advances_are_exact() {
        for face in &FACES {
            let font = FontRef::new(face.data).unwrap();
            assert_eq!(font.metrics(Size::unscaled(), LocationRef::default()).units_per_em, 1000, "{}", face.file);
        }
    }

    #[test]
    fn widths_are_the_sum_of_the_advances() {
        let (a, han) = (advance('a', Weight::Regular), advance('汉', Weight::Regular));
        assert!(a > 400 && a < 700, "{a}");
        assert_eq!(han, 1000);
        assert_eq!(units("a汉", Weight::Regular), a + han);
        assert_eq!(units("ab", Weight::Regular), a + advance('b', Weight::Regular));
        assert_eq!(width("a汉", 10.0, Weight::Regular), (a + han) as f32 / 100.0);
        assert!(width("Abc", 12.0, Weight::Bold) > width("Abc", 12.0, Weight::Regular));
        assert_eq!(width("", 12.0, Weight::Regular), 0.0);
        // Joiners and variation selectors take no room; what no font has, at least the box's,
        // and a wide character as wide as a system font draws it.
        assert_eq!(width("\u{200D}\u{FE0F}", 12.0, Weight::Regular), 0.0);
        let missing = faces(Weight::Regular).missing;
        assert_eq!(advance('\u{5BF}', Weight::Regular).max(missing), missing);
        assert_eq!(advance('長', Weight::Regular), 1000);
        assert_eq!(advance('\u{1F600}', Weight::Regular), 1300);
        assert_eq!(units("🇨🇳", Weight::Regular), 1300);
        // The blocks' tables and the character maps agree.
        let faces = faces(Weight::Bold);
        for c in ['a', 'Ω', 'Ж', '\u{7FF}', '扫', '，', '\u{FFFF}', '\u{1F600}', '\u{10FFFF}'] {
            assert_eq!(faces.advance(c), faces.look_up(c), "{c:?}");
        }
    }
}
