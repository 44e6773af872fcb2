//! `frontstage export`: SVG, PNG, PDF and canonical JSON, to files or standard output.

use crate::input::load;
use crate::output::{print_bytes, say};
use crate::{Outcome, EXIT_UNREADABLE, EXIT_UNWRITABLE};
use frontstage::export::pdf::{self, PdfError, PdfOptions};
use frontstage::export::png::{self, PngError, PngOptions};
use frontstage::{export, io, layout};
use std::path::Path;
use std::process::ExitCode;

/// Where each export goes, if it is asked for.
#[derive(Clone, Copy)]
pub struct Targets<'a> {
    pub svg: Option<&'a Path>,
    pub png: Option<&'a Path>,
    pub pdf: Option<&'a Path>,
    pub json: Option<&'a Path>,
}

impl<'a> Targets<'a> {
    fn named(self) -> [(&'static str, Option<&'a Path>); 4] {
        [("--svg", self.svg), ("--png", self.png), ("--pdf", self.pdf), ("--json", self.json)]
    }
}

pub fn export(file: &Path, targets: Targets, png_options: &PngOptions, pdf_options: &PdfOptions) -> Outcome {
    if targets.named().iter().all(|(_, t)| t.is_none()) {
        say("nothing to export: give --svg OUT, --png OUT, --pdf OUT and/or --json OUT");
        return Ok(ExitCode::from(EXIT_UNREADABLE));
    }
    if let Some(problem) = output_clash(file, targets) {
        say(&problem);
        return Ok(ExitCode::from(EXIT_UNREADABLE));
    }
    let doc = match load(file) {
        Ok(d) => d,
        Err(code) => return Ok(code),
    };
    // Everything is made before anything is written: a picture too large to draw leaves no
    // file behind, not even the others asked for.
    let scene = layout::layout(&doc);
    let png = match targets.png.map(|p| png::scene_to_png(&scene, &doc, png_options).map(|b| (p, b))).transpose() {
        Ok(png) => png,
        Err(e) => return Ok(refused(&e)),
    };
    let pdf = match targets.pdf.map(|p| pdf::scene_to_pdf(&scene, &doc, pdf_options).map(|b| (p, b))).transpose() {
        Ok(pdf) => pdf,
        Err(e) => return Ok(refused_pdf(&e)),
    };
    let mut outputs = [
        targets.svg.map(|p| (p, export::svg::scene_to_svg(&scene, &doc).into_bytes())),
        png,
        pdf,
        targets.json.map(|p| (p, export::json::to_string(&doc).into_bytes())),
    ];
    // Files first: a reader that stops reading standard output early does not cost the
    // file that was asked for as well.
    outputs.sort_by_key(|o| o.as_ref().is_some_and(|(p, _)| is_stdout(p)));
    for (path, bytes) in outputs.into_iter().flatten() {
        if is_stdout(path) {
            print_bytes(&bytes)?;
        } else if let Err(e) = io::write_atomically(path, &bytes) {
            // The save error is a whole sentence naming the file.
            say(&e.to_string());
            return Ok(ExitCode::from(EXIT_UNWRITABLE));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A PNG that could not be made: a size the command line asked for is a mistake in it
/// (as an unreadable input is), a failure to draw or encode an output not written.
fn refused(e: &PngError) -> ExitCode {
    say(&format!("no PNG written: {e}"));
    match e {
        PngError::BadScale(_) | PngError::BadWidth | PngError::TooLarge { .. } => ExitCode::from(EXIT_UNREADABLE),
        PngError::Render(_) | PngError::Encode(_) => ExitCode::from(EXIT_UNWRITABLE),
    }
}

/// A PDF that could not be made: options that cannot go together or a paper too small
/// for the headers are mistakes in the command line, a failure to draw or write is not.
fn refused_pdf(e: &PdfError) -> ExitCode {
    say(&format!("no PDF written: {e}"));
    match e {
        PdfError::TilesNeedPaper | PdfError::NoRoom { .. } => ExitCode::from(EXIT_UNREADABLE),
        PdfError::Render(_) | PdfError::Write(_) => ExitCode::from(EXIT_UNWRITABLE),
    }
}

fn is_stdout(path: &Path) -> bool {
    path == Path::new("-")
}

/// Outputs that would destroy the blueprint or each other: an output naming the input
/// file, or two outputs naming the same place (standard output included).
fn output_clash(input: &Path, targets: Targets) -> Option<String> {
    let same = |a: &Path, b: &Path| {
        a == b || matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
    };
    let named: Vec<(&str, &Path)> = targets.named().into_iter().filter_map(|(n, t)| Some((n, t?))).collect();
    for (_, out) in &named {
        if !is_stdout(out) && same(out, input) {
            return Some(format!("refusing to export over the blueprint itself ({})", input.display()));
        }
    }
    for (i, (a_flag, a)) in named.iter().enumerate() {
        for (b_flag, b) in &named[i + 1..] {
            if same(a, b) {
                return Some(format!("{a_flag} and {b_flag} both name {}: give each its own file", a.display()));
            }
        }
    }
    None
}
