//! Mutations that know the JSON: a value of another type, a field removed, a key twice,
//! nesting past the parser's limit, huge strings and numbers, repeated elements, broken
//! references and hostile text. What a `Value` cannot hold (a repeated key, a number past
//! `f64`, nesting deep enough to overflow a recursive drop) is written into the text in
//! place of a marker.

use super::{Kind, Rng};
use rand::RngExt;
use serde_json::{json, Value};

const MARKER: &str = "@@fuzz-marker@@";
const KEY_MARKER: &str = "@@fuzz-key@@";

/// Text meant to escape where it is written: markup, attributes, CSS, terminals, bidi.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><svg onload=\"alert(1)\">",
    "' onmouseover='alert(1)",
    "</text><foreignObject><iframe src=\"https://example.com\"/></foreignObject>",
    "<a xlink:href=\"javascript:alert(1)\">x</a>",
    "url(https://example.com/x.png)",
    "red;background:url(https://example.com)",
    "#fff\" onload=\"alert(1)",
    "]]><!ENTITY x SYSTEM \"file:///etc/passwd\">&x;",
    "&amp; &lt; &#0; &#x1F; &nosuch;",
    "\u{0}\u{1}\u{8}\u{b}\u{c}\u{1f}\u{7f}",
    "\u{1b}[2J\u{1b}]0;title\u{7}",
    "\u{202e}desrever\u{2066}\u{200f}",
    "\u{fffe}\u{ffff}\u{feff}",
    "\r\n\r\n\t",
    "e\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}",
    "👩‍👩‍👧‍👦🏳️‍🌈",
    "",
    " ",
];

pub fn mutate(rng: &mut Rng, kind: Kind, input: &[u8]) -> Option<Vec<u8>> {
    let mut doc: Value = serde_json::from_slice(input).ok()?;
    // Raw JSON text for the marker, when the change cannot be held in a `Value`.
    let mut raw: Option<String> = None;
    let nodes = paths(&doc);
    let pick = |rng: &mut Rng, keep: &dyn Fn(&Value) -> bool| {
        let fit: Vec<&Vec<Step>> = nodes.iter().filter(|p| keep(at(&doc, p))).collect();
        (!fit.is_empty()).then(|| fit[rng.random_range(0..fit.len())].clone())
    };
    match kind {
        Kind::DeepNesting => {
            let path = pick(rng, &|_| true)?;
            let depth = [2, 64, 127, 128, 129, 500, 10_000, 200_000][rng.random_range(0..8)];
            let (open, close) = if rng.random_bool(0.5) { ("[", "]") } else { ("{\"a\":", "}") };
            let closed = if rng.random_bool(0.9) { depth } else { depth / 2 };
            raw = Some(format!("{}0{}", open.repeat(depth), close.repeat(closed)));
            *at_mut(&mut doc, &path) = Value::String(MARKER.into());
        }
        Kind::HugeString => {
            let path = pick_text(rng, &nodes, &doc)?;
            *at_mut(&mut doc, &path) = Value::String(huge_text(rng));
        }
        Kind::HugeNumber => {
            let path = pick(rng, &|v| v.is_number() || v.is_boolean())?;
            // The edges of every integer type the format uses, and past them.
            let numbers = [
                "0",
                "-1",
                "-0",
                "1.5",
                "2",
                "-2",
                "3",
                "127",
                "-128",
                "255",
                "65535",
                "2147483647",
                "2147483648",
                "4294967295",
                "4294967296",
                "9007199254740993",
                "18446744073709551615",
                "18446744073709551616",
                "-9223372036854775809",
                "1e308",
                "-1e308",
                "1e999",
                "1e-400",
            ];
            raw = Some(numbers[rng.random_range(0..numbers.len())].to_owned());
            *at_mut(&mut doc, &path) = Value::String(MARKER.into());
        }
        Kind::RepeatElements => {
            let path = pick(rng, &|v| v.as_array().is_some_and(|a| !a.is_empty()))?;
            let times = rng.random_range(2..=40);
            let Value::Array(items) = at_mut(&mut doc, &path) else { return None };
            let originals = items.clone();
            for n in 1..times {
                for item in &originals {
                    let mut copy = item.clone();
                    // Fresh ids, so the copies are new elements and not only duplicates.
                    if let Some(Value::String(id)) = copy.get_mut("id") {
                        if rng.random_bool(0.9) {
                            id.push_str(&format!("-r{n}"));
                        }
                    }
                    items.push(copy);
                }
            }
        }
        Kind::BreakReference => {
            let ids: Vec<String> = nodes
                .iter()
                .filter(|p| matches!(p.last(), Some(Step::Key(k)) if k == "id"))
                .filter_map(|p| at(&doc, p).as_str().map(str::to_owned))
                .collect();
            let path = pick(rng, &|v| v.as_str().is_some_and(|s| ids.iter().any(|id| id == s)))?;
            let old = at(&doc, &path).as_str().unwrap_or_default().to_owned();
            // Half point at another element, of the same kind or not, so the document often
            // still loads and the rules and the layout meet the odd wiring.
            let new = match rng.random_range(0..8) {
                0 => format!("{old}-renamed"),
                1 => String::new(),
                2 => HOSTILE[rng.random_range(0..HOSTILE.len())].to_owned(),
                3 => format!("{old}{}", "x".repeat(rng.random_range(100..5000))),
                _ => ids[rng.random_range(0..ids.len())].clone(),
            };
            *at_mut(&mut doc, &path) = Value::String(new);
        }
        Kind::ChangeType => {
            let path = pick(rng, &|_| true)?;
            let old = at(&doc, &path).clone();
            let others = [
                Value::Null,
                json!(true),
                json!(0),
                json!(-1),
                json!(""),
                json!("text"),
                json!([]),
                json!({}),
                json!([old.clone()]),
                json!({ "value": old.clone() }),
                json!(old.to_string()),
            ];
            *at_mut(&mut doc, &path) = others[rng.random_range(0..others.len())].clone();
        }
        Kind::RemoveField => {
            let path = pick(rng, &|v| v.as_object().is_some_and(|o| !o.is_empty()))?;
            let Value::Object(o) = at_mut(&mut doc, &path) else { return None };
            let key = o.keys().nth(rng.random_range(0..o.len()))?.clone();
            o.remove(&key);
        }
        Kind::DuplicateKey => {
            let path = pick(rng, &|v| v.as_object().is_some_and(|o| !o.is_empty()))?;
            let Value::Object(o) = at_mut(&mut doc, &path) else { return None };
            let (key, value) = o.iter().nth(rng.random_range(0..o.len()))?;
            let again = match rng.random_range(0..3) {
                0 => value.clone(),
                1 => Value::Null,
                _ => json!("another value"),
            };
            raw = Some(format!("{}: {again}", Value::String(key.clone())));
            o.insert(KEY_MARKER.into(), Value::Null);
        }
        Kind::HostileText => {
            let path = pick_text(rng, &nodes, &doc)?;
            let hostile = HOSTILE[rng.random_range(0..HOSTILE.len())];
            let Value::String(s) = at_mut(&mut doc, &path) else { return None };
            *s = match rng.random_range(0..3) {
                0 => hostile.to_owned(),
                1 => format!("{s}{hostile}"),
                _ => format!("{hostile}{s}"),
            };
        }
        _ => unreachable!("{kind:?} does not know JSON"),
    }
    let text = if rng.random_bool(0.5) { serde_json::to_string_pretty(&doc) } else { serde_json::to_string(&doc) };
    let mut text = text.ok()?;
    if let Some(raw) = raw {
        text = text.replacen(&format!("\"{MARKER}\""), &raw, 1);
        for null in [format!("\"{KEY_MARKER}\": null"), format!("\"{KEY_MARKER}\":null")] {
            text = text.replacen(&null, &raw, 1);
        }
    }
    Some(text.into_bytes())
}

