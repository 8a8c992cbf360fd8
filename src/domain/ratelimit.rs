//! Sliding-window attempt limiter: at most `max` attempts per key within
//! `window`. Pure data structure; the caller supplies "now" and keeps it
//! behind a lock. Used to slow down password guessing per account and per
//! client address.

use std::collections::{HashMap, VecDeque};

use chrono::{DateTime, Duration, Utc};

#[derive(Debug)]
pub struct AttemptLimiter {
    max: usize,
    window: Duration,
    attempts: HashMap<String, VecDeque<DateTime<Utc>>>,
}

impl AttemptLimiter {
    pub fn new(max: usize, window: Duration) -> Self {
        Self {
            max,
            window,
            attempts: HashMap::new(),
        }
    }

    /// `Err(seconds to wait)` when `key` has used up its attempts.
    pub fn check(&mut self, key: &str, now: DateTime<Utc>) -> Result<(), u64> {
        let window = self.window;
        let Some(times) = self.attempts.get_mut(key) else {
            return Ok(());
        };
        while times.front().is_some_and(|t| *t + window <= now) {
            times.pop_front();
        }
        if times.len() < self.max {
            return Ok(());
        }
        let oldest = *times.front().expect("len >= max >= 1");
        let wait = (oldest + window - now).num_seconds().max(1);
        Err(wait as u64)
    }

    pub fn record(&mut self, key: &str, now: DateTime<Utc>) {
        if self.attempts.len() > 100_000 {
            self.forget_expired(now);
        }
        self.attempts
            .entry(key.to_owned())
            .or_default()
            .push_back(now);
    }

    /// A successful login clears the account's failures.
    pub fn reset(&mut self, key: &str) {
        self.attempts.remove(key);
    }

    fn forget_expired(&mut self, now: DateTime<Utc>) {
        let window = self.window;
        self.attempts
            .retain(|_, times| times.back().is_some_and(|t| *t + window > now));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + secs, 0).unwrap()
    }

    #[test]
    fn allows_max_then_refuses_until_the_window_slides() {
        let mut l = AttemptLimiter::new(3, Duration::seconds(60));
        for s in 0..3 {
            assert_eq!(l.check("k", at(s)), Ok(()));
            l.record("k", at(s));
        }
        assert_eq!(l.check("k", at(10)), Err(50));
        assert_eq!(l.check("other", at(10)), Ok(()), "keys are independent");
        assert_eq!(l.check("k", at(59)), Err(1));
        assert_eq!(
            l.check("k", at(60)),
            Ok(()),
            "first attempt left the window"
        );
    }

    #[test]
    fn reset_forgets_a_key() {
        let mut l = AttemptLimiter::new(1, Duration::seconds(60));
        l.record("k", at(0));
        assert!(l.check("k", at(1)).is_err());
        l.reset("k");
        assert_eq!(l.check("k", at(1)), Ok(()));
    }
}
