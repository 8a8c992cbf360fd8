//! A balance's history rebuilt from its ledger: the balance at the end of
//! each day of a window, from the balance now and the movements of the
//! window. Drawn as the stock item page's chart and read as its text
//! alternative; no stored history is needed because the ledger is the
//! history.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

/// One day's closing balance, in thousandths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayBalance {
    pub day: NaiveDate,
    pub on_hand_milli: i64,
}

/// The balance at the end of each of the `days` days that end with
/// `today`, oldest first, given the balance now and every movement since
/// the window's first day began (each with the local day it happened on,
/// in any order). A movement dated after `today` (a clock set back) counts
/// as today's, so the last day always closes at the balance now.
///
/// Walking back from now subtracts each day's movements; every
/// intermediate value was once a real balance (≥ 0, ≤ the largest balance),
/// so the subtraction cannot overflow on a consistent ledger, and it
/// saturates rather than panics on an inconsistent one (`stock verify`
/// reports those).
pub fn daily_balances(
    now_milli: i64,
    today: NaiveDate,
    days: u32,
    movements: &[(NaiveDate, i64)],
) -> Vec<DayBalance> {
    let mut by_day: BTreeMap<NaiveDate, i64> = BTreeMap::new();
    for &(day, delta) in movements {
        let sum = by_day.entry(day.min(today)).or_default();
        *sum = sum.saturating_add(delta);
    }
    let mut out = Vec::with_capacity(days as usize);
    let mut balance = now_milli;
    let mut day = today;
    for _ in 0..days {
        out.push(DayBalance {
            day,
            on_hand_milli: balance,
        });
        balance = balance.saturating_sub(by_day.get(&day).copied().unwrap_or(0));
        match day.checked_sub_days(Days::new(1)) {
            Some(previous) => day = previous,
            None => break,
        }
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, day).unwrap()
    }

    fn closing(series: &[DayBalance]) -> Vec<(u32, i64)> {
        use chrono::Datelike;
        series
            .iter()
            .map(|b| (b.day.day(), b.on_hand_milli))
            .collect()
    }

    #[test]
    fn walks_back_from_the_balance_now() {
        // Received 10 on the 2nd, issued 3 on the 4th, 2 more twice on the 5th.
        let moves = [
            (d(2), 10_000),
            (d(4), -3_000),
            (d(5), -1_000),
            (d(5), -1_000),
        ];
        let series = daily_balances(5_000, d(5), 5, &moves);
        assert_eq!(
            closing(&series),
            [(1, 0), (2, 10_000), (3, 10_000), (4, 7_000), (5, 5_000)]
        );
    }

    #[test]
    fn a_quiet_window_is_flat_and_future_moves_count_today() {
        assert_eq!(
            closing(&daily_balances(4_000, d(3), 3, &[])),
            [(1, 4_000), (2, 4_000), (3, 4_000)]
        );
        let series = daily_balances(4_000, d(3), 2, &[(d(9), 1_000)]);
        assert_eq!(closing(&series), [(2, 3_000), (3, 4_000)]);
    }

    #[test]
    fn an_inconsistent_ledger_saturates_instead_of_panicking() {
        let series = daily_balances(i64::MIN + 1, d(2), 2, &[(d(2), 5)]);
        assert_eq!(series[0].on_hand_milli, i64::MIN);
    }
}
