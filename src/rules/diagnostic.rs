//! Diagnostics: what a rule reports, and the sink rules report into.

use crate::model::{ElementRef, Language, Severity};
use serde::Serialize;
use std::borrow::Cow;

/// One finding of the checker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Diagnostic {
    /// The id of the rule that reported it, e.g. `"lane-placement"`.
    pub rule: &'static str,
    pub severity: Severity,
    /// A plain sentence naming the elements by their text.
    pub message: String,
    /// The elements involved, first the main one.
    pub elements: Vec<ElementRef>,
    /// What to do about it (most hints are fixed text: no allocation).
    pub hint: Cow<'static, str>,
}

/// Collects the diagnostics of one rule; the rule's id and severity are stamped here so
/// rules only say what is wrong.
pub(crate) struct Out {
    rule: &'static str,
    severity: Severity,
    pub(crate) items: Vec<Diagnostic>,
}

impl Out {
    pub(crate) fn new(rule: &'static str, severity: Severity) -> Out {
        Out { rule, severity, items: Vec::new() }
    }

    pub(crate) fn push(&mut self, message: String, elements: Vec<ElementRef>, hint: impl Into<Cow<'static, str>>) {
        self.items.push(Diagnostic { rule: self.rule, severity: self.severity, message, elements, hint: hint.into() });
    }

    pub(crate) fn take(&mut self) -> Vec<Diagnostic> {
        std::mem::take(&mut self.items)
    }
}

/// Longest piece of user text quoted in a message.
const QUOTE_CHARS: usize = 60;

/// A user's text in quotes, shortened when long, for an English message. Displayed in
/// place, so formatting a message allocates once however many names it quotes.
#[cfg(test)]
pub(crate) fn quote(text: &str) -> Quoted<'_> {
    quote_in(text, Language::English)
}

/// A user's text quoted the way `lang` quotes: "English", “中文”.
pub(crate) fn quote_in(text: &str, lang: Language) -> Quoted<'_> {
    Quoted(text.trim(), lang)
}

pub(crate) struct Quoted<'a>(&'a str, Language);

impl std::fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use std::fmt::Write;
        let (open, close) = match self.1 {
            Language::English => ('"', '"'),
            Language::SimplifiedChinese => ('“', '”'),
        };
        if self.0.is_empty() {
            return f.write_str(self.1.pick("(untitled)", "（未命名）"));
        }
        f.write_char(open)?;
        let mut chars = self.0.chars();
        for c in chars.by_ref().take(QUOTE_CHARS) {
            f.write_char(c)?;
        }
        if chars.next().is_some() {
            f.write_char('…')?;
        }
        f.write_char(close)
    }
}

/// Up to `max` quoted texts joined with commas, with "and N more" after.
#[cfg(test)]
pub(crate) fn quote_list<'a>(texts: impl IntoIterator<Item = &'a str>, max: usize) -> String {
    quote_list_in(texts, max, Language::English)
}

/// Up to `max` quoted texts in `lang`: `"a", "b" and 2 more`, `“a”、“b”等另外 2 项`.
pub(crate) fn quote_list_in<'a>(texts: impl IntoIterator<Item = &'a str>, max: usize, lang: Language) -> String {
    let mut shown = Vec::new();
    let mut more = 0usize;
    for t in texts {
        if shown.len() < max {
            shown.push(quote_in(t, lang).to_string());
        } else {
            more += 1;
        }
    }
    let mut s = shown.join(lang.pick(", ", "、"));
    if more > 0 {
        match lang {
            Language::English => s.push_str(&format!(" and {more} more")),
            Language::SimplifiedChinese => s.push_str(&format!("等另外 {more} 项")),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_shorten_and_name_empty_text() {
        assert_eq!(quote("  Order  ").to_string(), "\"Order\"");
        assert_eq!(quote("").to_string(), "(untitled)");
        let long = "x".repeat(70);
        assert_eq!(quote(&long).to_string().chars().count(), QUOTE_CHARS + 3);
        assert_eq!(quote_list(["a", "b", "c"], 2), "\"a\", \"b\" and 1 more");
        let zh = Language::SimplifiedChinese;
        assert_eq!(quote_in(" 点餐 ", zh).to_string(), "“点餐”");
        assert_eq!(quote_in("", zh).to_string(), "（未命名）");
        assert_eq!(quote_list_in(["a", "b", "c"], 2, zh), "“a”、“b”等另外 1 项");
    }
}
