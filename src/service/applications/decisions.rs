//! Deciding: approve / return / reject, and the requester's cancel (submit
//! is `submit`). Every transition writes its history, audit entry and
//! emails in the same transaction.

use serde::Deserialize;

use super::access::{ensure_requester, ensure_visible, holding, Holding};
use super::budget_position;
use super::decision_links;
use super::names::load_view;
use super::notify::{self, Mail};
use super::over_budget;
use super::views::ApplicationView;
use super::{chain, load_row, next_status, save_transition, today, LinkUse, Transition};
use crate::db::applications::{ApplicationRow, StepRow};
use crate::db::{self, time, DbConnection};
use crate::domain::applications::{Action, Status};
use crate::domain::approval::StepStatus;
use crate::domain::ids::{ApplicationId, UserId};
use crate::domain::input::Prose;
use crate::error::{AppError, AppResult, ErrorCode};
use crate::service::identity::Actor;
use crate::service::reminders;
use crate::service::AppContext;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Comment {
    #[serde(default)]
    pub comment: Option<Prose<2000>>,
}

/// An approval: the optional comment, and the approver's "approve anyway"
/// when the budget check asks for it (docs/design.md#budget-check).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Approval {
    #[serde(default)]
    pub comment: Option<Prose<2000>>,
    #[serde(default)]
    pub approve_anyway: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Reason {
    #[serde(default)]
    pub reason: Option<Prose<2000>>,
}

/// Runs `f` in a write transaction on the visible application `id`, wakes
/// the mail dispatcher, then answers the committed application's view.
pub(super) async fn with_application<F>(
    ctx: &AppContext,
    actor: &Actor,
    id: ApplicationId,
    f: F,
) -> AppResult<ApplicationView>
where
    F: FnOnce(
            &mut DbConnection,
            &Actor,
            &mut ApplicationRow,
            Vec<StepRow>,
            &Mail,
            chrono::NaiveDate,
        ) -> AppResult<()>
        + Send
        + 'static,
{
    let today = today(ctx);
    let mail = Mail::new(ctx);
    let reader = actor.clone();
    let actor = actor.clone();
    let row = ctx
        .db
        .write(move |conn| {
            let mut row = load_row(conn, &id)?;
            let steps = db::applications::steps_of(conn, &id)?;
            ensure_visible(conn, &actor, &row, &steps, today)?;
            f(conn, &actor, &mut row, steps, &mail, today)?;
            Ok(row)
        })
        .await?;
    ctx.outbox_wakeup.notify_one();
    // The view is read after the commit, off the single SQLite writer: its
    // three reads need no write lock, and the writer moves on sooner.
    ctx.db
        .read(move |conn| {
            let mut view = load_view(conn, row)?;
            budget_position::as_of(conn, &mut view, &reader, today)?;
            Ok(view)
        })
        .await
}

/// The deciding step and how the actor holds it; 403/409 when they do not.
fn step_to_decide(
    conn: &mut DbConnection,
    actor: &Actor,
    row: &ApplicationRow,
    steps: &[StepRow],
    today: chrono::NaiveDate,
) -> AppResult<(StepRow, Holding)> {
    if row.requester_id == actor.user_id {
        return Err(AppError::Forbidden {
            code: ErrorCode::SelfApproval,
            detail: "nobody decides on their own application".into(),
        });
    }
    let status = row.status;
    if status != Status::Submitted {
        // The last decision of a race closes the application: tell the
        // loser it was decided, not that the move is meaningless.
        let last_round = steps.iter().map(|s| s.round).max();
        let decided_by_others = steps.iter().filter(|s| {
            Some(s.round) == last_round
                && s.decided_at.is_some()
                && s.decided_by.as_ref() != Some(&actor.user_id)
        });
        for decided in decided_by_others {
            if holding(conn, actor, decided, today)?.is_some() {
                return Err(AppError::conflict(
                    ErrorCode::StepAlreadyDecided,
                    "another approver decided this step first",
                ));
            }
        }
        return Err(AppError::conflict(
            ErrorCode::InvalidTransition,
            format!("an application that is {status} awaits no decision"),
        ));
    }
    let pending = steps
        .iter()
        .find(|s| s.status == StepStatus::Pending)
        .cloned()
        .ok_or_else(|| {
            let states: Vec<&str> = steps.iter().map(|s| s.status.as_str()).collect();
            AppError::internal(format!(
                "submitted application {} (version {}) without a pending step: {states:?}",
                row.id, row.version
            ))
        })?;
    if let Some(h) = holding(conn, actor, &pending, today)? {
        chain::check_four_eyes(conn, actor, &pending, steps)?;
        return Ok((pending, h));
    }
    // Someone else just decided the step this actor could have: a race lost.
    let round = pending.round;
    for decided in steps
        .iter()
        .filter(|s| s.round == round && s.decided_at.is_some())
    {
        if holding(conn, actor, decided, today)?.is_some() {
            return Err(AppError::conflict(
                ErrorCode::StepAlreadyDecided,
                "another approver decided this step first",
            ));
        }
    }
    Err(AppError::Forbidden {
        code: ErrorCode::NotYourStep,
        detail: "the step awaiting a decision is not yours".into(),
    })
}

