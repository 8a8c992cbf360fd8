//! What changed between two revisions of one budget period: lines matched
//! by what they come from (their source and its reference), so a line whose
//! price or quantity moved reads as changed, not as one removed and one
//! added.

use std::collections::BTreeMap;

/// One line's fate from the earlier revision to the later.
#[derive(Debug, PartialEq, Eq)]
pub enum Change<'a, T> {
    Added(&'a T),
    Removed(&'a T),
    Changed { before: &'a T, after: &'a T },
}

/// The lines that differ, in the later revision's order, then the removed
/// ones in the earlier revision's order. `key` names what a line comes
/// from; `same` says whether two lines with one key read alike.
pub fn compare_lines<'a, T, K: Ord>(
    before: &'a [T],
    after: &'a [T],
    key: impl Fn(&T) -> K,
    same: impl Fn(&T, &T) -> bool,
) -> Vec<Change<'a, T>> {
    let mut earlier: BTreeMap<K, &T> = before.iter().map(|l| (key(l), l)).collect();
    let mut changes = Vec::new();
    for line in after {
        match earlier.remove(&key(line)) {
            None => changes.push(Change::Added(line)),
            Some(old) if !same(old, line) => changes.push(Change::Changed {
                before: old,
                after: line,
            }),
            Some(_) => {}
        }
    }
    changes.extend(
        before
            .iter()
            .filter(|l| earlier.contains_key(&key(l)))
            .map(Change::Removed),
    );
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_matched_by_their_source() {
        let before = [("a", 10), ("b", 5), ("c", 1)];
        let after = [("b", 7), ("d", 2), ("a", 10)];
        let changes = compare_lines(&before, &after, |l| l.0, |x, y| x.1 == y.1);
        assert_eq!(
            changes,
            [
                Change::Changed {
                    before: &("b", 5),
                    after: &("b", 7)
                },
                Change::Added(&("d", 2)),
                Change::Removed(&("c", 1)),
            ]
        );
        assert!(compare_lines(&before, &before, |l| l.0, |x, y| x == y).is_empty());
    }
}
