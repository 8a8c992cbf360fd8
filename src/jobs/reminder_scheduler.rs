//! The reminder scheduler: runs the day's reminders and escalations
//! (`service::reminders::run`) at start, catching up a run missed today,
//! and then at the policy's reminder hour each day. The run claims its day
//! in the database, so any number of instances may run this loop.

use std::time::Duration as StdDuration;

use crate::service::reminders::run::{next_due, run_due};
use crate::service::AppContext;

/// Never sleep longer than this, so a changed policy hour or wall clock
/// is noticed within the hour.
const MAX_SLEEP: StdDuration = StdDuration::from_secs(3600);
const RETRY_AFTER: StdDuration = StdDuration::from_secs(60);

pub struct ReminderScheduler {
    ctx: AppContext,
}

impl ReminderScheduler {
    pub fn new(ctx: AppContext) -> Self {
        Self { ctx }
    }

    /// Runs what is due at the clock's now; `Ok(None)` when nothing was.
    pub async fn run_once(
        &self,
    ) -> crate::error::AppResult<Option<crate::service::reminders::run::ReminderRun>> {
        run_due(&self.ctx, self.ctx.now()).await
    }

    pub(crate) async fn run_forever(self) {
        loop {
            let sleep = match self.run_once().await {
                Ok(run) => {
                    if let Some(run) = run {
                        tracing::info!(day = %run.day, late = run.late, reminded = run.reminded_steps,
                            emails = run.emails, escalated = run.escalated, moved = run.moved,
                            "approval reminders sent");
                    }
                    let now = self.ctx.now();
                    match next_due(&self.ctx, now).await {
                        Ok(at) => (at - now).to_std().unwrap_or(RETRY_AFTER).min(MAX_SLEEP),
                        Err(_) => RETRY_AFTER,
                    }
                }
                Err(e) => {
                    tracing::error!(error = %crate::domain::logsafe::clean(&e), "approval reminders failed");
                    RETRY_AFTER
                }
            };
            tokio::time::sleep(sleep.max(StdDuration::from_secs(1))).await;
        }
    }
}
