//! Queries on `applications`, their lines, approval steps and history.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::run::{on_backend, RunOnBackend};
use super::schema::{application_history, application_lines, applications, approval_steps};
use super::DbConnection;
use crate::domain::applications::{Category, Status};
use crate::domain::approval::{StepKind, StepStatus};
use crate::domain::ids::{ApplicationId, DepartmentId, UserId};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = applications, treat_none_as_default_value = false)]
pub struct ApplicationRow {
    pub id: ApplicationId,
    pub requester_id: UserId,
    pub department_id: Option<DepartmentId>,
    pub title: String,
    pub justification: String,
    pub needed_by: Option<NaiveDate>,
    pub currency: String,
    pub total_cents: i64,
    pub status: Status,
    pub version: i64,
    pub supplier: Option<String>,
    pub order_reference: Option<String>,
    pub expected_on: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Where the goods go: makes consumable lines count as on order there.
    pub location_id: Option<String>,
    /// The short human reference, `A-2026-00042` (see [`next_reference`]).
    pub reference: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = application_lines, treat_none_as_default_value = false)]
pub struct LineRow {
    pub id: String,
    pub application_id: ApplicationId,
    pub position: i32,
    pub description: String,
    pub category: Category,
    pub item_id: Option<String>,
    pub quantity_milli: i64,
    pub unit_price_cents: i64,
    pub ordered_unit_price_cents: Option<i64>,
    pub received_milli: i64,
    /// Closed short: what will not come (never received, never committed).
    pub closed_milli: i64,
    pub closed_reason: Option<String>,
    /// Delivered but rejected at receipt and returned: still owed.
    pub rejected_milli: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = approval_steps, treat_none_as_default_value = false)]
pub struct StepRow {
    pub id: String,
    pub application_id: ApplicationId,
    pub round: i32,
    pub position: i32,
    pub kind: StepKind,
    pub approver_id: Option<UserId>,
    pub approver_role: Option<String>,
    pub status: StepStatus,
    pub decided_by: Option<UserId>,
    pub on_behalf_of: Option<UserId>,
    pub comment: Option<String>,
    pub decided_at: Option<NaiveDateTime>,
    /// When the step began waiting for its decision (pending steps).
    pub pending_since: Option<NaiveDateTime>,
    /// The business day it is overdue from, by the policy and calendar
    /// when it began waiting (docs/design.md#reminders).
    pub overdue_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = application_history, treat_none_as_default_value = false)]
pub(crate) struct HistoryRow {
    pub id: String,
    pub application_id: ApplicationId,
    pub at: NaiveDateTime,
    pub actor_id: Option<UserId>,
    pub on_behalf_of: Option<UserId>,
    pub action: String,
    pub from_status: Option<Status>,
    pub to_status: Status,
    pub comment: Option<String>,
    /// How the transition was made off the pages and the API: `email_link`.
    pub via: Option<String>,
}

pub fn insert(conn: &mut DbConnection, row: &ApplicationRow) -> QueryResult<()> {
    diesel::insert_into(applications::table)
        .values(row)
        .run_execute(conn)
        .map(|_| ())
}

pub(crate) fn find(
    conn: &mut DbConnection,
    id: &ApplicationId,
) -> QueryResult<Option<ApplicationRow>> {
    on_backend!(conn, |c| {
        applications::table
            .find(id)
            .select(ApplicationRow::as_select())
            .first(c)
            .optional()
    })
}

/// Saves `row` if the stored version is still `expected_version`; the row
/// carries its new version. False when someone else changed it first.
pub(crate) fn update_versioned(
    conn: &mut DbConnection,
    row: &ApplicationRow,
    expected_version: i64,
) -> QueryResult<bool> {
    let n = diesel::update(
        applications::table
            .filter(applications::id.eq(&row.id))
            .filter(applications::version.eq(expected_version)),
    )
    .set((
        applications::department_id.eq(&row.department_id),
        applications::title.eq(&row.title),
        applications::justification.eq(&row.justification),
        applications::needed_by.eq(row.needed_by),
        applications::currency.eq(&row.currency),
        applications::total_cents.eq(row.total_cents),
        applications::status.eq(&row.status),
        applications::version.eq(row.version),
        applications::supplier.eq(&row.supplier),
        applications::order_reference.eq(&row.order_reference),
        applications::expected_on.eq(row.expected_on),
        applications::updated_at.eq(row.updated_at),
    ))
    .run_execute(conn)?;
    Ok(n == 1)
}

