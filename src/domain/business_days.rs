//! Business days: Monday to Friday, less the organisation's holidays, in
//! the organisation's time zone. How long an approval step has waited and
//! when it is overdue are counted in them (docs/design.md#reminders).
//!
//! A step counts whole business days from the day it began waiting: one
//! that began on Monday (at any hour) has waited 2 business days on
//! Wednesday. Begun on a Saturday or a holiday, it counts from the next
//! business day, so nobody is reminded of what arrived over a weekend
//! before they had a working day to see it.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, NaiveDate, Utc, Weekday};
use chrono_tz::Tz;

/// The longest span counted, in days: a step that has waited longer is
/// reported as waiting this long (ten years; nothing real waits that long,
/// and the bound keeps every count a short loop).
const LONGEST_SPAN_DAYS: i64 = 3660;

/// Which days are worked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Calendar {
    holidays: BTreeSet<NaiveDate>,
}

impl Calendar {
    pub(crate) fn new(holidays: impl IntoIterator<Item = NaiveDate>) -> Self {
        Self {
            holidays: holidays.into_iter().collect(),
        }
    }

    /// A weekday that is not a holiday.
    pub(crate) fn is_business_day(&self, day: NaiveDate) -> bool {
        !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !self.holidays.contains(&day)
    }

    /// The first business day on or after `day`.
    pub(crate) fn on_or_after(&self, day: NaiveDate) -> NaiveDate {
        let mut d = day;
        for _ in 0..LONGEST_SPAN_DAYS {
            if self.is_business_day(d) {
                return d;
            }
            d = d.succ_opt().unwrap_or(d);
        }
        d
    }

    /// The business day `n` business days after `day` (a non-business
    /// `day` counts from the next business day): 2 after a Monday is the
    /// Wednesday, 1 after a Friday the Monday, 0 after a Saturday the Monday.
    pub(crate) fn add(&self, day: NaiveDate, n: u32) -> NaiveDate {
        let mut d = self.on_or_after(day);
        for _ in 0..n {
            d = self.on_or_after(d.succ_opt().unwrap_or(d));
        }
        d
    }

    /// Whole business days from `start` to `end`: the business days after
    /// the first business day on or after `start`, up to and including
    /// `end`. Zero when `end` is before that.
    pub(crate) fn between(&self, start: NaiveDate, end: NaiveDate) -> u32 {
        let first = self.on_or_after(start);
        if end <= first {
            return 0;
        }
        let span = (end - first).num_days().min(LONGEST_SPAN_DAYS);
        (1..=span)
            .filter_map(|i| first.checked_add_signed(chrono::Duration::days(i)))
            .filter(|d| self.is_business_day(*d))
            .count() as u32
    }
}

/// The organisation's day of an instant.
pub(crate) fn local_day(at: DateTime<Utc>, tz: Tz) -> NaiveDate {
    at.with_timezone(&tz).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// 2026-12-25 (Friday) and 2027-01-01 (Friday) are holidays.
    fn calendar() -> Calendar {
        Calendar::new([d("2026-12-25"), d("2027-01-01")])
    }

    #[test]
    fn weekends_and_holidays_are_not_worked() {
        let c = calendar();
        assert!(c.is_business_day(d("2026-12-07"))); // Monday
        assert!(!c.is_business_day(d("2026-12-05"))); // Saturday
        assert!(!c.is_business_day(d("2026-12-06"))); // Sunday
        assert!(!c.is_business_day(d("2026-12-25"))); // a holiday, a Friday
        assert!(c.is_business_day(d("2026-12-24")));
    }

    #[test]
    fn adding_skips_weekends_and_holidays() {
        let c = calendar();
        let cases = [
            ("2026-12-07", 2, "2026-12-09"), // Monday + 2 = Wednesday
            ("2026-12-11", 1, "2026-12-14"), // Friday + 1 = Monday
            ("2026-12-05", 0, "2026-12-07"), // Saturday + 0 = Monday
            ("2026-12-05", 2, "2026-12-09"), // Saturday counts from Monday
            ("2026-12-23", 2, "2026-12-28"), // over Christmas Friday and a weekend
            ("2026-12-24", 5, "2027-01-04"), // over two holidays and two weekends
        ];
        for (from, n, to) in cases {
            assert_eq!(c.add(d(from), n), d(to), "{from} + {n}");
        }
    }

    #[test]
    fn between_counts_whole_business_days_since_the_start() {
        let c = calendar();
        let cases = [
            ("2026-12-07", "2026-12-07", 0),
            ("2026-12-07", "2026-12-09", 2),
            ("2026-12-11", "2026-12-13", 0), // Friday to Sunday
            ("2026-12-11", "2026-12-14", 1),
            ("2026-12-05", "2026-12-07", 0), // began on a Saturday
            ("2026-12-24", "2027-01-04", 5),
            ("2026-12-09", "2026-12-07", 0), // end before start
        ];
        for (from, to, n) in cases {
            assert_eq!(c.between(d(from), d(to)), n, "{from} → {to}");
        }
    }

    #[test]
    fn between_and_add_agree() {
        let c = calendar();
        let start = d("2026-12-19");
        for n in 0..30 {
            assert_eq!(c.between(start, c.add(start, n)), n, "n = {n}");
        }
    }

    #[test]
    fn the_local_day_follows_the_time_zone() {
        let at: DateTime<Utc> = "2026-12-06T23:30:00Z".parse().unwrap();
        assert_eq!(local_day(at, chrono_tz::UTC), d("2026-12-06"));
        assert_eq!(local_day(at, chrono_tz::Europe::Bucharest), d("2026-12-07"));
    }
}
