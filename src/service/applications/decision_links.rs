//! Deciding from the email (docs/architecture/ui.md#decide-from-the-email).
//! Each recipient of an "approval needed" mail gets a link of their own,
//! scoped to that one step of that application and valid until the step
//! is decided or for [`VALID_DAYS`]. The link stands in for signing in, so
//! only its SHA-256 is stored, and it is spent in the transaction of the
//! decision it makes: a refused decision (a return without a comment)
//! leaves it usable, and of two requests racing on it one decides.
//!
//! Opening a link only reads ([`open`]): mail scanners fetch every link.

use chrono::{DateTime, Duration, Utc};

use super::{LinkUse, VIA_EMAIL_LINK};
use crate::db::applications::StepRow;
use crate::db::decision_links::DecisionLinkRow;
use crate::db::{self, time, DbConnection};
use crate::domain::applications::Status;
use crate::domain::approval::StepStatus;
use crate::domain::ids::{ApplicationId, UserId};
use crate::domain::locale::Locale;
use crate::error::{AppError, AppResult, ErrorCode};
use crate::service::auth::hash_token;
use crate::service::identity::Actor;
use crate::service::passwords::random_token;
use crate::service::users;
use crate::service::AppContext;

/// How long an unused link stays valid while its step waits.
pub(crate) const VALID_DAYS: i64 = 7;

/// Marks decision links among other tokens (sessions are `pcr_`).
const PREFIX: &str = "pdl_";

/// A link made for one recipient: the token goes into their mail only, the
/// row (with its hash) into the database.
pub(crate) struct Issued {
    pub token: String,
    pub row: DecisionLinkRow,
}

pub(crate) fn issue(
    application_id: &ApplicationId,
    step_id: &str,
    user_id: &UserId,
    now: DateTime<Utc>,
) -> Issued {
    let token = format!("{PREFIX}{}", random_token(32));
    let row = DecisionLinkRow {
        token_hash: hash_token(&token),
        application_id: application_id.clone(),
        step_id: step_id.to_owned(),
        user_id: user_id.clone(),
        created_at: time::to_db(now),
        expires_at: time::to_db(now + Duration::days(VALID_DAYS)),
        used_at: None,
    };
    Issued { token, row }
}

/// Why a link decides nothing any more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Spent {
    /// It made its decision.
    Used,
    /// Its step was decided another way (by someone else, on the page), or
    /// the application was withdrawn.
    Decided,
    Expired,
    /// Its recipient's account was disabled since.
    AccountDisabled,
}

/// What a spent link's page says: what happened to the step, by whom, when.
#[derive(Debug, Clone)]
pub(crate) struct SpentLink {
    pub why: Spent,
    pub application_id: ApplicationId,
    pub reference: String,
    pub title: String,
    pub status: Status,
    /// How the step ended (`None` while it still waits, for an expired link).
    pub decision: Option<StepStatus>,
    pub decided_by_name: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
    pub expires_at: DateTime<Utc>,
    /// The recipient's chosen language: the page about a spent link is
    /// still theirs to read.
    pub recipient_locale: Option<Locale>,
}

/// An opened link: the recipient may decide, or the page says why not.
#[derive(Debug)]
pub(crate) enum Opened {
    Open {
        /// The recipient, acting through the link.
        actor: Actor,
        application_id: ApplicationId,
        token_hash: String,
    },
    Spent(SpentLink),
}

/// What the link `token` leads to now, without changing anything; 404 for
/// a token that was never issued (or whose row was purged).
pub(crate) async fn open(ctx: &AppContext, token: &str) -> AppResult<Opened> {
    let hash = hash_token(token);
    let now = ctx.now();
    ctx.db.read(move |conn| open_in(conn, hash, now)).await
}

fn open_in(conn: &mut DbConnection, hash: String, now: DateTime<Utc>) -> AppResult<Opened> {
    let not_found = || AppError::NotFound {
        entity: "decision link",
    };
    let link = db::decision_links::find(conn, &hash)?.ok_or_else(not_found)?;
    let app = db::applications::find(conn, &link.application_id)?.ok_or_else(not_found)?;
    let steps = db::applications::steps_of(conn, &link.application_id)?;
    let step = steps
        .iter()
        .find(|s| s.id == link.step_id)
        .ok_or_else(not_found)?;
    // The recipient, with their roles (the foreign key keeps them there).
    let user = users::load_view(conn, &link.user_id)?;
    let why = if link.used_at.is_some() {
        Some(Spent::Used)
    } else if step.status != StepStatus::Pending || app.status != Status::Submitted {
        Some(Spent::Decided)
    } else if time::from_db(link.expires_at) <= now {
        Some(Spent::Expired)
    } else if !user.active {
        Some(Spent::AccountDisabled)
    } else {
        None
    };
    if let Some(why) = why {
        let decided_by_name = match &step.decided_by {
            Some(id) => db::users::find(conn, id)?.map(|u| u.name),
            None => None,
        };
        return Ok(Opened::Spent(SpentLink {
            why,
            application_id: app.id,
            reference: app.reference,
            title: app.title,
            status: app.status,
            decision: decided(step),
            decided_by_name,
            decided_at: step.decided_at.map(time::from_db),
            expires_at: time::from_db(link.expires_at),
            recipient_locale: user.locale,
        }));
    }
    Ok(Opened::Open {
        actor: Actor::of(user, VIA_EMAIL_LINK.to_owned()),
        application_id: link.application_id,
        token_hash: hash,
    })
}

/// How `step` ended, when it has.
fn decided(step: &StepRow) -> Option<StepStatus> {
    match step.status {
        StepStatus::Pending | StepStatus::Waiting => None,
        done => Some(done),
    }
}

/// Spends the link a decision is made through, inside the decision's
/// transaction, if it is still unused, unexpired and for `step` — the step
/// the use case found pending. A link raced and lost, or meant for a step
/// that is no longer the pending one, refuses the decision.
pub(super) fn spend(
    conn: &mut DbConnection,
    link: Option<&LinkUse>,
    step: &StepRow,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let Some(link) = link else {
        return Ok(());
    };
    if db::decision_links::claim(conn, &link.token_hash, &step.id, time::to_db(now))? {
        Ok(())
    } else {
        Err(AppError::conflict(
            ErrorCode::StepAlreadyDecided,
            "this link has been used, has expired, or its step was decided",
        ))
    }
}
