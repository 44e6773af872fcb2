//! Small text helpers for error messages: positions and safe quoting of file content.

/// 1-based line and column (in characters) of a byte offset in `text`.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..offset].chars().count() + 1)
}

/// Byte offset of a serde_json position (1-based line, column counted in bytes).
pub(crate) fn offset_of(text: &str, line: usize, byte_column: usize) -> usize {
    let line_start =
        if line <= 1 { 0 } else { text.match_indices('\n').nth(line - 2).map_or(text.len(), |(i, _)| i + 1) };
    floor_char_boundary(text, line_start.saturating_add(byte_column.saturating_sub(1)).min(text.len()))
}

/// Column in characters for a serde_json position, whose column counts bytes.
pub(crate) fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    line_col(text, offset_of(text, line, byte_column)).1
}

/// The text around `offset` on its line, at most about 50 characters, quoted and with
/// control characters escaped so it is safe to show anywhere.
pub(crate) fn snippet(text: &str, offset: usize) -> String {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let before: Vec<char> = text[line_start..offset].chars().collect();
    let after: Vec<char> = text[offset..line_end].chars().take(15).collect();
    let skip = before.len().saturating_sub(35);
    let mut out = String::new();
    if skip > 0 {
        out.push('…');
    }
    out.extend(before[skip..].iter().chain(after.iter()));
    if text[offset..line_end].chars().count() > after.len() {
        out.push('…');
    }
    quote(&out, 60)
}

/// `s` in double quotes, control and invisible characters escaped, cut to `max` characters.
pub(crate) fn quote(s: &str, max: usize) -> String {
    let mut out = String::from("\"");
    for (i, c) in s.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() || is_invisible(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A message that may quote file content: control and invisible characters escaped, and
/// cut to `max` characters so a megabyte-long value cannot flood the screen.
pub(crate) fn sanitize(s: &str, max: usize) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        if c.is_control() || is_invisible(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// A JSON path for display: cut to a sane length, control characters escaped.
pub(crate) fn show_path(path: &str) -> String {
    let quoted = quote(path, 120);
    quoted[1..quoted.len() - 1].to_owned()
}

/// Bidi overrides and zero-width characters that could make a message lie about its text.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters() {
        let t = "ab\ncé{x";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, 3), (2, 1));
        // 'é' is two bytes; '{' is byte 6, the third character of line 2.
        assert_eq!(line_col(t, 6), (2, 3));
        assert_eq!(offset_of(t, 2, 4), 6);
        assert_eq!(char_column(t, 2, 4), 3);
        assert_eq!(line_col(t, 999), (2, 5));
    }

    #[test]
    fn quoting_escapes_and_cuts() {
        assert_eq!(quote("a\"b\n\u{202E}", 10), r#""a\"b\u{a}\u{202e}""#);
        assert_eq!(quote("abcdef", 3), "\"abc…\"");
        assert_eq!(sanitize("a`\u{202E}`\n", 10), "a`\\u{202e}`\\u{a}");
        assert_eq!(sanitize("abcdef", 3), "abc…");
        assert_eq!(snippet("{\"a\": tru}", 6), "\"{\\\"a\\\": tru}\"");
    }
}
