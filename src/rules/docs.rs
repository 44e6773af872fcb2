//! `docs/rules.md`, generated from the rule files' headers and the registry.

use super::{registry, source_of};
use crate::model::{Profile, Severity};

/// The header of a rule file: its leading `//!` lines, as Markdown.
fn header(source: &str) -> String {
    let mut out = String::new();
    for line in source.lines().take_while(|l| l.starts_with("//!")) {
        let text = line.trim_start_matches("//!");
        out.push_str(text.strip_prefix(' ').unwrap_or(text));
        out.push('\n');
    }
    out
}

fn grade(s: Option<Severity>) -> &'static str {
    s.map_or("off", Severity::key)
}

/// The rules reference, as committed in `docs/rules.md`.
pub fn rules_markdown() -> String {
    let mut md = String::from(
        "# Rules\n\n\
         <!-- Generated from the headers of src/rules/*.rs; regenerate with\n     \
         UPDATE_DOCS=1 cargo test --lib rules::docs -->\n\n\
         The checker reports problems in a blueprint as diagnostics: the rule, a severity\n\
         (error, warning, info), a message naming the elements, the ids of those elements\n\
         and a hint. The blueprint's profile switches rules on and off and grades them; the\n\
         document's `rules` settings (rule id → `off`, `info`, `warning` or `error`)\n\
         override the profile.\n\n",
    );
    md.push_str("| Rule | Bitner (default) | Shostack | 18F | Fließ | Checks |\n|---|---|---|---|---|---|\n");
    for r in registry() {
        let i = &r.info;
        md.push_str(&format!("| [`{}`](#{}) |", i.id, i.id));
        for p in Profile::ALL {
            md.push_str(&format!(" {} |", grade(i.severity_in(p))));
        }
        md.push_str(&format!(" {} |\n", i.summary));
    }
    for (n, _) in registry().iter().enumerate() {
        md.push('\n');
        for line in header(source_of(n)).lines() {
            if line.starts_with('#') {
                md.push('#');
            }
            md.push_str(line);
            md.push('\n');
        }
    }
    md
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Profile;

    const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md");

    #[test]
    fn docs_rules_md_is_fresh() {
        let fresh = rules_markdown();
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::write(PATH, &fresh).expect("write docs/rules.md");
            return;
        }
        let committed = std::fs::read_to_string(PATH).unwrap_or_default();
        assert!(
            committed == fresh,
            "docs/rules.md is stale; regenerate it with: UPDATE_DOCS=1 cargo test --lib rules::docs"
        );
    }

    #[test]
    fn every_rule_file_has_a_complete_header_and_tests() {
        for (n, r) in registry().iter().enumerate() {
            let src = source_of(n);
            let h = header(src);
            let id = r.info.id;
            assert!(h.starts_with(&format!("# `{id}`\n")), "{id}: header must start with its id");
            assert!(
                h.contains(&format!("**Default severity:** {}", r.info.default_severity.key())),
                "{id}: header must state the default severity"
            );
            for part in ["**Checks.**", "**Why.**", "**Correct.**", "**Incorrect.**"] {
                assert!(h.contains(part), "{id}: header lacks {part}");
            }
            assert!(src.contains("#[cfg(test)]") && src.contains("table("), "{id}: needs a valid/invalid table");
        }
    }

    #[test]
    fn eighteen_f_and_shostack_turn_off_evidence() {
        let md = rules_markdown();
        let row = md.lines().find(|l| l.starts_with("| [`customer-without-evidence`]")).unwrap();
        // Columns: bitner, shostack, 18f, fliess.
        assert!(row.contains("| warning | off | off | warning |"), "{row}");
        let info = crate::rules::rule("customer-without-evidence").unwrap().info;
        assert_eq!(info.severity_in(Profile::EighteenF), None);
        assert_eq!(info.severity_in(Profile::Shostack), None);
    }
}
