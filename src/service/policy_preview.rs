//! What the approval policy would do: the chain an application of some
//! total, for some categories, charged to some department would get if it
//! were submitted today — under the stored policy, or under one an admin is
//! still editing, before it is saved. The same rule as submit
//! (`applications::chain::preview_chain`), so the preview cannot drift from
//! what happens.

use serde::{Deserialize, Serialize};

use super::applications::chain::preview_chain;
use super::applications::today;
use super::identity::Actor;
use super::policy::{self, load_policy};
use super::AppContext;
use crate::db;
use crate::domain::applications::Category;
use crate::domain::approval::{Approver, Gap, Policy, StepKind};
use crate::domain::ids::{DepartmentId, UserId};
use crate::domain::input::Amount;
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult, FieldError, FieldErrors};

/// `POST /api/v1/approval-policy/preview`'s body.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PreviewInput {
    pub department_id: DepartmentId,
    pub total: Amount,
    pub categories: Vec<Category>,
    /// A policy not saved yet; absent, the stored one.
    #[serde(default)]
    pub policy: Option<Policy>,
}

#[derive(Debug, Serialize)]
pub(crate) struct PreviewStep {
    pub kind: StepKind,
    /// The person who would decide; absent for a finance step, which any
    /// finance user decides.
    pub approver_id: Option<UserId>,
    pub approver_name: Option<String>,
    pub approver_role: Option<Role>,
}

/// Why the application could not be submitted.
#[derive(Debug, Serialize)]
pub(crate) struct Blocked {
    pub step: StepKind,
    pub gap: Gap,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct ChainPreview {
    pub steps: Vec<PreviewStep>,
    /// Set when the chain cannot be formed: submit would be refused.
    pub blocked: Option<Blocked>,
}

/// The chain for a hypothetical requester: an employee of the department
/// who heads nothing and stands in for no one. Anyone who may read the
/// policy may preview it; only an admin may preview one not saved yet.
pub(crate) async fn preview(
    ctx: &AppContext,
    actor: &Actor,
    input: PreviewInput,
) -> AppResult<ChainPreview> {
    match &input.policy {
        Some(_) => actor.require(Role::Admin)?,
        None => actor.require_any(&[
            Role::Admin,
            Role::Approver,
            Role::Finance,
            Role::ItSpecialist,
        ])?,
    }
    check(&input)?;
    let today = today(ctx);
    ctx.db
        .read(move |conn| {
            if !db::departments::exists(conn, &input.department_id)? {
                return Err(AppError::field(
                    "department_id",
                    "not_found",
                    "no department has this id",
                ));
            }
            let policy = match input.policy {
                Some(policy) => {
                    policy::check_fallback(conn, &policy).map_err(|e| match e {
                        AppError::Validation(list) => AppError::Validation(under_policy(list)),
                        other => other,
                    })?;
                    policy
                }
                None => load_policy(conn)?.0,
            };
            let planned = preview_chain(
                conn,
                &policy,
                &input.department_id,
                input.total.get(),
                &input.categories,
                today,
            )?;
            let (planned, blocked) = match planned {
                Ok(steps) => (steps, None),
                Err(e) => (
                    Vec::new(),
                    Some(Blocked {
                        step: e.kind,
                        gap: e.gap,
                        reason: e.reason,
                    }),
                ),
            };
            let ids: Vec<UserId> = planned
                .iter()
                .filter_map(|s| match &s.approver {
                    Approver::User(id) => Some(id.clone()),
                    Approver::Finance => None,
                })
                .collect();
            let names: std::collections::HashMap<_, _> =
                db::users::names_of(conn, &ids)?.into_iter().collect();
            let steps = planned
                .into_iter()
                .map(|s| match s.approver {
                    Approver::User(id) => PreviewStep {
                        kind: s.kind,
                        approver_name: names.get(&id).cloned(),
                        approver_id: Some(id),
                        approver_role: None,
                    },
                    Approver::Finance => PreviewStep {
                        kind: s.kind,
                        approver_id: None,
                        approver_name: None,
                        approver_role: Some(Role::Finance),
                    },
                })
                .collect();
            Ok(ChainPreview { steps, blocked })
        })
        .await
}

/// The proposed policy's problems are named as in the body
/// (`policy.finance_threshold`), beside the preview's own.
fn check(input: &PreviewInput) -> AppResult<()> {
    let mut errors = FieldErrors::new();
    if input.categories.is_empty() {
        errors.add("categories", "required", "name at least one category");
    }
    if let Some(policy) = &input.policy {
        let mut own = FieldErrors::new();
        policy.check(&mut own);
        if let Err(AppError::Validation(list)) = own.into_result() {
            for e in under_policy(list) {
                errors.add(e.field, &e.code, e.message);
            }
        }
    }
    errors.into_result()
}

/// A proposed policy's problems, named as in the body: `policy.currency`.
fn under_policy(list: Vec<FieldError>) -> Vec<FieldError> {
    list.into_iter()
        .map(|mut e| {
            e.field = format!("policy.{}", e.field);
            e
        })
        .collect()
}
