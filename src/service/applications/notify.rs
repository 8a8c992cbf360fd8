//! The emails application events send (queued through the outbox in the
//! same transaction as the event).

use chrono::DateTime;
use chrono::Utc;
use rust_decimal::Decimal;
use serde_json::{json, Value};

use super::decision_links;
use crate::db::applications::{ApplicationRow, LineRow, StepRow};
use crate::db::decision_links::DecisionLinkRow;
use crate::db::scaled::{money_from_db, quantity_from_db};
use crate::db::{self, DbConnection};
use crate::domain::ids::UserId;
use crate::domain::roles::Role;
use crate::error::AppResult;
use crate::service::links;
use crate::service::outbox::{enqueue, Notification};
use crate::service::AppContext;

/// What every application email needs: templates, links, the clock.
#[derive(Clone)]
pub(crate) struct Mail {
    pub templates: std::sync::Arc<crate::mail::templates::Templates>,
    pub public_url: String,
    pub now: DateTime<Utc>,
}

impl Mail {
    pub(crate) fn new(ctx: &AppContext) -> Self {
        Self {
            templates: ctx.templates.clone(),
            public_url: ctx.settings.public_url.clone(),
            now: ctx.now(),
        }
    }

    fn url(&self, app: &ApplicationRow) -> String {
        links::application(&self.public_url, app.id.as_str())
    }

    fn send(
        &self,
        conn: &mut DbConnection,
        kind: &'static str,
        to: Vec<String>,
        context: Value,
    ) -> AppResult<()> {
        enqueue(
            conn,
            &self.templates,
            self.now,
            Notification {
                kind,
                to,
                context,
                attachments: Vec::new(),
            },
        )
        .map(|_| ())
    }
}

fn name_of(conn: &mut DbConnection, user_id: Option<&UserId>) -> AppResult<Option<String>> {
    match user_id {
        Some(id) => Ok(db::users::find(conn, id)?.map(|u| u.name)),
        None => Ok(None),
    }
}

fn summary(conn: &mut DbConnection, app: &ApplicationRow) -> AppResult<Value> {
    let requester = name_of(conn, Some(&app.requester_id))?;
    let department = match &app.department_id {
        Some(id) => db::departments::find(conn, id)?.map(|d| d.name),
        None => None,
    };
    Ok(json!({
        "id": app.id, "reference": app.reference, "title": app.title, "requester_name": requester,
        "department_name": department, "total": money_from_db(app.total_cents).to_string(),
        "currency": app.currency, "needed_by": app.needed_by,
    }))
}

fn requester_email(conn: &mut DbConnection, app: &ApplicationRow) -> AppResult<Vec<String>> {
    db::users::emails_of(conn, std::slice::from_ref(&app.requester_id)).map_err(Into::into)
}

/// "Approval needed" to everyone who may decide `step`, with their links.
pub(crate) fn awaiting(
    conn: &mut DbConnection,
    mail: &Mail,
    app: &ApplicationRow,
    step: &StepRow,
    deciders: &[UserId],
) -> AppResult<()> {
    let Awaiting { messages, links } = awaiting_messages(conn, mail, app, step, deciders)?;
    for message in messages {
        enqueue(conn, &mail.templates, mail.now, message)?;
    }
    Ok(db::decision_links::insert(conn, &links)?)
}

/// The "approval needed" mails of one step and the decision links in them.
pub(crate) struct Awaiting {
    pub messages: Vec<Notification>,
    /// To store with the messages: a mail without its link's row would
    /// carry a link that leads nowhere.
    pub links: Vec<DecisionLinkRow>,
}

