//! Delegation: while away, an approver names someone to decide their steps
//! for a date range; the record then says "by D on behalf of A".

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::delegation_notices::Notices;
use super::identity::Actor;
use super::{audit, new_id, AppContext};
use crate::db::delegations::DelegationRow;
use crate::db::{self, time};
use crate::domain::ids::UserId;
use crate::domain::input::Date;
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult, ErrorCode, FieldErrors};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewDelegation {
    pub delegate_id: UserId,
    pub starts_on: Date,
    pub ends_on: Date,
}

#[derive(Debug, Serialize)]
pub(crate) struct DelegationView {
    pub id: String,
    pub approver_id: UserId,
    pub delegate_id: UserId,
    /// Names beside the ids, for people reading the list.
    pub approver_name: Option<String>,
    pub delegate_name: Option<String>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub created_at: DateTime<Utc>,
    /// Said when a delegation is made and something about it may surprise
    /// (the delegate holds no approver role); absent otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl From<DelegationRow> for DelegationView {
    fn from(r: DelegationRow) -> Self {
        Self {
            id: r.id,
            approver_id: r.approver_id,
            delegate_id: r.delegate_id,
            approver_name: None,
            delegate_name: None,
            starts_on: r.starts_on,
            ends_on: r.ends_on,
            created_at: time::from_db(r.created_at),
            warnings: Vec::new(),
        }
    }
}

pub(crate) async fn create(
    ctx: &AppContext,
    actor: &Actor,
    input: NewDelegation,
) -> AppResult<DelegationView> {
    actor.require_any(&[Role::Approver, Role::Finance])?;
    let mut errors = FieldErrors::new();
    if input.ends_on < input.starts_on {
        errors.add("ends_on", "before_start", "must not be before starts_on");
    }
    if input.delegate_id == actor.user_id {
        errors.add("delegate_id", "self", "must be someone other than yourself");
    }
    if input.ends_on.get() < super::applications::today(ctx) {
        errors.add(
            "ends_on",
            "in_the_past",
            "must not be before today: the delegation would never apply",
        );
    }
    errors.into_result()?;
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    let (templates, public_url) = (ctx.templates.clone(), ctx.settings.public_url.clone());
    let view = ctx
        .db
        .write(move |conn| {
            let max_days = super::policy::load_policy(conn)?.0.max_delegation_days;
            if (input.ends_on.get() - input.starts_on.get()).num_days() + 1 > max_days {
                return Err(AppError::field(
                    "ends_on",
                    "too_long",
                    format!("a delegation may last at most {max_days} days (the approval policy's max_delegation_days)"),
                ));
            }
            let roles = db::users::roles_of(conn, &input.delegate_id)?;
            match db::users::find(conn, &input.delegate_id)? {
                Some(u) if u.active => {}
                Some(_) => return Err(AppError::field("delegate_id", "inactive", "this user is disabled")),
                None => return Err(AppError::field("delegate_id", "not_found", "no user has this id")),
            }
            let row = DelegationRow {
                id: new_id(),
                approver_id: actor_id.clone(),
                delegate_id: input.delegate_id,
                starts_on: input.starts_on.get(),
                ends_on: input.ends_on.get(),
                created_at: time::to_db(now),
                revoked_at: None,
            };
            db::delegations::insert(conn, &row)?;
            let summary = json!({"delegate_id": row.delegate_id, "starts_on": row.starts_on, "ends_on": row.ends_on});
            audit::record(conn, now, Some(&actor_id), "delegation.created", "delegation", &row.id, summary)?;
            let notices = Notices { templates: &templates, public_url: &public_url, now };
            notices.named(conn, &row)?;
            let mut view = named(conn, vec![DelegationView::from(row)])?.remove(0);
            let approves = [Role::Approver, Role::Finance].iter().any(|r| roles.iter().any(|h| h == r.as_str()));
            if !approves {
                view.warnings.push("the delegate holds no approver or finance role: they will decide your steps while the delegation runs, but nothing else".into());
            }
            Ok(view)
        })
        .await?;
    ctx.outbox_wakeup.notify_one();
    Ok(view)
}

/// Delegations the actor gave or received.
pub(crate) async fn list(ctx: &AppContext, actor: &Actor) -> AppResult<Vec<DelegationView>> {
    let user_id = actor.user_id.clone();
    ctx.db
        .read(move |conn| {
            let rows = db::delegations::of_user(conn, &user_id)?;
            named(conn, rows.into_iter().map(Into::into).collect())
        })
        .await
}

/// The views with the approver's and the delegate's names (one query).
fn named(
    conn: &mut crate::db::DbConnection,
    mut views: Vec<DelegationView>,
) -> AppResult<Vec<DelegationView>> {
    let mut ids: Vec<UserId> = views
        .iter()
        .flat_map(|v| [v.approver_id.clone(), v.delegate_id.clone()])
        .collect();
    ids.sort();
    ids.dedup();
    let names: std::collections::HashMap<UserId, String> =
        db::users::names_of(conn, &ids)?.into_iter().collect();
    for v in &mut views {
        v.approver_name = names.get(&v.approver_id).cloned();
        v.delegate_name = names.get(&v.delegate_id).cloned();
    }
    Ok(views)
}

/// Whether the actor may name a delegate (approvers and finance).
pub(crate) fn may_delegate(actor: &Actor) -> bool {
    actor.require_any(&[Role::Approver, Role::Finance]).is_ok()
}

/// Ends a delegation early; only the approver who gave it (or an admin).
pub(crate) async fn revoke(ctx: &AppContext, actor: &Actor, id: String) -> AppResult<()> {
    let (now, today) = (ctx.now(), super::applications::today(ctx));
    let actor = actor.clone();
    let (templates, public_url) = (ctx.templates.clone(), ctx.settings.public_url.clone());
    ctx.db
        .write(move |conn| {
            let row = db::delegations::find(conn, &id)?
                .filter(|r| r.revoked_at.is_none())
                .filter(|r| {
                    r.approver_id == actor.user_id
                        || r.delegate_id == actor.user_id
                        || actor.has(Role::Admin)
                })
                .ok_or(AppError::NotFound {
                    entity: "delegation",
                })?;
            if row.approver_id != actor.user_id && !actor.has(Role::Admin) {
                return Err(AppError::Forbidden {
                    code: ErrorCode::NotDelegator,
                    detail: "only the approver who gave a delegation may end it".into(),
                });
            }
            db::delegations::revoke(conn, &id, time::to_db(now))?;
            audit::record(
                conn,
                now,
                Some(&actor.user_id),
                "delegation.revoked",
                "delegation",
                &id,
                json!({}),
            )?;
            // Ended before it began or ran out: the delegate is told it is over.
            if row.ends_on >= today {
                let notices = Notices {
                    templates: &templates,
                    public_url: &public_url,
                    now,
                };
                notices.ended(conn, &row, true)?;
            }
            Ok(())
        })
        .await?;
    ctx.outbox_wakeup.notify_one();
    Ok(())
}
