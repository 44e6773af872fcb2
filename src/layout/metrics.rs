//! Text measurement and cleaning: the one place in the layout that knows how wide text is.
//!
//! Widths are the bundled fonts' glyph advances ([`crate::fonts::measure`]): the fonts the
//! SVG names first, the PNG export draws with and the desktop UI loads, so a line wrapped
//! to fit its box fits it when drawn. They are kept as whole thousandths of an em
//! ([`Font::units`]) so that a line's width is the exact sum of its parts' widths.

use crate::fonts::{measure, Weight};
use std::borrow::Cow;

/// The size and weight a text is drawn in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Font {
    /// Pixels per em.
    pub size: f32,
    pub bold: bool,
}

impl Font {
    pub const fn regular(size: f32) -> Font {
        Font { size, bold: false }
    }

    pub const fn bold(size: f32) -> Font {
        Font { size, bold: true }
    }

    fn weight(self) -> Weight {
        if self.bold {
            Weight::Bold
        } else {
            Weight::Regular
        }
    }

    /// The width of `s` in thousandths of an em: the sum of its characters' advances.
    pub fn units(self, s: &str) -> u32 {
        measure::units(s, self.weight())
    }

    /// Pixels for `units` thousandths of an em.
    pub fn pixels(self, units: u32) -> f32 {
        units as f32 * self.size / measure::UNITS_PER_EM as f32
    }

    /// Whole thousandths of an em in `pixels` (rounded down: what fits; a width this type
    /// gave in pixels gives its units back despite the float's rounding).
    pub fn units_in(self, pixels: f32) -> u32 {
        if self.size > 0.0 && pixels > 0.0 {
            (pixels * measure::UNITS_PER_EM as f32 / self.size + 1e-3).floor() as u32
        } else {
            0
        }
    }
}

/// Rendered width of `s` in pixels, drawn in `font`.
pub fn text_width(s: &str, font: Font) -> f32 {
    font.pixels(font.units(s))
}

/// Whether `c` may appear in XML 1.0 text (tab, newline and CR allowed; other C0
/// controls and the noncharacters U+FFFE/U+FFFF are not). DEL and the C1 controls are
/// legal but discouraged (and must be escaped in XML 1.1), so they are refused too.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{7E}' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// `s` without the characters XML 1.0 forbids; borrowed when nothing had to go.
pub fn xml_clean(s: &str) -> Cow<'_, str> {
    if s.chars().all(is_xml_char) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter(|&c| is_xml_char(c)).collect())
    }
}

/// Text as it is laid out: XML-safe, CR dropped, tabs as spaces (a tab has no width of
/// its own in SVG).
pub fn clean(s: &str) -> Cow<'_, str> {
    if s.chars().all(|c| is_xml_char(c) && c != '\r' && c != '\t') {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(
            s.chars().filter(|&c| is_xml_char(c) && c != '\r').map(|c| if c == '\t' { ' ' } else { c }).collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_the_fonts_in_pixels() {
        let (regular, bold) = (Font::regular(10.0), Font::bold(10.0));
        assert!(text_width("Pay the bill", bold) > text_width("Pay the bill", regular));
        // An ideograph is one em; a Latin letter less.
        assert_eq!(text_width("中", regular), 10.0);
        assert!(text_width("i", regular) < 3.0);
        // Whole thousandths of an em: parts add up to the whole exactly.
        assert_eq!(regular.units("ab") + regular.units("c中"), regular.units("abc中"));
        assert_eq!(regular.units_in(text_width("abc", regular)), regular.units("abc"));
    }

    #[test]
    fn forbidden_xml_characters_are_removed() {
        assert_eq!(xml_clean("a\u{0}b\u{1b}c\u{FFFE}\u{7f}\u{85}\td"), "abc\td");
        assert!(matches!(xml_clean("fine 中文 🙂"), Cow::Borrowed(_)));
        assert_eq!(clean("a\tb\r\nc"), "a b\nc");
    }
}
