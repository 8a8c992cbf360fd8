//! Turning the policy into the chain at submit: gather what the domain
//! rule needs about the organisation and plan the steps of a new round (the
//! first `pending`, the rest `waiting`); `submit` stores them. Also the
//! rules over a stored chain that deciding applies: four eyes, and which
//! later steps one decision covers.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::db::applications::{ApplicationRow, LineRow, StepRow};
use crate::db::departments::ChainStart;
use crate::db::scaled::money_from_db;
use crate::db::{self, DbConnection};
use crate::domain::applications::Category;
use crate::domain::approval::StepStatus;
use crate::domain::approval::{plan_chain, Approver, Link, NoApprover, Org, PlannedStep, Policy};
use crate::domain::ids::{DepartmentId, UserId};
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult, ErrorCode};
use crate::service::identity::Actor;
use crate::service::new_id;
use crate::service::policy::load_policy;

/// The chain from `start` up to the root, each department with its head
/// (a disabled head is a vacancy: the step moves up).
fn chain_from(conn: &mut DbConnection, start: ChainStart) -> AppResult<Vec<Link>> {
    Ok(db::departments::chain_with_heads(conn, start)?
        .into_iter()
        .map(|l| Link {
            head_user_id: l.active_head_id,
        })
        .collect())
}

/// What the chain rule needs to know about the organisation.
pub(crate) fn gather_org(
    conn: &mut DbConnection,
    department_id: &DepartmentId,
    today: NaiveDate,
) -> AppResult<Org> {
    let department_chain = chain_from(conn, ChainStart::Department(department_id))?;
    let it_chain = chain_from(conn, ChainStart::It)?;
    // The rule only asks whether a finance user other than the requester and
    // the (at most two) earlier deciders exists: four of them answer that,
    // however large the department.
    let finance_users = db::users::first_active_with_role(conn, Role::Finance.as_str(), 4)?;
    // One cached lookup per head beats one `IN (…)` query here: diesel
    // parses an `IN` list anew on every run, and a chain has few heads.
    let mut delegates = HashMap::new();
    for head in department_chain
        .iter()
        .chain(&it_chain)
        .filter_map(|l| l.head_user_id.clone())
    {
        let of_head = db::delegations::delegates_of(conn, &head, today)?;
        delegates.insert(head, of_head);
    }
    Ok(Org {
        department_chain,
        it_chain,
        finance_users,
        delegates,
    })
}

/// The chain an application of `total` with lines in `categories`,
/// charged to `department_id`, would get today under `policy`, for a
/// requester who is nobody in particular: an employee of that department
/// who heads nothing and stands in for no one.
pub(crate) fn preview_chain(
    conn: &mut DbConnection,
    policy: &Policy,
    department_id: &DepartmentId,
    total: rust_decimal::Decimal,
    categories: &[Category],
    today: NaiveDate,
) -> AppResult<Result<Vec<PlannedStep>, NoApprover>> {
    let org = gather_org(conn, department_id, today)?;
    // No user has an empty id, so the rule excludes no one for being them.
    let nobody = UserId::new("");
    Ok(plan_chain(policy, &nobody, total, categories, &org))
}

/// Plans the next round of steps after `existing` (reads only; the caller
/// stores them).
pub(crate) fn plan_round(
    conn: &mut DbConnection,
    policy: &Policy,
    app: &ApplicationRow,
    lines: &[LineRow],
    existing: &[StepRow],
    today: NaiveDate,
) -> AppResult<Vec<StepRow>> {
    let department_id = app.department_id.as_ref().ok_or_else(|| {
        AppError::field(
            "department_id",
            "required",
            "must name the department that pays",
        )
    })?;
    let org = gather_org(conn, department_id, today)?;
    let categories: Vec<Category> = lines.iter().map(|l| l.category).collect();
    let plan = plan_chain(
        policy,
        &app.requester_id,
        money_from_db(app.total_cents),
        &categories,
        &org,
    )
    .map_err(|e| AppError::Conflict {
        code: ErrorCode::NoApprover,
        detail: format!(
            "the {} step has no one to decide it: {}",
            e.kind.as_str(),
            e.reason
        ),
        extra: Some(serde_json::json!({"step": e.kind.as_str()})),
    })?;
    let round = existing.iter().map(|s| s.round).max().unwrap_or(0) + 1;
    let mut steps = Vec::with_capacity(plan.len());
    for (position, planned) in plan.into_iter().enumerate() {
        let (approver_id, approver_role) = match planned.approver {
            Approver::User(id) => (Some(id), None),
            Approver::Finance => (None, Some(Role::Finance.as_str().to_owned())),
        };
        let row = StepRow {
            id: new_id(),
            application_id: app.id.clone(),
            round,
            position: position as i32,
            kind: planned.kind,
            approver_id,
            approver_role,
            status: if position == 0 {
                StepStatus::Pending
            } else {
                StepStatus::Waiting
            },
            decided_by: None,
            on_behalf_of: None,
            comment: None,
            decided_at: None,
            pending_since: None,
            overdue_on: None,
        };
        steps.push(row);
    }
    Ok(steps)
}

/// Everyone who may decide `step` today: the approver and their delegates,
/// or every finance user; never the requester.
pub(crate) fn deciders(
    conn: &mut DbConnection,
    step: &StepRow,
    requester_id: &UserId,
    today: NaiveDate,
) -> AppResult<Vec<UserId>> {
    let mut ids = match (&step.approver_id, step.approver_role.as_deref()) {
        (Some(approver), _) => {
            let mut ids = vec![approver.clone()];
            ids.extend(db::delegations::delegates_of(conn, approver, today)?);
            ids
        }
        (None, Some(role)) => db::users::active_with_role(conn, role)?
            .into_iter()
            .map(|(id, _)| id)
            .collect(),
        (None, None) => Vec::new(),
    };
    ids.retain(|id| id != requester_id);
    Ok(ids)
}

/// A finance or director step is never decided by someone who decided an
/// earlier step of the same round (unless the policy turned four eyes off).
pub(super) fn check_four_eyes(
    conn: &mut DbConnection,
    actor: &Actor,
    pending: &StepRow,
    steps: &[StepRow],
) -> AppResult<()> {
    let money = pending.kind.is_money();
    let decided_earlier = steps.iter().any(|s| {
        s.round == pending.round
            && s.position < pending.position
            && s.decided_by.as_ref() == Some(&actor.user_id)
    });
    // Deciding finance would bar them from the director step they hold next.
    let decides_later_money = steps.iter().any(|s| {
        s.round == pending.round
            && s.position > pending.position
            && s.approver_id.as_ref() == Some(&actor.user_id)
            && s.kind.is_money()
    });
    if money && (decided_earlier || decides_later_money) && load_policy(conn)?.0.four_eyes {
        return Err(AppError::Forbidden {
            code: ErrorCode::FourEyes,
            detail: "you decide another step of this application: someone else decides where money is concerned".into(),
        });
    }
    Ok(())
}

/// Steps after `step` that the same person holds and that decide no money:
/// one decision covers them all.
pub(super) fn covered_with<'a>(step: &StepRow, steps: &'a [StepRow]) -> Vec<&'a StepRow> {
    steps
        .iter()
        .filter(|s| s.round == step.round && s.position > step.position)
        .take_while(|s| {
            s.approver_id.is_some() && s.approver_id == step.approver_id && !s.kind.is_money()
        })
        .collect()
}
