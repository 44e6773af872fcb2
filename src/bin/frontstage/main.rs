//! `frontstage`: check, measure and export service blueprints from the command line.

// `println!` and `eprintln!` panic when a stream fails (a closed pipe, a full disk):
// standard output goes through `output::print`, standard error through `output::say`.
#![deny(clippy::print_stdout, clippy::print_stderr)]

mod args;
mod check;
mod export;
mod input;
mod new;
mod output;
mod report;
mod terminal;

use args::{Cli, Cmd, PaperArg, Scale};
use clap::Parser;
use frontstage::export::pdf::{Orientation, PdfLayout, PdfOptions};
use frontstage::export::png::{PngOptions, PngSize};
use frontstage::{io, rules};
use output::Unwritten;
use std::io::Write;
use std::process::ExitCode;

/// Exit codes, as documented in the README.
const EXIT_PROBLEMS: u8 = 1;
const EXIT_UNREADABLE: u8 = 2;
const EXIT_UNWRITABLE: u8 = 3;
/// Standard output was closed before all was written: 128 + SIGPIPE, what a shell reports
/// for a writer that the signal killed.
const EXIT_CLOSED: u8 = 141;

/// A command's exit code, or standard output's failure, which decides the code instead.
type Outcome = Result<ExitCode, Unwritten>;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage(&e),
    };
    let outcome = match cli.command {
        Cmd::Check { file, format, profile, lang } => check::check(&file, format, profile, lang),
        Cmd::Export {
            file,
            svg,
            png,
            scale,
            width,
            transparent,
            pdf,
            paper,
            landscape,
            portrait,
            tiles,
            handout,
            json,
        } => {
            let size = match (width, scale) {
                (Some(w), _) => PngSize::Width(w),
                (None, scale) => PngSize::Scale(scale.map_or(1.0, Scale::factor)),
            };
            let pdf_options = PdfOptions {
                paper: paper.map_or_else(Default::default, PaperArg::paper),
                orientation: match (landscape, portrait) {
                    (true, _) => Some(Orientation::Landscape),
                    (_, true) => Some(Orientation::Portrait),
                    _ => None,
                },
                layout: match (tiles, handout) {
                    (true, _) => PdfLayout::Tiles,
                    (_, true) => PdfLayout::Handout,
                    _ => PdfLayout::Single,
                },
            };
            let targets = export::Targets {
                svg: svg.as_deref(),
                png: png.as_deref(),
                pdf: pdf.as_deref(),
                json: json.as_deref(),
            };
            export::export(&file, targets, &PngOptions { size, transparent }, &pdf_options)
        }
        Cmd::New { list: true, .. } => new::list(),
        Cmd::New { out, template, title, force, list: false } => new::new(out.as_deref(), &template, title, force),
        Cmd::Report { file, format } => report::report(&file, format),
        Cmd::Rules => list_rules(),
        Cmd::Schema => output::print(&io::schema::json_schema()).map(|()| ExitCode::SUCCESS),
    };
    outcome.unwrap_or_else(Unwritten::exit)
}

/// Help and version (on standard output) or a mistake in the command line (on standard
/// error), as clap words them; standard output's failures end the program as anywhere else.
fn usage(e: &clap::Error) -> ExitCode {
    let code = ExitCode::from(e.exit_code() as u8);
    let printed = e.print().and_then(|()| std::io::stdout().flush());
    match printed {
        Err(err) if !e.use_stderr() => Unwritten(err).exit(),
        _ => code,
    }
}

fn list_rules() -> Outcome {
    let text: String = rules::rule_infos()
        .iter()
        .map(|r| format!("{:<32} {:<8} {}\n", r.id, r.default_severity.key(), r.summary))
        .collect();
    output::print(&text)?;
    Ok(ExitCode::SUCCESS)
}