pub(crate) fn lines_of(
    conn: &mut DbConnection,
    application_id: &ApplicationId,
) -> QueryResult<Vec<LineRow>> {
    on_backend!(conn, |c| {
        application_lines::table
            .filter(application_lines::application_id.eq(application_id))
            .select(LineRow::as_select())
            .order(application_lines::position)
            .load(c)
    })
}

/// Inserts the lines of a new application.
pub(crate) fn insert_lines(conn: &mut DbConnection, lines: &[LineRow]) -> QueryResult<()> {
    for line in lines {
        diesel::insert_into(application_lines::table)
            .values(line)
            .run_execute(conn)?;
    }
    Ok(())
}

pub fn replace_lines(
    conn: &mut DbConnection,
    application_id: &ApplicationId,
    lines: &[LineRow],
) -> QueryResult<()> {
    diesel::delete(
        application_lines::table.filter(application_lines::application_id.eq(application_id)),
    )
    .run_execute(conn)?;
    insert_lines(conn, lines)
}

/// A line's order and receipt figures, stored together.
pub(crate) struct Progress {
    pub ordered_unit_price_cents: Option<i64>,
    pub received_milli: i64,
    pub rejected_milli: i64,
}

pub(crate) fn update_line_progress(
    conn: &mut DbConnection,
    line_id: &str,
    progress: Progress,
) -> QueryResult<()> {
    diesel::update(application_lines::table.find(line_id))
        .set((
            application_lines::ordered_unit_price_cents.eq(progress.ordered_unit_price_cents),
            application_lines::received_milli.eq(progress.received_milli),
            application_lines::rejected_milli.eq(progress.rejected_milli),
        ))
        .run_execute(conn)
        .map(|_| ())
}

/// Closes a line short: `closed_milli` will not come, for `reason`.
pub(crate) fn close_line(
    conn: &mut DbConnection,
    line_id: &str,
    closed_milli: i64,
    reason: &str,
) -> QueryResult<()> {
    diesel::update(application_lines::table.find(line_id))
        .set((
            application_lines::closed_milli.eq(closed_milli),
            application_lines::closed_reason.eq(reason),
        ))
        .run_execute(conn)
        .map(|_| ())
}

/// A line's estimated price (an order above the approved total reprices it).
pub(crate) fn update_line_price(
    conn: &mut DbConnection,
    line_id: &str,
    unit_price_cents: i64,
) -> QueryResult<()> {
    diesel::update(application_lines::table.find(line_id))
        .set(application_lines::unit_price_cents.eq(unit_price_cents))
        .run_execute(conn)
        .map(|_| ())
}

pub(crate) fn steps_of(
    conn: &mut DbConnection,
    application_id: &ApplicationId,
) -> QueryResult<Vec<StepRow>> {
    on_backend!(conn, |c| {
        approval_steps::table
            .filter(approval_steps::application_id.eq(application_id))
            .select(StepRow::as_select())
            .order((approval_steps::round, approval_steps::position))
            .load(c)
    })
}

/// Inserts the steps of a new round, one row per statement: a round has at
/// most four steps, and a single-row insert is one prepared statement
/// reused from the cache, where a multi-row one changes with the count.
pub fn insert_steps(conn: &mut DbConnection, rows: &[StepRow]) -> QueryResult<()> {
    for row in rows {
        diesel::insert_into(approval_steps::table)
            .values(row)
            .run_execute(conn)?;
    }
    Ok(())
}

