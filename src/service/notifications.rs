//! What admins see of outgoing mail: the outbox by status, a manual retry
//! of a message that failed, and its dismissal (deleted, audited).

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::identity::Actor;
use super::pagination::{Page, PageRequest};
use super::{audit, AppContext};
use crate::db::outbox::OutboxRow;
use crate::db::{self, time, DbConnection};
use crate::domain::backoff::DeliveryStatus;
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult, ErrorCode};

#[derive(Debug, Serialize)]
pub(crate) struct NotificationView {
    pub id: String,
    pub kind: String,
    pub to: Vec<String>,
    pub subject: String,
    pub status: DeliveryStatus,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub sent_at: Option<DateTime<Utc>>,
}

impl From<OutboxRow> for NotificationView {
    fn from(r: OutboxRow) -> Self {
        let pending = r.status == DeliveryStatus::Pending;
        Self {
            id: r.id,
            kind: r.kind,
            to: serde_json::from_str(&r.recipients).unwrap_or_default(),
            subject: r.subject,
            status: r.status,
            attempts: r.attempts,
            last_error: r.last_error,
            created_at: time::from_db(r.created_at),
            next_attempt_at: pending.then(|| time::from_db(r.next_attempt_at)),
            sent_at: r.sent_at.map(time::from_db),
        }
    }
}

pub(crate) async fn list(
    ctx: &AppContext,
    actor: &Actor,
    status: Option<String>,
    page: PageRequest,
) -> AppResult<Page<NotificationView>> {
    actor.require(Role::Admin)?;
    let status = status
        .map(|s| s.parse::<DeliveryStatus>())
        .transpose()
        .map_err(|_| {
            AppError::field("status", "invalid_value", "must be pending, sent or failed")
        })?;
    ctx.db
        .read(move |conn| {
            let rows = db::outbox::list_by_status(
                conn,
                status,
                page.after.as_deref(),
                page.fetch_limit(),
            )?;
            Ok(Page::from_rows(rows, &page, |r| r.id.clone()).map(Into::into))
        })
        .await
}

/// The failed message `id`, or 404; a sent one is 409 `already_sent` (never
/// sent twice), a pending one 409 `already_pending`: it may be in a
/// dispatcher's hands right now, and requeueing or deleting it could send
/// it twice or lose the outcome.
fn failed_row(conn: &mut DbConnection, id: &str) -> AppResult<OutboxRow> {
    let row = db::outbox::find(conn, id)?.ok_or(AppError::NotFound {
        entity: "notification",
    })?;
    match row.status {
        DeliveryStatus::Failed => Ok(row),
        DeliveryStatus::Sent => Err(AppError::conflict(
            ErrorCode::AlreadySent,
            "this message was delivered; it is not sent twice, and sent mail is purged after the retention period",
        )),
        DeliveryStatus::Pending => Err(AppError::conflict(
            ErrorCode::AlreadyPending,
            "this message is still queued for delivery",
        )),
    }
}

/// Queues a failed message for an immediate new attempt (see [`failed_row`]).
pub(crate) async fn retry(
    ctx: &AppContext,
    actor: &Actor,
    id: String,
) -> AppResult<NotificationView> {
    actor.require(Role::Admin)?;
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    ctx.db
        .write(move |conn| {
            let row = failed_row(conn, &id)?;
            db::outbox::requeue(conn, &id, time::to_db(now))?;
            let summary =
                serde_json::json!({"previous_status": row.status, "attempts": row.attempts});
            audit::record(
                conn,
                now,
                Some(&actor_id),
                "notification.retried",
                "notification",
                &id,
                summary,
            )?;
            let row = db::outbox::find(conn, &id)?.ok_or(AppError::NotFound {
                entity: "notification",
            })?;
            Ok(row.into())
        })
        .await
}

/// Dismisses a failed message (see [`failed_row`]): it is deleted with its
/// attachments, and the audit trail keeps who did it and what it was.
pub(crate) async fn dismiss(ctx: &AppContext, actor: &Actor, id: String) -> AppResult<()> {
    actor.require(Role::Admin)?;
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    ctx.db
        .write(move |conn| {
            let row = failed_row(conn, &id)?;
            db::outbox::delete_failed(conn, &id)?;
            let to: serde_json::Value = serde_json::from_str(&row.recipients).unwrap_or_default();
            let summary = serde_json::json!({"kind": row.kind, "to": to, "subject": row.subject,
                "attempts": row.attempts, "last_error": row.last_error});
            audit::record(
                conn,
                now,
                Some(&actor_id),
                "notification.dismissed",
                "notification",
                &id,
                summary,
            )?;
            Ok(())
        })
        .await
}
