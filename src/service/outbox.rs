//! The transactional outbox: a notification is rendered and written as a
//! row in the same transaction as the change that caused it, so it is sent
//! if and only if the change committed, and exactly what will be sent is
//! visible to admins. Each recipient gets a message of their own (one row
//! each: nobody sees who else was told, and one bad address fails alone),
//! in the language the recipient reads.
//! Delivery is the dispatcher's job (`jobs::dispatcher`).

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::new_id;
use crate::db::outbox::{AttachmentRow, OutboxRow};
use crate::db::{self, time, DbConnection};
use crate::domain::locale::Locale;
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

/// One recipient's message, rendered into the rows that queue it.
#[derive(Debug, Clone)]
pub(crate) struct Rendered {
    pub row: OutboxRow,
    pub attachments: Vec<AttachmentRow>,
}

/// Renders `notification` and queues one message per recipient inside the
/// caller's transaction; returns the first one's id. A notification with
/// nobody to send to is not queued.
pub fn enqueue(
    conn: &mut DbConnection,
    templates: &Templates,
    now: DateTime<Utc>,
    notification: Notification,
) -> AppResult<Option<String>> {
    let messages = render(conn, templates, now, notification)?;
    let first = messages.first().map(|m| m.row.id.clone());
    store(conn, messages)?;
    Ok(first)
}

/// [`enqueue`] for recipients already known to read `locale` (a caller
/// that grouped them with [`by_locale`] to build per-language
/// attachments), without looking their languages up again.
pub(crate) fn enqueue_in(
    conn: &mut DbConnection,
    templates: &Templates,
    now: DateTime<Utc>,
    notification: Notification,
    locale: Locale,
) -> AppResult<Option<String>> {
    let mut to = notification.to.clone();
    to.sort();
    to.dedup();
    let messages = in_locale(templates, now, &notification, locale, &to)?;
    let first = messages.first().map(|m| m.row.id.clone());
    store(conn, messages)?;
    Ok(first)
}

/// Queues already rendered messages.
pub(crate) fn store(conn: &mut DbConnection, messages: Vec<Rendered>) -> AppResult<()> {
    for m in messages {
        db::outbox::insert(conn, &m.row, &m.attachments)?;
    }
    Ok(())
}

/// Renders `notification` once per language its recipients read and makes
/// one message of it per distinct recipient, with reads only, so a use
/// case can render before its write transaction and keep template work
/// off the SQLite writer. Empty when nobody is to be told.
pub(crate) fn render(
    conn: &mut DbConnection,
    templates: &Templates,
    now: DateTime<Utc>,
    notification: Notification,
) -> AppResult<Vec<Rendered>> {
    let mut to = notification.to.clone();
    to.sort();
    to.dedup();
    if to.is_empty() {
        tracing::debug!(
            kind = notification.kind,
            "notification has no recipients; not queued"
        );
        return Ok(Vec::new());
    }
    let mut messages = Vec::with_capacity(to.len());
    for (locale, addresses) in by_locale(conn, templates, to)? {
        messages.extend(in_locale(
            templates,
            now,
            &notification,
            locale,
            &addresses,
        )?);
    }
    Ok(messages)
}

/// `notification` rendered once in `locale`, one message per address.
fn in_locale(
    templates: &Templates,
    now: DateTime<Utc>,
    notification: &Notification,
    locale: Locale,
    addresses: &[String],
) -> AppResult<Vec<Rendered>> {
    let rendered = templates
        .render(notification.kind, Some(locale), &notification.context)
        .map_err(AppError::internal)?;
    addresses
        .iter()
        .map(|address| message(notification, &rendered, address, now))
        .collect()
}

/// `to` grouped by the language each reads, in the order of their first
/// address: their own choice when the address is a user's who made one,
/// else the organisation's default.
pub(crate) fn by_locale(
    conn: &mut DbConnection,
    templates: &Templates,
    to: Vec<String>,
) -> AppResult<Vec<(Locale, Vec<String>)>> {
    let chosen: HashMap<String, Locale> = db::users::locales_of_emails(conn, &to)?
        .into_iter()
        .collect();
    let mut groups: Vec<(Locale, Vec<String>)> = Vec::new();
    for address in to {
        let locale = chosen
            .get(&address)
            .copied()
            .unwrap_or(templates.default_locale());
        match groups.iter_mut().find(|(l, _)| *l == locale) {
            Some((_, addresses)) => addresses.push(address),
            None => groups.push((locale, vec![address])),
        }
    }
    Ok(groups)
}

/// One recipient's row of a rendered notification.
fn message(
    notification: &Notification,
    rendered: &crate::mail::templates::Rendered,
    address: &str,
    now: DateTime<Utc>,
) -> AppResult<Rendered> {
    let id = new_id();
    let attachments = notification
        .attachments
        .iter()
        .map(|a| AttachmentRow {
            id: new_id(),
            outbox_id: id.clone(),
            filename: a.filename.clone(),
            content_type: a.content_type.clone(),
            content: a.content.clone(),
        })
        .collect();
    let row = OutboxRow {
        id,
        kind: notification.kind.to_owned(),
        recipients: serde_json::to_string(&[address]).map_err(AppError::internal)?,
        subject: rendered.subject.clone(),
        body_text: rendered.text.clone(),
        body_html: rendered.html.clone(),
        payload: notification.context.to_string(),
        status: DeliveryStatus::Pending,
        attempts: 0,
        next_attempt_at: time::to_db(now),
        last_error: None,
        claimed_by: None,
        claimed_until: None,
        created_at: time::to_db(now),
        sent_at: None,
        lane: lane(address, &notification.context),
    };
    Ok(Rendered { row, attachments })
}

/// The lane a message goes in: its recipient, and the application it is
/// about when it is about one. What a person must read in order is the
/// story of one application ("approval needed" before "cancelled"); mail
/// about different applications may pass each other, so lanes run in
/// parallel even when a few approvers receive most mail.
fn lane(address: &str, context: &serde_json::Value) -> String {
    match context.pointer("/application/id").and_then(|v| v.as_str()) {
        Some(application) => format!("{address} {application}"),
        None => address.to_owned(),
    }
}
