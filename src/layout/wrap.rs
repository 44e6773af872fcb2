//! Line wrapping: UAX #14 break opportunities (so Chinese breaks between characters and
//! never before closing punctuation), greedy filling by the width the bundled fonts draw
//! (in whole thousandths of an em, [`Font::units`], so no float rounding lets a line grow
//! past its box), and grapheme breaking for a word longer than the whole line.
//!
//! What is drawn is bounded: runs of blank lines fold to one and at most a given number of
//! lines are built, the last one ending with "…" when more would follow. Wrapping stops
//! there, so a text's cost is the lines drawn (and a scan for where the next visible line
//! starts), not its length: a card of ten million line breaks is a card of one or two.

use super::metrics::{clean, text_width, Font};
use unicode_linebreak::{linebreaks, BreakOpportunity};
use unicode_segmentation::UnicodeSegmentation;

/// The ellipsis ending a text drawn cut.
pub const ELLIPSIS: &str = "…";

/// A text's lines as drawn, and whether more would have followed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Wrapped {
    pub lines: Vec<String>,
    /// Some visible text did not fit the lines: the last line ends with [`ELLIPSIS`].
    pub cut: bool,
}

/// Wrap `text` drawn in `font` for a box `max_width` pixels wide. Hard newlines are kept
/// (runs of blank lines fold to one); empty text gives no lines. Characters XML cannot
/// carry are dropped first. No more than `max_lines` lines are built. No line is wider
/// than the box, but for a single character wider than the whole box.
pub fn wrap(text: &str, font: Font, max_width: f32, max_lines: usize) -> Wrapped {
    wrap_units(text, font, font.units_in(max_width), max_lines)
}

/// Pixel width of a wrapped line, as [`wrap`] measured it.
pub fn line_width(line: &str, font: Font) -> f32 {
    text_width(line, font)
}

/// The lines built so far, folding blank runs and stopping at the cap.
struct Lines {
    wrapped: Wrapped,
    font: Font,
    max_lines: usize,
    max_units: u32,
    /// The last line seen was blank (drawn or folded).
    blank: bool,
    /// Lines built, drawn or not: what the tests of its cost count.
    built: usize,
}

impl Lines {
    /// Takes a finished line; false once a visible line finds no room (wrapping stops).
    fn push(&mut self, line: String) -> bool {
        self.built += 1;
        let blank = line.is_empty();
        if blank && self.blank {
            return true;
        }
        self.blank = blank;
        if self.wrapped.lines.len() < self.max_lines {
            self.wrapped.lines.push(line);
            return true;
        }
        // A blank line past the cap shows nothing yet; a visible one is what is cut.
        self.wrapped.cut |= !blank;
        blank
    }

    fn finish(mut self) -> Wrapped {
        if self.wrapped.cut {
            if let Some(last) = self.wrapped.lines.last_mut() {
                ellipsize(last, self.font, self.max_units);
            }
        }
        self.wrapped
    }
}

/// `line` ending with the ellipsis, shortened (by grapheme) so it still fits `max`.
fn ellipsize(line: &mut String, font: Font, max: u32) {
    let room = max.saturating_sub(font.units(ELLIPSIS));
    let mut units = font.units(line);
    while units > room {
        let Some((at, g)) = line.grapheme_indices(true).next_back() else { break };
        units -= font.units(g);
        line.truncate(at);
    }
    line.truncate(line.trim_end().len());
    line.push_str(ELLIPSIS);
}

fn wrap_units(text: &str, font: Font, max: u32, max_lines: usize) -> Wrapped {
    wrap_counted(text, font, max, max_lines).0
}

/// [`wrap_units`], and how many lines it built.
fn wrap_counted(text: &str, font: Font, max: u32, max_lines: usize) -> (Wrapped, usize) {
    let mut out = Lines { wrapped: Wrapped::default(), font, max_lines, max_units: max, blank: false, built: 0 };
    let mut rest = text;
    while !rest.is_empty() {
        if out.blank {
            // In a run of blank lines: go straight to the line of the next visible
            // character; whitespace alone to the end adds nothing to draw.
            let Some(visible) = rest.find(|c: char| !c.is_whitespace()) else { break };
            rest = &rest[rest[..visible].rfind('\n').map_or(0, |i| i + 1)..];
        }
        // One hard line at a time: a mandatory break resets the filling, so each is
        // wrapped on its own exactly as within the whole text.
        let (line, tail) = rest.split_at(rest.find('\n').map_or(rest.len(), |i| i + 1));
        rest = tail;
        if !wrap_line(&clean(line), font, max, &mut out) {
            break;
        }
    }
    let built = out.built;
    (out.finish(), built)
}

