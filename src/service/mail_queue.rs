//! The outbox as a queue people watch: how many messages wait, how old the
//! oldest is, how fast mail goes out now (over the last minute, counted in
//! the database, so every instance answers the same), and whether that is
//! degraded (the oldest older than `mail_degraded_after_minutes`). Admins
//! read it in the API, `/metrics` exports it, `/readyz` reports it.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use super::identity::Actor;
use super::AppContext;
use crate::db::{self, time, DbConnection};
use crate::domain::roles::Role;
use crate::error::AppResult;

/// The window the send rate is measured over.
const RATE_WINDOW_SECONDS: i64 = 60;

#[derive(Debug, Clone, Serialize)]
pub(crate) struct QueueView {
    /// `ok`, or `degraded` when the oldest pending message is too old.
    pub status: &'static str,
    pub pending: i64,
    pub failed: i64,
    pub oldest_pending_at: Option<DateTime<Utc>>,
    /// Age of the oldest pending message (0 when none waits).
    pub oldest_pending_seconds: i64,
    pub sent_last_minute: i64,
    /// Messages per second over the last minute.
    pub send_rate_per_second: f64,
    pub degraded_after_minutes: i64,
}

pub(crate) fn load(
    conn: &mut DbConnection,
    now: DateTime<Utc>,
    degraded_after_minutes: i64,
) -> AppResult<QueueView> {
    let since = time::to_db(now - Duration::seconds(RATE_WINDOW_SECONDS));
    let stats = db::outbox::queue_stats(conn, since)?;
    let oldest = stats.oldest_pending.map(time::from_db);
    let age = oldest.map_or(0, |at| (now - at).num_seconds().max(0));
    let degraded = age > degraded_after_minutes * 60;
    Ok(QueueView {
        status: if degraded { "degraded" } else { "ok" },
        pending: stats.pending,
        failed: stats.failed,
        oldest_pending_at: oldest,
        oldest_pending_seconds: age,
        sent_last_minute: stats.sent_since,
        send_rate_per_second: stats.sent_since as f64 / RATE_WINDOW_SECONDS as f64,
        degraded_after_minutes,
    })
}

/// The queue now, as the instance's settings judge it.
pub(crate) async fn current(ctx: &AppContext) -> AppResult<QueueView> {
    let (now, minutes) = (ctx.now(), ctx.settings.mail_degraded_after_minutes);
    ctx.db.read(move |conn| load(conn, now, minutes)).await
}

/// `GET /api/v1/notifications/queue`: admins only.
pub(crate) async fn for_admin(ctx: &AppContext, actor: &Actor) -> AppResult<QueueView> {
    actor.require(Role::Admin)?;
    current(ctx).await
}
