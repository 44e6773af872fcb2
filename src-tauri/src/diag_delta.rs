//! The change between the diagnostics a window last received and the current ones. At
//! 5,000 cards the checker reports thousands of problems (a megabyte of JSON); an edit
//! changes a few of them, so the new list is sent as runs of the old one plus what is new.

use foldhash::HashMap;
use frontstage::rules::Diagnostic;
use serde::Serialize;
use std::collections::VecDeque;
use ts_rs::TS;

/// One stretch of the new list: a run of the old list, or new diagnostics.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum DiagnosticsRun {
    /// `old[from .. from + len]`.
    Keep {
        from: usize,
        len: usize,
    },
    Add {
        items: Vec<Diagnostic>,
    },
}

/// The new list, in order, as runs (`applyDiagnostics` in ui/src/diagnostics.ts).
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct DiagnosticsDelta {
    pub runs: Vec<DiagnosticsRun>,
}

impl DiagnosticsDelta {
    pub fn between(old: &[Diagnostic], new: &[Diagnostic]) -> DiagnosticsDelta {
        // An edit changes a few diagnostics in the middle of thousands: the unchanged head
        // and tail are found in step, without hashing their (long) messages.
        let head = old.iter().zip(new).take_while(|(a, b)| a == b).count();
        let tail = old[head..].iter().rev().zip(new[head..].iter().rev()).take_while(|(a, b)| a == b).count();
        let (old_mid, new_mid) = (&old[head..old.len() - tail], &new[head..new.len() - tail]);
        let mut runs: Vec<DiagnosticsRun> = Vec::new();
        if head > 0 {
            runs.push(DiagnosticsRun::Keep { from: 0, len: head });
        }
        // Old positions by rule and message (nearly unique), earliest first.
        let mut at: HashMap<(&str, &str), VecDeque<usize>> = HashMap::default();
        for (i, d) in old_mid.iter().enumerate() {
            at.entry((d.rule, d.message.as_str())).or_default().push_back(head + i);
        }
        for d in new_mid {
            let found = at.get_mut(&(d.rule, d.message.as_str())).and_then(|q| {
                let k = q.iter().position(|&i| old[i] == *d)?;
                q.remove(k)
            });
            match (found, runs.last_mut()) {
                (Some(i), Some(DiagnosticsRun::Keep { from, len })) if *from + *len == i => *len += 1,
                (Some(i), _) => runs.push(DiagnosticsRun::Keep { from: i, len: 1 }),
                (None, Some(DiagnosticsRun::Add { items })) => items.push(d.clone()),
                (None, _) => runs.push(DiagnosticsRun::Add { items: vec![d.clone()] }),
            }
        }
        if tail > 0 {
            let from = old.len() - tail;
            match runs.last_mut() {
                Some(DiagnosticsRun::Keep { from: f, len }) if *f + *len == from => *len += tail,
                _ => runs.push(DiagnosticsRun::Keep { from, len: tail }),
            }
        }
        DiagnosticsDelta { runs }
    }

    /// The new list from the old one (what the UI does).
    pub fn apply(&self, old: &[Diagnostic]) -> Option<Vec<Diagnostic>> {
        let mut out = Vec::new();
        for r in &self.runs {
            match r {
                DiagnosticsRun::Keep { from, len } => out.extend_from_slice(old.get(*from..from.checked_add(*len)?)?),
                DiagnosticsRun::Add { items } => out.extend(items.iter().cloned()),
            }
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontstage::edit::{Command, Editor};
    use frontstage::rules::check;

    #[test]
    fn a_drop_sends_only_the_new_diagnostics() {
        let doc = frontstage::generate::synthetic(1000);
        let before = check(&doc);
        let card = doc.cards.values().find(|c| c.lane.as_str() == "l2").unwrap().clone();
        let other = doc.cards.values().find(|o| o.lane == card.lane && o.stage != card.stage).unwrap().clone();
        let mut editor = Editor::new(doc);
        editor.execute(&Command::MoveCard { card: card.id, lane: other.lane, stage: other.stage, index: 0 }).unwrap();
        let after = check(editor.doc());
        assert_ne!(before, after);
        let d = DiagnosticsDelta::between(&before, &after);
        assert_eq!(d.apply(&before), Some(after.clone()));
        let added: usize =
            d.runs.iter().map(|r| if let DiagnosticsRun::Add { items } = r { items.len() } else { 0 }).sum();
        assert!(added * 4 < after.len(), "{added} of {} sent whole", after.len());
    }

    #[test]
    fn unchanged_reordered_and_empty_lists() {
        let doc = frontstage::generate::synthetic(200);
        let all = check(&doc);
        assert!(all.len() > 3);
        let same = DiagnosticsDelta::between(&all, &all);
        assert_eq!(same.runs, vec![DiagnosticsRun::Keep { from: 0, len: all.len() }]);
        let mut turned = all.clone();
        turned.reverse();
        assert_eq!(DiagnosticsDelta::between(&all, &turned).apply(&all), Some(turned));
        assert_eq!(DiagnosticsDelta::between(&[], &all).apply(&[]), Some(all.clone()));
        assert_eq!(DiagnosticsDelta::between(&all, &[]).runs, vec![]);
        // A delta made against a longer list does not fit a shorter one.
        assert_eq!(same.apply(&all[..1]), None);
    }

    #[test]
    fn a_change_in_the_middle_keeps_the_head_and_the_tail_as_two_runs() {
        let all = check(&frontstage::generate::synthetic(200));
        let n = all.len();
        let mut changed = all.clone();
        changed.remove(n / 2);
        changed.insert(n / 3, all[n - 1].clone());
        let d = DiagnosticsDelta::between(&all, &changed);
        assert_eq!(d.apply(&all), Some(changed));
        assert_eq!(d.runs.first(), Some(&DiagnosticsRun::Keep { from: 0, len: n / 3 }));
        assert_eq!(d.runs.last(), Some(&DiagnosticsRun::Keep { from: n / 2 + 1, len: n - n / 2 - 1 }));
        // One taken out, the same one twice: the runs still rebuild the list.
        let mut twice = all.clone();
        twice.insert(1, all[0].clone());
        assert_eq!(DiagnosticsDelta::between(&all, &twice).apply(&all), Some(twice.clone()));
        assert_eq!(DiagnosticsDelta::between(&twice, &all).apply(&twice), Some(all));
    }
}
