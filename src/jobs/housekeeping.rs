//! Hourly clean-up: idempotency keys older than their 24 hours are deleted
//! (a key is already treated as unused once expired; this bounds storage).

use std::time::Duration as StdDuration;

use chrono::Duration;

use crate::clock::SharedClock;
use crate::db::{self, time, Db};
use crate::error::AppResult;
use crate::service::idempotency::KEY_TTL_HOURS;

const EVERY: StdDuration = StdDuration::from_secs(3600);

pub struct Housekeeping {
    db: Db,
    clock: SharedClock,
}

impl Housekeeping {
    pub fn new(db: Db, clock: SharedClock) -> Self {
        Self { db, clock }
    }

    /// Deletes expired idempotency keys; returns how many.
    pub async fn run_once(&self) -> AppResult<usize> {
        let before = time::to_db(self.clock.now() - Duration::hours(KEY_TTL_HOURS));
        self.db
            .write(move |conn| Ok(db::idempotency::purge_older_than(conn, before)?))
            .await
    }

    pub async fn run_forever(self) {
        loop {
            match self.run_once().await {
                Ok(0) => {}
                Ok(n) => tracing::info!(purged = n, "expired idempotency keys deleted"),
                Err(e) => tracing::error!(error = %e, "housekeeping failed"),
            }
            tokio::time::sleep(EVERY).await;
        }
    }
}
