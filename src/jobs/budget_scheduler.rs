//! The budget scheduler (docs/design.md#procurement-budgets). For every enabled
//! schedule it finds the latest firing at or before now; that firing produces the
//! period after the one it falls in. The run claims `(job, period)` in `job_runs`
//! first, then generates the budget and queues finance's email — all in one
//! transaction, so a second instance, a retry or a restart finds the claim and
//! does nothing, and a crash leaves either everything or nothing (the outbox then
//! delivers the email). A firing missed while the service was down is run at the
//! next start and marked `late`.
//!
//! Between runs it sleeps until the next firing (no polling), waking early
//! when a schedule is edited.

use std::sync::Arc;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;
use tokio::sync::Notify;

use crate::db::schedules::{JobRunRow, ScheduleRow};
use crate::db::{self, time};
use crate::domain::budget::{period_for_run, BudgetKind, Period};
use crate::domain::schedule::{last_fire, next_fire};
use crate::error::AppResult;
use crate::service::budgets::{generate, mail, views};
use crate::service::policy::load_policy;
use crate::service::schedules::{parsed, recipients_of};
use crate::service::{audit, AppContext};

/// A run this much after its instant is reported `late`.
const GRACE_MINUTES: i64 = 5;
/// Never sleep longer than this, so a changed wall clock is noticed.
const MAX_SLEEP: StdDuration = StdDuration::from_secs(3600);
const RETRY_AFTER: StdDuration = StdDuration::from_secs(60);

/// What one run did.
#[derive(Debug, Clone, Serialize)]
pub struct RunOutcome {
    pub job: String,
    pub due_at: DateTime<Utc>,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub late: bool,
    pub budget_id: String,
    pub revision: i32,
    pub email_id: Option<String>,
}

pub struct BudgetScheduler {
    ctx: AppContext,
}

/// Where one schedule stands at an instant, for people to read.
#[derive(Debug, Clone)]
pub struct ScheduleCheck {
    pub job: String,
    pub cron: String,
    pub timezone: String,
    pub enabled: bool,
    /// The latest firing still owed a period at that instant, and its period.
    pub last_firing: Option<(DateTime<Utc>, Period)>,
    pub next_firing: Option<DateTime<Utc>>,
}

/// How far back a missed firing is still caught up: one period.
fn lookback(kind: BudgetKind) -> Duration {
    match kind {
        BudgetKind::Weekly => Duration::days(8),
        BudgetKind::Monthly => Duration::days(32),
    }
}

/// The firing of `row` due at `now`, if any, and the period it produces.
fn due_firing(row: &ScheduleRow, now: DateTime<Utc>) -> Option<(DateTime<Utc>, Period)> {
    let kind = BudgetKind::from_job(&row.job)?;
    let (cron, tz) = parsed(row).filter(|_| row.enabled)?;
    // Firings before the schedule existed are not owed; one at the very
    // instant it was stored is (the window below excludes its start).
    let created = time::from_db(row.created_at) - Duration::seconds(1);
    let not_before = (now - lookback(kind)).max(created);
    let fired = last_fire(&cron, tz, not_before, now)?;
    Some((
        fired,
        period_for_run(kind, fired.with_timezone(&tz).date_naive()),
    ))
}

impl BudgetScheduler {
    pub fn new(ctx: AppContext) -> Self {
        Self { ctx }
    }

    /// What each schedule's last firing and next firing are at `now`.
    pub async fn check(&self, now: DateTime<Utc>) -> AppResult<Vec<ScheduleCheck>> {
        let schedules = self
            .ctx
            .db
            .read(|conn| Ok(db::schedules::all(conn)?))
            .await?;
        Ok(schedules
            .into_iter()
            .map(|row| ScheduleCheck {
                last_firing: due_firing(&row, now),
                next_firing: parsed(&row)
                    .filter(|_| row.enabled)
                    .and_then(|(cron, tz)| next_fire(&cron, tz, now)),
                job: row.job,
                cron: row.cron,
                timezone: row.timezone,
                enabled: row.enabled,
            })
            .collect())
    }

