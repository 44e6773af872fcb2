//! `frontstage export`: SVG and canonical JSON, to files or standard output.

use crate::input::load;
use crate::output::{print, say};
use crate::{Outcome, EXIT_UNREADABLE, EXIT_UNWRITABLE};
use frontstage::{export, io};
use std::path::Path;
use std::process::ExitCode;

pub fn export(file: &Path, svg: Option<&Path>, json: Option<&Path>) -> Outcome {
    if svg.is_none() && json.is_none() {
        say("nothing to export: give --svg OUT and/or --json OUT");
        return Ok(ExitCode::from(EXIT_UNREADABLE));
    }
    if let Some(problem) = output_clash(file, svg, json) {
        say(&problem);
        return Ok(ExitCode::from(EXIT_UNREADABLE));
    }
    let doc = match load(file) {
        Ok(d) => d,
        Err(code) => return Ok(code),
    };
    let mut outputs = [svg.map(|p| (p, export::svg::to_svg(&doc))), json.map(|p| (p, export::json::to_string(&doc)))];
    // Files first: a reader that stops reading standard output early does not cost the
    // file that was asked for as well.
    outputs.sort_by_key(|o| o.as_ref().is_some_and(|(p, _)| is_stdout(p)));
    for (path, text) in outputs.into_iter().flatten() {
        if is_stdout(path) {
            print(&text)?;
        } else if let Err(e) = io::write_atomically(path, text.as_bytes()) {
            // The save error is a whole sentence naming the file.
            say(&e.to_string());
            return Ok(ExitCode::from(EXIT_UNWRITABLE));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn is_stdout(path: &Path) -> bool {
    path == Path::new("-")
}

/// Outputs that would destroy the blueprint or each other: an output naming the input
/// file, or both outputs naming the same place (standard output included).
fn output_clash(input: &Path, svg: Option<&Path>, json: Option<&Path>) -> Option<String> {
    let same = |a: &Path, b: &Path| {
        a == b || matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
    };
    for out in [svg, json].into_iter().flatten() {
        if !is_stdout(out) && same(out, input) {
            return Some(format!("refusing to export over the blueprint itself ({})", input.display()));
        }
    }
    match (svg, json) {
        (Some(a), Some(b)) if same(a, b) => {
            Some(format!("--svg and --json both name {}: give each its own file", a.display()))
        }
        _ => None,
    }
}
