//! Finds where a JSON path points in the document text, so a problem found in the parsed
//! model can be reported with a line and column.
//!
//! Paths are those of [`crate::model::Inconsistency`]: `title`, `lanes[2].color`,
//! `cards[id=c3].lane`. The text has already been parsed successfully, so the scanner
//! only needs to skip values, not validate them; anything unexpected gives `None`.

enum Segment {
    Key(String),
    Index(usize),
    /// The element of an array of records whose `id` is this.
    Id(String),
}

/// Byte offset in `text` of the value at `path`, if it can be found.
pub(crate) fn locate(text: &str, path: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut pos = ws(b, 0);
    for seg in parse_path(path)? {
        pos = match seg {
            Segment::Key(k) => member(text, pos, &k)?,
            Segment::Index(n) => elements(b, pos)?.into_iter().nth(n)?,
            Segment::Id(id) => elements(b, pos)?
                .into_iter()
                .find(|&e| member(text, e, "id").and_then(|v| string_at(text, v)).as_deref() == Some(id.as_str()))?,
        };
    }
    Some(pos)
}

/// Index and offset of the `id` of the second record with this id in the array at `path`.
pub(crate) fn locate_repeat(text: &str, path: &str, id: &str) -> Option<(usize, usize)> {
    let array = locate(text, path)?;
    elements(text.as_bytes(), array)?
        .into_iter()
        .enumerate()
        .filter_map(|(i, e)| member(text, e, "id").map(|v| (i, v)))
        .filter(|&(_, v)| string_at(text, v).as_deref() == Some(id))
        .nth(1)
}

fn parse_path(path: &str) -> Option<Vec<Segment>> {
    let mut segs = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("[id=") {
            // Ids in paths are not escaped, so take the last `]` after which only plain
            // `.field` segments follow.
            let close = r
                .match_indices(']')
                .map(|(i, _)| i)
                .rev()
                .find(|&i| r[i + 1..].bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.'))?;
            segs.push(Segment::Id(r[..close].to_owned()));
            rest = &r[close + 1..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let close = r.find(']')?;
            segs.push(Segment::Index(r[..close].parse().ok()?));
            rest = &r[close + 1..];
        } else {
            let r = rest.strip_prefix('.').unwrap_or(rest);
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return None;
            }
            segs.push(Segment::Key(r[..end].to_owned()));
            rest = &r[end..];
        }
    }
    Some(segs)
}

fn ws(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// Offset just past the string starting at `i` (which must be a `"`).
fn skip_string(b: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    loop {
        match *b.get(i)? {
            b'"' => return Some(i + 1),
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
}

/// Offset just past the value starting at `i`. Iterative, so depth cannot overflow the stack.
fn skip_value(b: &[u8], i: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = i;
    loop {
        match *b.get(i)? {
            b'"' => i = skip_string(b, i)?,
            b'{' | b'[' => {
                depth += 1;
                i += 1;
            }
            b'}' | b']' => {
                depth = depth.checked_sub(1)?;
                i += 1;
            }
            _ if depth == 0 => {
                while !matches!(b.get(i), None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')) {
                    i += 1;
                }
                return Some(i);
            }
            _ => i += 1,
        }
        if depth == 0 {
            return Some(i);
        }
    }
}

/// Offsets of the elements of the array starting at `i`.
fn elements(b: &[u8], i: usize) -> Option<Vec<usize>> {
    if b.get(i) != Some(&b'[') {
        return None;
    }
    let mut out = Vec::new();
    let mut i = ws(b, i + 1);
    if b.get(i) == Some(&b']') {
        return Some(out);
    }
    loop {
        out.push(i);
        i = ws(b, skip_value(b, i)?);
        match *b.get(i)? {
            b',' => i = ws(b, i + 1),
            _ => return Some(out),
        }
    }
}

/// Offset of the value of member `key` of the object starting at `i`.
fn member(text: &str, i: usize, key: &str) -> Option<usize> {
    let b = text.as_bytes();
    if b.get(i) != Some(&b'{') {
        return None;
    }
    let mut i = ws(b, i + 1);
    loop {
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let name = string_at(text, i)?;
        i = ws(b, skip_string(b, i)?);
        if b.get(i) != Some(&b':') {
            return None;
        }
        i = ws(b, i + 1);
        if name == key {
            return Some(i);
        }
        i = ws(b, skip_value(b, i)?);
        if b.get(i) != Some(&b',') {
            return None;
        }
        i = ws(b, i + 1);
    }
}

/// The decoded JSON string starting at `i`.
fn string_at(text: &str, i: usize) -> Option<String> {
    let end = skip_string(text.as_bytes(), i)?;
    serde_json::from_str(text.get(i..end)?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r##"{
  "title": "a \"quoted\" [title]",
  "lanes": [ {"id": "l1", "color": "#fff"}, {"id": "l2"} ],
  "cards": [
    {"id": "c1", "lane": "l9", "nested": [[{}], "x]"]},
    {"id": "we]ird.x", "lane": "l1"},
    {"id": "c\u0033", "lane": "l1"}
  ]
}"##;

    fn at(path: &str) -> Option<&'static str> {
        locate(DOC, path).map(|i| &DOC[i..i + 4])
    }

    #[test]
    fn finds_keys_indices_and_ids() {
        assert_eq!(at("title"), Some("\"a \\"));
        assert_eq!(at("lanes[0].color"), Some("\"#ff"));
        assert_eq!(at("lanes[1].id"), Some("\"l2\""));
        assert_eq!(at("cards[id=c1].lane"), Some("\"l9\""));
        assert_eq!(at("cards[id=we]ird.x].lane"), Some("\"l1\""));
        // Ids are compared decoded, escapes and all.
        assert_eq!(at("cards[id=c3].lane"), Some("\"l1\""));
        assert_eq!(at("cards"), Some("[\n  "));
    }

    #[test]
    fn finds_a_repeated_id() {
        let text = r#"{"cards": [{"id": "a"}, {"id": "b"}, {"id": "a"}]}"#;
        assert_eq!(locate_repeat(text, "cards", "a"), Some((2, 44)));
        assert_eq!(locate_repeat(text, "cards", "b"), None);
    }

    #[test]
    fn missing_or_malformed_paths_give_none() {
        assert_eq!(at("cards[id=c9].lane"), None);
        assert_eq!(at("lanes[5]"), None);
        assert_eq!(at("title.x"), None);
        assert_eq!(at("lanes[x]"), None);
        assert_eq!(at("nothing"), None);
        assert_eq!(locate("[1, 2]", "[1]"), Some(4));
        assert_eq!(locate("[1, 2", "[1]"), None);
        assert_eq!(locate("{\"a\": ", "a"), Some(6));
        assert_eq!(locate("\"", "a"), None);
    }
}
