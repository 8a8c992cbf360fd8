//! Approvals that never stall (docs/design.md#reminders): when a step
//! begins waiting it is given the business day it becomes overdue; a daily
//! run reminds whoever can decide it and escalates it to the decider's
//! superior; the holiday calendar says which days count.
//!
//! `start`/`begin` are called wherever a step becomes pending, in the same
//! transaction. `holidays` holds the calendar's use cases, `run` the day's
//! run (claimed once per day in `job_runs`), `messages` its emails.

pub(crate) mod holidays;
pub(crate) mod messages;
pub mod run;

use chrono::{DateTime, NaiveDate, Utc};

use crate::db::applications::StepRow;
use crate::db::reminders::Which;
use crate::db::{self, time, DbConnection};
use crate::domain::approval::Policy;
use crate::domain::business_days::Calendar;
use crate::domain::reminders::Limits;
use crate::error::AppResult;
use crate::service::policy::load_policy;

/// The whole holiday calendar (holidays are kept from 2000 on; PostgreSQL
/// cannot compare with `NaiveDate::MIN`).
pub(crate) fn whole_calendar(conn: &mut DbConnection) -> AppResult<Calendar> {
    let first = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    calendar_from(conn, first)
}

/// The calendar for counting business days from `from` on.
pub(crate) fn calendar_from(conn: &mut DbConnection, from: NaiveDate) -> AppResult<Calendar> {
    Ok(Calendar::new(db::reminders::holiday_days_from(conn, from)?))
}

/// The day a step that begins waiting on `today` is overdue, under `policy`.
pub(crate) fn overdue_on(
    conn: &mut DbConnection,
    policy: &Policy,
    today: NaiveDate,
) -> AppResult<Option<NaiveDate>> {
    let limits = Limits::of(policy);
    if limits.attention_day(&Calendar::default(), today).is_none() {
        return Ok(None);
    }
    Ok(limits.attention_day(&calendar_from(conn, today)?, today))
}

/// Marks a step about to be stored as the one that waits from `now`.
pub(crate) fn begin(
    conn: &mut DbConnection,
    policy: &Policy,
    today: NaiveDate,
    now: DateTime<Utc>,
    step: &mut StepRow,
) -> AppResult<()> {
    step.pending_since = Some(time::to_db(now));
    step.overdue_on = overdue_on(conn, policy, today)?;
    Ok(())
}

/// A stored step (the next of the chain) begins waiting from `now`.
pub(crate) fn start(
    conn: &mut DbConnection,
    step_id: &str,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let (policy, _) = load_policy(conn)?;
    let due = overdue_on(conn, &policy, today)?;
    Ok(db::reminders::start_waiting(
        conn,
        step_id,
        time::to_db(now),
        due,
    )?)
}

/// How many waiting steps are scheduled again per statement batch.
const BATCH: i64 = 500;

/// Gives every waiting step the overdue day `policy` and the calendar now
/// give it (after a holiday or the policy's limits changed, and for steps
/// that never had one); `only_unscheduled` leaves those that have one.
/// Returns how many changed.
pub(crate) fn reschedule(
    conn: &mut DbConnection,
    policy: &Policy,
    timezone: chrono_tz::Tz,
    only_unscheduled: bool,
) -> AppResult<usize> {
    let limits = Limits::of(policy);
    if only_unscheduled
        && limits
            .attention_day(&Calendar::default(), NaiveDate::MIN)
            .is_none()
    {
        return Ok(0);
    }
    // Every holiday: a few dozen a year, and the oldest step may be old.
    let calendar = whole_calendar(conn)?;
    let mut changed = 0;
    let mut after = String::new();
    loop {
        let which = if only_unscheduled {
            Which::Unscheduled
        } else {
            Which::All
        };
        let batch = db::reminders::waiting(conn, which, &after, BATCH)?;
        let Some(last) = batch.last() else { break };
        after = last.id.clone();
        for step in batch {
            let Some(since) = step.pending_since else {
                continue;
            };
            let since = time::from_db(since).with_timezone(&timezone).date_naive();
            let due = limits.attention_day(&calendar, since);
            if due != step.overdue_on {
                db::reminders::set_overdue_on(conn, &step.id, due)?;
                changed += 1;
            }
        }
    }
    Ok(changed)
}