/// The "approval needed" messages, built with reads only, so that a use
/// case may render them before its write (`outbox::render`): one per
/// decider, each with a decision link of its own; a delegate's also says
/// whom they stand in for.
pub(crate) fn awaiting_messages(
    conn: &mut DbConnection,
    mail: &Mail,
    app: &ApplicationRow,
    step: &StepRow,
    deciders: &[UserId],
) -> AppResult<Awaiting> {
    // The lines, so the approver sees what is bought before opening it,
    // and what it does to the budget as the email is sent.
    let rows = db::applications::lines_of(conn, &app.id)?;
    let lines: Vec<_> = rows.iter().map(super::views::line_view).collect();
    let check = crate::service::policy::load_policy(conn)?.0.budget_check;
    let budget = super::budget_position::for_row(conn, app, &rows, &check, mail.now.date_naive())?
        .map(|b| b.mail_context(b.positions.iter()));
    let context = json!({"application": summary(conn, app)?, "step_kind": step.kind,
        "justification": app.justification, "lines": lines, "url": mail.url(app),
        "decide_days": decision_links::VALID_DAYS, "budget": budget});
    let is_delegate = |id: &UserId| step.approver_id.as_ref().is_some_and(|a| a != id);
    let principal = match deciders.iter().any(is_delegate) {
        true => name_of(conn, step.approver_id.as_ref())?,
        false => None,
    };
    let mut out = Awaiting {
        messages: Vec::new(),
        links: Vec::new(),
    };
    for (user_id, email) in db::users::addresses_of(conn, deciders)? {
        let link = decision_links::issue(&app.id, &step.id, &user_id, mail.now);
        let mut context = context.clone();
        context["decide_url"] = json!(links::decision(&mail.public_url, &link.token));
        if is_delegate(&user_id) {
            context["delegate_of"] = json!(principal);
        }
        out.links.push(link.row);
        out.messages.push(Notification {
            kind: "application_submitted",
            to: vec![email],
            context,
            attachments: Vec::new(),
        });
    }
    Ok(out)
}

/// One approval decision, as the emails about it tell it.
pub(crate) struct Decision<'a> {
    pub step: &'a StepRow,
    pub decided_by: &'a UserId,
    pub on_behalf_of: Option<&'a UserId>,
}

impl Decision<'_> {
    fn context(&self, conn: &mut DbConnection) -> AppResult<Value> {
        Ok(json!({
            "step_kind": self.step.kind, "decision": "approved",
            "decided_by": name_of(conn, Some(self.decided_by))?,
            "on_behalf_of": name_of(conn, self.on_behalf_of)?,
            "comment": self.step.comment,
        }))
    }
}

/// "Step decided, next: …" to the requester, for a step before the last.
pub(crate) fn step_decided(
    conn: &mut DbConnection,
    mail: &Mail,
    app: &ApplicationRow,
    decision: &Decision<'_>,
    next: &StepRow,
) -> AppResult<()> {
    let to = requester_email(conn, app)?;
    // No one person decides a finance step: the mail names the step then.
    let approver = name_of(conn, next.approver_id.as_ref())?;
    let mut context = decision.context(conn)?;
    context["application"] = summary(conn, app)?;
    context["next_step"] = json!({"kind": next.kind, "approver_name": approver});
    context["url"] = json!(mail.url(app));
    mail.send(conn, "application_step_decided", to, context)
}

/// "Approved", with the last decision, to the requester and the IT
/// specialists who will order it: the requester's one mail for the last step.
pub(crate) fn approved(
    conn: &mut DbConnection,
    mail: &Mail,
    app: &ApplicationRow,
    last: &Decision<'_>,
) -> AppResult<()> {
    let mut to = requester_email(conn, app)?;
    to.extend(
        db::users::active_with_role(conn, Role::ItSpecialist.as_str())?
            .into_iter()
            .map(|(_, email)| email),
    );
    let context = json!({"application": summary(conn, app)?, "url": mail.url(app),
        "last_step": last.context(conn)?});
    mail.send(conn, "application_approved", to, context)
}

/// "Returned for correction" or "rejected", with the comment, to the requester.
pub(crate) fn closed_by(
    conn: &mut DbConnection,
    mail: &Mail,
    app: &ApplicationRow,
    rejected: bool,
    actor_id: &UserId,
    text: &str,
) -> AppResult<()> {
    let to = requester_email(conn, app)?;
    let actor = name_of(conn, Some(actor_id))?;
    let (kind, context) = if rejected {
        (
            "application_rejected",
            json!({"application": summary(conn, app)?, "rejected_by": actor, "reason": text, "url": mail.url(app)}),
        )
    } else {
        (
            "application_returned",
            json!({"application": summary(conn, app)?, "returned_by": actor, "comment": text, "url": mail.url(app)}),
        )
    };
    mail.send(conn, kind, to, context)
}

/// "Cancelled" to everyone who could have decided the step the application
/// waited on, so that nobody opens a request that is gone.
pub(crate) fn cancelled(
    conn: &mut DbConnection,
    mail: &Mail,
    app: &ApplicationRow,
    step: &StepRow,
    deciders: &[UserId],
    comment: Option<&str>,
) -> AppResult<()> {
    let to = db::users::emails_of(conn, deciders)?;
    let context = json!({
        "application": summary(conn, app)?, "cancelled_by": name_of(conn, Some(&app.requester_id))?,
        "comment": comment, "step_kind": step.kind, "url": mail.url(app),
    });
    mail.send(conn, "application_cancelled", to, context)
}

