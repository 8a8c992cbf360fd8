//! `procura budget run-due [--now …]`: what the scheduler would run at that
//! instant, through the same claims, so running it beside a live service
//! (or twice) never makes a second budget or email for a period.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::clock::{Clock, ManualClock, SystemClock};
use crate::config::Settings;
use crate::jobs::budget_scheduler::{BudgetScheduler, ScheduleCheck};
use crate::jobs::dispatcher::Dispatcher;
use crate::service::AppContext;
use crate::startup::{
    connect_and_migrate, ensure_default_schedules, templates_and_mailer, StartupError,
};

pub(crate) async fn run_due(
    settings: Settings,
    at: Option<DateTime<Utc>>,
) -> Result<(), StartupError> {
    let now = at.unwrap_or_else(|| SystemClock.now());
    let db = connect_and_migrate(&settings).await?;
    let (templates, mailer) = templates_and_mailer(&settings)?;
    let ctx = AppContext::new(
        db.clone(),
        Arc::new(ManualClock::new(now)),
        settings,
        templates,
    );
    ensure_default_schedules(&ctx).await?;
    let done = BudgetScheduler::new(ctx.clone()).run_due(now).await?;
    if done.is_empty() {
        println!("nothing to run at {now}:");
        for check in BudgetScheduler::new(ctx.clone()).check(now).await? {
            println!("  {}", describe(&check));
        }
    }
    for o in &done {
        println!(
            "{}: budget {} for {} – {} (revision {}){}",
            o.job,
            o.budget_id,
            o.period_start,
            o.period_end,
            o.revision,
            if o.late { ", late" } else { "" }
        );
    }
    // Mail is sent on the wall clock whatever --now says.
    let report = Dispatcher::new(db, Arc::new(SystemClock), Arc::new(mailer))
        .run_once()
        .await?;
    tracing::info!(?report, "outbox delivery pass");
    Ok(())
}

/// One line on a schedule that ran nothing: what its last firing produced
/// (and that it has run), or that nothing fired yet, and when it runs next.
fn describe(c: &ScheduleCheck) -> String {
    let what = format!("{} (`{}`, {})", c.job, c.cron, c.timezone);
    if !c.enabled {
        return format!("{what}: disabled");
    }
    let last = match c.last_firing {
        Some((at, period)) => format!(
            "its last firing, {at}, makes the budget for {} – {}, which has already run",
            period.start, period.end
        ),
        None => "has not fired since it was set up".to_owned(),
    };
    match c.next_firing {
        Some(next) => format!("{what}: {last}; next run {next}"),
        None => format!("{what}: {last}; it never fires again"),
    }
}
