//! Queries on the append-only `audit_log`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::run::{on_backend, RunOnBackend};
use super::schema::audit_log;
use super::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = audit_log, treat_none_as_default_value = false)]
pub(crate) struct AuditRow {
    pub id: String,
    pub at: NaiveDateTime,
    pub actor_id: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub summary: String,
}

pub(crate) fn insert(conn: &mut DbConnection, row: &AuditRow) -> QueryResult<()> {
    diesel::insert_into(audit_log::table)
        .values(row)
        .run_execute(conn)
        .map(|_| ())
}

#[derive(Debug, Default)]
pub(crate) struct AuditFilter {
    pub entity: Option<String>,
    pub entity_id: Option<String>,
    pub actor_id: Option<String>,
    /// Entries at or after this moment.
    pub since: Option<NaiveDateTime>,
    /// Entries before this moment.
    pub until: Option<NaiveDateTime>,
    /// Newest first (ids are time-ordered UUIDv7s, so the id orders both ways).
    pub newest_first: bool,
}

pub(crate) fn list(
    conn: &mut DbConnection,
    filter: &AuditFilter,
    after: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<AuditRow>> {
    on_backend!(conn, |c| {
        let mut query = audit_log::table.select(AuditRow::as_select()).into_boxed();
        if let Some(entity) = &filter.entity {
            query = query.filter(audit_log::entity.eq(entity.clone()));
        }
        if let Some(id) = &filter.entity_id {
            query = query.filter(audit_log::entity_id.eq(id.clone()));
        }
        if let Some(actor) = &filter.actor_id {
            query = query.filter(audit_log::actor_id.eq(actor.clone()));
        }
        if let Some(since) = filter.since {
            query = query.filter(audit_log::at.ge(since));
        }
        if let Some(until) = filter.until {
            query = query.filter(audit_log::at.lt(until));
        }
        query = match (filter.newest_first, after) {
            (false, Some(after)) => query.filter(audit_log::id.gt(after.to_owned())),
            (true, Some(after)) => query.filter(audit_log::id.lt(after.to_owned())),
            (_, None) => query,
        };
        query = match filter.newest_first {
            true => query.order(audit_log::id.desc()),
            false => query.order(audit_log::id),
        };
        query.limit(limit).load(c)
    })
}
