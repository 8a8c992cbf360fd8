//! Hourly clean-up, so storage stays bounded: idempotency keys older than
//! their 24 hours, sessions that ended (expired or signed out) a day ago,
//! sign-in failure counters whose window has ended, decision links a month
//! after they expired, and mail sent longer
//! ago than `mail_retention_days` (with its bodies and attachments; failed
//! mail stays for an admin). Each is already ignored once expired;
//! deleting them only bounds the tables. The same
//! hourly pass moves replenishment's issue window to today
//! (`service::stock::usage`; readers would move it anyway) and tells
//! delegates whose delegation ran out (`notify_once`).

use std::time::Duration as StdDuration;

use chrono::Duration;

use crate::db::{self, time};
use crate::error::AppResult;
use crate::service::delegation_notices::Notices;
use crate::service::idempotency::KEY_TTL_HOURS;
use crate::service::login_throttle;
use crate::service::stock::usage;
use crate::service::AppContext;

const EVERY: StdDuration = StdDuration::from_secs(3600);
/// An ended session stays a day, so "signed out" still answers as such.
const SESSION_GRACE_HOURS: i64 = 24;
/// An expired decision link stays a month, so that an old email's button
/// still says what became of the step rather than "not found".
const LINK_GRACE_DAYS: i64 = 30;

pub struct Housekeeping {
    ctx: AppContext,
}

impl Housekeeping {
    pub fn new(ctx: AppContext) -> Self {
        Self { ctx }
    }

    /// Tells the delegates whose delegation ran out before today (in the
    /// organisation's time zone); returns how many.
    pub async fn notify_once(&self) -> AppResult<usize> {
        let now = self.ctx.now();
        let today = now.with_timezone(&self.ctx.settings.timezone).date_naive();
        let (templates, public_url) = (
            self.ctx.templates.clone(),
            self.ctx.settings.public_url.clone(),
        );
        let told = self
            .ctx
            .db
            .write(move |conn| {
                let notices = Notices {
                    templates: &templates,
                    public_url: &public_url,
                    now,
                };
                notices.ran_out(conn, today)
            })
            .await?;
        if told > 0 {
            self.ctx.outbox_wakeup.notify_one();
        }
        Ok(told)
    }

    /// Deletes what has expired; returns how many rows.
    pub async fn run_once(&self) -> AppResult<usize> {
        let now = self.ctx.now();
        let keys_before = time::to_db(now - Duration::hours(KEY_TTL_HOURS));
        let sessions_before = time::to_db(now - Duration::hours(SESSION_GRACE_HOURS));
        let mail_before = time::to_db(now - Duration::days(self.ctx.settings.mail_retention_days));
        let links_before = time::to_db(now - Duration::days(LINK_GRACE_DAYS));
        self.ctx
            .db
            .write(move |conn| {
                let keys = db::idempotency::purge_older_than(conn, keys_before)?;
                let sessions = db::sessions::purge_ended(conn, sessions_before)?;
                let mail = db::outbox::purge_sent(conn, mail_before)?;
                let links = db::decision_links::purge_expired(conn, links_before)?;
                Ok(keys + sessions + mail + links + login_throttle::purge(conn, now)?)
            })
            .await
    }

    pub(crate) async fn run_forever(self) {
        loop {
            match self.run_once().await {
                Ok(0) => {}
                Ok(n) => tracing::info!(
                    purged = n,
                    "expired keys, sessions, counters, decision links and sent mail deleted"
                ),
                Err(e) => {
                    tracing::error!(error = %crate::domain::logsafe::clean(&e), "housekeeping failed")
                }
            }
            if let Err(e) = usage::advance(&self.ctx).await {
                tracing::error!(error = %crate::domain::logsafe::clean(&e), "moving the stock usage window failed");
            }
            match self.notify_once().await {
                Ok(0) => {}
                Ok(n) => tracing::info!(told = n, "delegates told that their delegation ran out"),
                Err(e) => {
                    tracing::error!(error = %crate::domain::logsafe::clean(&e), "delegation notices failed")
                }
            }
            tokio::time::sleep(EVERY).await;
        }
    }
}
