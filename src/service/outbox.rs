//! The transactional outbox: a notification is a row written in the same
//! transaction as the change that caused it, so it is sent if and only if
//! the change committed. Delivery is the dispatcher's job (see `jobs`).

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::new_id;
use crate::db::{self, outbox::OutboxRow, time, DbConnection};
use crate::error::{AppError, AppResult};

/// One message to send, before it is rendered.
#[derive(Debug, Clone)]
pub struct Notification {
    /// Template name, e.g. `application_submitted`.
    pub kind: &'static str,
    pub to: Vec<String>,
    pub subject: String,
    /// The template context.
    pub context: serde_json::Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryStatus {
    Pending,
    Sent,
    Failed,
}

impl DeliveryStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Sent => "sent",
            Self::Failed => "failed",
        }
    }
}

/// Queues `notification` inside the caller's transaction; returns its id.
/// A notification with nobody to send to is dropped (and logged), not queued.
pub fn enqueue(
    conn: &mut DbConnection,
    now: DateTime<Utc>,
    notification: Notification,
) -> AppResult<Option<String>> {
    let mut to = notification.to;
    to.sort();
    to.dedup();
    if to.is_empty() {
        tracing::debug!(
            kind = notification.kind,
            "notification has no recipients; not queued"
        );
        return Ok(None);
    }
    let id = new_id();
    let row = OutboxRow {
        id: id.clone(),
        kind: notification.kind.to_owned(),
        recipients: serde_json::to_string(&to).map_err(AppError::internal)?,
        subject: notification.subject,
        payload: notification.context.to_string(),
        status: DeliveryStatus::Pending.as_str().to_owned(),
        attempts: 0,
        next_attempt_at: time::to_db(now),
        last_error: None,
        claimed_by: None,
        claimed_until: None,
        created_at: time::to_db(now),
        sent_at: None,
    };
    db::outbox::insert(conn, &row)?;
    Ok(Some(id))
}
