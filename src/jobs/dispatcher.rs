//! Delivers outbox rows. A pass claims due rows under a lease (so several
//! instances never send the same row at once, and a row held by an instance
//! that died is taken over when its lease runs out), sends them in enqueue
//! order, and records each outcome: sent, retry later with backoff, or failed.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration as StdDuration;

use chrono::{Duration, NaiveDateTime};
use futures_util::StreamExt;
use tokio::sync::Notify;

use crate::clock::SharedClock;
use crate::db::outbox::{AttachmentRow, AttemptOutcome, OutboxRow};
use crate::db::{self, time, Db};
use crate::domain::backoff::{after_failure, jitter_fraction, AfterFailure};
use crate::domain::logsafe::Escaped;
use crate::error::AppResult;
use crate::mail::{MailAttachment, Mailer, OutgoingMail, SendError};

/// How long a claim holds before another instance may take the row over.
const LEASE_MINUTES: i64 = 5;
const BATCH: i64 = 100;
/// Messages in flight at once: one per pooled SMTP connection.
const PARALLEL_LANES: usize = crate::mail::POOL_CONNECTIONS as usize;
/// Longest idle sleep between passes when nothing signals new mail.
const IDLE_POLL: StdDuration = StdDuration::from_secs(2);

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DispatchReport {
    pub sent: usize,
    pub retried: usize,
    pub failed: usize,
    /// Claimed but not attempted because the server was unreachable.
    pub deferred: usize,
}

pub struct Dispatcher {
    db: Db,
    clock: SharedClock,
    mailer: Arc<Mailer>,
    instance: String,
}

impl Dispatcher {
    pub fn new(db: Db, clock: SharedClock, mailer: Arc<Mailer>) -> Self {
        Self {
            db,
            clock,
            mailer,
            instance: format!("dispatcher-{}", uuid::Uuid::now_v7()),
        }
    }

    /// Delivers everything due now; stops early when the server is unreachable.
    pub async fn run_once(&self) -> AppResult<DispatchReport> {
        let mut total = DispatchReport::default();
        loop {
            let (rows, attachments) = self.claim().await?;
            let claimed = rows.len();
            let report = self.deliver(rows, attachments).await?;
            total.sent += report.sent;
            total.retried += report.retried;
            total.failed += report.failed;
            total.deferred += report.deferred;
            if report.deferred > 0 || (claimed as i64) < BATCH {
                return Ok(total);
            }
        }
    }

    /// Runs passes until the process stops: after each pass it sleeps until
    /// woken (new mail) or the idle poll elapses.
    pub(crate) async fn run_forever(self, wakeup: Arc<Notify>) {
        tracing::info!(
            transport = self.mailer.describe(),
            "mail dispatcher started"
        );
        loop {
            match self.run_once().await {
                Ok(r) if r != DispatchReport::default() => tracing::info!(?r, "mail delivery pass"),
                Ok(_) => {}
                Err(e) => {
                    tracing::error!(error = %crate::domain::logsafe::clean(&e), "mail delivery pass failed")
                }
            }
            tokio::select! {
                _ = tokio::time::sleep(IDLE_POLL) => {}
                _ = wakeup.notified() => {}
            }
        }
    }

