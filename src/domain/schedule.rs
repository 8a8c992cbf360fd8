//! Cron expressions as operators write them. Accepts the classic 5-field
//! Unix form (minute first) as well as the 6/7-field form with seconds,
//! and explains mistakes in our own words (the `cron` crate's messages are
//! misleading for the 5-field case).

use std::str::FromStr;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use cron::Schedule;

pub(crate) fn parse_cron(expression: &str) -> Result<Schedule, String> {
    let expression = expression.trim();
    let fields = expression.split_whitespace().count();
    let normalized = match fields {
        5 => format!("0 {expression}"),
        6 | 7 => expression.to_owned(),
        n => {
            return Err(format!(
                "has {n} fields; expected 5 (minute hour day month weekday) or 6–7 (with seconds first)"
            ))
        }
    };
    Schedule::from_str(&normalized).map_err(|e| {
        format!("is not a valid cron expression ({e}); use day names (Wed) rather than numbers for weekdays")
    })
}

/// At most this many firings are walked when looking back for a missed
/// run: a schedule firing more often than that is not a budget schedule.
const MAX_WALK: usize = 10_000;

/// The last instant in `(not_before, now]` at which `schedule` fires,
/// reading its fields as local time in `tz` (so 09:00 stays 09:00 across
/// daylight-saving switches).
pub(crate) fn last_fire(
    schedule: &Schedule,
    tz: Tz,
    not_before: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    schedule
        .after(&not_before.with_timezone(&tz))
        .take(MAX_WALK)
        .map(|at| at.with_timezone(&Utc))
        .take_while(|at| *at <= now)
        .last()
}

/// The first instant after `after` at which `schedule` fires in `tz`.
pub(crate) fn next_fire(
    schedule: &Schedule,
    tz: Tz,
    after: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    schedule
        .after(&after.with_timezone(&tz))
        .next()
        .map(|at| at.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn local_nine_oclock_survives_daylight_saving() {
        let weekly = parse_cron("0 0 9 * * Wed").unwrap();
        let kyiv: Tz = "Europe/Kyiv".parse().unwrap();
        // Summer time (UTC+3) before 25 October 2026, winter (UTC+2) after.
        let cases = [
            ("2026-10-20T00:00:00Z", kyiv, "2026-10-21T06:00:00Z"),
            ("2026-10-21T06:00:00Z", kyiv, "2026-10-28T07:00:00Z"),
            ("2027-03-25T00:00:00Z", kyiv, "2027-03-31T06:00:00Z"),
            ("2026-10-21T06:00:00Z", Tz::UTC, "2026-10-21T09:00:00Z"),
        ];
        for (after, tz, want) in cases {
            assert_eq!(
                next_fire(&weekly, tz, utc(after)),
                Some(utc(want)),
                "{after} {tz}"
            );
        }
        let monthly = parse_cron("0 0 9 25 * *").unwrap();
        assert_eq!(
            next_fire(&monthly, kyiv, utc("2026-10-25T06:00:00Z")),
            Some(utc("2026-10-25T07:00:00Z")),
            "the 25th at 09:00 on the switch day itself"
        );
    }

    #[test]
    fn the_last_firing_is_found_within_the_window() {
        let weekly = parse_cron("0 9 * * Wed").unwrap();
        let (from, now) = (utc("2026-11-01T00:00:00Z"), utc("2026-11-26T12:00:00Z"));
        assert_eq!(
            last_fire(&weekly, Tz::UTC, from, now),
            Some(utc("2026-11-25T09:00:00Z"))
        );
        // Exactly at the instant counts; just before does not.
        let at = utc("2026-11-25T09:00:00Z");
        assert_eq!(last_fire(&weekly, Tz::UTC, from, at), Some(at));
        let before = utc("2026-11-25T08:59:59Z");
        assert_eq!(last_fire(&weekly, Tz::UTC, at, before), None);
    }

    #[test]
    fn accepts_five_six_and_seven_fields() {
        for ok in [
            "0 9 * * Wed",
            "0 0 9 * * Wed",
            "0 0 9 25 * * *",
            "0 9 25 * *",
        ] {
            assert!(parse_cron(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn refuses_nonsense_with_a_reason() {
        let err = parse_cron("every wednesday").unwrap_err();
        assert!(err.contains("2 fields"), "{err}");
        assert!(parse_cron("0 99 * * *").is_err());
    }
}
