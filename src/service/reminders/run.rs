//! The day's reminder run, exactly once per business day: at the policy's
//! reminder hour (organisation time) the first instance to claim
//! `(approval_reminders, today)` in `job_runs` reminds whoever can decide
//! each overdue step (one email per person: a digest when several wait for
//! them) and escalates the steps that have waited too long, all in that one
//! write transaction with the outbox rows and the claim. A second instance,
//! a restart or a retry finds the claim and does nothing; a run missed
//! while nothing ran happens at the next start, marked late.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::messages::{self, Escalation, Item};
use super::{reschedule, whole_calendar};
use crate::db::applications::{ApplicationRow, HistoryRow, StepRow};
use crate::db::reminders::Which;
use crate::db::schedules::JobRunRow;
use crate::db::{self, time, DbConnection};
use crate::domain::approval::{Policy, StepKind};
use crate::domain::business_days::{local_day, Calendar};
use crate::domain::ids::UserId;
use crate::domain::reminders::{self, Limits};
use crate::error::{AppError, AppResult};
use crate::i18n::{Arg, TextArg, Tr};
use crate::service::applications::chain;
use crate::service::applications::notify::Mail;
use crate::service::policy::load_policy;
use crate::service::{audit, new_id, AppContext};

/// The run's name in `job_runs`.
pub const JOB: &str = "approval_reminders";
/// A run this long after its hour is late.
const GRACE_MINUTES: i64 = 5;
/// Waiting steps read per statement.
const BATCH: i64 = 200;

/// What one day's run did.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct ReminderRun {
    pub day: NaiveDate,
    pub late: bool,
    /// Steps reminded about, and the emails that carried them.
    pub reminded_steps: usize,
    pub emails: usize,
    pub escalated: usize,
    /// Of those escalated, the steps handed to the superior.
    pub moved: usize,
}

/// The instant the day's run is due: the policy's hour on `day`,
/// organisation time (on a spring-forward gap, the first instant after).
pub(crate) fn due_at(day: NaiveDate, hour: u32, timezone: Tz) -> DateTime<Utc> {
    let local = day.and_hms_opt(hour.min(23), 0, 0).unwrap_or_default();
    timezone
        .from_local_datetime(&local)
        .earliest()
        .or_else(|| {
            timezone
                .from_local_datetime(&(local + Duration::hours(1)))
                .earliest()
        })
        .map_or_else(|| local.and_utc(), |t| t.with_timezone(&Utc))
}

/// Runs today's reminders if they are due and nobody ran them; `None`
/// when not due (too early, not a business day) or already run.
pub async fn run_due(ctx: &AppContext, now: DateTime<Utc>) -> AppResult<Option<ReminderRun>> {
    let timezone = ctx.settings.timezone;
    let mail = Mail {
        templates: ctx.templates.clone(),
        public_url: ctx.settings.public_url.clone(),
        now,
    };
    let run = ctx
        .db
        .write(move |conn| run_in(conn, &mail, timezone))
        .await?;
    if run.as_ref().is_some_and(|r| r.emails > 0) {
        ctx.outbox_wakeup.notify_one();
    }
    Ok(run)
}

/// When the next run is due after `now` (for the scheduler's sleep): the
/// policy's hour today if still ahead, else tomorrow's.
pub(crate) async fn next_due(ctx: &AppContext, now: DateTime<Utc>) -> AppResult<DateTime<Utc>> {
    let timezone = ctx.settings.timezone;
    let (policy, _) = ctx.db.read(load_policy).await?;
    let today = local_day(now, timezone);
    let at = due_at(today, policy.reminder_hour, timezone);
    Ok(if at > now {
        at
    } else {
        due_at(today + Duration::days(1), policy.reminder_hour, timezone)
    })
}

