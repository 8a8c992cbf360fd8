//! The issue window behind replenishment's forecasts, kept incrementally:
//! each balance's `issued_window_milli` holds exactly what was issued from
//! it at or after 00:00 UTC of the window's first day (`stock_usage_window`,
//! one row). An issue raises its balance's counter in its own transaction
//! (`db::stock::apply`); moving the window forward lowers the counters by
//! the issues of the days that left it, in one statement; moving it back
//! (a clock set back, a fresh database migrated under a later date than
//! its clock) rebuilds every counter from the ledger.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Timestamp};

use super::run::RunOnBackend;
use super::schema::{stock_balances, stock_movements, stock_usage_window};
use super::DbConnection;
use crate::domain::stock::MovementKind;

/// The window's first day: the counters count issues from its midnight (UTC).
pub(crate) fn starts_on(conn: &mut DbConnection) -> QueryResult<NaiveDate> {
    stock_usage_window::table
        .find(1)
        .select(stock_usage_window::starts_on)
        .run_first(conn)
}

/// Moves the window to start on `to`, adjusting every counter; false when
/// it already starts there or another transaction moved it first (the
/// conditional update is the claim: on PostgreSQL the loser waits for the
/// winner's row lock, then finds the day changed and updates nothing).
pub(crate) fn advance(
    conn: &mut DbConnection,
    to: NaiveDate,
    at: NaiveDateTime,
) -> QueryResult<bool> {
    let from = starts_on(conn)?;
    if from == to {
        return Ok(false);
    }
    let claimed = diesel::update(
        stock_usage_window::table
            .find(1)
            .filter(stock_usage_window::starts_on.eq(from)),
    )
    .set((
        stock_usage_window::starts_on.eq(to),
        stock_usage_window::advanced_at.eq(at),
    ))
    .run_execute(conn)?;
    if claimed == 0 {
        return Ok(false);
    }
    if to > from {
        // The issues of [from, to) leave the window; their deltas are
        // negative, so adding them lowers the counters.
        add_deltas_between(conn, midnight(from), Some(midnight(to)))?;
    } else {
        recount(conn, to)?;
    }
    Ok(true)
}

/// Sets every counter from the ledger for the window starting on `from`
/// (the window row too): `procura stock rebuild-usage`, and what moving the
/// window back does. On PostgreSQL it holds a lock that makes concurrent
/// stock movements wait, so none is counted twice or lost.
pub(crate) fn rebuild(
    conn: &mut DbConnection,
    from: NaiveDate,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(stock_usage_window::table.find(1))
        .set((
            stock_usage_window::starts_on.eq(from),
            stock_usage_window::advanced_at.eq(at),
        ))
        .run_execute(conn)?;
    recount(conn, from)
}

fn recount(conn: &mut DbConnection, from: NaiveDate) -> QueryResult<()> {
    if let DbConnection::Postgresql(c) = conn {
        diesel::sql_query("LOCK TABLE stock_balances IN SHARE ROW EXCLUSIVE MODE").execute(c)?;
    }
    diesel::update(stock_balances::table)
        .set(stock_balances::issued_window_milli.eq(0_i64))
        .run_execute(conn)?;
    // From zero, adding what was issued since `from` sets the counters.
    add_issued_since(conn, midnight(from))
}

fn midnight(day: NaiveDate) -> NaiveDateTime {
    day.and_time(NaiveTime::MIN)
}

/// counter += Σ delta of the issues in [from, before) — lowers them.
fn add_deltas_between(
    conn: &mut DbConnection,
    from: NaiveDateTime,
    before: Option<NaiveDateTime>,
) -> QueryResult<()> {
    shift(conn, "SUM(delta_milli)", from, before)
}

/// counter += −Σ delta (what was issued) of the issues at or after `from`.
fn add_issued_since(conn: &mut DbConnection, from: NaiveDateTime) -> QueryResult<()> {
    shift(conn, "-SUM(delta_milli)", from, None)
}

/// One `UPDATE … FROM (grouped issues)`, the same text on both backends
/// but for the placeholders.
fn shift(
    conn: &mut DbConnection,
    sum: &str,
    from: NaiveDateTime,
    before: Option<NaiveDateTime>,
) -> QueryResult<()> {
    let (p1, p2) = match conn {
        DbConnection::Sqlite(_) => ("?", "?"),
        DbConnection::Postgresql(_) => ("$1", "$2"),
    };
    let until = if before.is_some() {
        format!("AND created_at < {p2}")
    } else {
        String::new()
    };
    let text = format!(
        "UPDATE stock_balances \
         SET issued_window_milli = stock_balances.issued_window_milli + d.milli \
         FROM (SELECT item_id, location_id, CAST({sum} AS BIGINT) AS milli \
               FROM stock_movements \
               WHERE kind = 'issue' AND created_at >= {p1} {until} \
               GROUP BY item_id, location_id) AS d \
         WHERE stock_balances.item_id = d.item_id \
           AND stock_balances.location_id = d.location_id"
    );
    let query = diesel::sql_query(text).bind::<Timestamp, _>(from);
    match (conn, before) {
        (DbConnection::Sqlite(c), Some(b)) => query.bind::<Timestamp, _>(b).execute(c),
        (DbConnection::Sqlite(c), None) => query.execute(c),
        (DbConnection::Postgresql(c), Some(b)) => query.bind::<Timestamp, _>(b).execute(c),
        (DbConnection::Postgresql(c), None) => query.execute(c),
    }
    .map(|_| ())
}

/// Counters that differ from the ledger: (item, location, counter, ledger).
pub(crate) fn mismatches(conn: &mut DbConnection) -> QueryResult<Vec<(String, String, i64, i64)>> {
    let from = midnight(starts_on(conn)?);
    let sums: Vec<(String, String, Option<i64>)> = stock_movements::table
        .filter(stock_movements::kind.eq(MovementKind::Issue))
        .filter(stock_movements::created_at.ge(from))
        .group_by((stock_movements::item_id, stock_movements::location_id))
        .select((
            stock_movements::item_id,
            stock_movements::location_id,
            sql::<Nullable<BigInt>>("CAST(-SUM(delta_milli) AS BIGINT)"),
        ))
        .run_load(conn)?;
    let mut ledger: std::collections::HashMap<(String, String), i64> = sums
        .into_iter()
        .map(|(i, l, s)| ((i, l), s.unwrap_or(0)))
        .collect();
    let counters: Vec<(String, String, i64)> = stock_balances::table
        .select((
            stock_balances::item_id,
            stock_balances::location_id,
            stock_balances::issued_window_milli,
        ))
        .run_load(conn)?;
    let mut wrong = Vec::new();
    for (item, location, counter) in counters {
        let sum = ledger
            .remove(&(item.clone(), location.clone()))
            .unwrap_or(0);
        if sum != counter {
            wrong.push((item, location, counter, sum));
        }
    }
    // Issues from a position without a balance row cannot exist (the
    // balance moves first), but say so if they ever do.
    wrong.extend(
        ledger
            .into_iter()
            .filter(|(_, s)| *s != 0)
            .map(|((i, l), s)| (i, l, 0, s)),
    );
    Ok(wrong)
}