/// Finance is told when the policy let an IT specialist fulfil their own application.
pub(crate) fn self_fulfilled(
    conn: &mut DbConnection,
    mail: &Mail,
    app: &ApplicationRow,
) -> AppResult<()> {
    let finance: Vec<UserId> =
        db::users::active_with_role(conn, crate::domain::roles::Role::Finance.as_str())?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
    let to = db::users::emails_of(conn, &finance)?;
    let context = json!({
        "application": summary(conn, app)?, "status": app.status, "url": mail.url(app),
    });
    mail.send(conn, "application_self_fulfilled", to, context)
}

/// Finance is told of every approval past the budget: who approved it,
/// whether they overrode a block, and each position that asked for it.
pub(crate) fn over_budget(
    conn: &mut DbConnection,
    mail: &Mail,
    app: &ApplicationRow,
    approver: &UserId,
    overrode_block: bool,
    position: Value,
) -> AppResult<()> {
    let finance: Vec<UserId> = db::users::active_with_role(conn, Role::Finance.as_str())?
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| id != approver)
        .collect();
    let to = db::users::emails_of(conn, &finance)?;
    let context = json!({
        "application": summary(conn, app)?, "approver_name": name_of(conn, Some(approver))?,
        "overrode_block": overrode_block, "position": position, "url": mail.url(app),
    });
    mail.send(conn, "application_over_budget", to, context)
}

pub(crate) fn ordered(conn: &mut DbConnection, mail: &Mail, app: &ApplicationRow) -> AppResult<()> {
    let to = requester_email(conn, app)?;
    let context = json!({
        "application": summary(conn, app)?, "supplier": app.supplier, "reference": app.order_reference,
        "expected_on": app.expected_on, "url": mail.url(app),
    });
    mail.send(conn, "application_ordered", to, context)
}

/// "Lines closed short", with what will not come and why, to the requester.
pub(crate) fn closed_short(
    conn: &mut DbConnection,
    mail: &Mail,
    app: &ApplicationRow,
    lines: &[LineRow],
    closed: &[usize],
    reason: &str,
) -> AppResult<()> {
    let to = requester_email(conn, app)?;
    let closed: Vec<Value> = closed
        .iter()
        .map(|&at| {
            let l = &lines[at];
            json!({
                "description": l.description,
                "quantity_received": quantity_from_db(l.received_milli).normalize().to_string(),
                "quantity_ordered": quantity_from_db(l.quantity_milli).normalize().to_string(),
                "quantity_closed": quantity_from_db(l.closed_milli).normalize().to_string(),
            })
        })
        .collect();
    let context = json!({"application": summary(conn, app)?, "lines": closed, "reason": reason,
        "complete": app.status == crate::domain::applications::Status::Received, "url": mail.url(app)});
    mail.send(conn, "application_closed_short", to, context)
}

/// One line's rejection in a receipt.
pub(crate) struct Rejection {
    pub description: String,
    pub quantity: Decimal,
    pub reason: String,
}

/// What one receipt did, for the requester's mail.
pub(crate) struct Delivery<'a> {
    pub complete: bool,
    /// Whether this receipt accepted anything (or only rejected).
    pub accepted_now: bool,
    pub rejections: &'a [Rejection],
}

/// "Received" or "Partly received", with what was rejected and why.
pub(crate) fn received(
    conn: &mut DbConnection,
    mail: &Mail,
    app: &ApplicationRow,
    lines: &[LineRow],
    delivery: Delivery<'_>,
) -> AppResult<()> {
    let to = requester_email(conn, app)?;
    let lines: Vec<Value> = lines
        .iter()
        .map(|l| {
            json!({
                "description": l.description,
                "quantity_received": quantity_from_db(l.received_milli).normalize().to_string(),
                "quantity_ordered": quantity_from_db(l.quantity_milli).normalize().to_string(),
            })
        })
        .collect();
    let rejected: Vec<Value> = delivery
        .rejections
        .iter()
        .map(|r| json!({"description": r.description, "quantity": r.quantity.normalize().to_string(), "reason": r.reason}))
        .collect();
    let context = json!({"application": summary(conn, app)?, "lines": lines, "rejected": rejected,
        "accepted_now": delivery.accepted_now, "fully_received": delivery.complete, "url": mail.url(app)});
    mail.send(conn, "application_received", to, context)
}
