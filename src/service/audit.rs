//! The audit trail: one helper every state-changing use case calls inside
//! its transaction, and the admin's read of it.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::identity::Actor;
use super::new_id;
use super::pagination::{Page, PageRequest};
use super::AppContext;
/// List filters, shared with the query layer.
use crate::db::audit::AuditFilter;
use crate::db::audit::AuditRow;
use crate::db::{self, time, DbConnection};
use crate::domain::ids::UserId;
use crate::domain::roles::Role;
use crate::error::AppResult;

#[derive(Debug, Serialize)]
pub(crate) struct AuditEntry {
    pub id: String,
    pub at: DateTime<Utc>,
    pub actor_id: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub summary: serde_json::Value,
}

/// Appends one entry: who (`None` for the system), did what, to which entity.
pub(crate) fn record(
    conn: &mut DbConnection,
    at: DateTime<Utc>,
    actor_id: Option<&UserId>,
    action: &str,
    entity: &str,
    entity_id: &str,
    summary: serde_json::Value,
) -> AppResult<()> {
    let row = AuditRow {
        id: new_id(),
        at: time::to_db(at),
        actor_id: actor_id.map(|id| id.as_str().to_owned()),
        action: action.to_owned(),
        entity: entity.to_owned(),
        entity_id: entity_id.to_owned(),
        summary: summary.to_string(),
    };
    Ok(db::audit::insert(conn, &row)?)
}

/// Which audit entries to list (the api fills it from the query string).
#[derive(Debug, Default)]
pub(crate) struct AuditQuery {
    pub entity: Option<String>,
    pub entity_id: Option<String>,
    pub actor_id: Option<String>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
    pub newest_first: bool,
}

pub(crate) async fn list(
    ctx: &AppContext,
    actor: &Actor,
    query: AuditQuery,
    page: PageRequest,
) -> AppResult<Page<AuditEntry>> {
    actor.require(Role::Admin)?;
    let filter = AuditFilter {
        entity: query.entity,
        entity_id: query.entity_id,
        actor_id: query.actor_id,
        since: query.since.map(time::to_db),
        until: query.until.map(time::to_db),
        newest_first: query.newest_first,
    };
    ctx.db
        .read(move |conn| {
            let rows = db::audit::list(conn, &filter, page.after.as_deref(), page.fetch_limit())?;
            Ok(
                Page::from_rows(rows, &page, |r| r.id.clone()).map(|r| AuditEntry {
                    id: r.id,
                    at: time::from_db(r.at),
                    actor_id: r.actor_id,
                    action: r.action,
                    entity: r.entity,
                    entity_id: r.entity_id,
                    summary: serde_json::from_str(&r.summary).unwrap_or(serde_json::Value::Null),
                }),
            )
        })
        .await
}

/// The moments that bound the days `from` to `to` (both included) in the
/// organisation's timezone, for a list filtered by date.
pub(crate) fn day_range(
    ctx: &AppContext,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
    let zone = ctx.settings.timezone;
    let since = from.and_then(|d| super::local_midnight(zone, d));
    let until = to
        .and_then(|d| d.succ_opt())
        .and_then(|d| super::local_midnight(zone, d));
    (since, until)
}
