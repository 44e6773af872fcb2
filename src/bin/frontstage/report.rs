//! `frontstage report`: every measure of a blueprint, as text, JSON, CSV or Markdown.

use crate::args::ReportFormat;
use crate::input::load;
use crate::output::print;
use crate::Outcome;
use frontstage::measure;
use std::path::Path;
use std::process::ExitCode;

pub fn report(file: &Path, format: ReportFormat) -> Outcome {
    let doc = match load(file) {
        Ok(d) => d,
        Err(code) => return Ok(code),
    };
    let report = measure::measure(&doc);
    let text = match format {
        ReportFormat::Human => measure::to_text(&doc, &report),
        ReportFormat::Md => measure::to_markdown(&doc, &report),
        ReportFormat::Csv => measure::to_csv(&doc, &report),
        ReportFormat::Json => {
            // Plain structs of strings and numbers (finite: the loader refuses others).
            let mut t = serde_json::to_string_pretty(&report).unwrap_or_default();
            t.push('\n');
            t
        }
    };
    print(&text)?;
    Ok(ExitCode::SUCCESS)
}
