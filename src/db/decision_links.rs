//! Queries on `decision_links`: the single-use links of "approval needed"
//! mails (the rules are `service::applications::decision_links`).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::run::{on_backend, RunOnBackend};
use super::schema::decision_links;
use super::DbConnection;
use crate::domain::ids::{ApplicationId, UserId};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = decision_links, treat_none_as_default_value = false)]
pub(crate) struct DecisionLinkRow {
    /// SHA-256 of the token, hex: the token itself is only in the mail.
    pub token_hash: String,
    pub application_id: ApplicationId,
    pub step_id: String,
    /// The recipient, who decides as themself (or as delegate) through it.
    pub user_id: UserId,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
}

pub(crate) fn insert(conn: &mut DbConnection, rows: &[DecisionLinkRow]) -> QueryResult<()> {
    for row in rows {
        diesel::insert_into(decision_links::table)
            .values(row)
            .run_execute(conn)?;
    }
    Ok(())
}

pub(crate) fn find(conn: &mut DbConnection, hash: &str) -> QueryResult<Option<DecisionLinkRow>> {
    on_backend!(conn, |c| {
        decision_links::table
            .find(hash)
            .select(DecisionLinkRow::as_select())
            .first(c)
            .optional()
    })
}

/// Marks the link used at `now` if it still is unused, unexpired and for
/// `step_id`; false when another request claimed it first (one statement,
/// atomic on both backends).
pub(crate) fn claim(
    conn: &mut DbConnection,
    hash: &str,
    step_id: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let claimed = diesel::update(
        decision_links::table
            .find(hash)
            .filter(decision_links::step_id.eq(step_id))
            .filter(decision_links::used_at.is_null())
            .filter(decision_links::expires_at.gt(now)),
    )
    .set(decision_links::used_at.eq(now))
    .run_execute(conn)?;
    Ok(claimed == 1)
}

/// Deletes links that expired before `cutoff`; answers how many.
pub(crate) fn purge_expired(conn: &mut DbConnection, cutoff: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(decision_links::table.filter(decision_links::expires_at.lt(cutoff)))
        .run_execute(conn)
}