    /// Runs every schedule due at `now` that has not run for its period.
    pub async fn run_due(&self, now: DateTime<Utc>) -> AppResult<Vec<RunOutcome>> {
        let schedules = self
            .ctx
            .db
            .read(|conn| Ok(db::schedules::all(conn)?))
            .await?;
        let mut outcomes = Vec::new();
        for row in schedules {
            if let Some((due_at, period)) = due_firing(&row, now) {
                if let Some(done) = self.run(&row, due_at, period, now).await? {
                    outcomes.push(done);
                }
            }
        }
        if outcomes.iter().any(|o| o.email_id.is_some()) {
            self.ctx.outbox_wakeup.notify_one();
        }
        Ok(outcomes)
    }

    async fn run(
        &self,
        row: &ScheduleRow,
        due_at: DateTime<Utc>,
        period: Period,
        now: DateTime<Utc>,
    ) -> AppResult<Option<RunOutcome>> {
        let late = now - due_at > Duration::minutes(GRACE_MINUTES);
        let job = row.job.clone();
        let recipients = recipients_of(row);
        let tz = self.ctx.settings.timezone;
        let today = now.with_timezone(&tz).date_naive();
        let (templates, public_url) = (
            self.ctx.templates.clone(),
            self.ctx.settings.public_url.clone(),
        );
        self.ctx
            .db
            .write(move |conn| {
                let claim = JobRunRow {
                    job: job.clone(),
                    period_start: period.start,
                    due_at: time::to_db(due_at),
                    claimed_at: time::to_db(now),
                    late,
                    budget_id: None,
                };
                if !db::schedules::claim(conn, &claim)? {
                    return Ok(None);
                }
                let currency = load_policy(conn)?.0.currency;
                let request = generate::Request { period, now, today, tz, scheduled: true, late, actor_id: None, currency: &currency };
                let (budget, lines) = generate::generate(conn, &request)?;
                db::schedules::set_budget(conn, &job, period.start, &budget.id)?;
                let lookups = views::Lookups::load(conn, &[&budget])?;
                let email_id = mail::queue(conn, &templates, &public_url, now, (&budget, &lines), &lookups, &recipients)?;
                // Once a week, with the weekly budget: the stale needs to the IT specialists.
                if budget.kind == BudgetKind::Weekly {
                    mail::queue_stale(conn, &templates, &public_url, now, (&budget, &lines))?;
                }
                let summary = json!({"job": job, "period_start": period.start, "late": late, "due_at": due_at});
                audit::record(conn, now, None, "budget.generated", "budget", &budget.id, summary)?;
                Ok(Some(RunOutcome {
                    job,
                    due_at,
                    period_start: period.start,
                    period_end: period.end,
                    late,
                    budget_id: budget.id,
                    revision: budget.revision,
                    email_id,
                }))
            })
            .await
    }

    /// The next firing of any enabled schedule after `now`.
    pub(crate) async fn next_due(&self, now: DateTime<Utc>) -> AppResult<Option<DateTime<Utc>>> {
        let schedules = self
            .ctx
            .db
            .read(|conn| Ok(db::schedules::all(conn)?))
            .await?;
        Ok(schedules
            .iter()
            .filter(|r| r.enabled)
            .filter_map(|r| parsed(r).and_then(|(cron, tz)| next_fire(&cron, tz, now)))
            .min())
    }

    /// Runs what is due (catching up missed runs at start), then sleeps
    /// until the next firing or a schedule edit.
    pub(crate) async fn run_forever(self, wakeup: Arc<Notify>) {
        loop {
            let now = self.ctx.now();
            let failed = match self.run_due(now).await {
                Ok(done) => {
                    for o in &done {
                        tracing::info!(job = %o.job, period_start = %o.period_start, late = o.late, budget_id = %o.budget_id, "budget generated");
                    }
                    false
                }
                Err(e) => {
                    tracing::error!(error = %crate::domain::logsafe::clean(&e), "scheduled budget run failed; retrying in a minute");
                    true
                }
            };
            let sleep = match self.next_due(now).await {
                // A failed run is still owed: retry soon, not at the next firing.
                _ if failed => RETRY_AFTER,
                Ok(Some(next)) => (next - self.ctx.now())
                    .to_std()
                    .unwrap_or_default()
                    .min(MAX_SLEEP),
                Ok(None) => MAX_SLEEP,
                Err(_) => RETRY_AFTER,
            };
            tokio::select! {
                _ = tokio::time::sleep(sleep) => {}
                _ = wakeup.notified() => {}
            }
        }
    }
}
