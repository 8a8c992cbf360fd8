//! `Idempotency-Key` (docs/design.md#api-conventions): the first response to a
//! keyed request is stored in the same transaction as the change it made, so a
//! retry either replays that response or — if the first attempt rolled back —
//! runs again. The same key with a different request is refused (422). Keys live
//! 24 h.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use crate::db::{self, time, DbConnection};
use crate::domain::ids::UserId;
use crate::error::{AppError, AppResult, ErrorCode};

pub(crate) const KEY_TTL_HOURS: i64 = 24;

/// A key as sent by a client, scoped to the caller, with a fingerprint of
/// the request (method, path, body) it was first used for.
#[derive(Debug, Clone)]
pub(crate) struct IdempotencyKey {
    pub user_id: UserId,
    pub key: String,
    pub request_hash: String,
}

/// A stored response being replayed.
#[derive(Debug, Clone)]
pub(crate) struct StoredResponse {
    pub status: u16,
    pub body: serde_json::Value,
}

#[derive(Debug)]
pub(crate) enum Idempotent<T> {
    Fresh(T),
    Replayed(StoredResponse),
}

/// Runs `op` unless `key` was already used: then replays or refuses.
/// Must be called inside a write transaction.
pub(crate) fn run<T: Serialize>(
    conn: &mut DbConnection,
    key: Option<&IdempotencyKey>,
    now: DateTime<Utc>,
    status: u16,
    op: impl FnOnce(&mut DbConnection) -> AppResult<T>,
) -> AppResult<Idempotent<T>> {
    let Some(key) = key else {
        return op(conn).map(Idempotent::Fresh);
    };
    let expired_before = time::to_db(now - Duration::hours(KEY_TTL_HOURS));
    db::idempotency::forget_if_older(conn, &key.user_id, &key.key, expired_before)?;
    if db::idempotency::try_claim(
        conn,
        &key.user_id,
        &key.key,
        &key.request_hash,
        time::to_db(now),
    )? {
        let value = op(conn)?;
        let body = serde_json::to_string(&value).map_err(AppError::internal)?;
        db::idempotency::store_response(conn, &key.user_id, &key.key, i32::from(status), &body)?;
        return Ok(Idempotent::Fresh(value));
    }
    let stored = db::idempotency::find(conn, &key.user_id, &key.key)?
        .ok_or_else(|| AppError::internal("idempotency key vanished after a conflict"))?;
    if stored.request_hash != key.request_hash {
        return Err(AppError::field(
            "Idempotency-Key",
            "idempotency_key_reused",
            "this key was already used for a different request",
        ));
    }
    match (stored.response_status, stored.response_body) {
        (Some(status), Some(body)) => Ok(Idempotent::Replayed(StoredResponse {
            status: u16::try_from(status).unwrap_or(200),
            body: serde_json::from_str(&body).map_err(AppError::internal)?,
        })),
        _ => Err(AppError::conflict(
            ErrorCode::IdempotencyInProgress,
            "a request with this key is still being processed; retry shortly",
        )),
    }
}