    async fn claim(&self) -> AppResult<(Vec<OutboxRow>, Vec<AttachmentRow>)> {
        let now = self.clock.now();
        let instance = self.instance.clone();
        self.db
            .write(move |conn| {
                let lease_until = time::to_db(now + Duration::minutes(LEASE_MINUTES));
                let rows =
                    db::outbox::claim_due(conn, time::to_db(now), &instance, lease_until, BATCH)?;
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

    /// Sends a claimed batch: one lane per recipient list, lanes in
    /// parallel (over the SMTP connection pool), each lane in enqueue order.
    async fn deliver(
        &self,
        rows: Vec<OutboxRow>,
        attachments: Vec<AttachmentRow>,
    ) -> AppResult<DispatchReport> {
        let state = Mutex::new(PassState::default());
        let (state_ref, attachments) = (&state, &attachments);
        let results: Vec<AppResult<()>> = futures_util::stream::iter(lanes(rows))
            .map(|lane| self.deliver_lane(lane, attachments, state_ref))
            .buffer_unordered(PARALLEL_LANES)
            .collect()
            .await;
        results.into_iter().collect::<AppResult<()>>()?;
        Ok(state
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner)
            .report)
    }

    async fn deliver_lane(
        &self,
        lane: Vec<OutboxRow>,
        attachments: &[AttachmentRow],
        state: &Mutex<PassState>,
    ) -> AppResult<()> {
        for row in lane {
            let unreachable = state
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .unreachable
                .clone();
            let outcome = match unreachable {
                // The server is down: wait for the same retry moment as the
                // first failure, which keeps enqueue order for the retry.
                Some((at, error)) => {
                    state
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .report
                        .deferred += 1;
                    AttemptOutcome::Retry {
                        at,
                        attempts: row.attempts,
                        error,
                    }
                }
                None => {
                    let result = self.mailer.send(&outgoing(&row, attachments)).await;
                    let mut state = state.lock().unwrap_or_else(PoisonError::into_inner);
                    let outcome = self.outcome(&row, result, &mut state.report);
                    if let AttemptOutcome::Retry { at, error, .. } = &outcome {
                        if is_unreachable(error) && state.unreachable.is_none() {
                            state.unreachable = Some((*at, error.clone()));
                        }
                    }
                    outcome
                }
            };
            self.record(row.id, outcome).await?;
        }
        Ok(())
    }

    fn outcome(
        &self,
        row: &OutboxRow,
        result: Result<(), SendError>,
        report: &mut DispatchReport,
    ) -> AttemptOutcome {
        let now = self.clock.now();
        let attempts = row.attempts + 1;
        let (error, permanent) = match result {
            Ok(()) => {
                report.sent += 1;
                return AttemptOutcome::Sent {
                    at: time::to_db(now),
                    attempts,
                };
            }
            Err(SendError::Permanent(e)) => (e, true),
            Err(SendError::Transient(e)) => (e, false),
            Err(SendError::Unavailable(e)) => (format!("{UNREACHABLE}{e}"), false),
        };
        // The error quotes the relay's reply: escaped, it stays one line.
        tracing::warn!(id = %row.id, attempts, error = %Escaped(&error), "mail delivery failed");
        let jitter = jitter_fraction(&row.id, attempts as u32);
        match (
            permanent,
            after_failure(time::from_db(row.created_at), now, attempts as u32, jitter),
        ) {
            (false, AfterFailure::RetryAt(at)) => {
                report.retried += 1;
                AttemptOutcome::Retry {
                    at: time::to_db(at),
                    attempts,
                    error,
                }
            }
            (true, _) | (_, AfterFailure::GiveUp) => {
                report.failed += 1;
                AttemptOutcome::Failed { attempts, error }
            }
        }
    }

    async fn record(&self, id: String, outcome: AttemptOutcome) -> AppResult<()> {
        let instance = self.instance.clone();
        let kept = self
            .db
            .write(move |conn| Ok(db::outbox::record_attempt(conn, &id, &instance, &outcome)?))
            .await?;
        if !kept {
            tracing::warn!(
                "a delivery outcome was not recorded: the lease had passed to another instance"
            );
        }
        Ok(())
    }
}

#[derive(Default)]
struct PassState {
    report: DispatchReport,
    /// Set once the server proves unreachable: (retry moment, error).
    unreachable: Option<(NaiveDateTime, String)>,
}

/// Rows grouped by recipient list, each group in enqueue (id) order.
fn lanes(rows: Vec<OutboxRow>) -> Vec<Vec<OutboxRow>> {
    let mut lanes: Vec<Vec<OutboxRow>> = Vec::new();
    for row in rows {
        match lanes.iter_mut().find(|l| l[0].recipients == row.recipients) {
            Some(lane) => lane.push(row),
            None => lanes.push(vec![row]),
        }
    }
    lanes
}

/// Errors that mean the server itself is unreachable carry this prefix.
const UNREACHABLE: &str = "mail server unreachable: ";

fn is_unreachable(error: &str) -> bool {
    error.starts_with(UNREACHABLE)
}

fn outgoing(row: &OutboxRow, attachments: &[AttachmentRow]) -> OutgoingMail {
    OutgoingMail {
        id: row.id.clone(),
        to: serde_json::from_str(&row.recipients).unwrap_or_default(),
        subject: row.subject.clone(),
        text: row.body_text.clone(),
        html: row.body_html.clone(),
        attachments: attachments
            .iter()
            .filter(|a| a.outbox_id == row.id)
            .map(|a| MailAttachment {
                filename: a.filename.clone(),
                content_type: a.content_type.clone(),
                content: a.content.clone(),
            })
            .collect(),
    }
}
