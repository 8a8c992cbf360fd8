//! Queries on `login_throttle`: sign-in failure counters per key, shared by
//! every instance (the rules are `domain::throttle`).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::run::{on_backend, RunOnBackend};
use super::schema::login_throttle;
use super::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = login_throttle)]
pub(crate) struct ThrottleRow {
    pub throttle_key: String,
    pub failures: i32,
    pub window_started_at: NaiveDateTime,
    pub last_failure_at: NaiveDateTime,
}

/// The counters stored under `keys` (missing keys have none).
pub(crate) fn find(conn: &mut DbConnection, keys: &[String]) -> QueryResult<Vec<ThrottleRow>> {
    on_backend!(conn, |c| {
        login_throttle::table
            .filter(login_throttle::throttle_key.eq_any(keys))
            .select(ThrottleRow::as_select())
            .load(c)
    })
}

/// One more failure under `key` at `now`, whose row [`lock`] made sure of;
/// a window that started at or before `window_cutoff` has ended, so the
/// count starts again at 1. Each statement is atomic on both backends.
pub(crate) fn record_failure(
    conn: &mut DbConnection,
    key: &str,
    now: NaiveDateTime,
    window_cutoff: NaiveDateTime,
) -> QueryResult<()> {
    let restarted = diesel::update(
        login_throttle::table
            .find(key)
            .filter(login_throttle::window_started_at.le(window_cutoff)),
    )
    .set((
        login_throttle::failures.eq(1),
        login_throttle::window_started_at.eq(now),
        login_throttle::last_failure_at.eq(now),
    ))
    .run_execute(conn)?;
    if restarted == 0 {
        diesel::update(login_throttle::table.find(key))
            .set((
                login_throttle::failures.eq(login_throttle::failures + 1),
                login_throttle::last_failure_at.eq(now),
            ))
            .run_execute(conn)?;
    }
    Ok(())
}

/// Makes sure a row exists under each key (an empty window starting `now`)
/// and, on PostgreSQL, locks them until the transaction ends, so that
/// concurrent attempts on the same keys are judged one after another.
pub(crate) fn lock(
    conn: &mut DbConnection,
    keys: &[String],
    now: NaiveDateTime,
) -> QueryResult<()> {
    for key in keys {
        let empty = (
            login_throttle::throttle_key.eq(key),
            login_throttle::failures.eq(0),
            login_throttle::window_started_at.eq(now),
            login_throttle::last_failure_at.eq(now),
        );
        match conn {
            DbConnection::Sqlite(c) => diesel::insert_into(login_throttle::table)
                .values(empty)
                .on_conflict_do_nothing()
                .execute(c)?,
            DbConnection::Postgresql(c) => diesel::insert_into(login_throttle::table)
                .values(empty)
                .on_conflict_do_nothing()
                .execute(c)?,
        };
    }
    // SQLite has one writer at a time already; PostgreSQL needs the row locks.
    if let DbConnection::Postgresql(c) = conn {
        login_throttle::table
            .filter(login_throttle::throttle_key.eq_any(keys))
            .select(login_throttle::throttle_key)
            .order(login_throttle::throttle_key)
            .for_update()
            .load::<String>(c)?;
    }
    Ok(())
}

/// Gives back one counted attempt under `key` (it turned out correct).
pub(crate) fn give_back(conn: &mut DbConnection, key: &str) -> QueryResult<()> {
    diesel::update(
        login_throttle::table
            .find(key)
            .filter(login_throttle::failures.gt(0)),
    )
    .set(login_throttle::failures.eq(login_throttle::failures - 1))
    .run_execute(conn)
    .map(|_| ())
}

/// Deletes the counters under `keys` that count nothing any more.
pub(crate) fn forget_empty(conn: &mut DbConnection, keys: &[String]) -> QueryResult<()> {
    diesel::delete(
        login_throttle::table
            .filter(login_throttle::throttle_key.eq_any(keys))
            .filter(login_throttle::failures.le(0)),
    )
    .run_execute(conn)
    .map(|_| ())
}

/// Forgets `key` (a successful sign-in clears its pair).
pub(crate) fn clear(conn: &mut DbConnection, key: &str) -> QueryResult<()> {
    diesel::delete(login_throttle::table.find(key))
        .run_execute(conn)
        .map(|_| ())
}

/// Deletes counters whose window started at or before `cutoff`.
pub(crate) fn purge_ended(conn: &mut DbConnection, cutoff: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(login_throttle::table.filter(login_throttle::window_started_at.le(cutoff)))
        .run_execute(conn)
}