fn run_in(conn: &mut DbConnection, mail: &Mail, timezone: Tz) -> AppResult<Option<ReminderRun>> {
    let now = mail.now;
    let (policy, _) = load_policy(conn)?;
    // Steps that began waiting before reminders existed get their day.
    reschedule(conn, &policy, timezone, true)?;
    let today = local_day(now, timezone);
    let calendar = whole_calendar(conn)?;
    let due = due_at(today, policy.reminder_hour, timezone);
    if !calendar.is_business_day(today) || now < due {
        return Ok(None);
    }
    let late = now - due > Duration::minutes(GRACE_MINUTES);
    let claim = JobRunRow {
        job: JOB.to_owned(),
        period_start: today,
        due_at: time::to_db(due),
        claimed_at: time::to_db(now),
        late,
        budget_id: None,
    };
    if !db::schedules::claim(conn, &claim)? {
        return Ok(None);
    }
    let mut day = Day {
        mail,
        policy: &policy,
        calendar: &calendar,
        timezone,
        today,
        run: ReminderRun {
            day: today,
            late,
            ..ReminderRun::default()
        },
        inboxes: BTreeMap::new(),
    };
    day.look_at_overdue(conn)?;
    day.send_reminders(conn)?;
    let summary = serde_json::to_value(&day.run).map_err(AppError::internal)?;
    audit::record(
        conn,
        now,
        None,
        "approval_reminders.run",
        "job_run",
        &today.to_string(),
        summary,
    )?;
    Ok(Some(day.run))
}

/// One day's run in progress.
struct Day<'a> {
    mail: &'a Mail,
    policy: &'a Policy,
    calendar: &'a Calendar,
    timezone: Tz,
    today: NaiveDate,
    run: ReminderRun,
    /// Per person, what they are reminded of; and whether any is late.
    inboxes: BTreeMap<UserId, (Vec<Item>, bool)>,
}

