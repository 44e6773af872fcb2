//! The command line: subcommands, flags and the parsers of their values.

use clap::{Parser, Subcommand, ValueEnum};
use frontstage::model::{Language, Profile};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "frontstage",
    version,
    about = "Check, measure and export service blueprints (.frontstage files).",
    after_help = "Exit codes: 0 success (check: no problem at error severity); 1 problems at error \
                  severity; 2 the input could not be read; 3 an output could not be written; 141 \
                  standard output was closed before everything was written."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Cmd,
}

#[derive(Subcommand)]
pub enum Cmd {
    /// Check a blueprint's lines, lanes and flow, and list the problems found.
    Check {
        /// The blueprint file.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Check with this profile instead of the one the file names.
        #[arg(long, value_parser = parse_profile)]
        profile: Option<Profile>,
        /// Language of the problems' messages and hints: en or zh-Hans (简体中文); the
        /// document's own language when not given, as `report` writes it.
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Language>,
    },
    /// Export a blueprint as SVG, PNG, PDF and/or canonical JSON ("-" writes to standard output).
    #[command(arg_required_else_help = true)]
    Export {
        /// The blueprint file.
        file: PathBuf,
        /// Write an SVG picture here.
        #[arg(long, value_name = "OUT")]
        svg: Option<PathBuf>,
        /// Write a PNG picture here, drawn with the bundled fonts.
        #[arg(long, value_name = "OUT")]
        png: Option<PathBuf>,
        /// The PNG's pixels per pixel of the SVG [default: 1].
        #[arg(long, value_enum, requires = "png")]
        scale: Option<Scale>,
        /// The PNG this many pixels wide instead (as tall as the blueprint's proportions make it).
        #[arg(long, value_name = "PX", value_parser = clap::value_parser!(u32).range(1..))]
        #[arg(requires = "png", conflicts_with = "scale")]
        width: Option<u32>,
        /// The PNG without its white background.
        #[arg(long, requires = "png")]
        transparent: bool,
        /// Write a PDF here: vector, with the text as text in the bundled fonts.
        #[arg(long, value_name = "OUT")]
        pdf: Option<PathBuf>,
        /// The PDF's paper: the blueprint's own size, or a sheet it is scaled to fit [default: fit].
        #[arg(long, value_enum, requires = "pdf")]
        paper: Option<PaperArg>,
        /// The paper on its side [default: the orientation the blueprint fits best].
        #[arg(long, requires = "pdf", conflicts_with = "portrait")]
        landscape: bool,
        /// The paper upright.
        #[arg(long, requires = "pdf")]
        portrait: bool,
        /// A poster at 100 % across as many sheets of the paper as it needs, with overlaps, cut
        /// marks and the stage and lane headers on every sheet.
        #[arg(long, requires = "paper", conflicts_with = "handout")]
        tiles: bool,
        /// One page per stage, with the lane headers at its left.
        #[arg(long, requires = "pdf")]
        handout: bool,
        /// Write the canonical JSON document here.
        #[arg(long, value_name = "OUT")]
        json: Option<PathBuf>,
    },
    /// Create a new blueprint from a built-in template.
    New {
        /// Where to write the new blueprint (it must not exist unless --force).
        out: Option<PathBuf>,
        /// Template name (see --list).
        #[arg(long, short, default_value = "bitner")]
        template: String,
        /// Title of the new blueprint.
        #[arg(long)]
        title: Option<String>,
        /// Overwrite OUT if it exists.
        #[arg(long)]
        force: bool,
        /// List the templates and exit.
        #[arg(long, conflicts_with_all = ["out", "title", "force"])]
        list: bool,
    },
    /// List the rules the checker knows, with their default severity.
    Rules,
    /// Measure a blueprint: time, the critical path, waits, fail points, emotion,
    /// touchpoints and KPIs, per stage and for the journey, in the document's language.
    Report {
        /// The blueprint file.
        file: PathBuf,
        /// Output format: aligned text, JSON (schema/report.schema.json), CSV (UTF-8 with a
        /// byte-order mark, for Excel and WPS) or Markdown.
        #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
        format: ReportFormat,
    },
    /// Print the JSON Schema of the file format.
    Schema,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ReportFormat {
    Human,
    Json,
    Csv,
    Md,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

/// The PDF's papers.
#[derive(Clone, Copy, ValueEnum)]
pub enum PaperArg {
    Fit,
    A4,
    A3,
    A2,
    Letter,
    Tabloid,
}

impl PaperArg {
    pub fn paper(self) -> frontstage::export::pdf::Paper {
        use frontstage::export::pdf::Paper;
        match self {
            PaperArg::Fit => Paper::Fit,
            PaperArg::A4 => Paper::A4,
            PaperArg::A3 => Paper::A3,
            PaperArg::A2 => Paper::A2,
            PaperArg::Letter => Paper::Letter,
            PaperArg::Tabloid => Paper::Tabloid,
        }
    }
}

/// The PNG's scales: the screen's size, and sharp on screens and slides of twice and four
/// times its density.
#[derive(Clone, Copy, ValueEnum)]
pub enum Scale {
    #[value(name = "1")]
    One,
    #[value(name = "2")]
    Two,
    #[value(name = "4")]
    Four,
}

impl Scale {
    pub fn factor(self) -> f32 {
        match self {
            Scale::One => 1.0,
            Scale::Two => 2.0,
            Scale::Four => 4.0,
        }
    }
}

fn parse_profile(s: &str) -> Result<Profile, String> {
    Profile::from_key(s).ok_or_else(|| {
        let known: Vec<&str> = Profile::ALL.iter().map(|p| p.key()).collect();
        format!("unknown profile \"{s}\" (known: {})", known.join(", "))
    })
}

/// A message language by its tag as files write it (`en`, `zh-Hans`). Without one, the
/// document's language, whatever the environment says: a file reads the same everywhere.
fn parse_lang(s: &str) -> Result<Language, String> {
    serde_json::from_value(serde_json::Value::String(s.to_owned()))
        .map_err(|_| format!("unknown language \"{s}\" (known: en, zh-Hans)"))
}
