//! The stored schedules and the `job_runs` claims that make every scheduled
//! `(job, period)` run exactly once, whatever the number of instances.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::run::{on_backend, RunOnBackend};
use super::schema::{job_runs, schedules};
use super::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = schedules, treat_none_as_default_value = false)]
pub(crate) struct ScheduleRow {
    pub job: String,
    pub cron: String,
    pub timezone: String,
    pub enabled: bool,
    /// JSON array of addresses; empty means every finance user.
    pub recipients: String,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = job_runs, treat_none_as_default_value = false)]
pub(crate) struct JobRunRow {
    pub job: String,
    pub period_start: NaiveDate,
    pub due_at: NaiveDateTime,
    pub claimed_at: NaiveDateTime,
    pub late: bool,
    pub budget_id: Option<String>,
}

pub(crate) fn all(conn: &mut DbConnection) -> QueryResult<Vec<ScheduleRow>> {
    on_backend!(conn, |c| {
        schedules::table
            .order(schedules::job)
            .select(ScheduleRow::as_select())
            .load(c)
    })
}

pub(crate) fn find(conn: &mut DbConnection, job: &str) -> QueryResult<Option<ScheduleRow>> {
    on_backend!(conn, |c| {
        schedules::table
            .find(job)
            .select(ScheduleRow::as_select())
            .first(c)
            .optional()
    })
}

/// Inserts the schedule unless one exists for its job (start-up defaults).
pub(crate) fn insert_missing(conn: &mut DbConnection, row: &ScheduleRow) -> QueryResult<()> {
    match conn {
        DbConnection::Sqlite(c) => diesel::insert_into(schedules::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c)?,
        DbConnection::Postgresql(c) => diesel::insert_into(schedules::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c)?,
    };
    Ok(())
}

pub(crate) fn update(conn: &mut DbConnection, row: &ScheduleRow) -> QueryResult<()> {
    diesel::update(schedules::table.find(&row.job))
        .set((
            schedules::cron.eq(&row.cron),
            schedules::timezone.eq(&row.timezone),
            schedules::enabled.eq(row.enabled),
            schedules::recipients.eq(&row.recipients),
            schedules::version.eq(row.version),
            schedules::updated_at.eq(row.updated_at),
        ))
        .run_execute(conn)
        .map(|_| ())
}

/// Claims `(job, period_start)`: true for the one caller that inserts it.
/// On PostgreSQL a concurrent claimer waits on the unique index until the
/// winner's transaction ends, then finds the row and gets false.
pub(crate) fn claim(conn: &mut DbConnection, run: &JobRunRow) -> QueryResult<bool> {
    let inserted = match conn {
        DbConnection::Sqlite(c) => diesel::insert_into(job_runs::table)
            .values(run)
            .on_conflict_do_nothing()
            .execute(c)?,
        DbConnection::Postgresql(c) => diesel::insert_into(job_runs::table)
            .values(run)
            .on_conflict_do_nothing()
            .execute(c)?,
    };
    Ok(inserted == 1)
}

pub(crate) fn set_budget(
    conn: &mut DbConnection,
    job: &str,
    period_start: NaiveDate,
    budget_id: &str,
) -> QueryResult<()> {
    diesel::update(job_runs::table.find((job, period_start)))
        .set(job_runs::budget_id.eq(budget_id))
        .run_execute(conn)
        .map(|_| ())
}
