//! Editing, reading and listing applications (creating is `create`).

use chrono::{DateTime, Utc};
use serde::Deserialize;

use super::access::{ensure_requester, ensure_visible, load_visible};
use super::create::{check_department, check_items, check_location, prepare, NewLine};
use super::names::{load_view, load_view_with_steps, name_summaries};
use super::views::{self, ApplicationSummary, ApplicationView};
use super::{load_row, next_status, save_transition, today, Transition};
use crate::db::application_lists::{ListFilter, Scope, Visibility};
use crate::db::applications::ApplicationRow;
use crate::db::{self, time, DbConnection};
use crate::domain::applications::{Action, Status};
use crate::domain::approval::StepKind;
use crate::domain::ids::{ApplicationId, DepartmentId, UserId};
use crate::domain::input::{Date, Id, Prose, Text};
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::service::identity::Actor;
use crate::service::pagination::{Page, PageRequest};
use crate::service::AppContext;

/// Changes to a draft or returned application; `lines` replaces all lines.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ApplicationPatch {
    #[serde(default, deserialize_with = "crate::service::present")]
    pub title: Option<Text<200>>,
    #[serde(default, deserialize_with = "crate::service::present")]
    pub justification: Option<Prose<4000>>,
    #[serde(default, deserialize_with = "crate::service::double_option")]
    pub department_id: Option<Option<DepartmentId>>,
    #[serde(default, deserialize_with = "crate::service::double_option")]
    pub needed_by: Option<Option<Date>>,
    #[serde(default, deserialize_with = "crate::service::double_option")]
    pub location_id: Option<Option<Id>>,
    #[serde(default, deserialize_with = "crate::service::present")]
    pub lines: Option<Vec<NewLine>>,
}

impl ApplicationPatch {
    fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.justification.is_none()
            && self.department_id.is_none()
            && self.needed_by.is_none()
            && self.location_id.is_none()
            && self.lines.is_none()
    }
}

pub(crate) async fn update(
    ctx: &AppContext,
    actor: &Actor,
    id: ApplicationId,
    patch: ApplicationPatch,
    if_match: Option<i64>,
) -> AppResult<ApplicationView> {
    let mut errors = FieldErrors::new();
    crate::service::check_id_format(
        &mut errors,
        "location_id",
        patch.location_id.clone().flatten().as_deref(),
    );
    errors.into_result()?;
    let now = ctx.now();
    let today = today(ctx);
    let actor = actor.clone();
    ctx.db
        .write(move |conn| {
            let mut row = load_row(conn, &id)?;
            let steps = db::applications::steps_of(conn, &id)?;
            ensure_visible(conn, &actor, &row, &steps, today)?;
            ensure_requester(&actor, &row)?;
            let status = row.status;
            next_status(status, Action::Edit)?;
            if patch.is_empty() {
                return load_view(conn, row);
            }
            if let Some(expected) = if_match {
                if expected != row.version {
                    // Whose change it was: the caller's own is worth saying.
                    let history = db::applications::history_of(conn, &row.id)?;
                    let last = history.last().and_then(|h| h.actor_id.as_ref());
                    return Err(AppError::VersionConflict {
                        current: row.version,
                        yours: last == Some(&actor.user_id),
                    });
                }
            }

            apply_patch(conn, &mut row, patch)?;
            let t = Transition::by(&actor.user_id, "edit", Some(status), status, now);
            save_transition(conn, &mut row, t)?;
            load_view(conn, row)
        })
        .await
}

