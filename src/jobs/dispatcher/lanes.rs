//! One delivery pass over a claimed batch. Rows are grouped into lanes (by
//! `outbox.lane`: one recipient, and one application when the message is
//! about one); lanes run in parallel over the SMTP connections, each lane
//! in enqueue order. A lane stops at its first failure: the rest of it
//! waits for the same retry moment, so a person never reads "cancelled"
//! before "approval needed". Outcomes are recorded in batches, each batch
//! one transaction, so the database is not the pace-setter.

use std::sync::atomic::Ordering;
use std::sync::{Mutex, PoisonError};

use chrono::NaiveDateTime;
use futures_util::StreamExt;

use super::{DispatchReport, Dispatcher};
// UNREACHABLE prefixes the error of a relay that cannot be reached
// (`db::outbox::release_held` looks for it).
use crate::db::outbox::{AttachmentRow, AttemptOutcome, OutboxRow, UNREACHABLE};
use crate::db::{self, time};
use crate::domain::backoff::{after_failure, jitter_fraction, AfterFailure};
use crate::domain::logsafe::Escaped;
use crate::error::AppResult;
use crate::mail::{MailAttachment, OutgoingMail, SendError};

/// Messages in flight at once: one per SMTP connection kept.
const PARALLEL_LANES: usize = crate::mail::POOL_CONNECTIONS as usize;
/// Outcomes written per transaction. Small enough that a crash leaves few
/// sent-but-unrecorded messages to send twice (about this many plus those in
/// flight), large enough that recording costs a transaction per 32 messages.
const RECORD_CHUNK: usize = 32;

#[derive(Default)]
struct State {
    report: DispatchReport,
    /// Set once the server proves unreachable: (retry moment, error).
    unreachable: Option<(NaiveDateTime, String)>,
    /// Outcomes not yet written.
    outcomes: Vec<(String, AttemptOutcome)>,
}

pub(super) struct Pass<'a> {
    dispatcher: &'a Dispatcher,
    attachments: &'a [AttachmentRow],
    state: Mutex<State>,
}

impl<'a> Pass<'a> {
    pub(super) fn new(dispatcher: &'a Dispatcher, attachments: &'a [AttachmentRow]) -> Self {
        Self {
            dispatcher,
            attachments,
            state: Mutex::new(State::default()),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The pass's report, and whether the relay proved unreachable.
    pub(super) async fn run(self, rows: Vec<OutboxRow>) -> AppResult<(DispatchReport, bool)> {
        let results: Vec<AppResult<()>> = futures_util::stream::iter(lanes(rows))
            .map(|lane| self.lane(lane))
            .buffer_unordered(PARALLEL_LANES)
            .collect()
            .await;
        // Whatever happened, what was sent is recorded.
        let flushed = self.flush(0).await;
        results.into_iter().collect::<AppResult<()>>()?;
        flushed?;
        let state = self.state();
        if state.unreachable.is_none() && state.report.sent > 0 {
            // Mail went through: whatever was thought of the relay, it answers.
            self.dispatcher.relay_down.store(false, Ordering::Relaxed);
        }
        Ok((state.report, state.unreachable.is_some()))
    }

    async fn lane(&self, lane: Vec<OutboxRow>) -> AppResult<()> {
        // After a failure the rest of the lane waits with it.
        let mut held: Option<(NaiveDateTime, String)> = None;
        for row in lane {
            let waiting = held.clone().or_else(|| self.state().unreachable.clone());
            let outcome = match waiting {
                Some((at, error)) => {
                    self.state().report.deferred += 1;
                    AttemptOutcome::Retry {
                        at,
                        attempts: row.attempts,
                        error,
                    }
                }
                None => {
                    // Its own task, so that building and sending messages
                    // spreads over the runtime's threads (the lanes of a pass
                    // are polled by one task).
                    let mail = outgoing(&row, self.attachments);
                    let mailer = self.dispatcher.mailer.clone();
                    let result = tokio::spawn(async move { mailer.send(&mail).await })
                        .await
                        .unwrap_or_else(|e| {
                            Err(SendError::Unavailable(format!("the send task failed: {e}")))
                        });
                    let outcome = self.outcome(&row, result);
                    if let AttemptOutcome::Retry { at, error, .. } = &outcome {
                        held = Some((*at, error.clone()));
                        if error.starts_with(UNREACHABLE) {
                            self.dispatcher.relay_down.store(true, Ordering::Relaxed);
                            self.state().unreachable.get_or_insert((*at, error.clone()));
                        }
                    }
                    outcome
                }
            };
            self.state().outcomes.push((row.id, outcome));
        }
        self.flush(RECORD_CHUNK).await
    }

    /// Writes the outcomes gathered so far once there are at least `min`.
    async fn flush(&self, min: usize) -> AppResult<()> {
        let outcomes = {
            let mut state = self.state();
            if state.outcomes.is_empty() || state.outcomes.len() < min {
                return Ok(());
            }
            std::mem::take(&mut state.outcomes)
        };
        let instance = self.dispatcher.instance.clone();
        let written = outcomes.len();
        let kept = self
            .dispatcher
            .db
            .write(move |conn| Ok(db::outbox::record_attempts(conn, &instance, &outcomes)?))
            .await?;
        if kept < written {
            tracing::warn!(
                lost = written - kept,
                "delivery outcomes not recorded: their lease had passed to another instance"
            );
        }
        Ok(())
    }

    fn outcome(&self, row: &OutboxRow, result: Result<(), SendError>) -> AttemptOutcome {
        let now = self.dispatcher.clock.now();
        let attempts = row.attempts + 1;
        let mut state = self.state();
        let (error, permanent) = match result {
            Ok(()) => {
                state.report.sent += 1;
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
                state.report.retried += 1;
                AttemptOutcome::Retry {
                    at: time::to_db(at),
                    attempts,
                    error,
                }
            }
            (true, _) | (_, AfterFailure::GiveUp) => {
                state.report.failed += 1;
                AttemptOutcome::Failed { attempts, error }
            }
        }
    }
}

/// Rows grouped by lane, each group in enqueue (id) order. Rows queued
/// before lanes existed (empty lane) go by their recipient list.
fn lanes(rows: Vec<OutboxRow>) -> Vec<Vec<OutboxRow>> {
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut lanes: Vec<Vec<OutboxRow>> = Vec::new();
    for row in rows {
        let key = if row.lane.is_empty() {
            row.recipients.clone()
        } else {
            row.lane.clone()
        };
        match index.get(&key) {
            Some(&at) => lanes[at].push(row),
            None => {
                index.insert(key, lanes.len());
                lanes.push(vec![row]);
            }
        }
    }
    lanes
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
