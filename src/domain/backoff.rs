//! When to try sending a notification again after a failure: about 1 min,
//! 5 min, 30 min, 2 h, then every 6 h, each ±10 % so a burst of failures
//! does not retry in lock-step; after 3 days of trying, give up.

use chrono::{DateTime, Duration, Utc};

/// How long delivery is attempted before a message is marked failed.
pub(crate) fn give_up_after() -> Duration {
    Duration::days(3)
}

/// The nominal delay after the `failures`-th failed attempt (1-based).
pub(crate) fn base_delay(failures: u32) -> Duration {
    match failures {
        0 | 1 => Duration::minutes(1),
        2 => Duration::minutes(5),
        3 => Duration::minutes(30),
        4 => Duration::hours(2),
        _ => Duration::hours(6),
    }
}

/// A stable fraction in [0, 1) from a message id and attempt number
/// (FNV-1a), so jitter is reproducible in tests and differs between messages.
pub(crate) fn jitter_fraction(seed: &str, attempt: u32) -> f64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in seed.bytes().chain(attempt.to_le_bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (hash >> 11) as f64 / (1u64 << 53) as f64
}

/// What to do after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AfterFailure {
    RetryAt(DateTime<Utc>),
    GiveUp,
}

pub(crate) fn after_failure(
    created_at: DateTime<Utc>,
    now: DateTime<Utc>,
    failures: u32,
    jitter: f64,
) -> AfterFailure {
    let base = base_delay(failures);
    let factor = 0.9 + 0.2 * jitter.clamp(0.0, 1.0);
    let delay = Duration::milliseconds((base.num_milliseconds() as f64 * factor) as i64);
    let at = now + delay;
    if at > created_at + give_up_after() {
        AfterFailure::GiveUp
    } else {
        AfterFailure::RetryAt(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(minutes: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).unwrap() + Duration::minutes(minutes)
    }

    #[test]
    fn schedule_grows_then_levels_off() {
        let cases = [(1, 1), (2, 5), (3, 30), (4, 120), (5, 360), (9, 360)];
        for (failures, minutes) in cases {
            assert_eq!(
                after_failure(t(0), t(0), failures, 0.5),
                AfterFailure::RetryAt(t(minutes)),
                "{failures}"
            );
        }
    }

    #[test]
    fn jitter_stays_within_ten_percent() {
        assert_eq!(
            after_failure(t(0), t(0), 2, 0.0),
            AfterFailure::RetryAt(t(0) + Duration::seconds(270))
        );
        assert_eq!(
            after_failure(t(0), t(0), 2, 1.0),
            AfterFailure::RetryAt(t(0) + Duration::seconds(330))
        );
        for attempt in 0..50 {
            let j = jitter_fraction("0195f0e2-aaaa", attempt);
            assert!((0.0..1.0).contains(&j));
        }
        assert_ne!(jitter_fraction("a", 1), jitter_fraction("b", 1));
    }

    #[test]
    fn gives_up_after_three_days() {
        let created = t(0);
        let almost = created + Duration::days(3) - Duration::hours(7);
        assert!(matches!(
            after_failure(created, almost, 6, 0.5),
            AfterFailure::RetryAt(_)
        ));
        let late = created + Duration::days(3) - Duration::hours(5);
        assert_eq!(after_failure(created, late, 6, 0.5), AfterFailure::GiveUp);
    }
}

super::vocabulary::text_enum!(
    /// An outbox message's state: queued (and retried) until sent, or
    /// failed for good.
    DeliveryStatus {
        Pending = "pending",
        Sent = "sent",
        Failed = "failed",
    }
);
