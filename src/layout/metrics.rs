//! Text measurement and cleaning: the one place that knows how wide text is.
//!
//! Widths are estimated from terminal columns (`unicode-width`: East Asian wide and emoji
//! count 2) times a fixed em-per-column factor. The factor is deliberately generous for
//! Latin sans fonts so wrapped text stays inside its box on any machine; a real font
//! metrics table can replace [`text_width`] later without touching the callers.

use std::borrow::Cow;
use unicode_width::UnicodeWidthChar;

/// Width of one terminal column in ems. Latin sans averages ~0.5 em per letter, CJK
/// ideographs are 1 em (2 columns × 0.5 would be tight), so 0.6 keeps both inside.
pub const EM_PER_COLUMN: f32 = 0.6;

/// Columns a string takes: wide characters 2, zero-width and combining marks 0.
pub fn columns(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Estimated rendered width of `s` in pixels at `font_size` pixels.
pub fn text_width(s: &str, font_size: f32) -> f32 {
    columns(s) as f32 * EM_PER_COLUMN * font_size
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
    fn wide_characters_count_double() {
        assert_eq!(columns("abc"), 3);
        assert_eq!(columns("中文"), 4);
        assert_eq!(columns("e\u{301}"), 1);
        assert!((text_width("中", 10.0) - 12.0).abs() < 1e-4);
    }

    #[test]
    fn forbidden_xml_characters_are_removed() {
        assert_eq!(xml_clean("a\u{0}b\u{1b}c\u{FFFE}\u{7f}\u{85}\td"), "abc\td");
        assert!(matches!(xml_clean("fine 中文 🙂"), Cow::Borrowed(_)));
        assert_eq!(clean("a\tb\r\nc"), "a b\nc");
    }
}
