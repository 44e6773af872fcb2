//! `frontstage`: check and export service blueprints from the command line.

use clap::{Parser, Subcommand, ValueEnum};
use frontstage::model::{Blueprint, Language, Profile, Severity};
use frontstage::rules::Diagnostic;
use frontstage::{export, io, rules, templates};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exit codes, as documented in the README.
const EXIT_PROBLEMS: u8 = 1;
const EXIT_UNREADABLE: u8 = 2;
const EXIT_UNWRITABLE: u8 = 3;

#[derive(Parser)]
#[command(
    name = "frontstage",
    version,
    about = "Check and export service blueprints (.frontstage files).",
    after_help = "Exit codes: 0 success (check: no problem at error severity); 1 problems at error \
                  severity; 2 the input could not be read; 3 an output could not be written."
)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
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
        /// Language of the problems' messages and hints: en or zh-Hans (简体中文).
        #[arg(long, value_parser = parse_lang, default_value = "en")]
        lang: Language,
    },
    /// Export a blueprint as SVG and/or canonical JSON ("-" writes to standard output).
    #[command(arg_required_else_help = true)]
    Export {
        /// The blueprint file.
        file: PathBuf,
        /// Write an SVG picture here.
        #[arg(long, value_name = "OUT")]
        svg: Option<PathBuf>,
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
    /// Print the JSON Schema of the file format.
    Schema,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

fn parse_profile(s: &str) -> Result<Profile, String> {
    Profile::from_key(s).ok_or_else(|| {
        let known: Vec<&str> = Profile::ALL.iter().map(|p| p.key()).collect();
        format!("unknown profile \"{s}\" (known: {})", known.join(", "))
    })
}

/// A message language by its tag as files write it (`en`, `zh-Hans`). English stays the
/// default whatever the environment says, so scripts read the same output everywhere.
fn parse_lang(s: &str) -> Result<Language, String> {
    serde_json::from_value(serde_json::Value::String(s.to_owned()))
        .map_err(|_| format!("unknown language \"{s}\" (known: en, zh-Hans)"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Cmd::Check { file, format, profile, lang } => check(&file, format, profile, lang),
        Cmd::Export { file, svg, json } => export_files(&file, svg.as_deref(), json.as_deref()),
        Cmd::New { out, template, title, force, list } => new(out.as_deref(), &template, title, force, list),
        Cmd::Rules => {
            for r in rules::rule_infos() {
                println!("{:<32} {:<8} {}", r.id, r.default_severity.key(), r.summary);
            }
            ExitCode::SUCCESS
        }
        Cmd::Schema => {
            print!("{}", io::schema::json_schema());
            ExitCode::SUCCESS
        }
    }
}

fn load(file: &Path) -> Result<Blueprint, ExitCode> {
    io::load_path(file).map_err(|e| {
        eprintln!("frontstage: cannot open {}: {e}", file.display());
        ExitCode::from(EXIT_UNREADABLE)
    })
}

fn check(file: &Path, format: Format, profile: Option<Profile>, lang: Language) -> ExitCode {
    let mut doc = match load(file) {
        Ok(d) => d,
        Err(code) => return code,
    };
    if let Some(p) = profile {
        doc.profile = p;
    }
    let diagnostics = rules::check_in(&doc, lang);
    match format {
        Format::Human => print!("{}", human_report(file, &doc, &diagnostics)),
        Format::Json => {
            let report = serde_json::json!({
                "file": file.display().to_string(),
                "profile": doc.profile.key(),
                "diagnostics": diagnostics,
            });
            println!("{}", serde_json::to_string_pretty(&report).expect("diagnostics serialize"));
        }
    }
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        ExitCode::from(EXIT_PROBLEMS)
    } else {
        ExitCode::SUCCESS
    }
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

/// User text printed to a terminal: control characters (escape sequences) and the
/// invisible bidirectional controls (which could reorder the rest of the line) are shown
/// escaped, never interpreted.
fn one_line(s: &str) -> String {
    let hidden = |c: char| {
        c.is_control() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    s.chars().flat_map(|c| if hidden(c) { c.escape_default().collect::<Vec<_>>() } else { vec![c] }).collect()
}

fn export_files(file: &Path, svg: Option<&Path>, json: Option<&Path>) -> ExitCode {
    if svg.is_none() && json.is_none() {
        eprintln!("frontstage: nothing to export: give --svg OUT and/or --json OUT");
        return ExitCode::from(EXIT_UNREADABLE);
    }
    if let Some(problem) = output_clash(file, svg, json) {
        eprintln!("frontstage: {problem}");
        return ExitCode::from(EXIT_UNREADABLE);
    }
    let doc = match load(file) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let outputs = [svg.map(|p| (p, export::svg::to_svg(&doc))), json.map(|p| (p, export::json::to_string(&doc)))];
    for (path, text) in outputs.into_iter().flatten() {
        if let Err(code) = write_output(path, &text) {
            return code;
        }
    }
    ExitCode::SUCCESS
}

/// Outputs that would destroy the blueprint or each other: an output naming the input
/// file, or both outputs naming the same place (standard output included).
fn output_clash(input: &Path, svg: Option<&Path>, json: Option<&Path>) -> Option<String> {
    let same = |a: &Path, b: &Path| {
        a == b || matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
    };
    for out in [svg, json].into_iter().flatten() {
        if out != Path::new("-") && same(out, input) {
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

fn write_output(path: &Path, text: &str) -> Result<(), ExitCode> {
    let result = if path == Path::new("-") {
        std::io::stdout().write_all(text.as_bytes()).map_err(|e| e.to_string())
    } else {
        io::write_atomically(path, text.as_bytes()).map_err(|e| e.to_string())
    };
    result.map_err(|e| {
        eprintln!("frontstage: cannot write {}: {e}", path.display());
        ExitCode::from(EXIT_UNWRITABLE)
    })
}

fn new(out: Option<&Path>, template: &str, title: Option<String>, force: bool, list: bool) -> ExitCode {
    if list {
        for name in templates::names() {
            println!("{:<16} {}", name, templates::describe(name).unwrap_or(""));
        }
        return ExitCode::SUCCESS;
    }
    let Some(out) = out else {
        eprintln!("frontstage: give a file to create, e.g. `frontstage new my-service.frontstage`");
        return ExitCode::from(EXIT_UNREADABLE);
    };
    let Some(mut doc) = templates::template(template) else {
        eprintln!("frontstage: unknown template \"{}\" (known: {})", one_line(template), templates::names().join(", "));
        return ExitCode::from(EXIT_UNREADABLE);
    };
    if let Some(t) = title {
        doc.title = t;
    }
    if out.exists() && !force {
        eprintln!("frontstage: {} already exists; use --force to overwrite it", out.display());
        return ExitCode::from(EXIT_UNWRITABLE);
    }
    match io::save_path(out, &doc) {
        Ok(()) => {
            println!("Created {} from the {template} template.", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("frontstage: cannot write {}: {e}", out.display());
            ExitCode::from(EXIT_UNWRITABLE)
        }
    }
}
