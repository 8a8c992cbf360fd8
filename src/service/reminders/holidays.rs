//! The organisation's holiday calendar: listed by year to anyone signed in,
//! edited by admins one day at a time or imported as a plain list (one
//! `YYYY-MM-DD name` per line, as published public holidays are usually
//! written). Every change schedules the waiting steps again, in the same
//! transaction, so their overdue days follow the calendar at once.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use serde_json::json;

use crate::db::reminders::HolidayRow;
use crate::db::{self, time};
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::service::identity::Actor;
use crate::service::policy::load_policy;
use crate::service::{audit, AppContext};

/// Longest holiday name, in characters.
pub(crate) const NAME_MAX: usize = 100;
/// Most lines one import takes (a year has a few dozen holidays).
pub(crate) const IMPORT_MAX_LINES: usize = 1000;
/// Longest list one import takes, in characters: a few years of holidays,
/// and within the request body limit even in four-byte characters.
pub(crate) const IMPORT_MAX_CHARS: usize = 10_000;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub(crate) struct HolidayView {
    pub day: NaiveDate,
    pub name: String,
}

impl From<HolidayRow> for HolidayView {
    fn from(r: HolidayRow) -> Self {
        Self {
            day: r.day,
            name: r.name,
        }
    }
}

/// The holidays of `year`, by day.
pub(crate) async fn list(ctx: &AppContext, year: i32) -> AppResult<Vec<HolidayView>> {
    let (from, to) = year_bounds(year)?;
    let rows = ctx
        .db
        .read(move |conn| Ok(db::reminders::holidays_between(conn, from, to)?))
        .await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

fn year_bounds(year: i32) -> AppResult<(NaiveDate, NaiveDate)> {
    let start = |y| NaiveDate::from_ymd_opt(y, 1, 1);
    match (start(year), start(year + 1)) {
        (Some(a), Some(b)) if (2000..=2200).contains(&year) => Ok((a, b)),
        _ => Err(AppError::field(
            "year",
            "out_of_range",
            "must be a year from 2000 to 2200",
        )),
    }
}

/// A holiday's name, trimmed; required and at most [`NAME_MAX`] characters.
fn checked_name(field: &str, name: &str, errors: &mut FieldErrors) -> String {
    let name = name.trim();
    if name.is_empty() {
        errors.add(field, "required", "name the holiday");
    } else if name.chars().count() > NAME_MAX {
        errors.add(field, "too_long", format!("at most {NAME_MAX} characters"));
    }
    name.to_owned()
}

/// Adds the holiday on `day`, or renames it.
pub(crate) async fn put(
    ctx: &AppContext,
    actor: &Actor,
    day: NaiveDate,
    name: &str,
) -> AppResult<HolidayView> {
    actor.require(Role::Admin)?;
    let mut errors = FieldErrors::new();
    let name = checked_name("name", name, &mut errors);
    if year_bounds(day.year()).is_err() {
        errors.add("day", "out_of_range", "must be in a year from 2000 to 2200");
    }
    errors.into_result()?;
    let view = HolidayView { day, name };
    store(ctx, actor, vec![view.clone()], "holiday.set").await?;
    Ok(view)
}

/// Removes the holiday on `day` (404 when there is none).
pub(crate) async fn delete(ctx: &AppContext, actor: &Actor, day: NaiveDate) -> AppResult<()> {
    actor.require(Role::Admin)?;
    let (now, actor_id, timezone) = (ctx.now(), actor.user_id.clone(), ctx.settings.timezone);
    ctx.db
        .write(move |conn| {
            if !db::reminders::delete_holiday(conn, day)? {
                return Err(AppError::NotFound { entity: "holiday" });
            }
            let (policy, _) = load_policy(conn)?;
            super::reschedule(conn, &policy, timezone, false)?;
            let summary = json!({"day": day});
            audit::record(
                conn,
                now,
                Some(&actor_id),
                "holiday.deleted",
                "holiday",
                &day.to_string(),
                summary,
            )
        })
        .await
}

/// What an import read: the holidays, and how many were already there.
#[derive(Debug, Serialize)]
pub(crate) struct Imported {
    pub holidays: Vec<HolidayView>,
    pub dry_run: bool,
}

/// Imports `list`, one `YYYY-MM-DD name` per line (a tab, `;` or `,`
/// may stand for the space; blank lines and lines starting with `#` are
/// skipped). Any bad line refuses the whole list, each named
/// `list[line]`; `dry_run` checks without storing.
pub(crate) async fn import(
    ctx: &AppContext,
    actor: &Actor,
    list: &str,
    dry_run: bool,
) -> AppResult<Imported> {
    actor.require(Role::Admin)?;
    let holidays = parse_list(list)?;
    if !dry_run {
        store(ctx, actor, holidays.clone(), "holiday.imported").await?;
    }
    Ok(Imported { holidays, dry_run })
}

fn parse_list(list: &str) -> AppResult<Vec<HolidayView>> {
    let mut errors = FieldErrors::new();
    let mut holidays: Vec<HolidayView> = Vec::new();
    let lines: Vec<&str> = list.lines().collect();
    if lines.len() > IMPORT_MAX_LINES || list.chars().count() > IMPORT_MAX_CHARS {
        return Err(AppError::field(
            "list",
            "too_long",
            format!("at most {IMPORT_MAX_LINES} lines and {IMPORT_MAX_CHARS} characters"),
        ));
    }
    for (i, line) in lines.iter().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let field = format!("list[{}]", i + 1);
        let (day, name) = line
            .split_once(|c: char| c.is_whitespace() || c == ';' || c == ',')
            .unwrap_or((line, ""));
        let Ok(day) = day.parse::<NaiveDate>() else {
            errors.add(
                &field,
                "invalid_date",
                format!(
                    "line {} does not start with a date such as 2026-12-25",
                    i + 1
                ),
            );
            continue;
        };
        let name = checked_name(&field, name, &mut errors);
        if year_bounds(day.year()).is_err() {
            errors.add(
                &field,
                "out_of_range",
                "must be in a year from 2000 to 2200",
            );
        } else if holidays.iter().any(|h| h.day == day) {
            errors.add(&field, "duplicate", format!("{day} is listed twice"));
        }
        holidays.push(HolidayView { day, name });
    }
    errors.into_result()?;
    if holidays.is_empty() {
        return Err(AppError::field(
            "list",
            "required",
            "list at least one holiday",
        ));
    }
    holidays.sort_by_key(|h| h.day);
    Ok(holidays)
}