/// Fields a person writes: titles, names, card texts, notes, owners, labels, tags.
const TEXT_FIELDS: &[&str] =
    &["title", "scenario", "persona", "description", "name", "text", "notes", "owner", "label", "recovery", "tags"];

/// Mostly a field a person writes (where hostile or huge text is expected to load), now
/// and then any string at all (an id, a kind, a colour).
fn pick_text(rng: &mut Rng, nodes: &[Vec<Step>], doc: &Value) -> Option<Vec<Step>> {
    let prose = rng.random_bool(0.8);
    let fit: Vec<&Vec<Step>> = nodes
        .iter()
        .filter(|p| at(doc, p).is_string())
        .filter(|p| {
            !prose
                || p.iter().rev().find_map(|s| match s {
                    Step::Key(k) => Some(TEXT_FIELDS.contains(&k.as_str())),
                    Step::Index(_) => None,
                }) == Some(true)
        })
        .collect();
    (!fit.is_empty()).then(|| fit[rng.random_range(0..fit.len())].clone())
}

/// Long text of one shape: an unbreakable word, words, line breaks, CJK, emoji or
/// combining marks, from 256 to 16 Ki characters (at most 64 KB of UTF-8).
fn huge_text(rng: &mut Rng) -> String {
    let chars = 1usize << rng.random_range(8..=14);
    let unit = ["x", "word ", "\n", "服务", "👩‍👩‍👧", "e\u{301}", "a\u{200b}", "\t"][rng.random_range(0..8)];
    unit.repeat(chars / unit.chars().count().max(1))
}

#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

/// The path of every value below the root.
fn paths(root: &Value) -> Vec<Vec<Step>> {
    let mut out = Vec::new();
    let mut stack = vec![(Vec::new(), root)];
    while let Some((path, v)) = stack.pop() {
        let children: Vec<(Step, &Value)> = match v {
            Value::Object(o) => o.iter().map(|(k, c)| (Step::Key(k.clone()), c)).collect(),
            Value::Array(a) => a.iter().enumerate().map(|(i, c)| (Step::Index(i), c)).collect(),
            _ => Vec::new(),
        };
        for (step, child) in children {
            let mut p: Vec<Step> = path.clone();
            p.push(step);
            out.push(p.clone());
            stack.push((p, child));
        }
    }
    out
}

fn at<'a>(v: &'a Value, path: &[Step]) -> &'a Value {
    path.iter().fold(v, |v, step| match step {
        Step::Key(k) => &v[k.as_str()],
        Step::Index(i) => &v[*i],
    })
}

fn at_mut<'a>(v: &'a mut Value, path: &[Step]) -> &'a mut Value {
    path.iter().fold(v, |v, step| match step {
        Step::Key(k) => &mut v[k.as_str()],
        Step::Index(i) => &mut v[*i],
    })
}
