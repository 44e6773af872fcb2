//! Line wrapping: UAX #14 break opportunities (so Chinese breaks between characters and
//! never before closing punctuation), greedy filling by measured width, and grapheme
//! breaking for a word longer than the whole line.
//!
//! What is drawn is bounded: runs of blank lines fold to one and at most a given number of
//! lines are built, the last one ending with "…" when more would follow. Wrapping stops
//! there, so a text's cost is the lines drawn (and a scan for where the next visible line
//! starts), not its length: a card of ten million line breaks is a card of one or two.

use super::metrics::{clean, columns, text_width, EM_PER_COLUMN};
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

/// Wrap `text` for a box `max_width` pixels wide at `font_size`. Hard newlines are kept
/// (runs of blank lines fold to one); empty text gives no lines. Characters XML cannot
/// carry are dropped first. No more than `max_lines` lines are built.
pub fn wrap(text: &str, font_size: f32, max_width: f32, max_lines: usize) -> Wrapped {
    // At least two columns, so one wide character always fits a line.
    let max = ((max_width / (EM_PER_COLUMN * font_size)).floor() as usize).max(2);
    wrap_columns(text, max, max_lines)
}

/// Pixel width of a wrapped line, as [`wrap`] measured it.
pub fn line_width(line: &str, font_size: f32) -> f32 {
    text_width(line, font_size)
}

/// The lines built so far, folding blank runs and stopping at the cap.
struct Lines {
    wrapped: Wrapped,
    max_lines: usize,
    max_columns: usize,
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
                ellipsize(last, self.max_columns);
            }
        }
        self.wrapped
    }
}

/// `line` ending with the ellipsis, shortened (by grapheme) so it still fits `max`.
fn ellipsize(line: &mut String, max: usize) {
    let room = max.saturating_sub(columns(ELLIPSIS));
    let mut cols = columns(line);
    while cols > room {
        let Some((at, g)) = line.grapheme_indices(true).next_back() else { break };
        cols -= columns(g);
        line.truncate(at);
    }
    line.truncate(line.trim_end().len());
    line.push_str(ELLIPSIS);
}

fn wrap_columns(text: &str, max: usize, max_lines: usize) -> Wrapped {
    wrap_counted(text, max, max_lines).0
}

/// [`wrap_columns`], and how many lines it built.
fn wrap_counted(text: &str, max: usize, max_lines: usize) -> (Wrapped, usize) {
    let mut out = Lines { wrapped: Wrapped::default(), max_lines, max_columns: max, blank: false, built: 0 };
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
        if !wrap_line(&clean(line), max, &mut out) {
            break;
        }
    }
    let built = out.built;
    (out.finish(), built)
}

