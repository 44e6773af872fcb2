//! A new list told as runs of the old one plus new items: the one encoding the view
//! protocol uses for every list an edit changes a little (the drawing order of cards and
//! connectors, the diagnostics). At 5,000 cards an edit keeps nearly all of such a list,
//! so stretches of the old one cost two numbers instead of thousands of items.

use serde::Serialize;

/// One stretch of a new list (`applyRuns` in ui/src/scene/runs.ts does what [`apply`] does).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Run<T> {
    /// `old[from .. from + len]`.
    Keep { from: usize, len: usize },
    /// Items the old list did not have there.
    Add { items: Vec<T> },
}

/// Builds runs item by item, extending the last run where it continues.
pub struct Runs<T> {
    runs: Vec<Run<T>>,
}

impl<T> Default for Runs<T> {
    fn default() -> Self {
        Runs { runs: Vec::new() }
    }
}

impl<T> Runs<T> {
    /// `len` items of the old list from `from` on come next.
    pub fn keep(&mut self, from: usize, len: usize) {
        if len == 0 {
            return;
        }
        match self.runs.last_mut() {
            Some(Run::Keep { from: f, len: l }) if *f + *l == from => *l += len,
            _ => self.runs.push(Run::Keep { from, len }),
        }
    }

    /// `item` comes next.
    pub fn add(&mut self, item: T) {
        match self.runs.last_mut() {
            Some(Run::Add { items }) => items.push(item),
            _ => self.runs.push(Run::Add { items: vec![item] }),
        }
    }

    pub fn finish(self) -> Vec<Run<T>> {
        self.runs
    }
}

/// The new list from the old one and its runs; `None` when a run reaches past `old` (the
/// runs were made against another list).
pub fn apply<T: Clone>(runs: &[Run<T>], old: &[T]) -> Option<Vec<T>> {
    let mut out = Vec::new();
    for r in runs {
        match r {
            Run::Keep { from, len } => out.extend_from_slice(old.get(*from..from.checked_add(*len)?)?),
            Run::Add { items } => out.extend(items.iter().cloned()),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_extend_while_they_continue() {
        let mut r = Runs::default();
        r.keep(0, 2);
        r.keep(2, 1);
        r.add("x");
        r.add("y");
        r.keep(5, 0);
        r.keep(7, 1);
        r.keep(3, 1);
        assert_eq!(
            r.finish(),
            vec![
                Run::Keep { from: 0, len: 3 },
                Run::Add { items: vec!["x", "y"] },
                Run::Keep { from: 7, len: 1 },
                Run::Keep { from: 3, len: 1 }
            ]
        );
    }

    #[test]
    fn apply_rebuilds_the_list_and_refuses_runs_past_its_end() {
        let old = ["a", "b", "c", "d"];
        let runs = vec![Run::Keep { from: 2, len: 2 }, Run::Add { items: vec!["z"] }, Run::Keep { from: 0, len: 1 }];
        assert_eq!(apply(&runs, &old), Some(vec!["c", "d", "z", "a"]));
        assert_eq!(apply(&runs, &old[..3]), None);
        assert_eq!(apply(&[Run::Keep { from: usize::MAX, len: 2 }], &old), None);
        assert_eq!(apply::<&str>(&[], &old), Some(vec![]));
    }
}
