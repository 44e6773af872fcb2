//! `frontstage new`: a blueprint from a built-in template.

use crate::output::{print, say};
use crate::terminal::one_line;
use crate::{Outcome, EXIT_UNREADABLE, EXIT_UNWRITABLE};
use frontstage::{io, templates};
use std::path::Path;
use std::process::ExitCode;

/// `new --list`: the templates and what each is for.
pub fn list() -> Outcome {
    let text: String = templates::names()
        .iter()
        .map(|name| format!("{:<16} {}\n", name, templates::describe(name).unwrap_or("")))
        .collect();
    print(&text)?;
    Ok(ExitCode::SUCCESS)
}

pub fn new(out: Option<&Path>, template: &str, title: Option<String>, force: bool) -> Outcome {
    let Some(out) = out else {
        say("give a file to create, e.g. `frontstage new my-service.frontstage`");
        return Ok(ExitCode::from(EXIT_UNREADABLE));
    };
    let Some(mut doc) = templates::template(template) else {
        say(&format!("unknown template \"{}\" (known: {})", one_line(template), templates::names().join(", ")));
        return Ok(ExitCode::from(EXIT_UNREADABLE));
    };
    if let Some(t) = title {
        doc.title = t;
    }
    if out.exists() && !force {
        say(&format!("{} already exists; use --force to overwrite it", out.display()));
        return Ok(ExitCode::from(EXIT_UNWRITABLE));
    }
    if let Err(e) = io::save_path(out, &doc) {
        // The save error is a whole sentence naming the file.
        say(&e.to_string());
        return Ok(ExitCode::from(EXIT_UNWRITABLE));
    }
    // The file is saved whole before this line; if standard output fails now, the exit
    // code says so and the file stays.
    print(&format!("Created {} from the {template} template.\n", out.display()))?;
    Ok(ExitCode::SUCCESS)
}