fn apply_patch(
    conn: &mut DbConnection,
    row: &mut ApplicationRow,
    patch: ApplicationPatch,
) -> AppResult<()> {
    if let Some(title) = patch.title {
        row.title = title.trim().to_owned();
    }
    if let Some(justification) = patch.justification {
        row.justification = justification.trim().to_owned();
    }
    if let Some(department_id) = patch.department_id {
        row.department_id = department_id;
    }
    if let Some(needed_by) = patch.needed_by {
        row.needed_by = needed_by.map(Date::get);
    }
    if let Some(location_id) = patch.location_id {
        row.location_id = location_id.map(String::from);
    }
    check_department(conn, row.department_id.as_ref())?;
    check_location(conn, row.location_id.as_deref())?;
    match patch.lines {
        Some(lines) => {
            let (rows, total) = prepare(
                &row.id,
                &row.title,
                &row.justification,
                row.department_id.as_ref(),
                row.needed_by,
                &lines,
            )?;
            check_items(conn, &rows)?;
            db::applications::replace_lines(conn, &row.id, &rows)?;
            row.total_cents = total;
        }
        None => {
            prepare(
                &row.id,
                &row.title,
                &row.justification,
                row.department_id.as_ref(),
                row.needed_by,
                &[],
            )?;
        }
    }
    Ok(())
}

pub(crate) async fn get(
    ctx: &AppContext,
    actor: &Actor,
    id: ApplicationId,
) -> AppResult<ApplicationView> {
    let today = today(ctx);
    let actor = actor.clone();
    ctx.db
        .read(move |conn| {
            let (row, steps) = load_visible(conn, &actor, &id, today)?;
            load_view_with_steps(conn, row, &steps)
        })
        .await
}

#[derive(Debug, Clone, Default)]
pub(crate) struct ListQuery {
    pub status: Option<Status>,
    pub department_id: Option<DepartmentId>,
    pub mine: bool,
    pub awaiting_me: bool,
    /// A reference in any case (`a-2026-00042` finds `A-2026-00042`).
    pub reference: Option<String>,
    /// Part of the requester's name or email, in any case.
    pub requester: Option<String>,
    /// Waiting at least this many days since the application last changed
    /// (submitted, or its previous step decided).
    pub waiting_days: Option<u32>,
    /// Only steps of this kind; with `awaiting_me` only.
    pub step_kind: Option<StepKind>,
}

/// The longest wait a list can be narrowed to, in days.
pub(crate) const MAX_WAITING_DAYS: u32 = 3650;

impl ListQuery {
    /// The filter the list queries apply; refuses a step kind without
    /// `awaiting_me` (only a waiting step has a kind to narrow by) and a
    /// wait out of range, naming the parameter.
    fn filter(&self, actor: &Actor, now: DateTime<Utc>) -> AppResult<ListFilter> {
        let mut errors = FieldErrors::new();
        if self.step_kind.is_some() && !self.awaiting_me {
            errors.add(
                "step_kind",
                "invalid_value",
                "narrows the awaiting list only: use it with awaiting=me",
            );
        }
        let changed_by = match self.waiting_days {
            Some(d) if d > MAX_WAITING_DAYS => {
                errors.add(
                    "waiting_days",
                    "out_of_range",
                    format!("must be at most {MAX_WAITING_DAYS}"),
                );
                None
            }
            Some(d) => Some(time::to_db(now - chrono::Duration::days(i64::from(d)))),
            None => None,
        };
        errors.into_result()?;
        let requester_text = self
            .requester
            .as_deref()
            .map(|t| t.trim().to_lowercase().replace(['%', '_'], ""))
            .filter(|t| !t.is_empty());
        Ok(ListFilter {
            status: self.status.map(|s| s.as_str().to_owned()),
            department_id: self.department_id.clone(),
            requester_id: self.mine.then(|| actor.user_id.clone()),
            reference: self.reference.as_ref().map(|r| r.trim().to_uppercase()),
            requester_text,
            changed_by,
            step_kind: self.step_kind,
            ..ListFilter::default()
        })
    }
}

/// Lists what the actor may see: IT specialists everything; others their
/// own, their department's (approvers), those they hold a step on, and
/// finance those with a finance step. Three queries whatever the page size;
/// `awaiting=me` reads each application with its step: one query per
/// source (held steps; finance steps for finance users) after the
/// delegations.
pub(crate) async fn list(
    ctx: &AppContext,
    actor: &Actor,
    query: ListQuery,
    page: PageRequest,
) -> AppResult<Page<ApplicationSummary>> {
    let today = today(ctx);
    let filter = query.filter(actor, ctx.now())?;
    let actor = actor.clone();
    ctx.db
        .read(move |conn| {
            let mut holders = db::delegations::principals_of(conn, &actor.user_id, today)?;
            holders.push(actor.user_id.clone());
            if query.awaiting_me {
                awaiting_page(conn, &actor, &holders, &filter, &page)
            } else {
                visible_page(conn, &actor, holders, &filter, &page)
            }
        })
        .await
}

