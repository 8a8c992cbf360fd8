//! The application lists: everything a user may see (`list`, with the
//! deciding step of each row from `pending_steps_of`) and what awaits an
//! approver (`list_awaiting`, each row with its step).

use diesel::prelude::*;

use super::any_of::any_of;
use super::applications::StepRow;
use super::run::on_backend;
use super::schema::{applications, approval_steps, users};
use super::DbConnection;
use crate::domain::applications::Status;
use crate::domain::approval::{StepKind, StepStatus};
use crate::domain::ids::{ApplicationId, DepartmentId, UserId};

/// An application as a list shows it: what `views::summary` needs and no
/// more: no justification (free text of any length), supplier, order
/// reference or location, which a list never shows.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = applications)]
pub(crate) struct SummaryRow {
    pub id: ApplicationId,
    pub reference: String,
    pub status: Status,
    pub requester_id: UserId,
    pub department_id: Option<DepartmentId>,
    pub title: String,
    pub needed_by: Option<chrono::NaiveDate>,
    pub expected_on: Option<chrono::NaiveDate>,
    pub currency: String,
    pub total_cents: i64,
    pub version: i64,
    pub created_at: chrono::NaiveDateTime,
    pub updated_at: chrono::NaiveDateTime,
}

/// The ids of the users whose email or name contains `text` (already
/// lowercased): the requester filter of both lists, as a subquery. A macro
/// rather than a function: the subquery's type, `lower` call included, is
/// a long diesel type to spell out.
macro_rules! requesters_matching {
    ($text:expr) => {{
        let pattern = format!("%{}%", $text);
        users::table
            .filter(
                users::email
                    .like(pattern.clone())
                    .or(super::lower(users::name).like(pattern)),
            )
            .select(users::id)
    }};
}

/// Which applications a list may show.
#[derive(Debug, Clone, Default)]
pub(crate) struct Scope {
    /// `None`: everything (IT specialists).
    pub restrict_to: Option<Visibility>,
}

