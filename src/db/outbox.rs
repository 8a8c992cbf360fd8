//! Queries on the notification `outbox` and its attachments. Rows are
//! written inside the transaction of the change that caused them; a
//! dispatcher claims due rows with a lease, so any number of instances can
//! deliver without sending a row twice while its lease holds.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::run::{on_backend, RunOnBackend};
use super::schema::{outbox, outbox_attachments};
use super::DbConnection;
use crate::domain::backoff::DeliveryStatus;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = outbox, treat_none_as_default_value = false)]
pub struct OutboxRow {
    pub id: String,
    pub kind: String,
    /// JSON array of addresses.
    pub recipients: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    /// JSON object: the template context, kept for inspection.
    pub payload: String,
    pub status: DeliveryStatus,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub last_error: Option<String>,
    pub claimed_by: Option<String>,
    pub claimed_until: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
    /// Rows of one lane are sent in order: one recipient, and the one
    /// application the message is about, if any (`service::outbox`).
    pub lane: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = outbox_attachments, treat_none_as_default_value = false)]
pub(crate) struct AttachmentRow {
    pub id: String,
    pub outbox_id: String,
    pub filename: String,
    pub content_type: String,
    pub content: Vec<u8>,
}

pub(crate) fn insert(
    conn: &mut DbConnection,
    row: &OutboxRow,
    attachments: &[AttachmentRow],
) -> QueryResult<()> {
    diesel::insert_into(outbox::table)
        .values(row)
        .run_execute(conn)?;
    for attachment in attachments {
        diesel::insert_into(outbox_attachments::table)
            .values(attachment)
            .run_execute(conn)?;
    }
    Ok(())
}

pub(crate) fn find(conn: &mut DbConnection, id: &str) -> QueryResult<Option<OutboxRow>> {
    on_backend!(conn, |c| {
        outbox::table
            .find(id)
            .select(OutboxRow::as_select())
            .first(c)
            .optional()
    })
}

pub fn list_by_status(
    conn: &mut DbConnection,
    status: Option<DeliveryStatus>,
    after: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<OutboxRow>> {
    on_backend!(conn, |c| {
        let mut query = outbox::table.select(OutboxRow::as_select()).into_boxed();
        if let Some(status) = status {
            query = query.filter(outbox::status.eq(status));
        }
        if let Some(after) = after {
            query = query.filter(outbox::id.gt(after.to_owned()));
        }
        query.order(outbox::id).limit(limit).load(c)
    })
}

/// Claims up to `limit` pending rows that are due and not leased to a live
/// claimer, oldest first, leasing them to `instance` until `lease_until`.
/// On PostgreSQL, `FOR UPDATE SKIP LOCKED` lets instances claim disjoint rows
/// at once; SQLite writers are serialised anyway.
pub fn claim_due(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    instance: &str,
    lease_until: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<OutboxRow>> {
    let due = outbox::table
        .select(outbox::id)
        .filter(outbox::status.eq(DeliveryStatus::Pending))
        .filter(outbox::next_attempt_at.le(now))
        .filter(
            outbox::claimed_until
                .is_null()
                .or(outbox::claimed_until.lt(now)),
        )
        .order(outbox::id)
        .limit(limit);
    let ids: Vec<String> = match conn {
        DbConnection::Postgresql(c) => due.for_update().skip_locked().load(c)?,
        DbConnection::Sqlite(c) => due.load(c)?,
    };
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    diesel::update(outbox::table.filter(outbox::id.eq_any(&ids)))
        .set((
            outbox::claimed_by.eq(instance),
            outbox::claimed_until.eq(lease_until),
        ))
        .run_execute(conn)?;
    on_backend!(conn, |c| {
        outbox::table
            .filter(outbox::id.eq_any(&ids))
            .select(OutboxRow::as_select())
            .order(outbox::id)
            .load(c)
    })
}

pub(crate) fn attachments_of(
    conn: &mut DbConnection,
    outbox_ids: &[String],
) -> QueryResult<Vec<AttachmentRow>> {
    on_backend!(conn, |c| {
        outbox_attachments::table
            .filter(outbox_attachments::outbox_id.eq_any(outbox_ids))
            .select(AttachmentRow::as_select())
            .order((outbox_attachments::outbox_id, outbox_attachments::id))
            .load(c)
    })
}

/// The prefix of `last_error` when the relay could not be reached at all.
pub(crate) const UNREACHABLE: &str = "mail server unreachable: ";

/// Records many outcomes (in the caller's transaction); returns how many
/// were kept, i.e. still leased to `instance`.
pub(crate) fn record_attempts(
    conn: &mut DbConnection,
    instance: &str,
    outcomes: &[(String, AttemptOutcome)],
) -> QueryResult<usize> {
    let mut kept = 0;
    for (id, outcome) in outcomes {
        if record_attempt(conn, id, instance, outcome)? {
            kept += 1;
        }
    }
    Ok(kept)
}

/// Extends to `until` the lease of every pending row `instance` holds.
pub(crate) fn renew_leases(
    conn: &mut DbConnection,
    instance: &str,
    until: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        outbox::table
            .filter(outbox::claimed_by.eq(instance))
            .filter(outbox::status.eq(DeliveryStatus::Pending)),
    )
    .set(outbox::claimed_until.eq(until))
    .run_execute(conn)
}

/// Makes every pending row that waits only because the relay was
/// unreachable due now; returns how many.
pub(crate) fn release_held(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        outbox::table
            .filter(outbox::status.eq(DeliveryStatus::Pending))
            .filter(outbox::next_attempt_at.gt(now))
            .filter(outbox::last_error.like(format!("{UNREACHABLE}%"))),
    )
    .set(outbox::next_attempt_at.eq(now))
    .run_execute(conn)
}

