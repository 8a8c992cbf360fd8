//! Submitting: the filling check, then the approval chain computed from the
//! policy and stored on the application.
//!
//! Everything a submit decides is planned on a read connection — the
//! application, its lines, the policy, the organisation, who is to be told
//! and the rendered email — and the write only stores the plan, under the
//! version the plan read. If anything changed the application in between,
//! the write fails with `version_conflict` and the submit plans again; so
//! the single SQLite writer runs five inserts and an update per submit
//! instead of the thirty-odd statements of the whole use case.

use super::access::{ensure_requester, ensure_visible};
use super::decisions::Comment;
use super::names::name_view;
use super::notify::{self, Mail};
use super::views::{self, ApplicationView};
use super::{chain, next_status, save_transition, today, Transition};
use crate::db::applications::{ApplicationRow, HistoryRow, LineRow, StepRow};
use crate::db::decision_links::DecisionLinkRow;
use crate::db::scaled::{money_from_db, quantity_from_db};
use crate::db::{self, DbConnection};
use crate::domain::applications::{check_complete, Action, ApplicationInput, LineInput, Status};
use crate::domain::ids::{ApplicationId, UserId};
use crate::error::{AppError, AppResult, ErrorCode, FieldErrors};
use crate::service::identity::Actor;
use crate::service::outbox::{self, Rendered};
use crate::service::policy::load_policy;
use crate::service::reminders;
use crate::service::AppContext;

/// Plans tried before a submit that keeps losing races gives up with 409.
const ATTEMPTS: usize = 3;

/// What a submit will store, as planned from one read.
struct Plan {
    row: ApplicationRow,
    lines: Vec<LineRow>,
    steps: Vec<StepRow>,
    history: Vec<HistoryRow>,
    new_steps: Vec<StepRow>,
    from: Status,
    to: Status,
    actor_id: UserId,
    comment: Option<String>,
    mail: Mail,
    email: Vec<Rendered>,
    links: Vec<DecisionLinkRow>,
}

pub(crate) async fn submit(
    ctx: &AppContext,
    actor: &Actor,
    id: ApplicationId,
    body: Comment,
) -> AppResult<ApplicationView> {
    let comment = body
        .comment
        .map(String::from)
        .filter(|c| !c.trim().is_empty());
    let mut attempt = 1;
    loop {
        let (actor, id, comment) = (actor.clone(), id.clone(), comment.clone());
        let (mail, today) = (Mail::new(ctx), today(ctx));
        let plan = ctx
            .db
            .read(move |conn| plan(conn, &actor, &id, comment, mail, today))
            .await?;
        match ctx.db.write(move |conn| store(conn, plan)).await {
            Err(AppError::Conflict {
                code: ErrorCode::VersionConflict,
                ..
            }) if attempt < ATTEMPTS => attempt += 1,
            Ok(view) => {
                ctx.outbox_wakeup.notify_one();
                // Named after the commit, off the single SQLite writer.
                return ctx.db.read(move |conn| name_view(conn, view)).await;
            }
            Err(e) => return Err(e),
        }
    }
}

fn plan(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &ApplicationId,
    comment: Option<String>,
    mail: Mail,
    today: chrono::NaiveDate,
) -> AppResult<Plan> {
    let row = db::applications::find(conn, id)?.ok_or(AppError::NotFound {
        entity: "application",
    })?;
    let steps = db::applications::steps_of(conn, id)?;
    ensure_visible(conn, actor, &row, &steps, today)?;
    ensure_requester(actor, &row)?;
    let from = row.status;
    let to = next_status(from, Action::Submit)?;
    let lines = db::applications::lines_of(conn, id)?;
    check_filled(&row, &lines, today)?;
    let (policy, _) = load_policy(conn)?;
    super::create::check_payer(actor, row.department_id.as_ref(), &policy)?;
    let mut new_steps = chain::plan_round(conn, &policy, &row, &lines, &steps, today)?;
    reminders::begin(conn, &policy, today, mail.now, &mut new_steps[0])?;
    let first = &new_steps[0];
    let deciders = chain::deciders(conn, first, &row.requester_id, today)?;
    let awaiting = notify::awaiting_messages(conn, &mail, &row, first, &deciders)?;
    let mut email = Vec::new();
    for message in awaiting.messages {
        email.extend(outbox::render(conn, &mail.templates, mail.now, message)?);
    }
    let history = db::applications::history_of(conn, id)?;
    Ok(Plan {
        row,
        lines,
        steps,
        history,
        new_steps,
        from,
        to,
        actor_id: actor.user_id.clone(),
        comment,
        mail,
        email,
        links: awaiting.links,
    })
}

/// Stores the plan if the application is still the version it was read
/// at (`version_conflict` otherwise); answers the view without reading.
fn store(conn: &mut DbConnection, plan: Plan) -> AppResult<ApplicationView> {
    let Plan {
        mut row,
        lines,
        mut steps,
        mut history,
        new_steps,
        ..
    } = plan;
    let t = Transition::by(
        &plan.actor_id,
        "submit",
        Some(plan.from),
        plan.to,
        plan.mail.now,
    )
    .comment(plan.comment.as_deref());
    history.push(save_transition(conn, &mut row, t)?);
    db::applications::insert_steps(conn, &new_steps)?;
    outbox::store(conn, plan.email)?;
    db::decision_links::insert(conn, &plan.links)?;
    steps.extend(new_steps);
    Ok(views::assemble(row, &lines, &steps, history))
}

fn check_filled(
    row: &ApplicationRow,
    lines: &[LineRow],
    today: chrono::NaiveDate,
) -> AppResult<()> {
    let inputs: Vec<LineInput> = lines
        .iter()
        .map(|l| LineInput {
            description: l.description.clone(),
            item_id: l.item_id.clone(),
            quantity: quantity_from_db(l.quantity_milli),
            unit_price: money_from_db(l.unit_price_cents),
        })
        .collect();
    let doc = ApplicationInput {
        title: &row.title,
        justification: &row.justification,
        department_id: row.department_id.as_ref(),
        needed_by: row.needed_by,
        lines: &inputs,
    };
    let mut errors = FieldErrors::new();
    check_complete(&mut errors, &doc, today);
    errors.into_result()
}
