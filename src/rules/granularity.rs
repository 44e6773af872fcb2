//! # `granularity`
//!
//! **Default severity:** info
//!
//! **Checks.** The blueprint has between 5 and 15 customer actions. A blueprint with no
//! card at all is not reported: it has not been started (a new blank template).
//!
//! **Why.** Fewer than about five customer actions is too abstract to show where the
//! service can fail; more than about fifteen is too fine to read as one journey and is
//! better split into sub-blueprints (Bitner, Ostrom & Morgan 2008; Shostack 1984 on
//! level of detail; NN/g).
//!
//! **Correct.** The restaurant blueprint with eight customer actions.
//!
//! **Incorrect.** A blueprint with only "Visit" and "Pay"; one with 40 customer actions; one
//! with cards but no customer action.
//!
//! **Not reported.** A blueprint with no card.

use super::diagnostic::Out;
use super::index::Cx;
use super::rule::{Check, Rule, RuleInfo, Reads};
use crate::model::{ElementRef, Language, Severity};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "granularity",
        default_severity: Severity::Info,
        summary: "Between 5 and 15 customer actions.",
        summary_zh: "客户行为在 5 到 15 个之间。",
        profile_overrides: &[],
    },
    check: Check::Document(check, Reads::Flow),
};

const FEWEST: usize = 5;
const MOST: usize = 15;

fn check(cx: &Cx, out: &mut Out) {
    if cx.doc.cards.is_empty() {
        return;
    }
    let n = cx.ix.customer_count;
    let zh = cx.lang == Language::SimplifiedChinese;
    let (message, hint) = if n < FEWEST {
        (
            if zh {
                format!("这张蓝图有 {n} 个客户行为；少于 {FEWEST} 个通常过于笼统。")
            } else {
                format!("The blueprint has {n} customer action{}; fewer than {FEWEST} is usually too abstract.", if n == 1 { "" } else { "s" })
            },
            cx.lang.pick(
                "Break the customer's journey into the steps they actually take.",
                "请把客户的旅程拆成他们实际经历的各个步骤。",
            ),
        )
    } else if n > MOST {
        (
            if zh {
                format!("这张蓝图有 {n} 个客户行为；多于 {MOST} 个通常过于细碎，难以当作一段旅程来读。")
            } else {
                format!("The blueprint has {n} customer actions; more than {MOST} is usually too detailed to read as one journey.")
            },
            cx.lang.pick("Group steps, or split the journey into several blueprints.", "请把步骤归并成组，或把旅程拆成几张蓝图。"),
        )
    } else {
        return;
    };
    out.push(message, vec![ElementRef::Document], hint);
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bitner, good, table, Doc};
    use crate::model::ElementRef;

    fn with(n: usize) -> Doc {
        let mut d = bitner(1);
        for i in 0..n {
            d = d.card(&format!("u{i}"), "cu", "s1", "Step");
        }
        d
    }

    #[test]
    fn table_() {
        table(
            "granularity",
            vec![("good", good()), ("five", with(5)), ("fifteen", with(15)), ("no card yet", with(0))],
            vec![
                ("four", with(4), vec![ElementRef::Document]),
                ("sixteen", with(16), vec![ElementRef::Document]),
                ("cards but no customer action", bitner(1).card("e", "ev", "s1", "Sign"), vec![ElementRef::Document]),
            ],
        );
    }
}
