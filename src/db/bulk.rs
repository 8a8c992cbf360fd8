//! Multi-row inserts for loading many rows at once (the demo seed), and the
//! check that a database is still unused. Each
//! batch stays under both backends' bind-parameter limits (SQLite 32,766,
//! PostgreSQL 65,535), so a batch is one statement whatever the table.

use diesel::prelude::*;

use super::applications::{ApplicationRow, HistoryRow, LineRow, StepRow};
use super::audit::AuditRow;
use super::budgets::LimitRow;
use super::run::RunOnBackend;
use super::schema::{
    application_history, application_lines, applications, approval_steps, audit_log, budget_limits,
    departments, items, locations, stock_alerts, stock_balances, stock_count_lines,
    stock_movements, user_roles,
};
use super::stock::{BalanceRow, MovementRow};
use super::stock_counts::CountLineRow;
use super::DbConnection;

/// Bind parameters one statement may carry on either backend, with margin
/// (SQLite allows 32,766).
const MAX_PARAMS: usize = 30_000;

/// The most columns a table may have (diesel's `32-column-tables`). Rows
/// are batched as if every table were that wide: a count kept per table
/// went stale once a column was added (`application_history.via`), and
/// the large demo seed then overran SQLite's limit.
const MAX_COLUMNS: usize = 32;

/// Inserts `rows` into `table` in statements of at most `MAX_PARAMS`
/// parameters; diesel's multi-backend connection only batches per
/// concrete backend, hence the match.
macro_rules! insert_batched {
    ($conn:expr, $table:expr, $rows:expr) => {{
        for chunk in $rows.chunks(MAX_PARAMS / MAX_COLUMNS) {
            match &mut *$conn {
                DbConnection::Sqlite(c) => diesel::insert_into($table).values(chunk).execute(c)?,
                DbConnection::Postgresql(c) => {
                    diesel::insert_into($table).values(chunk).execute(c)?
                }
            };
        }
        Ok(())
    }};
}

/// Departments, items, locations and applications stored: zero in a
/// database no one has used yet (users alone do not count: `serve` creates
/// the first admin).
pub(crate) fn business_rows(conn: &mut DbConnection) -> QueryResult<i64> {
    Ok(departments::table.count().run_get_result::<i64>(conn)?
        + items::table.count().run_get_result::<i64>(conn)?
        + locations::table.count().run_get_result::<i64>(conn)?
        + applications::table.count().run_get_result::<i64>(conn)?)
}

pub(crate) fn movements(conn: &mut DbConnection, rows: &[MovementRow]) -> QueryResult<()> {
    insert_batched!(conn, stock_movements::table, rows)
}

pub(crate) fn balances(conn: &mut DbConnection, rows: &[BalanceRow]) -> QueryResult<()> {
    insert_batched!(conn, stock_balances::table, rows)
}

pub(crate) fn count_lines(conn: &mut DbConnection, rows: &[CountLineRow]) -> QueryResult<()> {
    insert_batched!(conn, stock_count_lines::table, rows)
}

/// An open low-stock alert: `(id, item_id, location_id, raised_at)`.
pub(crate) type AlertRow = (String, String, String, chrono::NaiveDateTime);

pub(crate) fn open_alerts(conn: &mut DbConnection, rows: &[AlertRow]) -> QueryResult<()> {
    let values: Vec<_> = rows
        .iter()
        .map(|(id, item, location, at)| {
            (
                stock_alerts::id.eq(id),
                stock_alerts::item_id.eq(item),
                stock_alerts::location_id.eq(location),
                stock_alerts::raised_at.eq(at),
            )
        })
        .collect();
    insert_batched!(conn, stock_alerts::table, values)
}

/// Roles as `(user_id, role)` pairs.
pub(crate) fn user_roles(conn: &mut DbConnection, rows: &[(String, String)]) -> QueryResult<()> {
    let values: Vec<_> = rows
        .iter()
        .map(|(user, role)| (user_roles::user_id.eq(user), user_roles::role.eq(role)))
        .collect();
    insert_batched!(conn, user_roles::table, values)
}

pub(crate) fn applications(conn: &mut DbConnection, rows: &[ApplicationRow]) -> QueryResult<()> {
    insert_batched!(conn, applications::table, rows)
}

pub(crate) fn application_lines(conn: &mut DbConnection, rows: &[LineRow]) -> QueryResult<()> {
    insert_batched!(conn, application_lines::table, rows)
}

pub(crate) fn approval_steps(conn: &mut DbConnection, rows: &[StepRow]) -> QueryResult<()> {
    insert_batched!(conn, approval_steps::table, rows)
}

pub(crate) fn application_history(conn: &mut DbConnection, rows: &[HistoryRow]) -> QueryResult<()> {
    insert_batched!(conn, application_history::table, rows)
}

pub(crate) fn audit(conn: &mut DbConnection, rows: &[AuditRow]) -> QueryResult<()> {
    insert_batched!(conn, audit_log::table, rows)
}

pub(crate) fn budget_limits(conn: &mut DbConnection, rows: &[LimitRow]) -> QueryResult<()> {
    insert_batched!(conn, budget_limits::table, rows)
}
