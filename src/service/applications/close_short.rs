//! Closing ordered lines short: "the rest will not come", with a reason, by
//! an IT specialist. What remains on a closed line is no longer committed in
//! any budget, can no longer be received, and no longer counts as on order
//! for replenishment; when nothing remains on any line the application is
//! received. Recorded in history and told to the requester.

use serde::Deserialize;

use super::fulfilment::fulfil;
use super::notify;
use super::views::ApplicationView;
use super::{next_status, save_transition, Transition};
use crate::db;
use crate::db::scaled::quantity_from_db;
use crate::domain::applications::Action;
use crate::domain::ids::ApplicationId;
use crate::domain::input::{Id, Prose};
use crate::error::{AppResult, FieldErrors};
use crate::service::identity::Actor;
use crate::service::AppContext;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ClosedLine {
    pub line_id: Id,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CloseShort {
    pub lines: Vec<ClosedLine>,
    /// Why the rest will not come (the supplier's word, a cancelled order).
    pub reason: Prose<500>,
}

pub(crate) async fn close_short(
    ctx: &AppContext,
    actor: &Actor,
    id: ApplicationId,
    body: CloseShort,
) -> AppResult<ApplicationView> {
    fulfil(ctx, actor, id, move |conn, actor, row, mail| {
        let from = row.status;
        // Checked first so a wrong state is a 409, not a 422.
        next_status(from, Action::CloseShort { complete: false })?;
        let reason = body.reason.trim().to_owned();
        let mut errors = FieldErrors::new();
        if reason.is_empty() {
            errors.add("reason", "required", "must say why the rest will not come");
        }
        if body.lines.is_empty() {
            errors.add("lines", "required", "must name at least one line");
        }
        let mut lines = db::applications::lines_of(conn, &row.id)?;
        let mut closed = Vec::new();
        for (i, asked) in body.lines.iter().enumerate() {
            let field = format!("lines[{i}].line_id");
            match lines.iter().position(|l| l.id == asked.line_id.as_str()) {
                None => errors.add(field, "not_found", "is not a line of this application"),
                Some(at) if closed.contains(&at) => {
                    errors.add(field, "duplicate", "names a line already named")
                }
                Some(at) => {
                    let l = &lines[at];
                    if l.quantity_milli - l.received_milli - l.closed_milli <= 0 {
                        errors.add(field, "nothing_remains", "has nothing left to come");
                    } else {
                        closed.push(at);
                    }
                }
            }
        }
        errors.into_result()?;
        let mut said = Vec::new();
        for &at in &closed {
            let l = &mut lines[at];
            let rest = l.quantity_milli - l.received_milli - l.closed_milli;
            l.closed_milli += rest;
            l.closed_reason = Some(reason.clone());
            db::applications::close_line(conn, &l.id, l.closed_milli, &reason)?;
            said.push(format!(
                "{} × {}",
                quantity_from_db(rest).normalize(),
                l.description
            ));
        }
        let complete = lines
            .iter()
            .all(|l| l.received_milli + l.closed_milli >= l.quantity_milli);
        let to = next_status(from, Action::CloseShort { complete })?;
        let comment = format!("will not come: {} ({reason})", said.join(", "));
        let t = Transition::by(&actor.user_id, "close_short", Some(from), to, mail.now)
            .comment(Some(&comment));
        save_transition(conn, row, t)?;
        notify::closed_short(conn, mail, row, &lines, &closed, &reason)
    })
    .await
}