/// How many of the actor's latest decisions "Decided by me" shows.
pub(crate) const DECIDED_SHOWN: i64 = 100;

/// The actor's latest decisions, newest first: each application (named)
/// with the step they decided.
pub(crate) async fn decided_by_me(
    ctx: &AppContext,
    actor: &Actor,
) -> AppResult<Vec<ApplicationSummary>> {
    let actor = actor.clone();
    ctx.db
        .read(move |conn| {
            let rows = db::application_lists::list_decided_by(conn, &actor.user_id, DECIDED_SHOWN)?;
            let mut items: Vec<ApplicationSummary> = rows
                .into_iter()
                .map(|(row, step)| views::summary(row, Some(views::step_view(&step))))
                .collect();
            name_summaries(conn, &mut items)?;
            Ok(items)
        })
        .await
}

/// How many applications await the actor's decision, directly, by role or
/// standing in for someone: the count beside the inbox in the navigation.
pub(crate) async fn awaiting_count(ctx: &AppContext, actor: &Actor) -> AppResult<usize> {
    let today = today(ctx);
    let actor = actor.clone();
    ctx.db
        .read(move |conn| {
            let mut holders = db::delegations::principals_of(conn, &actor.user_id, today)?;
            holders.push(actor.user_id.clone());
            let n = db::application_lists::count_awaiting(
                conn,
                &holders,
                actor.has(Role::Finance),
                &actor.user_id,
            )?;
            Ok(usize::try_from(n).unwrap_or(0))
        })
        .await
}

/// What awaits the actor (or those they stand in for): theirs to see by
/// definition, so no visibility scan; each row comes with its deciding step.
fn awaiting_page(
    conn: &mut DbConnection,
    actor: &Actor,
    holders: &[UserId],
    filter: &ListFilter,
    page: &PageRequest,
) -> AppResult<Page<ApplicationSummary>> {
    let rows = db::application_lists::list_awaiting(
        conn,
        holders,
        actor.has(Role::Finance),
        &actor.user_id,
        filter,
        page.after.as_deref(),
        page.fetch_limit(),
    )?;
    let page = Page::from_rows(rows, page, |(row, _)| row.id.to_string());
    let mut page = page.map(|(row, step)| views::summary(row, Some(views::step_view(&step))));
    name_summaries(conn, &mut page.items)?;
    Ok(page)
}

pub(super) fn visible_page(
    conn: &mut DbConnection,
    actor: &Actor,
    holders: Vec<UserId>,
    filter: &ListFilter,
    page: &PageRequest,
) -> AppResult<Page<ApplicationSummary>> {
    let scope = if actor.has(Role::ItSpecialist) {
        Scope::default()
    } else {
        Scope {
            restrict_to: Some(Visibility {
                requester_id: actor.user_id.clone(),
                departments: match (&actor.department_id, actor.has(Role::Approver)) {
                    (Some(d), true) => vec![d.clone()],
                    _ => vec![],
                },
                step_holder_ids: holders,
                finance: actor.has(Role::Finance),
            }),
        }
    };
    let rows = db::application_lists::list(
        conn,
        &scope,
        filter,
        page.after.as_deref(),
        page.fetch_limit(),
    )?;
    let page = Page::from_rows(rows, page, |r| r.id.to_string());
    let ids: Vec<ApplicationId> = page.items.iter().map(|r| r.id.clone()).collect();
    let pending = db::application_lists::pending_steps_of(conn, &ids)?;
    let mut page = page.map(|row| {
        let awaiting = pending
            .iter()
            .find(|s| s.application_id == row.id)
            .map(views::step_view);
        views::summary(row, awaiting)
    });
    name_summaries(conn, &mut page.items)?;
    Ok(page)
}