/// Deletes sent rows, with their attachments, sent before `before`;
/// returns how many rows.
pub(crate) fn purge_sent(conn: &mut DbConnection, before: NaiveDateTime) -> QueryResult<usize> {
    let sent = outbox::table
        .filter(outbox::status.eq(DeliveryStatus::Sent))
        .filter(outbox::sent_at.lt(before))
        .select(outbox::id);
    diesel::delete(outbox_attachments::table.filter(outbox_attachments::outbox_id.eq_any(sent)))
        .run_execute(conn)?;
    diesel::delete(
        outbox::table
            .filter(outbox::status.eq(DeliveryStatus::Sent))
            .filter(outbox::sent_at.lt(before)),
    )
    .run_execute(conn)
}

/// Deletes one failed row and its attachments (an admin's dismissal);
/// `false` when it is not a failed row.
pub(crate) fn delete_failed(conn: &mut DbConnection, id: &str) -> QueryResult<bool> {
    if !find(conn, id)?.is_some_and(|r| r.status == DeliveryStatus::Failed) {
        return Ok(false);
    }
    diesel::delete(outbox_attachments::table.filter(outbox_attachments::outbox_id.eq(id)))
        .run_execute(conn)?;
    let n = diesel::delete(
        outbox::table
            .filter(outbox::id.eq(id))
            .filter(outbox::status.eq(DeliveryStatus::Failed)),
    )
    .run_execute(conn)?;
    Ok(n == 1)
}

/// The queue as admins and `/metrics` see it.
#[derive(Debug, Clone, Copy, Default)]
pub struct QueueStats {
    pub pending: i64,
    pub failed: i64,
    pub oldest_pending: Option<NaiveDateTime>,
    /// Rows sent at or after the `since` given.
    pub sent_since: i64,
}

pub fn queue_stats(conn: &mut DbConnection, since: NaiveDateTime) -> QueryResult<QueueStats> {
    let count = |conn: &mut DbConnection, status: DeliveryStatus| -> QueryResult<i64> {
        on_backend!(conn, |c| {
            outbox::table
                .filter(outbox::status.eq(status))
                .count()
                .get_result(c)
        })
    };
    let pending = count(conn, DeliveryStatus::Pending)?;
    let failed = count(conn, DeliveryStatus::Failed)?;
    let oldest_pending = on_backend!(conn, |c| {
        outbox::table
            .filter(outbox::status.eq(DeliveryStatus::Pending))
            .select(diesel::dsl::min(outbox::created_at))
            .get_result(c)
    })?;
    let sent_since = on_backend!(conn, |c| {
        outbox::table
            .filter(outbox::status.eq(DeliveryStatus::Sent))
            .filter(outbox::sent_at.ge(since))
            .count()
            .get_result(c)
    })?;
    Ok(QueueStats {
        pending,
        failed,
        oldest_pending,
        sent_since,
    })
}

/// Records the outcome of one attempt, only if `instance` still holds the
/// lease (a row reclaimed by another instance is left to that one).
pub(crate) fn record_attempt(
    conn: &mut DbConnection,
    id: &str,
    instance: &str,
    outcome: &AttemptOutcome,
) -> QueryResult<bool> {
    let target = outbox::table
        .filter(outbox::id.eq(id))
        .filter(outbox::claimed_by.eq(instance));
    let released = (
        outbox::claimed_by.eq(None::<String>),
        outbox::claimed_until.eq(None::<NaiveDateTime>),
    );
    let n = match outcome {
        AttemptOutcome::Sent { at, attempts } => diesel::update(target)
            .set((
                released,
                outbox::status.eq(DeliveryStatus::Sent),
                outbox::sent_at.eq(at),
                outbox::attempts.eq(attempts),
                outbox::last_error.eq(None::<String>),
            ))
            .run_execute(conn)?,
        AttemptOutcome::Retry {
            at,
            attempts,
            error,
        } => diesel::update(target)
            .set((
                released,
                outbox::next_attempt_at.eq(at),
                outbox::attempts.eq(attempts),
                outbox::last_error.eq(error),
            ))
            .run_execute(conn)?,
        AttemptOutcome::Failed { attempts, error } => diesel::update(target)
            .set((
                released,
                outbox::status.eq(DeliveryStatus::Failed),
                outbox::attempts.eq(attempts),
                outbox::last_error.eq(error),
            ))
            .run_execute(conn)?,
    };
    Ok(n == 1)
}

#[derive(Debug, Clone)]
pub(crate) enum AttemptOutcome {
    Sent {
        at: NaiveDateTime,
        attempts: i32,
    },
    Retry {
        at: NaiveDateTime,
        attempts: i32,
        error: String,
    },
    Failed {
        attempts: i32,
        error: String,
    },
}

/// Puts a row back in the queue for an immediate attempt (admin retry).
pub(crate) fn requeue(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> QueryResult<bool> {
    let n = diesel::update(
        outbox::table
            .filter(outbox::id.eq(id))
            .filter(outbox::status.eq(DeliveryStatus::Failed)),
    )
    .set((
        outbox::status.eq(DeliveryStatus::Pending),
        outbox::next_attempt_at.eq(now),
        outbox::claimed_by.eq(None::<String>),
        outbox::claimed_until.eq(None::<NaiveDateTime>),
    ))
    .run_execute(conn)?;
    Ok(n == 1)
}
