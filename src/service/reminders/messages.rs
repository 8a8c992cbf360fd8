//! The emails of the day's reminder run: one per person, a reminder when
//! one application waits for them or a digest when several do; the
//! escalation notice to a decider's superior; and, when the step moved,
//! the word to its previous holder that it is no longer theirs.

use serde_json::{json, Value};

use crate::db::applications::{ApplicationRow, StepRow};
use crate::db::scaled::money_from_db;
use crate::db::{self, DbConnection};
use crate::domain::ids::UserId;
use crate::error::AppResult;
use crate::service::applications::notify::Mail;
use crate::service::links;
use crate::service::outbox::{enqueue, Notification};

/// One waiting step in a person's reminder.
pub(crate) struct Item {
    pub app: ApplicationRow,
    pub step: StepRow,
    pub waited_days: u32,
}

fn name_of(conn: &mut DbConnection, id: &UserId) -> AppResult<Option<String>> {
    Ok(db::users::find(conn, id)?.map(|u| u.name))
}

fn application(conn: &mut DbConnection, app: &ApplicationRow) -> AppResult<Value> {
    let requester = name_of(conn, &app.requester_id)?;
    let department = match &app.department_id {
        Some(id) => db::departments::find(conn, id)?.map(|d| d.name),
        None => None,
    };
    Ok(json!({
        "id": app.id, "reference": app.reference, "title": app.title,
        "requester_name": requester, "department_name": department,
        "total": money_from_db(app.total_cents).to_string(), "currency": app.currency,
        "needed_by": app.needed_by,
    }))
}

fn send(
    conn: &mut DbConnection,
    mail: &Mail,
    kind: &'static str,
    to: &UserId,
    context: Value,
) -> AppResult<bool> {
    let to = db::users::emails_of(conn, std::slice::from_ref(to))?;
    if to.is_empty() {
        return Ok(false);
    }
    let notification = Notification {
        kind,
        to,
        context,
        attachments: Vec::new(),
    };
    enqueue(conn, &mail.templates, mail.now, notification)?;
    Ok(true)
}

/// Queues `recipient`'s reminder of `items` (the longest waiting first);
/// whether it was queued (an inactive person has no address).
pub(crate) fn reminder(
    conn: &mut DbConnection,
    mail: &Mail,
    recipient: &UserId,
    mut items: Vec<Item>,
    late: bool,
) -> AppResult<bool> {
    items.sort_by(|a, b| {
        b.waited_days
            .cmp(&a.waited_days)
            .then(a.app.id.cmp(&b.app.id))
    });
    let mut listed = Vec::with_capacity(items.len());
    for i in &items {
        // A delegate's reminder says whom they stand in for.
        let on_behalf_of = match &i.step.approver_id {
            Some(holder) if holder != recipient => name_of(conn, holder)?,
            _ => None,
        };
        listed.push(json!({
            "application": application(conn, &i.app)?, "step_kind": i.step.kind,
            "waited_days": i.waited_days, "on_behalf_of": on_behalf_of,
            "url": links::application(&mail.public_url, i.app.id.as_str()),
        }));
    }
    let context = json!({
        "recipient_name": name_of(conn, recipient)?,
        "items": listed,
        "oldest_days": items.first().map_or(0, |i| i.waited_days),
        "late": late,
        "url": links::inbox(&mail.public_url),
    });
    send(conn, mail, "approval_reminder", recipient, context)
}

/// What an escalation tells the superior.
pub(crate) struct Escalation<'a> {
    pub app: &'a ApplicationRow,
    pub step: &'a StepRow,
    pub superior: &'a UserId,
    pub waited_days: u32,
    pub moved: bool,
    pub late: bool,
}

/// Queues the escalation notice to the superior.
pub(crate) fn escalated(
    conn: &mut DbConnection,
    mail: &Mail,
    e: &Escalation<'_>,
) -> AppResult<bool> {
    let holder_name = match &e.step.approver_id {
        Some(id) => name_of(conn, id)?,
        None => None,
    };
    let context = json!({
        "superior_name": name_of(conn, e.superior)?,
        "holder_name": holder_name,
        "application": application(conn, e.app)?,
        "step_kind": e.step.kind,
        "waited_days": e.waited_days,
        "moved": e.moved,
        "late": e.late,
        "url": links::application(&mail.public_url, e.app.id.as_str()),
    });
    send(conn, mail, "approval_escalated", e.superior, context)
}

/// Tells the step's previous holder that it was handed to the superior
/// (an escalation that moved it): nothing is left for them to decide.
pub(crate) fn handed_over(
    conn: &mut DbConnection,
    mail: &Mail,
    e: &Escalation<'_>,
) -> AppResult<bool> {
    let Some(holder) = e.step.approver_id.as_ref() else {
        return Ok(false);
    };
    let context = json!({
        "holder_name": name_of(conn, holder)?,
        "superior_name": name_of(conn, e.superior)?,
        "application": application(conn, e.app)?,
        "step_kind": e.step.kind,
        "waited_days": e.waited_days,
        "url": links::application(&mail.public_url, e.app.id.as_str()),
    });
    send(conn, mail, "approval_handed_over", holder, context)
}
