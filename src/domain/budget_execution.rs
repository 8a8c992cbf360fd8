//! Budget execution for a year (docs/design.md#budget-execution): per
//! department and category, month by month, the limit against what the
//! month holds — approved (not yet ordered), committed (ordered, to come),
//! actual (received) and ordered (committed + actual) — and what remains,
//! with the year to date. An application counts in the month it is due
//! in, as in the budget check at approval (`budget_check::Spent`). Pure:
//! the service reads the lines and the limits.

use rust_decimal::Decimal;

use super::budget_check::Spent;

/// One month's (or the year to date's) figures for one department and
/// category.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Figures {
    /// `None` when no month counted had a limit.
    pub limit: Option<Decimal>,
    pub spent: Spent,
}

impl Figures {
    /// Orders placed: what is still to come and what has come.
    pub(crate) fn ordered(&self) -> Option<Decimal> {
        self.spent.committed.checked_add(self.spent.actual)
    }

    /// The limit less everything held; `None` without a limit (or on
    /// overflow, which no real budget reaches).
    pub(crate) fn remaining(&self) -> Option<Decimal> {
        let held = self.ordered()?.checked_add(self.spent.approved)?;
        self.limit?.checked_sub(held)
    }

    /// Adds `other`'s figures; `None` on overflow.
    pub(crate) fn add(&mut self, other: &Figures) -> Option<()> {
        self.limit = match (self.limit, other.limit) {
            (Some(a), Some(b)) => Some(a.checked_add(b)?),
            (a, b) => a.or(b),
        };
        let (s, o) = (&mut self.spent, &other.spent);
        s.approved = s.approved.checked_add(o.approved)?;
        s.committed = s.committed.checked_add(o.committed)?;
        s.actual = s.actual.checked_add(o.actual)?;
        Some(())
    }
}

/// The year to date of twelve months: months 1 to `through` (1–12).
pub(crate) fn year_to_date(months: &[Figures; 12], through: u32) -> Option<Figures> {
    let mut sum = Figures::default();
    for month in months.iter().take(through.clamp(1, 12) as usize) {
        sum.add(month)?;
    }
    Some(sum)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn month(limit: Option<&str>, approved: &str, committed: &str, actual: &str) -> Figures {
        Figures {
            limit: limit.map(d),
            spent: Spent {
                approved: d(approved),
                committed: d(committed),
                actual: d(actual),
            },
        }
    }

    #[test]
    fn remaining_is_the_limit_less_everything_held() {
        let m = month(Some("1000.00"), "100.00", "200.00", "300.00");
        assert_eq!(m.ordered(), Some(d("500.00")));
        assert_eq!(m.remaining(), Some(d("400.00")));
        assert_eq!(month(None, "1.00", "0", "0").remaining(), None);
    }

    #[test]
    fn the_year_to_date_sums_the_months_through_the_one_named() {
        let mut months = [Figures::default(); 12];
        months[0] = month(Some("100.00"), "10.00", "0", "5.00");
        months[1] = month(None, "0", "20.00", "0");
        months[2] = month(Some("300.00"), "0", "0", "30.00");
        let two = year_to_date(&months, 2).unwrap();
        assert_eq!(
            two.limit,
            Some(d("100.00")),
            "a month without a limit adds none"
        );
        assert_eq!(two.spent.committed, d("20.00"));
        assert_eq!(two.remaining(), Some(d("65.00")));
        let three = year_to_date(&months, 3).unwrap();
        assert_eq!(three.limit, Some(d("400.00")));
        assert_eq!(three.spent.actual, d("35.00"));
        assert_eq!(
            year_to_date(&[Figures::default(); 12], 12).unwrap().limit,
            None
        );
    }
}
