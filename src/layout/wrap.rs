//! Line wrapping: UAX #14 break opportunities (so Chinese breaks between characters and
//! never before closing punctuation), greedy filling by measured width, and grapheme
//! breaking for a word longer than the whole line.

use super::metrics::{clean, columns, text_width, EM_PER_COLUMN};
use unicode_linebreak::{linebreaks, BreakOpportunity};
use unicode_segmentation::UnicodeSegmentation;

/// Wrap `text` for a box `max_width` pixels wide at `font_size`. Hard newlines are kept;
/// empty text gives no lines. Characters XML cannot carry are dropped first.
pub fn wrap(text: &str, font_size: f32, max_width: f32) -> Vec<String> {
    // At least two columns, so one wide character always fits a line.
    let max = ((max_width / (EM_PER_COLUMN * font_size)).floor() as usize).max(2);
    wrap_columns(&clean(text), max)
}

/// Pixel width of a wrapped line, as [`wrap`] measured it.
pub fn line_width(line: &str, font_size: f32) -> f32 {
    text_width(line, font_size)
}

fn wrap_columns(text: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    if text.is_empty() {
        return out;
    }
    let mut line = String::new();
    let mut line_cols = 0usize;
    let mut start = 0;
    for (end, opportunity) in linebreaks(text) {
        let segment = text[start..end].trim_end_matches('\n');
        start = end;
        let visible = segment.trim_end();
        let visible_cols = columns(visible);
        if !line.is_empty() && line_cols + visible_cols > max {
            push_line(&mut out, &mut line);
            line_cols = 0;
        }
        if visible_cols > max {
            // A word longer than a line: cut it between grapheme clusters.
            for g in visible.graphemes(true) {
                let w = columns(g);
                if !line.is_empty() && line_cols + w > max {
                    push_line(&mut out, &mut line);
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
            push_line(&mut out, &mut line);
            line_cols = 0;
        }
    }
    if !line.is_empty() {
        push_line(&mut out, &mut line);
    }
    out
}

fn push_line(out: &mut Vec<String>, line: &mut String) {
    let trimmed_len = line.trim_end().len();
    line.truncate(trimmed_len);
    out.push(std::mem::take(line));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str, max: usize) -> Vec<String> {
        wrap_columns(text, max)
    }

    #[test]
    fn latin_breaks_at_spaces() {
        assert_eq!(w("the quick brown fox", 10), vec!["the quick", "brown fox"]);
        assert_eq!(w("short", 10), vec!["short"]);
        assert!(w("", 10).is_empty());
    }

    #[test]
    fn hard_newlines_are_kept() {
        assert_eq!(w("a\nb\n\nc", 10), vec!["a", "b", "", "c"]);
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
        for l in wrap("aaaa bbbb cccc dddd eeee", 12.0, 100.0) {
            assert!(line_width(&l, 12.0) <= 100.0);
        }
    }
}
