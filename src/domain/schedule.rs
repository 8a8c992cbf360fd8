//! Cron expressions as operators write them. Accepts the classic 5-field
//! Unix form (minute first) as well as the 6/7-field form with seconds,
//! and explains mistakes in our own words (the `cron` crate's messages are
//! misleading for the 5-field case).
//!
//! The weekday field means what it means in Unix cron in every form: 0 and
//! 7 are Sunday, 1 Monday … 6 Saturday, with ranges (`1-5`), steps (`*/2`,
//! `1-5/2`), lists and names (`Wed`, `wednesday`). The `cron` crate counts
//! 1 as Sunday, so `0 9 * * 3` would run on Tuesday; the field is rewritten
//! as the list of day names it denotes before the crate sees it.

use std::str::FromStr;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use cron::Schedule;

/// Day names as the `cron` crate reads them, Sunday first (index = Unix number).
const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

pub(crate) fn parse_cron(expression: &str) -> Result<Schedule, String> {
    let expression = expression.trim();
    let mut fields: Vec<String> = expression.split_whitespace().map(str::to_owned).collect();
    let weekday = match fields.len() {
        5 => {
            fields.insert(0, "0".into());
            5
        }
        6 | 7 => 5,
        n => {
            return Err(format!(
                "has {n} fields; expected 5 (minute hour day month weekday) or 6–7 (with seconds first)"
            ))
        }
    };
    fields[weekday] = standard_weekdays(&fields[weekday])?;
    Schedule::from_str(&fields.join(" "))
        .map_err(|e| format!("is not a valid cron expression ({e})"))
}

/// The weekday field in Unix meaning, as the crate's list of day names
/// (`*` stays `*`).
fn standard_weekdays(field: &str) -> Result<String, String> {
    if field == "*" || field == "?" {
        return Ok(field.to_owned());
    }
    let mut days = [false; 7];
    for item in field.split(',') {
        let (range, step) = match item.split_once('/') {
            Some((range, step)) => (range, step_of(step)?),
            None => (item, 1),
        };
        let (first, last) = match range {
            "*" => (0, 6),
            _ => match range.split_once('-') {
                Some((a, b)) => (weekday_number(a)?, weekday_number(b)?),
                None if step > 1 => (weekday_number(range)?, 6),
                None => {
                    let d = weekday_number(range)?;
                    (d, d)
                }
            },
        };
        if first > last {
            return Err(format!(
                "has the weekday range `{range}` running backwards; write it as a list (e.g. `5,6,0`)"
            ));
        }
        for d in (first..=last).step_by(step) {
            days[d % 7] = true;
        }
    }
    Ok(DAYS
        .iter()
        .zip(days)
        .filter_map(|(name, on)| on.then_some(*name))
        .collect::<Vec<_>>()
        .join(","))
}

fn step_of(step: &str) -> Result<usize, String> {
    match step.parse::<usize>() {
        Ok(n) if (1..=7).contains(&n) => Ok(n),
        _ => Err(format!("has the weekday step `/{step}`; use 1 to 7")),
    }
}

/// 0–7 (0 and 7 are Sunday) or a day's name, three letters or whole.
fn weekday_number(text: &str) -> Result<usize, String> {
    if let Ok(n) = text.parse::<usize>() {
        return if n <= 7 {
            Ok(n)
        } else {
            Err(format!("has the weekday `{n}`; use 0–7 (0 and 7 are Sunday, 1 is Monday) or a name such as Wed"))
        };
    }
    let lower = text.to_ascii_lowercase();
    const WHOLE: [&str; 7] = [
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
    ];
    WHOLE
        .iter()
        .position(|w| lower.len() >= 3 && w.starts_with(&lower) && (lower.len() == 3 || lower == *w))
        .ok_or_else(|| format!("has the weekday `{text}`; use 0–7 (0 and 7 are Sunday, 1 is Monday) or a name such as Wed"))
}

/// The next `count` firings after `after`, for people to check what they
/// configured.
pub(crate) fn next_fires(
    schedule: &Schedule,
    tz: Tz,
    after: DateTime<Utc>,
    count: usize,
) -> Vec<DateTime<Utc>> {
    schedule
        .after(&after.with_timezone(&tz))
        .take(count)
        .map(|at| at.with_timezone(&Utc))
        .collect()
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

    /// Unix weekday numbers: `0 9 * * 3` is Wednesday (the crate alone
    /// would read Tuesday), 0 and 7 are Sunday, ranges and steps expand.
    #[test]
    fn weekday_numbers_mean_what_they_mean_in_unix_cron() {
        let cases = [
            ("0 9 * * 3", "Wed"),
            ("0 9 * * 0", "Sun"),
            ("0 9 * * 7", "Sun"),
            ("0 9 * * 1-5", "Mon,Tue,Wed,Thu,Fri"),
            ("0 9 * * 5-7", "Sun,Fri,Sat"),
            ("0 9 * * */2", "Sun,Tue,Thu,Sat"),
            ("0 9 * * 1-5/2", "Mon,Wed,Fri"),
            ("0 9 * * mon,WED,friday", "Mon,Wed,Fri"),
            ("0 0 9 * * 3", "Wed"),
        ];
        for (expression, want) in cases {
            let field = expression.split_whitespace().last().unwrap();
            assert_eq!(
                standard_weekdays(field).as_deref(),
                Ok(want),
                "{expression}"
            );
            assert!(parse_cron(expression).is_ok(), "{expression}");
        }
        // 2026-12-01 is a Tuesday: `3` fires on Wednesday the 2nd.
        let wednesday = parse_cron("0 9 * * 3").unwrap();
        assert_eq!(
            next_fire(&wednesday, Tz::UTC, utc("2026-12-01T00:00:00Z")),
            Some(utc("2026-12-02T09:00:00Z"))
        );
        let three = next_fires(&wednesday, Tz::UTC, utc("2026-12-01T00:00:00Z"), 3);
        assert_eq!(
            three,
            [
                utc("2026-12-02T09:00:00Z"),
                utc("2026-12-09T09:00:00Z"),
                utc("2026-12-16T09:00:00Z")
            ]
        );
        for bad in ["0 9 * * 8", "0 9 * * 5-1", "0 9 * * funday", "0 9 * * */0"] {
            let err = parse_cron(bad).unwrap_err();
            assert!(err.contains("weekday"), "{bad}: {err}");
        }
    }

    #[test]
    fn refuses_nonsense_with_a_reason() {
        let err = parse_cron("every wednesday").unwrap_err();
        assert!(err.contains("2 fields"), "{err}");
        assert!(parse_cron("0 99 * * *").is_err());
    }
}
