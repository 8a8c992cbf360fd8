//! The two budget schedules, stored in the database and edited by admins:
//! cron expression, timezone, enabled flag and recipients. Defaults come
//! from the settings at first start; an edit wakes the scheduler.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::identity::Actor;
use super::{audit, AppContext};
use crate::config::Settings;
use crate::db::schedules::ScheduleRow;
use crate::db::{self, time, DbConnection};
use crate::domain::budget::BudgetKind;
use crate::domain::input::Text;
use crate::domain::roles::Role;
use crate::domain::schedule::{next_fires, parse_cron};
use crate::error::{AppError, AppResult, FieldErrors};

#[derive(Debug, Serialize)]
pub(crate) struct ScheduleView {
    pub job: String,
    pub cron: String,
    pub timezone: String,
    pub enabled: bool,
    /// Empty: every active finance user.
    pub recipients: Vec<String>,
    pub next_run_at: Option<DateTime<Utc>>,
    /// The next three firings, so a person sees what the expression means.
    pub next_runs: Vec<DateTime<Utc>>,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
}

pub(crate) fn recipients_of(row: &ScheduleRow) -> Vec<String> {
    serde_json::from_str(&row.recipients).unwrap_or_default()
}

/// The parsed schedule, or `None` when the stored one cannot be used.
pub(crate) fn parsed(row: &ScheduleRow) -> Option<(cron::Schedule, Tz)> {
    Some((parse_cron(&row.cron).ok()?, row.timezone.parse().ok()?))
}

fn view(row: ScheduleRow, now: DateTime<Utc>) -> ScheduleView {
    let next_runs = match (row.enabled, parsed(&row)) {
        (true, Some((cron, tz))) => next_fires(&cron, tz, now, 3),
        _ => Vec::new(),
    };
    ScheduleView {
        recipients: recipients_of(&row),
        job: row.job,
        cron: row.cron,
        timezone: row.timezone,
        enabled: row.enabled,
        next_run_at: next_runs.first().copied(),
        next_runs,
        version: row.version,
        updated_at: time::from_db(row.updated_at),
    }
}

/// Stores the default schedules unless they exist (run at every start).
pub(crate) fn ensure_defaults(
    conn: &mut DbConnection,
    settings: &Settings,
    now: DateTime<Utc>,
) -> AppResult<()> {
    for kind in BudgetKind::ALL {
        let cron = match kind {
            BudgetKind::Weekly => &settings.weekly_budget_cron,
            BudgetKind::Monthly => &settings.monthly_budget_cron,
        };
        db::schedules::insert_missing(
            conn,
            &ScheduleRow {
                job: kind.job().to_owned(),
                cron: cron.clone(),
                timezone: settings.timezone.name().to_owned(),
                enabled: true,
                recipients: "[]".into(),
                version: 0,
                created_at: time::to_db(now),
                updated_at: time::to_db(now),
            },
        )?;
    }
    Ok(())
}

pub(crate) async fn list(ctx: &AppContext, actor: &Actor) -> AppResult<Vec<ScheduleView>> {
    actor.require_any(&[Role::Admin, Role::Finance, Role::ItSpecialist])?;
    let now = ctx.now();
    ctx.db
        .read(move |conn| {
            Ok(db::schedules::all(conn)?
                .into_iter()
                .map(|r| view(r, now))
                .collect())
        })
        .await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ScheduleInput {
    pub cron: Text<100>,
    pub timezone: Text<64>,
    pub enabled: bool,
    #[serde(default)]
    pub recipients: Vec<Text<254>>,
}

fn check(input: &ScheduleInput) -> AppResult<()> {
    let mut errors = FieldErrors::new();
    if let Err(why) = parse_cron(&input.cron) {
        errors.add("cron", "invalid_cron", why);
    }
    if input.timezone.parse::<Tz>().is_err() {
        errors.add(
            "timezone",
            "unknown_timezone",
            "is not an IANA timezone such as Europe/Kyiv or UTC",
        );
    }
    for (i, r) in input.recipients.iter().enumerate() {
        let ok = r.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !r.contains(char::is_whitespace)
        });
        if !ok {
            errors.add(
                format!("recipients[{i}]"),
                "invalid_email",
                "is not an email address",
            );
        }
    }
    if input.recipients.len() > 50 {
        errors.add("recipients", "too_many", "at most 50 recipients");
    }
    errors.into_result()
}

pub(crate) async fn put(
    ctx: &AppContext,
    actor: &Actor,
    job: String,
    input: ScheduleInput,
) -> AppResult<ScheduleView> {
    actor.require(Role::Admin)?;
    check(&input)?;
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    let updated = ctx
        .db
        .write(move |conn| {
            let mut row = db::schedules::find(conn, &job)?.ok_or(AppError::NotFound { entity: "schedule" })?;
            row.cron = input.cron.trim().to_owned();
            row.timezone = input.timezone.into_string();
            row.enabled = input.enabled;
            row.recipients = json!(input.recipients).to_string();
            row.version += 1;
            row.updated_at = time::to_db(now);
            db::schedules::update(conn, &row)?;
            let summary = json!({"cron": row.cron, "timezone": row.timezone, "enabled": row.enabled, "recipients": input.recipients});
            audit::record(conn, now, Some(&actor_id), "schedule.updated", "schedule", &row.job, summary)?;
            Ok(view(row, now))
        })
        .await?;
    // The scheduler recomputes its next instant.
    ctx.scheduler_wakeup.notify_one();
    Ok(updated)
}
