//! Listing applications: everything the actor may see, what awaits their
//! decision (the inbox), and how many await it (the navigation's count).

use chrono::{DateTime, Utc};

use super::names::name_summaries;
use super::today;
use super::views::{self, ApplicationSummary};
use crate::db::application_lists::{ListFilter, Scope, Visibility};
use crate::db::{self, time, DbConnection};
use crate::domain::applications::Status;
use crate::domain::approval::StepKind;
use crate::domain::ids::{ApplicationId, DepartmentId, UserId};
use crate::domain::roles::Role;
use crate::error::{AppResult, FieldErrors};
use crate::service::identity::Actor;
use crate::service::pagination::{Page, PageRequest};
use crate::service::AppContext;

/// What a list asks for: each field narrows it.
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
    /// Narrowed by nothing beyond `awaiting_me`: its whole first page,
    /// when there is no next, is every application awaiting the actor.
    fn is_unfiltered_awaiting(&self) -> bool {
        let Self {
            status,
            department_id,
            mine,
            awaiting_me: _,
            reference,
            requester,
            waiting_days,
            step_kind,
        } = self;
        status.is_none()
            && department_id.is_none()
            && !mine
            && reference.is_none()
            && requester.is_none()
            && waiting_days.is_none()
            && step_kind.is_none()
    }

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
    let listing = Listing::of(ctx, actor, query, page)?;
    ctx.db.read(move |conn| listing.read(conn)).await
}

/// A list request checked and ready to read: what [`list`] reads, and what
/// a page that reads more in the same round trip (the inbox) starts from.
pub(crate) struct Listing {
    actor: Actor,
    awaiting_me: bool,
    filter: ListFilter,
    page: PageRequest,
    today: chrono::NaiveDate,
}

impl Listing {
    /// Checks the query's filters (422 naming a wrong one).
    pub(crate) fn of(
        ctx: &AppContext,
        actor: &Actor,
        query: ListQuery,
        page: PageRequest,
    ) -> AppResult<Self> {
        Ok(Self {
            filter: query.filter(actor, ctx.now())?,
            awaiting_me: query.awaiting_me,
            actor: actor.clone(),
            page,
            today: today(ctx),
        })
    }

    pub(crate) fn read(&self, conn: &mut DbConnection) -> AppResult<Page<ApplicationSummary>> {
        let holders = holders_of(conn, &self.actor, self.today)?;
        self.read_for(conn, holders)
    }

    /// [`Listing::read`] with the holders already read.
    fn read_for(
        &self,
        conn: &mut DbConnection,
        holders: Vec<UserId>,
    ) -> AppResult<Page<ApplicationSummary>> {
        if self.awaiting_me {
            awaiting_page(
                conn,
                &self.actor,
                &holders,
                &self.filter,
                &self.page,
                self.today,
            )
        } else {
            visible_page(
                conn,
                &self.actor,
                holders,
                &self.filter,
                &self.page,
                self.today,
            )
        }
    }
}

/// Whose steps the actor decides today: their own and those of everyone
/// they stand in for.
fn holders_of(
    conn: &mut DbConnection,
    actor: &Actor,
    today: chrono::NaiveDate,
) -> AppResult<Vec<UserId>> {
    let mut holders = db::delegations::principals_of(conn, &actor.user_id, today)?;
    holders.push(actor.user_id.clone());
    Ok(holders)
}

/// The inbox as its page shows it: what awaits the actor, how many await
/// them in all (the navigation's count), and the departments its filter
/// offers (id, code, name, by code).
pub(crate) struct Inbox {
    pub page: Page<ApplicationSummary>,
    pub awaiting: usize,
    pub departments: Vec<(DepartmentId, String, String)>,
}

/// What awaits the actor with everything its page shows beside it, in one
/// database round trip: each separate read costs a hop to a blocking thread
/// and a pooled connection, a tenth of the page's time when measured. The
/// count is the page itself when the page is the whole unfiltered inbox.
pub(crate) async fn inbox(
    ctx: &AppContext,
    actor: &Actor,
    query: ListQuery,
    page: PageRequest,
) -> AppResult<Inbox> {
    let unfiltered = page.after.is_none() && query.is_unfiltered_awaiting();
    let listing = Listing::of(
        ctx,
        actor,
        ListQuery {
            awaiting_me: true,
            ..query
        },
        page,
    )?;
    ctx.db
        .read(move |conn| {
            let holders = holders_of(conn, &listing.actor, listing.today)?;
            let page = listing.read_for(conn, holders.clone())?;
            let awaiting = match (unfiltered, &page.next_cursor) {
                (true, None) => page.items.len(),
                _ => count_awaiting_for(conn, &listing.actor, &holders)?,
            };
            Ok(Inbox {
                page,
                awaiting,
                departments: db::departments::choices(conn)?,
            })
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
            let holders = holders_of(conn, &actor, today)?;
            count_awaiting_for(conn, &actor, &holders)
        })
        .await
}

/// [`awaiting_count`] for holders already read.
fn count_awaiting_for(
    conn: &mut DbConnection,
    actor: &Actor,
    holders: &[UserId],
) -> AppResult<usize> {
    let n = db::application_lists::count_awaiting(
        conn,
        holders,
        actor.has(Role::Finance),
        &actor.user_id,
    )?;
    Ok(usize::try_from(n).unwrap_or(0))
}

/// What awaits the actor (or those they stand in for): theirs to see by
/// definition, so no visibility scan; each row comes with its deciding step.
fn awaiting_page(
    conn: &mut DbConnection,
    actor: &Actor,
    holders: &[UserId],
    filter: &ListFilter,
    page: &PageRequest,
    today: chrono::NaiveDate,
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
    page.items.iter_mut().for_each(|a| a.mark_overdue(today));
    Ok(page)
}

pub(super) fn visible_page(
    conn: &mut DbConnection,
    actor: &Actor,
    holders: Vec<UserId>,
    filter: &ListFilter,
    page: &PageRequest,
    today: chrono::NaiveDate,
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
    page.items.iter_mut().for_each(|a| a.mark_overdue(today));
    Ok(page)
}