fn decided_by(actor: &Actor, holding: &Holding) -> Option<UserId> {
    match holding {
        Holding::OnBehalfOf(approver) => Some(approver.clone()),
        _ => None,
    }
    .filter(|a| a != &actor.user_id)
}

/// Approves the pending step (and those it covers); `via` is the email
/// link the decision is made through, spent in the same transaction.
pub(crate) async fn approve(
    ctx: &AppContext,
    actor: &Actor,
    id: ApplicationId,
    body: Approval,
    via: Option<LinkUse>,
) -> AppResult<ApplicationView> {
    with_application(
        ctx,
        actor,
        id,
        move |conn, actor, row, steps, mail, today| {
            let (step, how) = step_to_decide(conn, actor, row, &steps, today)?;
            let overrun = over_budget::gate(conn, actor, row, today, body.approve_anyway)?;
            decision_links::spend(conn, via.as_ref(), &step, mail.now)?;
            let on_behalf = decided_by(actor, &how);
            let comment = body
                .comment
                .map(String::from)
                .filter(|c| !c.trim().is_empty());
            if !db::applications::decide_step(
                conn,
                &step.id,
                StepStatus::Approved,
                &actor.user_id,
                on_behalf.as_ref(),
                comment.as_deref(),
                time::to_db(mail.now),
            )? {
                return Err(AppError::conflict(
                    ErrorCode::StepAlreadyDecided,
                    "another approver decided this step first",
                ));
            }
            // One person holding consecutive steps decides them once.
            let covered = chain::covered_with(&step, &steps);
            for also in &covered {
                db::applications::decide_step(
                    conn,
                    &also.id,
                    StepStatus::Approved,
                    &actor.user_id,
                    on_behalf.as_ref(),
                    comment.as_deref(),
                    time::to_db(mail.now),
                )?;
            }
            let after = covered.last().map_or(step.position, |s| s.position);
            let next = steps
                .iter()
                .find(|s| {
                    s.round == step.round && s.position > after && s.status == StepStatus::Waiting
                })
                .cloned();
            let comment = match covered.as_slice() {
                [] => comment,
                also => {
                    let kinds: Vec<&str> = also.iter().map(|s| s.kind.as_str()).collect();
                    let note = format!(
                        "one decision for the {} and {} steps",
                        step.kind,
                        kinds.join(", ")
                    );
                    Some(comment.map_or(note.clone(), |c| format!("{c} ({note})")))
                }
            };
            let comment = match &overrun {
                None => comment,
                Some(o) => {
                    let note = over_budget::history_note(mail, o);
                    Some(comment.map_or(note.clone(), |c| format!("{c}\n{note}")))
                }
            };
            let from = row.status;
            let to = next_status(
                from,
                Action::Approve {
                    last: next.is_none(),
                },
            )?;
            let t = Transition::by(&actor.user_id, "approve", Some(from), to, mail.now)
                .on_behalf_of(on_behalf.as_ref())
                .comment(comment.as_deref())
                .via_link(via.as_ref());
            save_transition(conn, row, t)?;
            if let Some(o) = &overrun {
                over_budget::record(conn, mail, row, &actor.user_id, o)?;
            }
            let decided = StepRow {
                comment: comment.clone(),
                ..step
            };
            let decision = notify::Decision {
                step: &decided,
                decided_by: &actor.user_id,
                on_behalf_of: on_behalf.as_ref(),
            };
            // The requester hears once per decision: "approved by …, next …",
            // or at the last step the one "approved" mail that says by whom.
            match next {
                Some(next) => {
                    notify::step_decided(conn, mail, row, &decision, &next)?;
                    reminders::start(conn, &next.id, today, mail.now)?;
                    let deciders = chain::deciders(conn, &next, &row.requester_id, today)?;
                    notify::awaiting(conn, mail, row, &next, &deciders)
                }
                None => notify::approved(conn, mail, row, &decision),
            }
        },
    )
    .await
}

