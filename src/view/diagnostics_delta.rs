//! The change between the diagnostics a window last received and the current ones. At
//! 5,000 cards the checker reports thousands of problems (a megabyte of JSON); an edit
//! changes a few of them, so the new list is sent as runs of the old one plus what is new.

use super::runs::{Run, Runs};
use crate::rules::Diagnostic;
use foldhash::HashMap;
use std::collections::VecDeque;

/// `new` as runs of `old`.
pub fn diagnostics_runs(old: &[Diagnostic], new: &[Diagnostic]) -> Vec<Run<Diagnostic>> {
    // An edit changes a few diagnostics in the middle of thousands: the unchanged head
    // and tail are found in step, without hashing their (long) messages.
    let head = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let tail = old[head..].iter().rev().zip(new[head..].iter().rev()).take_while(|(a, b)| a == b).count();
    let (old_mid, new_mid) = (&old[head..old.len() - tail], &new[head..new.len() - tail]);
    let mut runs = Runs::default();
    runs.keep(0, head);
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
        match found {
            Some(i) => runs.keep(i, 1),
            None => runs.add(d.clone()),
        }
    }
    runs.keep(old.len() - tail, tail);
    runs.finish()
}

/// The diagnostics `now` against those the UI holds (`None`: the same; with no `held`,
/// all of them).
pub fn diagnostics_change(held: Option<&[Diagnostic]>, now: &[Diagnostic]) -> Option<Vec<Run<Diagnostic>>> {
    match held {
        Some(old) if old == now => None,
        Some(old) => Some(diagnostics_runs(old, now)),
        None => Some(diagnostics_runs(&[], now)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{Command, Editor};
    use crate::rules::check;
    use crate::view::runs::apply;

    #[test]
    fn a_drop_sends_only_the_new_diagnostics() {
        let doc = crate::generate::synthetic(1000);
        let before = check(&doc);
        let card = doc.cards.values().find(|c| c.lane.as_str() == "l2").unwrap().clone();
        let other = doc.cards.values().find(|o| o.lane == card.lane && o.stage != card.stage).unwrap().clone();
        let mut editor = Editor::new(doc);
        editor.execute(&Command::MoveCard { card: card.id, lane: other.lane, stage: other.stage, index: 0 }).unwrap();
        let after = check(editor.doc());
        assert_ne!(before, after);
        let d = diagnostics_runs(&before, &after);
        assert_eq!(apply(&d, &before), Some(after.clone()));
        let added: usize = d.iter().map(|r| if let Run::Add { items } = r { items.len() } else { 0 }).sum();
        assert!(added * 4 < after.len(), "{added} of {} sent whole", after.len());
    }

    #[test]
    fn unchanged_reordered_and_empty_lists() {
        let doc = crate::generate::synthetic(200);
        let all = check(&doc);
        assert!(all.len() > 3);
        let same = diagnostics_runs(&all, &all);
        assert_eq!(same, vec![Run::Keep { from: 0, len: all.len() }]);
        let mut turned = all.clone();
        turned.reverse();
        assert_eq!(apply(&diagnostics_runs(&all, &turned), &all), Some(turned));
        assert_eq!(apply(&diagnostics_runs(&[], &all), &[]), Some(all.clone()));
        assert_eq!(diagnostics_runs(&all, &[]), vec![]);
        // Runs made against a longer list do not fit a shorter one.
        assert_eq!(apply(&same, &all[..1]), None);
        assert_eq!(diagnostics_change(Some(&all), &all), None);
        assert_eq!(diagnostics_change(None, &all), Some(diagnostics_runs(&[], &all)));
    }

    #[test]
    fn a_change_in_the_middle_keeps_the_head_and_the_tail_as_two_runs() {
        let all = check(&crate::generate::synthetic(200));
        let n = all.len();
        let mut changed = all.clone();
        changed.remove(n / 2);
        changed.insert(n / 3, all[n - 1].clone());
        let d = diagnostics_runs(&all, &changed);
        assert_eq!(apply(&d, &all), Some(changed));
        assert_eq!(d.first(), Some(&Run::Keep { from: 0, len: n / 3 }));
        assert_eq!(d.last(), Some(&Run::Keep { from: n / 2 + 1, len: n - n / 2 - 1 }));
        // One taken out, the same one twice: the runs still rebuild the list.
        let mut twice = all.clone();
        twice.insert(1, all[0].clone());
        assert_eq!(apply(&diagnostics_runs(&all, &twice), &all), Some(twice.clone()));
        assert_eq!(apply(&diagnostics_runs(&twice, &all), &twice), Some(all));
    }
}
