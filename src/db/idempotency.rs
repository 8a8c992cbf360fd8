//! Queries on `idempotency_keys`: the first response to a keyed request,
//! kept so a retry replays it instead of acting twice.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::run::{on_backend, RunOnBackend};
use super::schema::idempotency_keys;
use super::DbConnection;
use crate::domain::ids::UserId;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = idempotency_keys)]
pub(crate) struct IdempotencyRow {
    pub request_hash: String,
    pub response_status: Option<i32>,
    pub response_body: Option<String>,
}

pub(crate) fn find(
    conn: &mut DbConnection,
    user_id: &UserId,
    key: &str,
) -> QueryResult<Option<IdempotencyRow>> {
    on_backend!(conn, |c| {
        idempotency_keys::table
            .find((user_id, key))
            .select(IdempotencyRow::as_select())
            .first(c)
            .optional()
    })
}

/// Claims the key for a request in progress; false when it already exists.
/// `ON CONFLICT DO NOTHING` rather than catching the error: on PostgreSQL a
/// failed statement would abort the surrounding transaction.
pub(crate) fn try_claim(
    conn: &mut DbConnection,
    user_id: &UserId,
    key: &str,
    request_hash: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let values = (
        idempotency_keys::user_id.eq(user_id),
        idempotency_keys::idem_key.eq(key),
        idempotency_keys::request_hash.eq(request_hash),
        idempotency_keys::created_at.eq(now),
    );
    let inserted = match conn {
        DbConnection::Sqlite(c) => diesel::insert_into(idempotency_keys::table)
            .values(values)
            .on_conflict_do_nothing()
            .execute(c)?,
        DbConnection::Postgresql(c) => diesel::insert_into(idempotency_keys::table)
            .values(values)
            .on_conflict_do_nothing()
            .execute(c)?,
    };
    Ok(inserted == 1)
}

pub(crate) fn store_response(
    conn: &mut DbConnection,
    user_id: &UserId,
    key: &str,
    status: i32,
    body: &str,
) -> QueryResult<()> {
    diesel::update(idempotency_keys::table.find((user_id, key)))
        .set((
            idempotency_keys::response_status.eq(status),
            idempotency_keys::response_body.eq(body),
        ))
        .run_execute(conn)
        .map(|_| ())
}

/// Drops this key if it has outlived its 24 hours, so it can be used afresh.
pub(crate) fn forget_if_older(
    conn: &mut DbConnection,
    user_id: &UserId,
    key: &str,
    before: NaiveDateTime,
) -> QueryResult<()> {
    diesel::delete(
        idempotency_keys::table
            .find((user_id, key))
            .filter(idempotency_keys::created_at.lt(before)),
    )
    .run_execute(conn)
    .map(|_| ())
}

/// Deletes keys older than `before` (keys are kept 24 h).
pub(crate) fn purge_older_than(
    conn: &mut DbConnection,
    before: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::delete(idempotency_keys::table.filter(idempotency_keys::created_at.lt(before)))
        .run_execute(conn)
}
