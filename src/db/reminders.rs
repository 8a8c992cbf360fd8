//! Queries for reminders and escalation (docs/design.md#reminders): the
//! holiday calendar, when a step began waiting and is overdue, and the
//! waiting steps a day's run reads and marks.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::run::{on_backend, RunOnBackend};
use super::schema::{approval_steps, holidays};
use super::DbConnection;
use crate::domain::approval::StepStatus;
use crate::domain::ids::ApplicationId;

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = holidays)]
pub(crate) struct HolidayRow {
    pub day: NaiveDate,
    pub name: String,
    pub created_at: NaiveDateTime,
}

/// The holidays from `from` (included) to `to` (excluded), by day.
pub(crate) fn holidays_between(
    conn: &mut DbConnection,
    from: NaiveDate,
    to: NaiveDate,
) -> QueryResult<Vec<HolidayRow>> {
    on_backend!(conn, |c| {
        holidays::table
            .filter(holidays::day.ge(from))
            .filter(holidays::day.lt(to))
            .order(holidays::day)
            .select(HolidayRow::as_select())
            .load(c)
    })
}

/// The days of the holidays on or after `from`: what counting business
/// days from `from` needs.
pub(crate) fn holiday_days_from(
    conn: &mut DbConnection,
    from: NaiveDate,
) -> QueryResult<Vec<NaiveDate>> {
    holidays::table
        .filter(holidays::day.ge(from))
        .select(holidays::day)
        .run_load(conn)
}

/// Adds or renames the holiday on `row.day`.
pub(crate) fn put_holiday(conn: &mut DbConnection, row: &HolidayRow) -> QueryResult<()> {
    on_backend!(conn, |c| {
        diesel::insert_into(holidays::table)
            .values(row)
            .on_conflict(holidays::day)
            .do_update()
            .set(holidays::name.eq(&row.name))
            .execute(c)
    })
    .map(|_| ())
}

/// Removes the holiday on `day`; whether there was one.
pub(crate) fn delete_holiday(conn: &mut DbConnection, day: NaiveDate) -> QueryResult<bool> {
    diesel::delete(holidays::table.find(day))
        .run_execute(conn)
        .map(|n| n > 0)
}

/// A step begins waiting for its decision: pending from `since`, overdue
/// from `overdue_on` (none: the policy sends no reminders).
pub(crate) fn start_waiting(
    conn: &mut DbConnection,
    step_id: &str,
    since: NaiveDateTime,
    overdue_on: Option<NaiveDate>,
) -> QueryResult<()> {
    diesel::update(approval_steps::table.find(step_id))
        .set((
            approval_steps::status.eq(StepStatus::Pending),
            approval_steps::pending_since.eq(since),
            approval_steps::overdue_on.eq(overdue_on),
        ))
        .run_execute(conn)
        .map(|_| ())
}

/// A waiting step as the day's run reads it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = approval_steps)]
pub(crate) struct WaitingRow {
    pub id: String,
    pub application_id: ApplicationId,
    pub pending_since: Option<NaiveDateTime>,
    pub overdue_on: Option<NaiveDate>,
    pub reminded: i32,
    pub escalated_at: Option<NaiveDateTime>,
}

/// Which waiting steps a batch read takes.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Which {
    /// Every waiting step: what is scheduled again when the calendar or
    /// the policy's limits change.
    All,
    /// Those that never had an overdue day (they began waiting before
    /// reminders existed, or were seeded).
    Unscheduled,
    /// Those overdue on or before the day: what the day's run looks at.
    OverdueBy(NaiveDate),
}

/// Waiting steps of `which` kind after `after` (by id), at most `limit`:
/// the runs read them a batch at a time.
pub(crate) fn waiting(
    conn: &mut DbConnection,
    which: Which,
    after: &str,
    limit: i64,
) -> QueryResult<Vec<WaitingRow>> {
    on_backend!(conn, |c| {
        let query = approval_steps::table
            .filter(approval_steps::status.eq(StepStatus::Pending))
            .filter(approval_steps::id.gt(after))
            .select(WaitingRow::as_select())
            .into_boxed();
        let query = match which {
            Which::All => query,
            Which::Unscheduled => query
                .filter(approval_steps::overdue_on.is_null())
                .filter(approval_steps::pending_since.is_not_null()),
            Which::OverdueBy(day) => query.filter(approval_steps::overdue_on.le(day)),
        };
        query.order(approval_steps::id).limit(limit).load(c)
    })
}

/// Sets when a waiting step is overdue (scheduled again).
pub(crate) fn set_overdue_on(
    conn: &mut DbConnection,
    step_id: &str,
    overdue_on: Option<NaiveDate>,
) -> QueryResult<()> {
    diesel::update(approval_steps::table.find(step_id))
        .set(approval_steps::overdue_on.eq(overdue_on))
        .run_execute(conn)
        .map(|_| ())
}

/// Records that reminder `reminded` went for a step.
pub(crate) fn set_reminded(
    conn: &mut DbConnection,
    step_id: &str,
    reminded: i32,
) -> QueryResult<()> {
    diesel::update(approval_steps::table.find(step_id))
        .set(approval_steps::reminded.eq(reminded))
        .run_execute(conn)
        .map(|_| ())
}

/// Records the escalation of a step, and (`to`) whom it moved to.
pub(crate) fn set_escalated(
    conn: &mut DbConnection,
    step_id: &str,
    at: NaiveDateTime,
    to: Option<&str>,
) -> QueryResult<()> {
    let step = approval_steps::table.find(step_id);
    match to {
        Some(user) => diesel::update(step)
            .set((
                approval_steps::escalated_at.eq(at),
                approval_steps::approver_id.eq(user),
            ))
            .run_execute(conn),
        None => diesel::update(step)
            .set(approval_steps::escalated_at.eq(at))
            .run_execute(conn),
    }
    .map(|_| ())
}
