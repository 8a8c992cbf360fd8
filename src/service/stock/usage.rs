//! Keeps replenishment's issue window (`db::stock_usage`) on today: the
//! hourly housekeeping pass and the start of `serve` move it, and every
//! reader checks it in the same read transaction and moves it first when
//! midnight has passed since (so the answer never depends on the job's
//! timing). Moving it is claimed in the database: many instances move it
//! once.

use chrono::{DateTime, Utc};

use crate::db::{self, time, DbConnection};
use crate::domain::replenishment::usage_window_start;
use crate::error::AppResult;
use crate::service::AppContext;

/// Moves the window to today's start inside the caller's write
/// transaction; true when this call moved it.
pub(crate) fn keep_current(conn: &mut DbConnection, now: DateTime<Utc>) -> AppResult<bool> {
    let to = usage_window_start(now.date_naive());
    Ok(db::stock_usage::advance(conn, to, time::to_db(now))?)
}

/// [`keep_current`] in its own write.
pub(crate) async fn advance(ctx: &AppContext) -> AppResult<bool> {
    let now = ctx.now();
    ctx.db.write(move |conn| keep_current(conn, now)).await
}

/// True when the counters hold today's window (checked in the reader's
/// own transaction, so what it reads next is consistent with it).
pub(crate) fn is_current(conn: &mut DbConnection, now: DateTime<Utc>) -> AppResult<bool> {
    Ok(db::stock_usage::starts_on(conn)? == usage_window_start(now.date_naive()))
}

/// Runs `read` on a read connection once the window is current: when the
/// first check finds it behind, moves it and reads again.
pub(crate) async fn read_current<T, F>(ctx: &AppContext, read: F) -> AppResult<T>
where
    T: Send + 'static,
    F: Fn(&mut DbConnection) -> AppResult<T> + Clone + Send + 'static,
{
    let now = ctx.now();
    let first = read.clone();
    let done = ctx
        .db
        .read(move |conn| {
            if is_current(conn, now)? {
                first(conn).map(Some)
            } else {
                Ok(None)
            }
        })
        .await?;
    if let Some(value) = done {
        return Ok(value);
    }
    advance(ctx).await?;
    ctx.db.read(read).await
}

/// Recounts every counter from the ledger (`procura stock rebuild-usage`).
pub(crate) async fn rebuild(db: &db::Db, now: DateTime<Utc>) -> AppResult<()> {
    let from = usage_window_start(now.date_naive());
    db.write(move |conn| Ok(db::stock_usage::rebuild(conn, from, time::to_db(now))?))
        .await
}

/// Counters that disagree with the ledger: (item, location, counter, ledger).
pub(crate) async fn mismatches(db: &db::Db) -> AppResult<Vec<(String, String, i64, i64)>> {
    db.read(|conn| Ok(db::stock_usage::mismatches(conn)?)).await
}
