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

use chrono::offset::LocalResult;
use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Timelike, Utc};
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
                // `n/step` runs from n to the end of the week, as in cron.
                None if item.contains('/') => (weekday_number(range)?, 7),
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

/// At most this many firings are walked when looking back for a missed
/// run: a schedule firing more often than that is not a budget schedule.
const MAX_WALK: usize = 10_000;

/// The firings of `schedule` after `after`, as instants. The fields are
/// read as local wall-clock time in `tz`, so 09:00 stays 09:00 across
/// daylight-saving changes. As cronie and systemd timers do, a local time
/// the spring change skips runs at the first valid instant after the gap,
/// and a local time the autumn change repeats runs once, at its first
/// occurrence.
fn firings(
    schedule: &Schedule,
    tz: Tz,
    after: DateTime<Utc>,
) -> impl Iterator<Item = DateTime<Utc>> + '_ {
    // The crate walks the fields on a clock with no changes: UTC stands in
    // for the local wall clock, and each local time is placed in `tz` here.
    let wall_after = Utc.from_utc_datetime(&after.with_timezone(&tz).naive_local());
    let mut previous: Option<DateTime<Utc>> = None;
    schedule
        .after(&wall_after)
        .filter_map(move |wall| first_instant_from(tz, wall.naive_utc()))
        .filter(move |at| *at > after)
        .filter(move |at| {
            // Two local times in one gap land on the same instant: run once.
            let fresh = previous != Some(*at);
            previous = Some(*at);
            fresh
        })
}

/// The instant a local wall-clock time names in `tz`: the earlier one when
/// the autumn change repeats it; inside a spring gap, the first valid local
/// minute after it, which is the instant of the change.
pub(crate) fn first_instant_from(tz: Tz, wall: NaiveDateTime) -> Option<DateTime<Utc>> {
    let at = |t: NaiveDateTime| match tz.from_local_datetime(&t) {
        LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => Some(at.with_timezone(&Utc)),
        LocalResult::None => None,
    };
    // Gaps start and end on whole minutes and are at most a few hours
    // wide: from the minute a gap time falls in, the first valid minute
    // is the change itself (so seconds do not carry past it).
    at(wall).or_else(|| {
        let minute = wall.with_second(0)?;
        (1..=240).find_map(|m| at(minute + Duration::minutes(m)))
    })
}

/// The last instant in `(not_before, now]` at which `schedule` fires.
pub(crate) fn last_fire(
    schedule: &Schedule,
    tz: Tz,
    not_before: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    firings(schedule, tz, not_before)
        .take(MAX_WALK)
        .take_while(|at| *at <= now)
        .last()
}

/// The first instant after `after` at which `schedule` fires in `tz`.
pub(crate) fn next_fire(
    schedule: &Schedule,
    tz: Tz,
    after: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    firings(schedule, tz, after).next()
}

/// The next `count` firings after `after`, for people to check what they
/// configured.
pub(crate) fn next_fires(
    schedule: &Schedule,
    tz: Tz,
    after: DateTime<Utc>,
    count: usize,
) -> Vec<DateTime<Utc>> {
    firings(schedule, tz, after).take(count).collect()
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

    /// Spring: a firing inside the skipped hour runs at the first instant
    /// after the gap; autumn: a firing in the repeated hour runs once.
    #[test]
    fn firings_in_a_skipped_or_repeated_hour_run_once() {
        let kyiv: Tz = "Europe/Kyiv".parse().unwrap();
        let new_york: Tz = "America/New_York".parse().unwrap();
        // Kyiv: 29 March 2026 03:00 → 04:00 (EET → EEST, the change at
        // 01:00 UTC); 25 October 2026 04:00 → 03:00 (at 01:00 UTC).
        // New York: 8 March 2026 02:00 → 03:00 (07:00 UTC); 1 November
        // 2026 02:00 → 01:00 (06:00 UTC).
        let cases = [
            (
                kyiv,
                "30 3 29 3 *",
                "2026-03-28T00:00:00Z",
                "2026-03-29T01:00:00Z",
            ),
            (
                kyiv,
                "30 3 25 10 *",
                "2026-10-24T00:00:00Z",
                "2026-10-25T00:30:00Z",
            ),
            (
                new_york,
                "30 2 8 3 *",
                "2026-03-07T00:00:00Z",
                "2026-03-08T07:00:00Z",
            ),
            (
                new_york,
                "30 1 1 11 *",
                "2026-10-31T00:00:00Z",
                "2026-11-01T05:30:00Z",
            ),
        ];
        for (tz, cron, after, want) in cases {
            let schedule = parse_cron(cron).unwrap();
            let runs = next_fires(&schedule, tz, utc(after), 2);
            assert_eq!(runs[0], utc(want), "{tz} {cron}");
            // The next run is a year later: the repeated hour ran once.
            assert!(
                runs[1] - runs[0] > Duration::days(300),
                "{tz} {cron}: {runs:?}"
            );
            // Found again as the last firing, so a scheduler at that instant runs it.
            assert_eq!(
                last_fire(&schedule, tz, utc(after), utc(want)),
                Some(utc(want))
            );
        }
        // An hourly schedule through the Kyiv spring gap: 02:00, then 04:00
        // (03:00 does not exist), each once.
        let hourly = parse_cron("0 * * * *").unwrap();
        let runs = next_fires(&hourly, kyiv, utc("2026-03-28T23:30:00Z"), 3);
        assert_eq!(
            runs,
            [
                utc("2026-03-29T00:00:00Z"),
                utc("2026-03-29T01:00:00Z"),
                utc("2026-03-29T02:00:00Z")
            ]
        );
        // Through the autumn repeat: 03:00 EEST, 03:00 EET is the repeated
        // hour's second pass and does not run again; 04:00 EET next.
        let runs = next_fires(&hourly, kyiv, utc("2026-10-24T23:30:00Z"), 3);
        assert_eq!(
            runs,
            [
                utc("2026-10-25T00:00:00Z"),
                utc("2026-10-25T02:00:00Z"),
                utc("2026-10-25T03:00:00Z")
            ]
        );
    }

    /// Where the change skips midnight (Santiago, 6 September 2026), a day
    /// starts at the change, 01:00 local.
    #[test]
    fn a_day_whose_midnight_is_skipped_starts_at_the_change() {
        let santiago: Tz = "America/Santiago".parse().unwrap();
        let midnight = chrono::NaiveDate::from_ymd_opt(2026, 9, 6)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        assert_eq!(
            first_instant_from(santiago, midnight),
            Some(utc("2026-09-06T04:00:00Z"))
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
            ("0 9 * * 1/3", "Sun,Mon,Thu"),
            ("0 9 * * 3/1", "Sun,Wed,Thu,Fri,Sat"),
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