/// The union of what a non-IT user may see.
#[derive(Debug, Clone)]
pub(crate) struct Visibility {
    pub requester_id: UserId,
    /// Departments whose applications the user may see (approvers: their own).
    pub departments: Vec<DepartmentId>,
    /// Applications where the user holds (or held) a step.
    pub step_holder_ids: Vec<UserId>,
    /// Finance sees applications with a finance step.
    pub finance: bool,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct ListFilter {
    pub status: Option<String>,
    pub department_id: Option<DepartmentId>,
    pub requester_id: Option<UserId>,
    /// An application's reference, exactly (`A-2026-00042`).
    pub reference: Option<String>,
    /// Any of these statuses (none: any status).
    pub any_status: Vec<String>,
    /// Expected by this day (or before): deliveries due.
    pub expected_by: Option<chrono::NaiveDate>,
    /// The requester's name or email contains this (already lowercased,
    /// `%` and `_` removed).
    pub requester_text: Option<String>,
    /// Last changed at or before this instant: waiting at least so long.
    pub changed_by: Option<chrono::NaiveDateTime>,
    /// Only steps of this kind (the awaiting list only).
    pub step_kind: Option<StepKind>,
}

impl ListFilter {
    /// Narrows the awaiting list by nothing (the fields it ignores aside).
    fn is_none_for_awaiting(&self) -> bool {
        let Self {
            status,
            department_id,
            requester_id,
            reference,
            any_status: _,
            expected_by: _,
            requester_text,
            changed_by,
            step_kind,
        } = self;
        status.is_none()
            && department_id.is_none()
            && requester_id.is_none()
            && reference.is_none()
            && requester_text.is_none()
            && changed_by.is_none()
            && step_kind.is_none()
    }
}

pub(crate) fn list(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &ListFilter,
    after: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<SummaryRow>> {
    on_backend!(conn, |c| {
        let mut query = applications::table
            .select(SummaryRow::as_select())
            .into_boxed();
        if let Some(v) = &scope.restrict_to {
            let held = approval_steps::table
                .filter(any_of(approval_steps::approver_id, &v.step_holder_ids))
                .select(approval_steps::application_id);
            // A role no step has when the user is not in finance: one query shape either way.
            let finance_role = if v.finance { "finance" } else { "-" };
            let finance = approval_steps::table
                .filter(approval_steps::approver_role.eq(finance_role))
                .select(approval_steps::application_id);
            query = query.filter(
                applications::requester_id
                    .eq(v.requester_id.clone())
                    .or(any_of(applications::department_id, &v.departments))
                    .or(applications::id.eq_any(held))
                    .or(applications::id.eq_any(finance)),
            );
        }
        if let Some(status) = &filter.status {
            query = query.filter(applications::status.eq(status.clone()));
        }
        if let Some(by) = filter.expected_by {
            query = query.filter(applications::expected_on.le(by));
        }
        if !filter.any_status.is_empty() {
            query = query.filter(applications::status.eq_any(filter.any_status.clone()));
        }
        if let Some(dep) = &filter.department_id {
            query = query.filter(applications::department_id.eq(dep.clone()));
        }
        if let Some(requester) = &filter.requester_id {
            query = query.filter(applications::requester_id.eq(requester.clone()));
        }
        if let Some(reference) = &filter.reference {
            query = query.filter(applications::reference.eq(reference.clone()));
        }
        if let Some(text) = &filter.requester_text {
            query = query.filter(applications::requester_id.eq_any(requesters_matching!(text)));
        }
        if let Some(at) = filter.changed_by {
            query = query.filter(applications::updated_at.le(at));
        }
        if let Some(after) = after {
            query = query.filter(applications::id.gt(after.to_owned()));
        }
        query.order(applications::id).limit(limit).load(c)
    })
}

/// The deciding step of each of `application_ids` (one query for a page).
pub(crate) fn pending_steps_of(
    conn: &mut DbConnection,
    application_ids: &[ApplicationId],
) -> QueryResult<Vec<StepRow>> {
    // Filtered on status here rather than in SQL: with `status = 'pending'`
    // in the query, SQLite may pick the status index and scan every open step.
    let steps: Vec<StepRow> = on_backend!(conn, |c| {
        approval_steps::table
            .filter(any_of(approval_steps::application_id, application_ids))
            .select(StepRow::as_select())
            .load(c)
    })?;
    Ok(steps
        .into_iter()
        .filter(|s| s.status == StepStatus::Pending)
        .collect())
}

/// Applications whose deciding step is held by one of `holders` (or is a
/// finance step, when `finance`), never `requester`'s own, each with that
/// step. Each source is driven from an open-steps index, which carries the
/// application id, and joined to applications (an `OR` across the two would
/// defeat the index); then the two are merged. A single holder and the
/// finance source read the index in application order and stop after the
/// page; several holders (an approver who stands in for others) are
/// sorted, so that cost follows the number awaiting them. Never the number
/// stored.
pub(crate) fn list_awaiting(
    conn: &mut DbConnection,
    holders: &[UserId],
    finance: bool,
    exclude_requester: &UserId,
    filter: &ListFilter,
    after: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<(SummaryRow, StepRow)>> {
    let mut rows = awaiting_source(conn, Some(holders), exclude_requester, filter, after, limit)?;
    if finance {
        rows.extend(awaiting_source(
            conn,
            None,
            exclude_requester,
            filter,
            after,
            limit,
        )?);
        rows.sort_by(|a, b| a.0.id.cmp(&b.0.id));
        rows.dedup_by(|a, b| a.0.id == b.0.id);
        rows.truncate(limit as usize);
    }
    Ok(rows)
}

/// The latest `limit` steps `user` decided (as themself or as a delegate),
/// newest first, each with its application: "Decided by me".
pub(crate) fn list_decided_by(
    conn: &mut DbConnection,
    user: &UserId,
    limit: i64,
) -> QueryResult<Vec<(SummaryRow, StepRow)>> {
    on_backend!(conn, |c| {
        approval_steps::table
            .inner_join(applications::table)
            .filter(approval_steps::decided_by.eq(user))
            .select((SummaryRow::as_select(), StepRow::as_select()))
            .order((approval_steps::decided_at.desc(), approval_steps::id.desc()))
            .limit(limit)
            .load(c)
    })
}

/// How many applications await `holders` (and, with `finance`, the finance
/// role): the navigation's inbox count. An application has one pending step
/// at a time, so the two sources never count one application twice.
pub(crate) fn count_awaiting(
    conn: &mut DbConnection,
    holders: &[UserId],
    finance: bool,
    exclude_requester: &UserId,
) -> QueryResult<i64> {
    on_backend!(conn, |c| {
        let pending = || {
            approval_steps::table
                .inner_join(applications::table)
                .filter(approval_steps::status.eq(StepStatus::Pending))
                .filter(applications::requester_id.ne(exclude_requester))
        };
        let held: i64 = pending()
            .filter(any_of(approval_steps::approver_id, holders))
            .count()
            .get_result(c)?;
        let by_role: i64 = if finance {
            pending()
                .filter(approval_steps::approver_role.eq("finance"))
                .count()
                .get_result(c)?
        } else {
            0
        };
        Ok(held + by_role)
    })
}

/// One source of [`list_awaiting`]: steps held by `holders`, or (`None`)
/// finance steps. Ordered and paged on the step's application id (the same
/// value as the application's), which the index holds in order for one
/// holder or one role.
fn awaiting_source(
    conn: &mut DbConnection,
    holders: Option<&[UserId]>,
    exclude_requester: &UserId,
    filter: &ListFilter,
    after: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<(SummaryRow, StepRow)>> {
    if let (Some([one]), true) = (holders, filter.is_none_for_awaiting()) {
        return awaiting_one_holder(conn, one, exclude_requester, after, limit);
    }
    on_backend!(conn, |c| {
        let mut query = approval_steps::table
            .inner_join(applications::table)
            .filter(approval_steps::status.eq(StepStatus::Pending))
            .filter(applications::requester_id.ne(exclude_requester))
            .select((SummaryRow::as_select(), StepRow::as_select()))
            .into_boxed();
        // One holder (no one they stand in for): `=`, which lets SQLite
        // read the open-steps index in application order.
        query = match holders {
            Some([one]) => query.filter(approval_steps::approver_id.eq(one)),
            Some(ids) => query.filter(any_of(approval_steps::approver_id, ids)),
            None => query.filter(approval_steps::approver_role.eq("finance")),
        };
        if let Some(dep) = &filter.department_id {
            query = query.filter(applications::department_id.eq(dep));
        }
        // Redundant in practice (what awaits a decision is `submitted`, and
        // never the actor's own), but a filter the caller gave is applied.
        if let Some(status) = &filter.status {
            query = query.filter(applications::status.eq(status));
        }
        if let Some(requester) = &filter.requester_id {
            query = query.filter(applications::requester_id.eq(requester));
        }
        if let Some(reference) = &filter.reference {
            query = query.filter(applications::reference.eq(reference));
        }
        if let Some(text) = &filter.requester_text {
            query = query.filter(applications::requester_id.eq_any(requesters_matching!(text)));
        }
        if let Some(at) = filter.changed_by {
            query = query.filter(applications::updated_at.le(at));
        }
        if let Some(kind) = filter.step_kind {
            query = query.filter(approval_steps::kind.eq(kind));
        }
        if let Some(after) = after {
            query = query.filter(approval_steps::application_id.gt(after));
        }
        query
            .order(approval_steps::application_id)
            .limit(limit)
            .load(c)
    })
}

/// [`awaiting_source`] for the common case, one holder and no filter, as
/// one query type rather than a boxed one: diesel finds its prepared
/// statement by the type instead of rendering the SQL on every call to
/// look it up. The inbox's every page runs it. Every id is greater than the
/// empty string, so "no cursor" needs no other shape.
fn awaiting_one_holder(
    conn: &mut DbConnection,
    holder: &UserId,
    exclude_requester: &UserId,
    after: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<(SummaryRow, StepRow)>> {
    let after = after.unwrap_or("");
    on_backend!(conn, |c| {
        approval_steps::table
            .inner_join(applications::table)
            .filter(approval_steps::status.eq(StepStatus::Pending))
            .filter(approval_steps::approver_id.eq(holder))
            .filter(applications::requester_id.ne(exclude_requester))
            .filter(approval_steps::application_id.gt(after))
            .select((SummaryRow::as_select(), StepRow::as_select()))
            .order(approval_steps::application_id)
            .limit(limit)
            .load(c)
    })
}
