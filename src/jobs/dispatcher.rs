//! Delivers outbox rows. A pass claims due rows under a short lease, renewed
//! while it sends (so several instances never send the same row at once,
//! and rows held by an instance that died are taken over within seconds),
//! sends them in parallel lanes, each lane in enqueue order (`lanes`), and
//! records the outcomes in batches: sent, retry later with backoff, or
//! failed. When the relay cannot be reached, the held mail waits for a
//! probe: the moment the relay answers again, it is released at once
//! rather than after each message's backoff.

mod lanes;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration as StdDuration;

use chrono::Duration;
use tokio::sync::Notify;

use crate::clock::SharedClock;
use crate::db::outbox::{AttachmentRow, OutboxRow};
use crate::db::{self, time, Db};
use crate::error::AppResult;
use crate::mail::Mailer;

/// How long a claim holds unless renewed; a dead instance's rows are taken
/// over at most this long after it stopped renewing.
const LEASE: StdDuration = StdDuration::from_secs(20);
/// How often a pass renews the lease of the rows it still holds.
const RENEW_EVERY: StdDuration = StdDuration::from_secs(5);
const BATCH: i64 = 500;
/// Longest idle sleep between passes when nothing signals new mail.
const IDLE_POLL: StdDuration = StdDuration::from_secs(2);
/// How often an unreachable relay is probed.
const PROBE_EVERY: StdDuration = StdDuration::from_secs(1);

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DispatchReport {
    pub sent: usize,
    pub retried: usize,
    pub failed: usize,
    /// Claimed but not attempted: the relay was unreachable, or an earlier
    /// message of the same lane failed (it waits with it, to keep order).
    pub deferred: usize,
}

impl DispatchReport {
    fn add(&mut self, other: DispatchReport) {
        self.sent += other.sent;
        self.retried += other.retried;
        self.failed += other.failed;
        self.deferred += other.deferred;
    }
}

pub struct Dispatcher {
    db: Db,
    clock: SharedClock,
    mailer: Arc<Mailer>,
    instance: String,
    lease: StdDuration,
    renew_every: StdDuration,
    /// Set when a pass found the relay unreachable; cleared by a probe that
    /// reaches it. Starts set, so a new instance releases mail held by an
    /// earlier one as soon as the relay answers.
    relay_down: AtomicBool,
}

impl Dispatcher {
    pub fn new(db: Db, clock: SharedClock, mailer: Arc<Mailer>) -> Self {
        Self {
            db,
            clock,
            mailer,
            instance: format!("dispatcher-{}", uuid::Uuid::now_v7()),
            lease: LEASE,
            renew_every: RENEW_EVERY,
            relay_down: AtomicBool::new(true),
        }
    }

    /// The same dispatcher with another lease and renewal period (tests and
    /// drills shorten them).
    pub fn with_lease(self, lease: StdDuration, renew_every: StdDuration) -> Self {
        Self {
            lease,
            renew_every,
            ..self
        }
    }

    /// This dispatcher's name in `claimed_by`.
    pub fn instance(&self) -> &str {
        &self.instance
    }

    /// Delivers everything due now; stops early when the server is unreachable.
    pub async fn run_once(&self) -> AppResult<DispatchReport> {
        let mut total = DispatchReport::default();
        loop {
            let (rows, attachments) = self.claim().await?;
            let claimed = rows.len();
            let (report, unreachable) = self.deliver(rows, attachments).await?;
            total.add(report);
            if unreachable || (claimed as i64) < BATCH {
                return Ok(total);
            }
        }
    }

