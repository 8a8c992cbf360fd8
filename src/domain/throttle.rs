//! Sign-in throttling that slows password guessing without letting a
//! stranger lock the owner out (docs/security.md). Failures are counted in
//! fixed windows under three keys, stored in the database so every instance
//! on one PostgreSQL sees the same counts:
//!
//! - **pair** (account × client): 5 failures in 15 minutes stop that client
//!   guessing that account until the window ends. Others are not affected.
//! - **client**: 50 failures in 15 minutes stop one address spraying many
//!   accounts.
//! - **account**: from 10 failures in the window, a client that has itself
//!   failed on the account waits an exponential delay (1 s, 2 s, 4 s, … at
//!   most 5 minutes) after the account's last failure. A client with no
//!   failure on the account — the owner signing in from their own machine —
//!   is never held by the account's count, so a correct password always gets
//!   in. Guessing from many addresses is bounded by the per-pair and
//!   per-client limits and by Argon2's cost.
//!
//! Pure rules: the caller reads the counters, asks [`verdict`], and after a
//! failure bumps each key with [`bumped`].

use chrono::{DateTime, Duration, Utc};

pub(crate) const WINDOW_MINUTES: i64 = 15;
pub(crate) const PAIR_MAX_FAILURES: i32 = 5;
pub(crate) const CLIENT_MAX_FAILURES: i32 = 50;
pub(crate) const ACCOUNT_DELAY_FROM: i32 = 10;
pub(crate) const ACCOUNT_MAX_DELAY_SECS: i64 = 300;

/// Failures under one key in its current window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Counter {
    pub failures: i32,
    pub window_started_at: DateTime<Utc>,
    pub last_failure_at: DateTime<Utc>,
}

impl Counter {
    fn window_end(&self) -> DateTime<Utc> {
        self.window_started_at + Duration::minutes(WINDOW_MINUTES)
    }

    /// Failures that still count at `now` (none once the window has ended).
    pub(crate) fn live(&self, now: DateTime<Utc>) -> i32 {
        if now < self.window_end() {
            self.failures
        } else {
            0
        }
    }
}

/// The counter after one more failure at `now` (a new window if the old one
/// ended). The database applies the same rule in one statement
/// (`db::login_throttle`); this is its reference, kept for the tests.
#[cfg(test)]
fn bumped(counter: Option<Counter>, now: DateTime<Utc>) -> Counter {
    match counter {
        Some(c) if c.live(now) > 0 => Counter {
            failures: c.failures.saturating_add(1),
            last_failure_at: now,
            ..c
        },
        _ => Counter {
            failures: 1,
            window_started_at: now,
            last_failure_at: now,
        },
    }
}

/// The counters one sign-in attempt is judged by.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Attempt {
    pub pair: Option<Counter>,
    pub client: Option<Counter>,
    pub account: Option<Counter>,
}

/// `Err(seconds to wait)` when the attempt must not be checked at all.
pub(crate) fn verdict(attempt: &Attempt, now: DateTime<Utc>) -> Result<(), u64> {
    let wait = |until: DateTime<Utc>| ((until - now).num_seconds().max(1)) as u64;
    if let Some(c) = attempt
        .client
        .filter(|c| c.live(now) >= CLIENT_MAX_FAILURES)
    {
        return Err(wait(c.window_end()));
    }
    let pair_failures = attempt.pair.map_or(0, |c| c.live(now));
    if let Some(c) = attempt.pair.filter(|_| pair_failures >= PAIR_MAX_FAILURES) {
        return Err(wait(c.window_end()));
    }
    if let Some(account) = attempt.account.filter(|_| pair_failures > 0) {
        let over = account.live(now) - ACCOUNT_DELAY_FROM;
        if over >= 0 {
            let delay = 1_i64
                .checked_shl(over.min(20) as u32)
                .unwrap_or(i64::MAX)
                .min(ACCOUNT_MAX_DELAY_SECS);
            let until = account.last_failure_at + Duration::seconds(delay);
            if now < until {
                return Err(wait(until));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + secs, 0).unwrap()
    }

    fn failures(n: i32, last: i64) -> Option<Counter> {
        Some(Counter {
            failures: n,
            window_started_at: at(0),
            last_failure_at: at(last),
        })
    }

    #[test]
    fn a_pair_stops_after_five_failures_until_its_window_ends() {
        let a = Attempt {
            pair: failures(5, 10),
            ..Attempt::default()
        };
        assert_eq!(verdict(&a, at(60)), Err(15 * 60 - 60));
        assert_eq!(verdict(&a, at(15 * 60)), Ok(()), "a new window");
    }

    #[test]
    fn the_owner_from_a_new_client_is_never_held_by_the_account_count() {
        let a = Attempt {
            pair: None,
            client: None,
            account: failures(10_000, 100),
        };
        assert_eq!(verdict(&a, at(100)), Ok(()));
    }

    #[test]
    fn a_failing_client_waits_an_exponential_capped_delay() {
        let pair = failures(1, 100);
        for (account_failures, delay) in [(9, 0), (10, 1), (11, 2), (13, 8), (40, 300)] {
            let a = Attempt {
                pair,
                client: None,
                account: failures(account_failures, 100),
            };
            let just_after = verdict(&a, at(100));
            if delay == 0 {
                assert_eq!(just_after, Ok(()), "{account_failures}");
            } else {
                assert_eq!(just_after, Err(delay as u64), "{account_failures}");
                assert_eq!(verdict(&a, at(100 + delay)), Ok(()), "{account_failures}");
            }
        }
    }

    #[test]
    fn a_client_spraying_accounts_is_stopped() {
        let a = Attempt {
            client: failures(50, 10),
            ..Attempt::default()
        };
        assert!(verdict(&a, at(20)).is_err());
    }

    #[test]
    fn bumping_starts_a_new_window_when_the_old_one_ended() {
        let old = failures(4, 10);
        assert_eq!(bumped(old, at(20)).failures, 5);
        let fresh = bumped(old, at(16 * 60));
        assert_eq!((fresh.failures, fresh.window_started_at), (1, at(16 * 60)));
    }
}
