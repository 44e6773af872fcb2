//! The report laid out for people (aligned text), for documents (Markdown) and for
//! spreadsheets (CSV, UTF-8 with a byte-order mark so Excel and WPS read Chinese).
//! User text is made safe for each: one line without control characters for the
//! terminal, escaped pipes for Markdown, quoted and never a formula for CSV.

use super::tables::{tables, Cell, Table};
use super::Report;
use crate::model::Blueprint;

/// One line, with control and bidirectional-override characters shown escaped rather
/// than interpreted.
fn one_line(s: &str) -> String {
    let hidden = |c: char| {
        c.is_control() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    s.chars().flat_map(|c| if hidden(c) { c.escape_default().collect::<Vec<_>>() } else { vec![c] }).collect()
}

/// Columns a text takes in a terminal: two for wide (CJK) characters.
fn columns(s: &str) -> usize {
    s.chars()
        .map(|c| if matches!(c as u32, 0x1100..=0x115f | 0x2e80..=0xa4cf | 0xac00..=0xd7a3 | 0xf900..=0xfaff | 0xfe30..=0xfe4f | 0xff00..=0xff60 | 0xffe0..=0xffe6) { 2 } else { 1 })
        .sum()
}

/// Aligned text, one block per table; empty tables are left out.
pub fn to_text(doc: &Blueprint, r: &Report) -> String {
    let mut out = format!("{}\n", one_line(&doc.title));
    for t in tables(doc, r).into_iter().filter(|t| !t.rows.is_empty()) {
        out.push('\n');
        out.push_str(&one_line(&t.title));
        out.push('\n');
        let rows: Vec<Vec<String>> = std::iter::once(t.header.iter().map(|h| one_line(h)).collect())
            .chain(t.rows.iter().map(|row| row.iter().map(|c| one_line(c.as_str())).collect()))
            .collect();
        let n = rows.iter().map(Vec::len).max().unwrap_or(0);
        let widths: Vec<usize> =
            (0..n).map(|i| rows.iter().filter_map(|r| r.get(i)).map(|c| columns(c)).max().unwrap_or(0)).collect();
        for row in rows {
            let mut line = String::from("  ");
            for (i, cell) in row.iter().enumerate() {
                line.push_str(cell);
                if i + 1 < row.len() {
                    line.push_str(&" ".repeat(widths[i] - columns(cell) + 2));
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out
}

fn md_cell(s: &str) -> String {
    one_line(s).replace('\\', "\\\\").replace('|', "\\|").replace('<', "&lt;")
}

/// Markdown: a heading per table and a pipe table.
pub fn to_markdown(doc: &Blueprint, r: &Report) -> String {
    let mut out = format!("# {}\n", md_cell(&doc.title));
    for t in tables(doc, r).into_iter().filter(|t| !t.rows.is_empty()) {
        out.push_str(&format!("\n## {}\n\n", md_cell(&t.title)));
        out.push_str(&format!("| {} |\n", t.header.iter().map(|h| md_cell(h)).collect::<Vec<_>>().join(" | ")));
        out.push_str(&format!("|{}\n", "---|".repeat(t.header.len())));
        for row in &t.rows {
            out.push_str(&format!("| {} |\n", row.iter().map(|c| md_cell(c.as_str())).collect::<Vec<_>>().join(" | ")));
        }
    }
    out
}

/// A CSV field: quoted when it needs it; user text that a spreadsheet would read as a
/// formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.
/// A duration is written h:mm:ss, which Excel and WPS read as a time they can add up.
fn csv_field(c: &Cell) -> String {
    if let Cell::Duration(_, s) = c {
        return format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
    }
    let mut s = c.as_str().to_owned();
    if let Cell::Text(t) = c {
        if t.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            s = format!("'{t}");
        }
    }
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn csv_row(cells: &[Cell]) -> String {
    let mut line = cells.iter().map(csv_field).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// CSV: UTF-8 with a byte-order mark; each table as its title on a line, its header and
/// rows, and an empty line after it.
pub fn to_csv(doc: &Blueprint, r: &Report) -> String {
    let mut out = String::from("\u{feff}");
    for Table { title, header, rows } in tables(doc, r) {
        out.push_str(&csv_row(&[Cell::Text(title)]));
        out.push_str(&csv_row(&header.into_iter().map(Cell::Text).collect::<Vec<_>>()));
        for row in &rows {
            out.push_str(&csv_row(row));
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Card, Lane, LaneKind, Language, Stage};

    fn doc(text: &str) -> Blueprint {
        let mut b = Blueprint::empty("Hotel | stay");
        b.lanes.push(Lane::new("cu", LaneKind::Customer, "Guest"));
        b.stages.push(Stage::new("s1", "Arrive"));
        let mut c = Card::new("c1", "cu", "s1", text);
        c.wait = true;
        c.duration_seconds = Some(300);
        b.cards.insert("c1".into(), c);
        b
    }

    #[test]
    fn csv_has_a_bom_and_defuses_formulas() {
        let d = doc("=HYPERLINK(\"x\")");
        let csv = to_csv(&d, &super::super::measure(&d));
        assert!(csv.starts_with('\u{feff}'));
        assert!(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{csv}");
    }

    #[test]
    fn csv_writes_durations_as_times_a_spreadsheet_adds_up() {
        let mut d = doc("Queue");
        d.cards.get_mut("c1").unwrap().duration_seconds = Some(2 * 3600 + 5 * 60 + 7);
        let csv = to_csv(&d, &super::super::measure(&d));
        assert!(csv.contains("Customer's time,2:05:07\r\n"), "{csv}");
        assert!(csv.contains("Queue,2:05:07,—\r\n"), "a wait with no tolerance: {csv}");
        // People reading the text keep their words.
        assert!(to_text(&d, &super::super::measure(&d)).contains("2 h 5 min"));
    }

    #[test]
    fn markdown_escapes_pipes_and_text_shows_controls() {
        let d = doc("Queue\u{1b}[31m | here");
        let r = super::super::measure(&d);
        assert!(to_markdown(&d, &r).starts_with("# Hotel \\| stay\n"));
        let text = to_text(&d, &r);
        assert!(!text.contains('\u{1b}') && text.contains("\\u{1b}"), "{text}");
    }

    #[test]
    fn labels_follow_the_document_language() {
        let mut d = doc("排队");
        d.language = Language::SimplifiedChinese;
        let text = to_text(&d, &super::super::measure(&d));
        assert!(text.contains("客户用时") && text.contains("5 分钟"), "{text}");
    }
}