    /// When the relay was found unreachable: probes it, and if it answers,
    /// releases every message held for it so the next pass sends them now.
    /// `Some(released)` when the relay answered, `None` while it does not.
    pub async fn probe_and_release(&self) -> AppResult<Option<usize>> {
        if !self.mailer.probe().await {
            self.relay_down.store(true, Ordering::Relaxed);
            return Ok(None);
        }
        let now = time::to_db(self.clock.now());
        let released = self
            .db
            .write(move |conn| Ok(db::outbox::release_held(conn, now)?))
            .await?;
        self.relay_down.store(false, Ordering::Relaxed);
        if released > 0 {
            tracing::info!(
                released,
                "the mail server answers again: held mail released"
            );
        }
        Ok(Some(released))
    }

    /// Runs passes until the process stops: after each pass it sleeps until
    /// woken (new mail) or the idle poll elapses; while the relay is down it
    /// probes every second instead.
    pub(crate) async fn run_forever(self, wakeup: Arc<Notify>) {
        tracing::info!(
            transport = self.mailer.describe(),
            "mail dispatcher started"
        );
        loop {
            if self.relay_down.load(Ordering::Relaxed) {
                match self.probe_and_release().await {
                    Ok(Some(_)) => {}
                    Ok(None) => {
                        tokio::time::sleep(PROBE_EVERY).await;
                        continue;
                    }
                    Err(e) => {
                        tracing::error!(error = %crate::domain::logsafe::clean(&e), "releasing held mail failed");
                        tokio::time::sleep(PROBE_EVERY).await;
                        continue;
                    }
                }
            }
            match self.run_once().await {
                Ok(r) if r != DispatchReport::default() => tracing::info!(?r, "mail delivery pass"),
                Ok(_) => {}
                Err(e) => {
                    tracing::error!(error = %crate::domain::logsafe::clean(&e), "mail delivery pass failed")
                }
            }
            if self.relay_down.load(Ordering::Relaxed) {
                // Probed again in a second, not in a tight loop (a relay that
                // accepts connections but fails every message stays slow).
                tokio::time::sleep(PROBE_EVERY).await;
                continue;
            }
            tokio::select! {
                _ = tokio::time::sleep(IDLE_POLL) => {}
                _ = wakeup.notified() => {}
            }
        }
    }

    fn lease_until(&self) -> chrono::NaiveDateTime {
        let lease = Duration::from_std(self.lease).unwrap_or(Duration::seconds(20));
        time::to_db(self.clock.now() + lease)
    }

    async fn claim(&self) -> AppResult<(Vec<OutboxRow>, Vec<AttachmentRow>)> {
        let now = time::to_db(self.clock.now());
        let (instance, lease_until) = (self.instance.clone(), self.lease_until());
        self.db
            .write(move |conn| {
                let rows = db::outbox::claim_due(conn, now, &instance, lease_until, BATCH)?;
                let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let attachments = if ids.is_empty() {
                    Vec::new()
                } else {
                    db::outbox::attachments_of(conn, &ids)?
                };
                Ok((rows, attachments))
            })
            .await
    }

    /// Extends the lease of every row this instance still holds.
    async fn renew(&self) -> AppResult<usize> {
        let (instance, lease_until) = (self.instance.clone(), self.lease_until());
        self.db
            .write(move |conn| Ok(db::outbox::renew_leases(conn, &instance, lease_until)?))
            .await
    }

    /// Sends a claimed batch, renewing its lease until every outcome is
    /// recorded; also says whether the relay proved unreachable.
    async fn deliver(
        &self,
        rows: Vec<OutboxRow>,
        attachments: Vec<AttachmentRow>,
    ) -> AppResult<(DispatchReport, bool)> {
        if rows.is_empty() {
            return Ok((DispatchReport::default(), false));
        }
        let work = lanes::Pass::new(self, &attachments).run(rows);
        tokio::pin!(work);
        let mut ticker = tokio::time::interval(self.renew_every);
        ticker.tick().await;
        loop {
            tokio::select! {
                report = &mut work => return report,
                _ = ticker.tick() => {
                    if let Err(e) = self.renew().await {
                        tracing::warn!(error = %crate::domain::logsafe::clean(&e), "renewing mail leases failed");
                    }
                }
            }
        }
    }
}