/// Wrap one hard line of clean text into `out`; false once `out` takes no more.
fn wrap_line(text: &str, max: usize, out: &mut Lines) -> bool {
    let mut line = String::new();
    let mut line_cols = 0usize;
    let mut start = 0;
    for (end, opportunity) in linebreaks(text) {
        let segment = text[start..end].trim_end_matches('\n');
        start = end;
        let visible = segment.trim_end();
        let visible_cols = columns(visible);
        if !line.is_empty() && line_cols + visible_cols > max {
            if !push_line(out, &mut line) {
                return false;
            }
            line_cols = 0;
        }
        if visible_cols > max {
            // A word longer than a line: cut it between grapheme clusters.
            for g in visible.graphemes(true) {
                let w = columns(g);
                if !line.is_empty() && line_cols + w > max {
                    if !push_line(out, &mut line) {
                        return false;
                    }
                    line_cols = 0;
                }
                line.push_str(g);
                line_cols += w;
            }
            let rest = &segment[visible.len()..];
            line.push_str(rest);
            line_cols += columns(rest);
        } else {
            line.push_str(segment);
            line_cols += columns(segment);
        }
        if opportunity == BreakOpportunity::Mandatory {
            if !push_line(out, &mut line) {
                return false;
            }
            line_cols = 0;
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

    fn w(text: &str, max: usize) -> Vec<String> {
        wrap_columns(text, max, usize::MAX).lines
    }

    #[test]
    fn latin_breaks_at_spaces() {
        assert_eq!(w("the quick brown fox", 10), vec!["the quick", "brown fox"]);
        assert_eq!(w("short", 10), vec!["short"]);
        assert!(w("", 10).is_empty());
    }

    #[test]
    fn hard_newlines_are_kept_and_blank_runs_fold() {
        assert_eq!(w("a\nb\n\nc", 10), vec!["a", "b", "", "c"]);
        assert_eq!(w("a\n\n\n \n\t\n\r\n\u{1}\nb", 10), vec!["a", "", "b"]);
        assert_eq!(w("\n\n\na\n\n", 10), vec!["", "a", ""]);
        assert_eq!(w("a\r\nb", 10), vec!["a", "b"]);
    }

    #[test]
    fn at_most_the_cap_is_drawn_the_last_line_ending_in_an_ellipsis() {
        let lines = |n: usize| (1..=n).map(|i| format!("line {i}")).collect::<Vec<_>>().join("\n");
        let fits = wrap_columns(&lines(3), 10, 3);
        assert_eq!((fits.lines.len(), fits.cut), (3, false));
        let cut = wrap_columns(&lines(4), 10, 3);
        assert_eq!(cut.lines, ["line 1", "line 2", "line 3…"]);
        assert!(cut.cut);
        // Only blank lines past the cap: nothing visible is lost.
        assert!(!wrap_columns(&format!("{}\n\n \n", lines(3)), 10, 3).cut);
        // A full last line gives up what the ellipsis needs.
        let full = wrap_columns("aaaaaaaaaa bbbbbbbbbb", 10, 1);
        assert_eq!(full.lines, ["aaaaaaaaa…"]);
        assert!(full.lines.iter().all(|l| columns(l) <= 10));
        let wide = wrap_columns("顾客进入餐厅等待迎接", 8, 1);
        assert_eq!(wide.lines, ["顾客进…"]);
    }

    #[test]
    fn the_cost_is_the_lines_drawn_not_the_text() {
        // Ten and a hundred times as many line breaks, or as long a word: the same lines built.
        let breaks = |n: usize| format!("first{}second{}third", "\n".repeat(n), "\n".repeat(n));
        let word = |n: usize| "x".repeat(n);
        for (small, big) in [(breaks(20_000), breaks(200_000)), (word(20_000), word(2_000_000))] {
            let (a, built_small) = wrap_counted(&small, 24, 12);
            let (b, built_big) = wrap_counted(&big, 24, 12);
            assert_eq!(a, b);
            assert_eq!(built_small, built_big);
            assert!(built_big <= 12 + 1, "{built_big} lines built for 12 drawn");
        }
        let (drawn, built) = wrap_counted(&breaks(200_000), 24, 12);
        assert_eq!(drawn.lines, ["first", "", "second", "", "third"]);
        assert_eq!(built, 5);
    }

    #[test]
    fn chinese_breaks_between_characters_but_not_before_closing_punctuation() {
        let lines = w("顾客进入餐厅，等待迎接。", 8);
        for l in &lines {
            assert!(columns(l) <= 8, "{l:?} too wide");
            assert!(!l.starts_with('，') && !l.starts_with('。'), "{lines:?}");
        }
        assert_eq!(lines.concat(), "顾客进入餐厅，等待迎接。");
    }

    #[test]
    fn long_word_breaks_by_grapheme() {
        let lines = w("supercalifragilistic", 6);
        assert_eq!(lines, vec!["superc", "alifra", "gilist", "ic"]);
        // A combining accent stays with its letter.
        let lines = w("e\u{301}e\u{301}e\u{301}", 2);
        assert_eq!(lines, vec!["e\u{301}e\u{301}", "e\u{301}"]);
    }

    #[test]
    fn wrap_measures_in_pixels() {
        // 12 px font: 7.2 px a column; 100 px holds 13 columns.
        for l in wrap("aaaa bbbb cccc dddd eeee", 12.0, 100.0, 10).lines {
            assert!(line_width(&l, 12.0) <= 100.0);
        }
    }
}