impl Day<'_> {
    fn look_at_overdue(&mut self, conn: &mut DbConnection) -> AppResult<()> {
        let limits = Limits::of(self.policy);
        let mut after = String::new();
        loop {
            let batch = db::reminders::waiting(conn, Which::OverdueBy(self.today), &after, BATCH)?;
            let Some(last) = batch.last() else {
                return Ok(());
            };
            after = last.id.clone();
            for waiting in batch {
                let Some(since) = waiting.pending_since else {
                    continue;
                };
                let since = local_day(time::from_db(since), self.timezone);
                let reminded = u32::try_from(waiting.reminded).unwrap_or(0);
                let due = reminders::due(
                    limits,
                    self.calendar,
                    since,
                    self.today,
                    reminded,
                    waiting.escalated_at.is_some(),
                );
                if due.is_empty() {
                    continue;
                }
                let app = crate::service::applications::load_row(conn, &waiting.application_id)?;
                let steps = db::applications::steps_of(conn, &app.id)?;
                let Some(step) = steps.iter().find(|s| s.id == waiting.id).cloned() else {
                    continue;
                };
                let waited_days = self.calendar.between(since, self.today);
                let late = due.late || self.run.late;
                if let Some(k) = due.reminder {
                    self.remind(conn, &app, &step, waited_days, late)?;
                    db::reminders::set_reminded(
                        conn,
                        &step.id,
                        i32::try_from(k).unwrap_or(i32::MAX),
                    )?;
                }
                if due.escalate {
                    self.escalate(conn, &app, &steps, &step, waited_days, late)?;
                }
            }
        }
    }

    /// Adds the step to the reminder of everyone who can decide it.
    fn remind(
        &mut self,
        conn: &mut DbConnection,
        app: &ApplicationRow,
        step: &StepRow,
        waited_days: u32,
        late: bool,
    ) -> AppResult<()> {
        for person in chain::deciders(conn, step, &app.requester_id, self.today)? {
            let (items, any_late) = self.inboxes.entry(person).or_default();
            items.push(Item {
                app: app.clone(),
                step: step.clone(),
                waited_days,
            });
            *any_late |= late;
        }
        self.run.reminded_steps += 1;
        Ok(())
    }

    fn send_reminders(&mut self, conn: &mut DbConnection) -> AppResult<()> {
        for (person, (items, late)) in std::mem::take(&mut self.inboxes) {
            if messages::reminder(conn, self.mail, &person, items, late)? {
                self.run.emails += 1;
            }
        }
        Ok(())
    }

    /// Tells the decider's superior; hands them the step when the policy
    /// says so and the step is one person's (a finance step stays with
    /// finance). Recorded in the application's history either way.
    fn escalate(
        &mut self,
        conn: &mut DbConnection,
        app: &ApplicationRow,
        steps: &[StepRow],
        step: &StepRow,
        waited_days: u32,
        late: bool,
    ) -> AppResult<()> {
        let superior = match &app.department_id {
            Some(department) => {
                let org = chain::gather_org(conn, department, self.today)?;
                let round: Vec<&StepRow> = steps.iter().filter(|s| s.round == step.round).collect();
                let money_chain = round
                    .iter()
                    .any(|s| matches!(s.kind, StepKind::Finance | StepKind::Director));
                let earlier: Vec<UserId> = round
                    .iter()
                    .filter(|s| s.position < step.position)
                    .filter_map(|s| s.decided_by.clone())
                    .collect();
                reminders::superior(
                    step.kind,
                    step.approver_id.as_ref(),
                    &app.requester_id,
                    &earlier,
                    money_chain,
                    self.policy,
                    &org,
                )
            }
            None => None,
        };
        let moved =
            self.policy.escalation_moves_step && step.approver_id.is_some() && superior.is_some();
        let now = time::to_db(self.mail.now);
        db::reminders::set_escalated(
            conn,
            &step.id,
            now,
            superior.as_ref().filter(|_| moved).map(UserId::as_str),
        )?;
        self.run.escalated += 1;
        let Some(superior) = superior else {
            tracing::warn!(step = %step.id, "nobody above the decider to escalate to");
            return Ok(());
        };
        self.record(conn, app, step, &superior, waited_days, moved)?;
        let e = Escalation {
            app,
            step,
            superior: &superior,
            waited_days,
            moved,
            late,
        };
        messages::escalated(conn, self.mail, &e)?;
        if moved {
            messages::handed_over(conn, self.mail, &e)?;
        }
        self.run.moved += usize::from(moved);
        Ok(())
    }

    /// The history entry, in the organisation's language.
    fn record(
        &self,
        conn: &mut DbConnection,
        app: &ApplicationRow,
        step: &StepRow,
        superior: &UserId,
        waited_days: u32,
        moved: bool,
    ) -> AppResult<()> {
        let name = |conn: &mut DbConnection, id: Option<&UserId>| -> AppResult<String> {
            Ok(match id {
                Some(id) => db::users::find(conn, id)?
                    .map(|u| u.name)
                    .unwrap_or_default(),
                None => String::new(),
            })
        };
        let tr = Tr::new(self.mail.templates.default_locale(), self.timezone);
        // A finance step has no one person: it is named by its kind.
        let from = match &step.approver_id {
            Some(_) => name(conn, step.approver_id.as_ref())?,
            None => tr.term("step", &step.kind),
        };
        let to = name(conn, Some(superior))?;
        let key = if moved {
            "mail-escalated-history"
        } else {
            "mail-escalated-history-told"
        };
        let comment = tr.message(
            key,
            vec![
                ("from".into(), Arg::from(TextArg(from))),
                ("to".into(), Arg::from(TextArg(to))),
                ("days".into(), Arg::from(i64::from(waited_days))),
            ],
        );
        let row = HistoryRow {
            id: new_id(),
            application_id: app.id.clone(),
            at: time::to_db(self.mail.now),
            actor_id: None,
            on_behalf_of: None,
            action: "escalate".into(),
            from_status: Some(app.status),
            to_status: app.status,
            comment: Some(comment),
            via: None,
        };
        Ok(db::applications::add_history(conn, &row)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hour_is_local_across_daylight_saving_changes() {
        let tz: Tz = "Europe/Bucharest".parse().unwrap();
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(
            due_at(d("2026-10-23"), 9, tz).to_rfc3339(),
            "2026-10-23T06:00:00+00:00"
        );
        assert_eq!(
            due_at(d("2026-10-27"), 9, tz).to_rfc3339(),
            "2026-10-27T07:00:00+00:00"
        );
        // 03:00 does not exist on 29 March 2026 in Bucharest: the hour after.
        assert_eq!(
            due_at(d("2026-03-29"), 3, tz).to_rfc3339(),
            "2026-03-29T01:00:00+00:00"
        );
        // 03:00 happens twice on 25 October: the first.
        assert_eq!(
            due_at(d("2026-10-25"), 3, tz).to_rfc3339(),
            "2026-10-25T00:00:00+00:00"
        );
    }
}
