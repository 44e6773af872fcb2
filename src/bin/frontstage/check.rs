//! `frontstage check`: the problems of a blueprint, for a person or as JSON.

use crate::args::Format;
use crate::input::load;
use crate::output::print;
use crate::terminal::one_line;
use crate::{Outcome, EXIT_PROBLEMS};
use frontstage::model::{Blueprint, Language, Profile, Severity};
use frontstage::rules::{self, Diagnostic};
use std::path::Path;
use std::process::ExitCode;

pub fn check(file: &Path, format: Format, profile: Option<Profile>, lang: Option<Language>) -> Outcome {
    let mut doc = match load(file) {
        Ok(d) => d,
        Err(code) => return Ok(code),
    };
    if let Some(p) = profile {
        doc.profile = p;
    }
    let diagnostics = rules::check_in(&doc, lang.unwrap_or(doc.language));
    let report = match format {
        Format::Human => human_report(file, &doc, &diagnostics),
        Format::Json => json_report(file, &doc, &diagnostics),
    };
    print(&report)?;
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        Ok(ExitCode::from(EXIT_PROBLEMS))
    } else {
        Ok(ExitCode::SUCCESS)
    }
}

fn json_report(file: &Path, doc: &Blueprint, diagnostics: &[Diagnostic]) -> String {
    let report = serde_json::json!({
        "file": file.display().to_string(),
        "profile": doc.profile.key(),
        "diagnostics": diagnostics,
    });
    // A `Value` of strings, numbers and string-keyed maps always serializes.
    let mut text = serde_json::to_string_pretty(&report).unwrap_or_default();
    text.push('\n');
    text
}

fn human_report(file: &Path, doc: &Blueprint, diagnostics: &[Diagnostic]) -> String {
    use std::fmt::Write as _;
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: \"{}\" ({} profile): {} error(s), {} warning(s), {} note(s)",
        file.display(),
        one_line(&doc.title),
        doc.profile.key(),
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info)
    );
    for d in diagnostics {
        let _ = writeln!(out, "{}[{}]: {}", d.severity.key(), d.rule, one_line(&d.message));
        if !d.elements.is_empty() {
            let names: Vec<String> = d.elements.iter().map(|e| e.to_string()).collect();
            let _ = writeln!(out, "  at: {}", names.join(", "));
        }
        if !d.hint.is_empty() {
            let _ = writeln!(out, "  hint: {}", one_line(&d.hint));
        }
    }
    out
}
