//! Grouping by a small dense number (a card's cell, a box's side): a counting sort, two
//! passes over the items, where a comparison sort of thousands was a large part of a
//! layout.

/// `items` in the order of `slot`, those of one slot in the order they came (stable).
/// Slots should be dense: the work is items + the largest slot.
pub fn by_slot<T: Copy>(items: &[T], slot: impl Fn(&T) -> usize) -> Vec<T> {
    let Some(last) = items.iter().map(&slot).max() else { return Vec::new() };
    // Where each slot's items start.
    let mut next = vec![0usize; last + 2];
    for item in items {
        next[slot(item) + 1] += 1;
    }
    for i in 1..next.len() {
        next[i] += next[i - 1];
    }
    let mut sorted = items.to_vec();
    for item in items {
        let at = &mut next[slot(item)];
        sorted[*at] = *item;
        *at += 1;
    }
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_by_slot_keeping_the_order_within_each() {
        let items = [(3, 'a'), (0, 'b'), (2, 'c'), (0, 'd'), (3, 'e'), (1, 'f')];
        let mut want = items.to_vec();
        want.sort_by_key(|&(slot, _)| slot);
        assert_eq!(by_slot(&items, |&(slot, _)| slot), want);
        assert!(by_slot(&[] as &[(usize, char)], |&(slot, _)| slot).is_empty());
    }
}
