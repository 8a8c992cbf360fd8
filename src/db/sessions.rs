//! Queries on `sessions` (bearer tokens, stored only as SHA-256 hashes).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::run::{on_backend, RunOnBackend};
use super::schema::{sessions, users};
use super::users::UserRow;
use super::DbConnection;
use crate::domain::ids::UserId;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = sessions, treat_none_as_default_value = false)]
pub struct SessionRow {
    pub id: String,
    pub user_id: UserId,
    pub token_hash: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
    pub client_addr: Option<String>,
}

pub fn insert(conn: &mut DbConnection, row: &SessionRow) -> QueryResult<()> {
    diesel::insert_into(sessions::table)
        .values(row)
        .run_execute(conn)
        .map(|_| ())
}

/// The session with this token hash and its user, in one query.
pub(crate) fn find_with_user(
    conn: &mut DbConnection,
    token_hash: &str,
) -> QueryResult<Option<(SessionRow, UserRow)>> {
    on_backend!(conn, |c| {
        sessions::table
            .inner_join(users::table)
            .filter(sessions::token_hash.eq(token_hash))
            .select((SessionRow::as_select(), UserRow::as_select()))
            .first(c)
            .optional()
    })
}

pub(crate) fn revoke(conn: &mut DbConnection, id: &str, at: NaiveDateTime) -> QueryResult<()> {
    diesel::update(
        sessions::table
            .find(id)
            .filter(sessions::revoked_at.is_null()),
    )
    .set(sessions::revoked_at.eq(at))
    .run_execute(conn)
    .map(|_| ())
}

/// Ends every live session of a user (deactivation, password change).
pub(crate) fn revoke_all_of_user(
    conn: &mut DbConnection,
    user_id: &UserId,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        sessions::table
            .filter(sessions::user_id.eq(user_id))
            .filter(sessions::revoked_at.is_null()),
    )
    .set(sessions::revoked_at.eq(at))
    .run_execute(conn)
}

/// Deletes sessions that expired, or were signed out, before `before`.
pub(crate) fn purge_ended(conn: &mut DbConnection, before: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(
        sessions::table.filter(
            sessions::expires_at
                .lt(before)
                .or(sessions::revoked_at.lt(before)),
        ),
    )
    .run_execute(conn)
}

/// Ends every live session of a user but `keep` (their own password change).
pub(crate) fn revoke_others_of_user(
    conn: &mut DbConnection,
    user_id: &UserId,
    keep: &str,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        sessions::table
            .filter(sessions::user_id.eq(user_id))
            .filter(sessions::id.ne(keep))
            .filter(sessions::revoked_at.is_null()),
    )
    .set(sessions::revoked_at.eq(at))
    .run_execute(conn)
}

/// A user's sessions that are neither signed out nor expired at `now`,
/// the newest first; at most `limit`.
pub(crate) fn live_of_user(
    conn: &mut DbConnection,
    user_id: &UserId,
    now: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<SessionRow>> {
    on_backend!(conn, |c| {
        sessions::table
            .filter(sessions::user_id.eq(user_id))
            .filter(sessions::revoked_at.is_null())
            .filter(sessions::expires_at.gt(now))
            .select(SessionRow::as_select())
            .order(sessions::created_at.desc())
            .limit(limit)
            .load(c)
    })
}