/// Stores `holidays` (adding or renaming), schedules the waiting steps
/// again and records `action`, in one transaction.
async fn store(
    ctx: &AppContext,
    actor: &Actor,
    holidays: Vec<HolidayView>,
    action: &'static str,
) -> AppResult<()> {
    let (now, actor_id, timezone) = (ctx.now(), actor.user_id.clone(), ctx.settings.timezone);
    ctx.db
        .write(move |conn| {
            for h in &holidays {
                let row = HolidayRow {
                    day: h.day,
                    name: h.name.clone(),
                    created_at: time::to_db(now),
                };
                db::reminders::put_holiday(conn, &row)?;
            }
            let (policy, _) = load_policy(conn)?;
            super::reschedule(conn, &policy, timezone, false)?;
            let first = holidays
                .first()
                .map(|h| h.day.to_string())
                .unwrap_or_default();
            let summary = json!({"holidays": holidays});
            audit::record(
                conn,
                now,
                Some(&actor_id),
                action,
                "holiday",
                &first,
                summary,
            )
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_reads_dates_and_names_in_the_usual_shapes() {
        let list = "# Romania 2026\n2026-12-25 Christmas Day\n\n2026-12-01\tNational Day\n2026-12-26;Second day of Christmas\n";
        let got = parse_list(list).unwrap();
        let days: Vec<String> = got
            .iter()
            .map(|h| format!("{} {}", h.day, h.name))
            .collect();
        assert_eq!(
            days,
            [
                "2026-12-01 National Day",
                "2026-12-25 Christmas Day",
                "2026-12-26 Second day of Christmas"
            ]
        );
    }

    #[test]
    fn every_bad_line_is_named() {
        let list = "2026-12-25 Christmas\n25.12.2026 Christmas\n2026-12-26\n2026-12-25 Again\n";
        let Err(AppError::Validation(errors)) = parse_list(list) else {
            panic!("refused")
        };
        let fields: Vec<String> = errors
            .iter()
            .map(|e| format!("{} {}", e.field, e.code))
            .collect();
        assert_eq!(
            fields,
            [
                "list[2] invalid_date",
                "list[3] required",
                "list[4] duplicate"
            ]
        );
    }

    #[test]
    fn an_empty_list_is_refused() {
        assert!(parse_list("# nothing\n\n").is_err());
    }
}
