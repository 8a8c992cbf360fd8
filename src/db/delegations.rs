//! Queries on `delegations`: an approver's stand-in for a date range.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::run::{on_backend, RunOnBackend};
use super::schema::delegations;
use super::DbConnection;
use crate::domain::ids::UserId;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = delegations, treat_none_as_default_value = false)]
pub(crate) struct DelegationRow {
    pub id: String,
    pub approver_id: UserId,
    pub delegate_id: UserId,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub created_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
}

pub(crate) fn insert(conn: &mut DbConnection, row: &DelegationRow) -> QueryResult<()> {
    diesel::insert_into(delegations::table)
        .values(row)
        .run_execute(conn)
        .map(|_| ())
}

pub(crate) fn find(conn: &mut DbConnection, id: &str) -> QueryResult<Option<DelegationRow>> {
    on_backend!(conn, |c| {
        delegations::table
            .find(id)
            .select(DelegationRow::as_select())
            .first(c)
            .optional()
    })
}

/// Delegations given or received by `user_id` that are not revoked.
pub(crate) fn of_user(
    conn: &mut DbConnection,
    user_id: &UserId,
) -> QueryResult<Vec<DelegationRow>> {
    on_backend!(conn, |c| {
        delegations::table
            .filter(
                delegations::approver_id
                    .eq(user_id)
                    .or(delegations::delegate_id.eq(user_id)),
            )
            .filter(delegations::revoked_at.is_null())
            .select(DelegationRow::as_select())
            .order(delegations::id)
            .load(c)
    })
}

/// Approvers for whom `delegate_id` acts on `day`.
pub(crate) fn principals_of(
    conn: &mut DbConnection,
    delegate_id: &UserId,
    day: NaiveDate,
) -> QueryResult<Vec<UserId>> {
    delegations::table
        .filter(delegations::delegate_id.eq(delegate_id))
        .filter(delegations::revoked_at.is_null())
        .filter(delegations::starts_on.le(day))
        .filter(delegations::ends_on.ge(day))
        .select(delegations::approver_id)
        .run_load(conn)
}

/// Delegates acting for `approver_id` on `day`.
pub(crate) fn delegates_of(
    conn: &mut DbConnection,
    approver_id: &UserId,
    day: NaiveDate,
) -> QueryResult<Vec<UserId>> {
    delegations::table
        .filter(delegations::approver_id.eq(approver_id))
        .filter(delegations::revoked_at.is_null())
        .filter(delegations::starts_on.le(day))
        .filter(delegations::ends_on.ge(day))
        .select(delegations::delegate_id)
        .run_load(conn)
}

pub(crate) fn revoke(conn: &mut DbConnection, id: &str, at: NaiveDateTime) -> QueryResult<()> {
    diesel::update(delegations::table.find(id))
        .set(delegations::revoked_at.eq(at))
        .run_execute(conn)
        .map(|_| ())
}

/// Delegations that ran out before `day` (not ended early) whose delegate
/// has not been told yet, at most `limit`.
pub(crate) fn ran_out_untold(
    conn: &mut DbConnection,
    day: NaiveDate,
    limit: i64,
) -> QueryResult<Vec<DelegationRow>> {
    on_backend!(conn, |c| {
        delegations::table
            .filter(delegations::ends_on.lt(day))
            .filter(delegations::revoked_at.is_null())
            .filter(delegations::end_noticed_at.is_null())
            .select(DelegationRow::as_select())
            .order(delegations::id)
            .limit(limit)
            .load(c)
    })
}

/// Claims telling the delegate that `id` ran out: `true` for the one
/// caller whose update found it untold (the claim of many instances).
pub(crate) fn claim_end_notice(
    conn: &mut DbConnection,
    id: &str,
    at: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        delegations::table
            .find(id)
            .filter(delegations::end_noticed_at.is_null()),
    )
    .set(delegations::end_noticed_at.eq(at))
    .run_execute(conn)
    .map(|n| n == 1)
}
