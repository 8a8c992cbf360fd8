//! What belongs to a budget period (docs/design.md#procurement-budgets): an
//! open need (approved, or ordered and not all received) is **new** in the
//! period its due date falls in, and **carried over** into every later
//! period until it is fulfilled, with its age; carried over for more than
//! the policy's `stale_after_days` it is **stale**, listed for action
//! (order, re-date or cancel) and no longer counted against the limits.
//! A need due after the period is not in it.

use chrono::NaiveDate;

super::vocabulary::text_enum!(
    /// Where a budget line stands in its period.
    Section {
        New = "new",
        CarriedOver = "carried_over",
        Stale = "stale",
    }
);

impl Section {
    /// Whether the line counts in the total compared with the limits: what
    /// will really be spent in the period. Stale needs are a question for
    /// the IT specialists first, not a forecast.
    pub(crate) fn counts_against_limits(self) -> bool {
        self != Section::Stale
    }
}

/// A budget period's first and last day (a `budget::Period`'s dates; this
/// module stays below `budget`, which totals by section).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Days {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// A need's place in `period`: its section, and how many days before the
/// period's first day it fell due (carried over and stale only). `None`
/// when it falls due after the period. A need with no date at all (only
/// data from before dates were required) is carried over, without an age.
pub(crate) fn place(
    due: Option<NaiveDate>,
    period: Days,
    stale_after_days: i64,
) -> Option<(Section, Option<i64>)> {
    let Some(due) = due else {
        return Some((Section::CarriedOver, None));
    };
    if due > period.end {
        return None;
    }
    if due >= period.start {
        return Some((Section::New, None));
    }
    let age = (period.start - due).num_days();
    let section = if age > stale_after_days {
        Section::Stale
    } else {
        Section::CarriedOver
    };
    Some((section, Some(age)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn needs_are_new_in_their_period_then_carried_then_stale() {
        let week = Days {
            start: day("2026-12-07"),
            end: day("2026-12-13"),
        };
        let cases = [
            (Some("2026-12-07"), Some((Section::New, None))),
            (Some("2026-12-13"), Some((Section::New, None))),
            (Some("2026-12-14"), None),
            (Some("2026-12-06"), Some((Section::CarriedOver, Some(1)))),
            (Some("2026-11-07"), Some((Section::CarriedOver, Some(30)))),
            (Some("2026-11-06"), Some((Section::Stale, Some(31)))),
            (Some("2026-01-15"), Some((Section::Stale, Some(326)))),
            (None, Some((Section::CarriedOver, None))),
        ];
        for (due, want) in cases {
            assert_eq!(place(due.map(day), week, 30), want, "{due:?}");
        }
        assert!(Section::CarriedOver.counts_against_limits());
        assert!(!Section::Stale.counts_against_limits());
    }
}