/// Wrap one hard line of clean text into `out`; false once `out` takes no more.
fn wrap_line(text: &str, font: Font, max: u32, out: &mut Lines) -> bool {
    let mut line = String::new();
    let mut line_units = 0u32;
    let mut start = 0;
    for (end, opportunity) in linebreaks(text) {
        let segment = text[start..end].trim_end_matches('\n');
        start = end;
        let visible = segment.trim_end();
        let visible_units = font.units(visible);
        if !line.is_empty() && line_units + visible_units > max {
            if !push_line(out, &mut line) {
                return false;
            }
            line_units = 0;
        }
        // The trailing spaces after a word count towards the next word's room only: a
        // line's end is trimmed when it is pushed.
        let rest = &segment[visible.len()..];
        if visible_units > max {
            // A word longer than a line: cut it between grapheme clusters.
            for g in visible.graphemes(true) {
                let w = font.units(g);
                if !line.is_empty() && line_units + w > max {
                    if !push_line(out, &mut line) {
                        return false;
                    }
                    line_units = 0;
                }
                line.push_str(g);
                line_units += w;
            }
        } else {
            line.push_str(visible);
            line_units += visible_units;
        }
        line.push_str(rest);
        line_units += font.units(rest);
        if opportunity == BreakOpportunity::Mandatory {
            if !push_line(out, &mut line) {
                return false;
            }
            line_units = 0;
        }
    }
    line.is_empty() || push_line(out, &mut line)
}