/// Return (comment required; back to the requester for correction) or
/// reject (reason required; final); `via` as for [`approve`].
pub(crate) async fn close(
    ctx: &AppContext,
    actor: &Actor,
    id: ApplicationId,
    reject: bool,
    text: Option<String>,
    via: Option<LinkUse>,
) -> AppResult<ApplicationView> {
    let field = if reject { "reason" } else { "comment" };
    let text = text
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .ok_or_else(|| {
            AppError::field(
                field,
                "required",
                if reject {
                    "a rejection needs a reason"
                } else {
                    "say what to correct"
                },
            )
        })?;
    with_application(
        ctx,
        actor,
        id,
        move |conn, actor, row, steps, mail, today| {
            let (step, how) = step_to_decide(conn, actor, row, &steps, today)?;
            decision_links::spend(conn, via.as_ref(), &step, mail.now)?;
            let on_behalf = decided_by(actor, &how);
            let (step_status, action, name) = if reject {
                (StepStatus::Rejected, Action::Reject, "reject")
            } else {
                (StepStatus::Returned, Action::Return, "return")
            };
            if !db::applications::decide_step(
                conn,
                &step.id,
                step_status,
                &actor.user_id,
                on_behalf.as_ref(),
                Some(&text),
                time::to_db(mail.now),
            )? {
                return Err(AppError::conflict(
                    ErrorCode::StepAlreadyDecided,
                    "another approver decided this step first",
                ));
            }
            db::applications::close_open_steps(conn, &row.id, StepStatus::Cancelled)?;
            let from = row.status;
            let to = next_status(from, action)?;
            let t = Transition::by(&actor.user_id, name, Some(from), to, mail.now)
                .on_behalf_of(on_behalf.as_ref())
                .comment(Some(&text))
                .via_link(via.as_ref());
            save_transition(conn, row, t)?;
            notify::closed_by(conn, mail, row, reject, &actor.user_id, &text)
        },
    )
    .await
}

pub(crate) async fn cancel(
    ctx: &AppContext,
    actor: &Actor,
    id: ApplicationId,
    body: Comment,
) -> AppResult<ApplicationView> {
    with_application(
        ctx,
        actor,
        id,
        move |conn, actor, row, steps, mail, today| {
            ensure_requester(actor, row)?;
            let from = row.status;
            let to = next_status(from, Action::Cancel)?;
            // Who could have decided the open step hears that it is gone.
            let pending = steps.into_iter().find(|s| s.status == StepStatus::Pending);
            let deciders = match &pending {
                Some(step) => chain::deciders(conn, step, &row.requester_id, today)?,
                None => Vec::new(),
            };
            db::applications::close_open_steps(conn, &row.id, StepStatus::Cancelled)?;
            let comment = body
                .comment
                .map(String::from)
                .filter(|c| !c.trim().is_empty());
            let t = Transition::by(&actor.user_id, "cancel", Some(from), to, mail.now)
                .comment(comment.as_deref());
            save_transition(conn, row, t)?;
            match &pending {
                Some(step) => {
                    notify::cancelled(conn, mail, row, step, &deciders, comment.as_deref())
                }
                None => Ok(()),
            }
        },
    )
    .await
}
