//! Upgrading documents written in older format versions.
//!
//! Each format change comes with one step, a function that turns a `vN` document (as a
//! `serde_json::Value`) into a `vN+1` document. Loading an older file runs the steps in
//! order from its version to [`FORMAT_VERSION`]; the file on disk is only changed when the
//! user saves. Steps are kept forever, so any released file can still be opened.
//!
//! A step is either additive (the newer version only adds optional fields, so an older
//! document already reads as a newer one and keeps its line numbers in error messages)
//! or a rewrite of the JSON. The chain's length is tied to [`FORMAT_VERSION`] by the array
//! type below: raising the version without adding a step does not compile.
//!
//! - 1 → 2 (additive): KPIs, the journey's and each stage's standard time, display
//!   settings, a fail point's description, a card's key-moment mark and colour.

use crate::model::FORMAT_VERSION;
use serde_json::Value;

/// The oldest format version there ever was.
pub const FIRST_VERSION: u32 = 1;

/// One upgrade step, from version `N` to version `N + 1`.
#[derive(Clone, Copy)]
pub enum Step {
    /// Version `N + 1` only adds optional fields: a version-`N` document means the same
    /// read as `N + 1`, so nothing is rewritten.
    Additive,
    /// Changes a document of version `N` in place into version `N + 1`. It need not touch
    /// `version`; the runner sets it. An `Err` explains what in the old document could not
    /// be upgraded.
    Rewrite(fn(&mut Value) -> Result<(), String>),
}

/// `STEPS[i]` upgrades version `FIRST_VERSION + i` to `FIRST_VERSION + i + 1`.
pub const STEPS: [Step; (FORMAT_VERSION - FIRST_VERSION) as usize] = [Step::Additive];

/// A chain of steps from `first` up to `first + steps.len()`.
#[derive(Clone, Copy)]
pub struct Chain<'a> {
    pub first: u32,
    pub steps: &'a [Step],
}

impl Chain<'_> {
    /// The chain this build of Frontstage uses.
    pub const CURRENT: Chain<'static> = Chain { first: FIRST_VERSION, steps: &STEPS };

    /// The version the chain ends at, i.e. the version it reads natively.
    pub fn latest(&self) -> u32 {
        self.first + self.steps.len() as u32
    }

    /// Whether every step from version `from` on is additive: a document of that version
    /// reads as the latest one as it is written.
    pub fn additive_from(&self, from: u32) -> bool {
        let Some(start) = from.checked_sub(self.first) else { return false };
        self.steps.iter().skip(start as usize).all(|s| matches!(s, Step::Additive))
    }

    /// Upgrades `doc`, which is at version `from` (`first ≤ from ≤ latest`), to the latest
    /// version. On failure, returns the version whose step failed and why.
    pub fn upgrade(&self, doc: &mut Value, from: u32) -> Result<(), (u32, String)> {
        let start = from.checked_sub(self.first).ok_or((from, "unknown version".to_owned()))? as usize;
        for (i, step) in self.steps.iter().enumerate().skip(start) {
            let version = self.first + i as u32;
            if let Step::Rewrite(rewrite) = step {
                rewrite(doc).map_err(|m| (version, m))?;
            }
            match doc.as_object_mut() {
                Some(obj) => obj.insert("version".to_owned(), Value::from(version + 1)),
                None => return Err((version, "the document is no longer an object".to_owned())),
            };
        }
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde_json::json;

    /// A made-up format change for testing the mechanism: in "version 1" the title was
    /// called `name`; "version 2" calls it `title`.
    pub(crate) fn rename_name_to_title(doc: &mut Value) -> Result<(), String> {
        let obj = doc.as_object_mut().ok_or("not an object")?;
        let name = obj.remove("name").ok_or("there is no \"name\"")?;
        obj.insert("title".to_owned(), name);
        Ok(())
    }

    /// Another made-up change: "version 3" adds a `persona` when there is none.
    fn add_persona(doc: &mut Value) -> Result<(), String> {
        let obj = doc.as_object_mut().ok_or("not an object")?;
        obj.entry("persona").or_insert(json!("anyone"));
        Ok(())
    }

    #[test]
    fn the_chain_ends_at_the_current_version() {
        assert_eq!(Chain::CURRENT.latest(), FORMAT_VERSION);
        let mut doc = json!({"version": FORMAT_VERSION});
        assert_eq!(Chain::CURRENT.upgrade(&mut doc, FORMAT_VERSION), Ok(()));
        assert_eq!(doc, json!({"version": FORMAT_VERSION}));
    }

    #[test]
    fn format_1_becomes_2_unchanged_but_for_its_version() {
        assert!(Chain::CURRENT.additive_from(1));
        let mut doc = json!({"version": 1, "title": "Hotel", "stages": [{"id": "s1", "name": "Arrive"}]});
        Chain::CURRENT.upgrade(&mut doc, 1).unwrap();
        assert_eq!(doc, json!({"version": 2, "title": "Hotel", "stages": [{"id": "s1", "name": "Arrive"}]}));
    }

    #[test]
    fn a_rewrite_anywhere_after_the_version_makes_it_not_additive() {
        let steps = [Step::Rewrite(rename_name_to_title), Step::Additive];
        let chain = Chain { first: 1, steps: &steps };
        assert!(!chain.additive_from(1));
        assert!(chain.additive_from(2));
        assert!(chain.additive_from(3), "nothing to do at the latest version");
        assert!(!chain.additive_from(0));
    }

    #[test]
    fn steps_run_in_order_from_the_document_version() {
        let steps: [Step; 2] = [Step::Rewrite(rename_name_to_title), Step::Rewrite(add_persona)];
        let chain = Chain { first: 1, steps: &steps };
        assert_eq!(chain.latest(), 3);

        let mut v1 = json!({"version": 1, "name": "Hotel"});
        chain.upgrade(&mut v1, 1).unwrap();
        assert_eq!(v1, json!({"version": 3, "title": "Hotel", "persona": "anyone"}));

        // A version-2 document skips the first step.
        let mut v2 = json!({"version": 2, "title": "Bank", "persona": "student"});
        chain.upgrade(&mut v2, 2).unwrap();
        assert_eq!(v2, json!({"version": 3, "title": "Bank", "persona": "student"}));
    }

    #[test]
    fn a_failing_step_names_its_version() {
        let steps: [Step; 2] = [Step::Rewrite(rename_name_to_title), Step::Rewrite(add_persona)];
        let chain = Chain { first: 1, steps: &steps };
        let mut doc = json!({"version": 1, "title": "no name here"});
        assert_eq!(chain.upgrade(&mut doc, 1), Err((1, "there is no \"name\"".to_owned())));
        assert_eq!(chain.upgrade(&mut json!({}), 0), Err((0, "unknown version".to_owned())));
    }
}