fn push_line(out: &mut Lines, line: &mut String) -> bool {
    let trimmed_len = line.trim_end().len();
    line.truncate(trimmed_len);
    out.push(std::mem::take(line))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FONT: Font = Font::regular(10.0);

    /// The lines of `text` in a box as wide as `fits` (which then just fits a line).
    fn w(text: &str, fits: &str) -> Vec<String> {
        wrap_units(text, FONT, FONT.units(fits), usize::MAX).lines
    }

    #[test]
    fn latin_breaks_at_spaces() {
        assert_eq!(w("the quick brown fox", "brown fox"), vec!["the quick", "brown fox"]);
        assert_eq!(w("the quick brown fox", "the quic"), vec!["the", "quick", "brown", "fox"]);
        assert_eq!(w("short", "the quick"), vec!["short"]);
        assert!(w("", "the quick").is_empty());
    }

    #[test]
    fn lines_fill_greedily_by_the_fonts_widths() {
        // Narrow letters fit more to a line than wide ones: widths are not counted in
        // characters.
        let box_ = "nnnnnnnnnn";
        assert_eq!(w("iiiiiiiiiiiiiiiiiiii", box_), vec!["iiiiiiiiiiiiiiiiiiii"]);
        assert_eq!(w("mmmmmmmmmm", box_).len(), 2);
        let text = "Guest arrives at the restaurant and waits at the host stand to be greeted";
        let lines = w(text, "Guest arrives at the");
        let max = FONT.units("Guest arrives at the");
        for pair in lines.windows(2) {
            assert!(FONT.units(&pair[0]) <= max);
            // Greedy: the next line's first word did not fit this one.
            let next = pair[1].split(' ').next().unwrap();
            assert!(FONT.units(&format!("{} {next}", pair[0])) > max, "{lines:?}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn hard_newlines_are_kept_and_blank_runs_fold() {
        let box_ = "0123456789";
        assert_eq!(w("a\nb\n\nc", box_), vec!["a", "b", "", "c"]);
        assert_eq!(w("a\n\n\n \n\t\n\r\n\u{1}\nb", box_), vec!["a", "", "b"]);
        assert_eq!(w("\n\n\na\n\n", box_), vec!["", "a", ""]);
        assert_eq!(w("a\r\nb", box_), vec!["a", "b"]);
    }

    #[test]
    fn at_most_the_cap_is_drawn_the_last_line_ending_in_an_ellipsis() {
        let lines = |n: usize| (1..=n).map(|i| format!("line {i}")).collect::<Vec<_>>().join("\n");
        let max = FONT.units("line 1 line");
        let fits = wrap_units(&lines(3), FONT, max, 3);
        assert_eq!((fits.lines.len(), fits.cut), (3, false));
        let cut = wrap_units(&lines(4), FONT, max, 3);
        assert_eq!(cut.lines, ["line 1", "line 2", "line 3…"]);
        assert!(cut.cut);
        // Only blank lines past the cap: nothing visible is lost.
        assert!(!wrap_units(&format!("{}\n\n \n", lines(3)), FONT, max, 3).cut);
        // A full last line gives up what the ellipsis needs.
        let full = wrap_units("aaaaaaaaaa bbbbbbbbbb", FONT, FONT.units("aaaaaaaaaa"), 1);
        assert_eq!(full.lines, ["aaaaaaaa…"]);
        assert!(full.lines.iter().all(|l| FONT.units(l) <= FONT.units("aaaaaaaaaa")));
        let wide = wrap_units("顾客进入餐厅等待迎接", FONT, FONT.units("顾客进入"), 1);
        assert_eq!(wide.lines, ["顾客进…"]);
    }

    #[test]
    fn the_cost_is_the_lines_drawn_not_the_text() {
        // Ten and a hundred times as many line breaks, or as long a word: the same lines built.
        let breaks = |n: usize| format!("first{}second{}third", "\n".repeat(n), "\n".repeat(n));
        let word = |n: usize| "x".repeat(n);
        let max = FONT.units(&word(24));
        for (small, big) in [(breaks(20_000), breaks(200_000)), (word(20_000), word(2_000_000))] {
            let (a, built_small) = wrap_counted(&small, FONT, max, 12);
            let (b, built_big) = wrap_counted(&big, FONT, max, 12);
            assert_eq!(a, b);
            assert_eq!(built_small, built_big);
            assert!(built_big <= 12 + 1, "{built_big} lines built for 12 drawn");
        }
        let (drawn, built) = wrap_counted(&breaks(200_000), FONT, max, 12);
        assert_eq!(drawn.lines, ["first", "", "second", "", "third"]);
        assert_eq!(built, 5);
    }

    #[test]
    fn chinese_breaks_between_characters_but_not_before_closing_punctuation() {
        let lines = w("顾客进入餐厅，等待迎接。", "顾客进入");
        for l in &lines {
            assert!(FONT.units(l) <= FONT.units("顾客进入"), "{l:?} too wide");
            assert!(!l.starts_with('，') && !l.starts_with('。'), "{lines:?}");
        }
        assert_eq!(lines.concat(), "顾客进入餐厅，等待迎接。");
    }

    #[test]
    fn mixed_chinese_and_latin_is_measured_in_both_fonts() {
        // An ideograph is an em, a Latin letter about half: 4 ems hold "扫码" and about
        // four letters more.
        let lines = w("扫码 QR 支付后取餐", "扫码取餐");
        for l in &lines {
            assert!(FONT.units(l) <= 4000, "{l:?}");
        }
        assert_eq!(lines.concat().replace(' ', ""), "扫码QR支付后取餐");
    }

    #[test]
    fn long_word_breaks_by_grapheme() {
        let lines = w("supercalifragilistic", "superc");
        assert_eq!(lines.concat(), "supercalifragilistic");
        assert_eq!(lines[0], "superc");
        assert!(lines.iter().all(|l| FONT.units(l) <= FONT.units("superc")), "{lines:?}");
        // A combining accent stays with its letter.
        let lines = w("e\u{301}e\u{301}e\u{301}", "ee");
        assert_eq!(lines, vec!["e\u{301}e\u{301}", "e\u{301}"]);
    }

    #[test]
    fn wrap_measures_in_pixels() {
        for l in wrap("aaaa bbbb cccc dddd eeee", Font::regular(12.0), 100.0, 10).lines {
            assert!(line_width(&l, Font::regular(12.0)) <= 100.0);
        }
        // Bold is wider, so it wraps sooner.
        let text = "Guest arrives at the restaurant and waits";
        let regular = wrap(text, Font::regular(12.0), 120.0, 10).lines;
        let bold = wrap(text, Font::bold(12.0), 120.0, 10).lines;
        assert!(bold.len() >= regular.len());
        assert!(bold.iter().all(|l| line_width(l, Font::bold(12.0)) <= 120.0), "{bold:?}");
    }
}