/// Decides a step only if it is still `pending`: of two approvers racing,
/// exactly one sees `true`.
pub(crate) fn decide_step(
    conn: &mut DbConnection,
    step_id: &str,
    status: StepStatus,
    decided_by: &UserId,
    on_behalf_of: Option<&UserId>,
    comment: Option<&str>,
    at: NaiveDateTime,
) -> QueryResult<bool> {
    let n = diesel::update(
        approval_steps::table
            .filter(approval_steps::id.eq(step_id))
            .filter(approval_steps::status.eq(StepStatus::Pending)),
    )
    .set((
        approval_steps::status.eq(status),
        approval_steps::decided_by.eq(decided_by),
        approval_steps::on_behalf_of.eq(on_behalf_of),
        approval_steps::comment.eq(comment),
        approval_steps::decided_at.eq(at),
    ))
    .run_execute(conn)?;
    Ok(n == 1)
}

/// Closes every open step of an application (on return, reject, cancel).
pub(crate) fn close_open_steps(
    conn: &mut DbConnection,
    application_id: &ApplicationId,
    status: StepStatus,
) -> QueryResult<()> {
    diesel::update(
        approval_steps::table
            .filter(approval_steps::application_id.eq(application_id))
            .filter(approval_steps::status.eq_any([StepStatus::Pending, StepStatus::Waiting])),
    )
    .set(approval_steps::status.eq(status))
    .run_execute(conn)
    .map(|_| ())
}

pub(crate) fn add_history(conn: &mut DbConnection, row: &HistoryRow) -> QueryResult<()> {
    diesel::insert_into(application_history::table)
        .values(row)
        .run_execute(conn)
        .map(|_| ())
}

pub(crate) fn history_of(
    conn: &mut DbConnection,
    application_id: &ApplicationId,
) -> QueryResult<Vec<HistoryRow>> {
    on_backend!(conn, |c| {
        application_history::table
            .filter(application_history::application_id.eq(application_id))
            .select(HistoryRow::as_select())
            .order(application_history::id)
            .load(c)
    })
}

/// Loads an application for a change, locking its row on PostgreSQL so that
/// concurrent changes to one application run one after the other and each
/// sees the other's committed steps (SQLite writers are serialised anyway).
pub(crate) fn find_for_update(
    conn: &mut DbConnection,
    id: &ApplicationId,
) -> QueryResult<Option<ApplicationRow>> {
    match conn {
        DbConnection::Postgresql(c) => applications::table
            .find(id)
            .select(ApplicationRow::as_select())
            .for_update()
            .first(c)
            .optional(),
        DbConnection::Sqlite(c) => applications::table
            .find(id)
            .select(ApplicationRow::as_select())
            .first(c)
            .optional(),
    }
}

/// The next number of `year`'s references, claimed in the database (the
/// counter row is written in the caller's transaction, so two instances
/// never hand out one number twice, and a rolled-back create gives its
/// number back).
pub(crate) fn next_reference(conn: &mut DbConnection, year: i32) -> QueryResult<String> {
    use super::schema::reference_counters as rc;
    let number: i64 = diesel::insert_into(rc::table)
        .values((rc::year.eq(year), rc::last.eq(1_i64)))
        .on_conflict(rc::year)
        .do_update()
        .set(rc::last.eq(rc::last + 1_i64))
        .returning(rc::last)
        .run_get_result(conn)?;
    Ok(crate::domain::applications::reference(year, number))
}

/// Moves `year`'s counter up to at least `last` (the demo seed numbers its
/// applications itself).
pub(crate) fn raise_reference_counter(
    conn: &mut DbConnection,
    year: i32,
    last: i64,
) -> QueryResult<()> {
    use super::schema::reference_counters as rc;
    diesel::insert_into(rc::table)
        .values((rc::year.eq(year), rc::last.eq(last)))
        .on_conflict(rc::year)
        .do_update()
        .set(rc::last.eq(last))
        .run_execute(conn)
        .map(|_| ())
}
