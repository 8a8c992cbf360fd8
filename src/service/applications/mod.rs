//! IT Applications: purchase requests from draft to receipt
//! (docs/design.md#it-application-workflow). `create` (new drafts), `drafts`
//! (edit, read), `lists` (lists, the inbox and its count), `submit` (the filling check and the chain), `decisions`
//! (approve, return, reject, cancel), `decision_links` (deciding from the
//! email), `fulfilment` (order and receipt); `views`
//! shapes what clients see, `access` who may see and do what, `chain` turns the
//! policy into steps, `notify` the emails each event sends.

pub(crate) mod abilities;
pub(crate) mod access;
pub(crate) mod budget_position;
pub(crate) mod chain;
pub(crate) mod close_short;
pub(crate) mod create;
pub(crate) mod decision_links;
pub(crate) mod decisions;
pub(crate) mod drafts;
pub(crate) mod fulfilment;
pub(crate) mod lists;
pub(crate) mod names;
pub(crate) mod notify;
pub(crate) mod order;
pub(crate) mod over_budget;
pub(crate) mod position_view;
pub(crate) mod queues;
pub(crate) mod submit;
pub(crate) mod views;

use chrono::{DateTime, NaiveDate, Utc};

use super::{audit, new_id, AppContext};
use crate::db::applications::{ApplicationRow, HistoryRow};
use crate::db::{self, time, DbConnection};
use crate::domain::applications::{Action, Status};
use crate::domain::ids::{ApplicationId, UserId};
use crate::error::{AppError, AppResult, ErrorCode};

/// Today's date where the organisation is (the configured time zone).
pub(crate) fn today(ctx: &AppContext) -> NaiveDate {
    ctx.now().with_timezone(&ctx.settings.timezone).date_naive()
}

/// Loads an application for a change (row-locked on PostgreSQL), 404 when missing.
pub(crate) fn load_row(conn: &mut DbConnection, id: &ApplicationId) -> AppResult<ApplicationRow> {
    db::applications::find_for_update(conn, id)?.ok_or(AppError::NotFound {
        entity: "application",
    })
}

/// The state `action` leads to, or 409 `invalid_transition`.
pub(crate) fn next_status(current: Status, action: Action) -> AppResult<Status> {
    crate::domain::applications::transition(current, action).ok_or_else(|| {
        AppError::conflict(
            ErrorCode::InvalidTransition,
            format!(
                "an application that is {current} cannot be {}ed",
                action.name().trim_end_matches('e')
            ),
        )
    })
}

/// Who did a transition, and for whom when acting as delegate.
pub(crate) struct Transition<'a> {
    pub actor_id: &'a UserId,
    pub on_behalf_of: Option<&'a UserId>,
    pub action: &'a str,
    pub from: Option<Status>,
    pub to: Status,
    pub comment: Option<&'a str>,
    pub at: DateTime<Utc>,
    /// Made through an email link: recorded in the history, and with the
    /// client address in the audit trail.
    pub via_link: Option<&'a LinkUse>,
}

/// A decision made through a decision link, from this client address.
#[derive(Debug, Clone)]
pub(crate) struct LinkUse {
    pub token_hash: String,
    pub client: String,
}

/// What the history records for a decision made through a link.
pub(crate) const VIA_EMAIL_LINK: &str = "email_link";

impl<'a> Transition<'a> {
    /// A transition by `actor_id`, acting for themself, without comment.
    pub(crate) fn by(
        actor_id: &'a UserId,
        action: &'a str,
        from: Option<Status>,
        to: Status,
        at: DateTime<Utc>,
    ) -> Self {
        Self {
            actor_id,
            on_behalf_of: None,
            action,
            from,
            to,
            comment: None,
            at,
            via_link: None,
        }
    }

    pub(crate) fn on_behalf_of(self, approver: Option<&'a UserId>) -> Self {
        Self {
            on_behalf_of: approver,
            ..self
        }
    }

    pub(crate) fn comment(self, comment: Option<&'a str>) -> Self {
        Self { comment, ..self }
    }

    pub(crate) fn via_link(self, link: Option<&'a LinkUse>) -> Self {
        Self {
            via_link: link,
            ..self
        }
    }
}

/// Saves the application row (version checked), its history entry and the
/// audit entry, all in the caller's transaction; returns the history entry.
pub(crate) fn save_transition(
    conn: &mut DbConnection,
    row: &mut ApplicationRow,
    t: Transition<'_>,
) -> AppResult<HistoryRow> {
    let expected = row.version;
    row.version += 1;
    row.status = t.to;
    row.updated_at = time::to_db(t.at);
    if !db::applications::update_versioned(conn, row, expected)? {
        return Err(AppError::conflict(
            ErrorCode::VersionConflict,
            "the application was changed by someone else at the same time; reload and retry",
        ));
    }
    record_transition(conn, &row.id, t)
}

/// The history and audit entries of a transition, for a row the caller
/// has already saved; returns the history entry.
pub(crate) fn record_transition(
    conn: &mut DbConnection,
    application_id: &ApplicationId,
    t: Transition<'_>,
) -> AppResult<HistoryRow> {
    let history = HistoryRow {
        id: new_id(),
        application_id: application_id.to_owned(),
        at: time::to_db(t.at),
        actor_id: Some(t.actor_id.to_owned()),
        on_behalf_of: t.on_behalf_of.cloned(),
        action: t.action.to_owned(),
        from_status: t.from,
        to_status: t.to,
        comment: t.comment.map(str::to_owned),
        via: t.via_link.map(|_| VIA_EMAIL_LINK.to_owned()),
    };
    db::applications::add_history(conn, &history)?;
    let summary = serde_json::json!({
        "from": t.from.map(|s| s.as_str()), "to": t.to.as_str(),
        "on_behalf_of": t.on_behalf_of, "comment": t.comment,
        "via": t.via_link.map(|_| VIA_EMAIL_LINK), "client": t.via_link.map(|l| &l.client),
    });
    audit::record(
        conn,
        t.at,
        Some(t.actor_id),
        &format!("application.{}", t.action),
        "application",
        application_id.as_str(),
        summary,
    )?;
    Ok(history)
}
