//! The transactional outbox: a notification is rendered and written as a
//! row in the same transaction as the change that caused it, so it is sent
//! if and only if the change committed, and exactly what will be sent is
//! visible to admins. Delivery is the dispatcher's job (`jobs::dispatcher`).

use chrono::{DateTime, Utc};

use super::new_id;
use crate::db::outbox::{AttachmentRow, OutboxRow};
use crate::db::{self, time, DbConnection};
use crate::error::{AppError, AppResult};
use crate::mail::templates::Templates;

/// One message to send, before it is rendered.
#[derive(Debug, Clone)]
pub struct Notification {
    /// Template name, e.g. `application_submitted` (see `mail::defaults::KINDS`).
    pub kind: &'static str,
    pub to: Vec<String>,
    /// The template context.
    pub context: serde_json::Value,
    pub attachments: Vec<NewAttachment>,
}

#[derive(Debug, Clone)]
pub struct NewAttachment {
    pub filename: String,
    pub content_type: String,
    pub content: Vec<u8>,
}

pub(crate) use crate::domain::backoff::DeliveryStatus;

/// A notification rendered into the rows that queue it.
#[derive(Debug, Clone)]
pub(crate) struct Rendered {
    pub row: OutboxRow,
    pub attachments: Vec<AttachmentRow>,
}

/// Renders `notification` and queues it inside the caller's transaction;
/// returns its id. A notification with nobody to send to is not queued.
pub fn enqueue(
    conn: &mut DbConnection,
    templates: &Templates,
    now: DateTime<Utc>,
    notification: Notification,
) -> AppResult<Option<String>> {
    match render(templates, now, notification)? {
        Some(rendered) => store(conn, rendered).map(Some),
        None => Ok(None),
    }
}

/// Queues an already rendered notification; returns its id.
pub(crate) fn store(conn: &mut DbConnection, rendered: Rendered) -> AppResult<String> {
    db::outbox::insert(conn, &rendered.row, &rendered.attachments)?;
    Ok(rendered.row.id)
}

/// Renders `notification` into its outbox rows without touching the
/// database, so a use case can render before its write transaction and keep
/// template work off the SQLite writer. `None` when nobody is to be told.
pub(crate) fn render(
    templates: &Templates,
    now: DateTime<Utc>,
    notification: Notification,
) -> AppResult<Option<Rendered>> {
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
    let rendered = templates
        .render(notification.kind, &notification.context)
        .map_err(AppError::internal)?;
    let id = new_id();
    let row = OutboxRow {
        id: id.clone(),
        kind: notification.kind.to_owned(),
        recipients: serde_json::to_string(&to).map_err(AppError::internal)?,
        subject: rendered.subject,
        body_text: rendered.text,
        body_html: rendered.html,
        payload: notification.context.to_string(),
        status: DeliveryStatus::Pending,
        attempts: 0,
        next_attempt_at: time::to_db(now),
        last_error: None,
        claimed_by: None,
        claimed_until: None,
        created_at: time::to_db(now),
        sent_at: None,
    };
    let attachments: Vec<AttachmentRow> = notification
        .attachments
        .into_iter()
        .map(|a| AttachmentRow {
            id: new_id(),
            outbox_id: id.clone(),
            filename: a.filename,
            content_type: a.content_type,
            content: a.content,
        })
        .collect();
    Ok(Some(Rendered { row, attachments }))
}
