//! The approval policy: thresholds, which categories need the head of IT,
//! currency and fallback approver. Stored as one versioned document so an
//! admin can change it without a restart; chains already formed keep the
//! steps they were given at submit.

use serde::Serialize;

use super::identity::Actor;
use super::{audit, AppContext};
use crate::db::{self, time, DbConnection};
use crate::domain::approval::{Policy, StepKind};
use crate::domain::reminders::Limits;
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::service::reminders;

const KEY: &str = "approval_policy";

#[derive(Debug, Serialize)]
pub(crate) struct PolicyView {
    #[serde(flatten)]
    pub policy: Policy,
    pub version: i64,
}

/// The current policy and its version (0 = the built-in default).
pub(crate) fn load_policy(conn: &mut DbConnection) -> AppResult<(Policy, i64)> {
    match db::settings::get(conn, KEY)? {
        Some((json, version)) => Ok((
            serde_json::from_str(&json).map_err(AppError::internal)?,
            version,
        )),
        None => Ok((Policy::default(), 0)),
    }
}

pub(crate) async fn get(ctx: &AppContext, actor: &Actor) -> AppResult<PolicyView> {
    actor.require_any(&[
        Role::Admin,
        Role::Approver,
        Role::Finance,
        Role::ItSpecialist,
    ])?;
    ctx.db
        .read(|conn| load_policy(conn).map(|(policy, version)| PolicyView { policy, version }))
        .await
}

pub(crate) async fn put(
    ctx: &AppContext,
    actor: &Actor,
    policy: Policy,
    if_match: Option<i64>,
) -> AppResult<PolicyView> {
    actor.require(Role::Admin)?;
    let mut errors = FieldErrors::new();
    policy.check(&mut errors);
    errors.into_result()?;
    // Stored in chain order, whatever order they came in.
    let mut policy = policy.with_cents();
    policy
        .steps
        .sort_by_key(|k| StepKind::ALL.iter().position(|all| all == k));
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    let timezone = ctx.settings.timezone;
    ctx.db
        .write(move |conn| {
            check_fallback(conn, &policy)?;
            let (old, current) = load_policy(conn)?;
            if if_match.is_some_and(|v| v != current) {
                return Err(AppError::VersionConflict {
                    current,
                    yours: false,
                });
            }
            let json = serde_json::to_string(&policy).map_err(AppError::internal)?;
            db::settings::put(conn, KEY, &json, current + 1, time::to_db(now))?;
            // Waiting steps are overdue by the limits now in force.
            if Limits::of(&old) != Limits::of(&policy) {
                reminders::reschedule(conn, &policy, timezone, false)?;
            }
            let summary = serde_json::to_value(&policy).map_err(AppError::internal)?;
            audit::record(
                conn,
                now,
                Some(&actor_id),
                "approval_policy.updated",
                "approval_policy",
                KEY,
                summary,
            )?;
            Ok(PolicyView {
                policy,
                version: current + 1,
            })
        })
        .await
}

/// The fallback approver, when named, is an existing user.
pub(crate) fn check_fallback(conn: &mut DbConnection, policy: &Policy) -> AppResult<()> {
    match &policy.fallback_approver_id {
        Some(id) if !db::users::exists(conn, id)? => Err(AppError::field(
            "fallback_approver_id",
            "not_found",
            "no user has this id",
        )),
        _ => Ok(()),
    }
}
