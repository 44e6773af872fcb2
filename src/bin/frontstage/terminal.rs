//! User text printed to a terminal.

/// Control characters (escape sequences) and the invisible bidirectional controls (which
/// could reorder the rest of the line) are shown escaped, never interpreted.
pub fn one_line(s: &str) -> String {
    let hidden = |c: char| {
        c.is_control() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    s.chars().flat_map(|c| if hidden(c) { c.escape_default().collect::<Vec<_>>() } else { vec![c] }).collect()
}
