//! Procurement budgets (docs/design.md#procurement-budgets): generating a
//! revision by hand, reading and exporting revisions, finance's approval, and the
//! monthly limits. Scheduled runs are in `jobs::budget_scheduler`; they share
//! `generate`.

pub(crate) mod awaiting;
pub(crate) mod compare;
pub(crate) mod execution;
pub(crate) mod execution_export;
pub(crate) mod export;
pub mod generate;
pub(crate) mod limit_grid;
pub(crate) mod limits;
pub(crate) mod mail;
pub(crate) mod views;

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::json;

use views::{view, BudgetView, Lookups};

use super::idempotency::{self, IdempotencyKey, Idempotent};
use super::identity::Actor;
use super::pagination::{Page, PageRequest};
use super::{audit, AppContext};
/// Which lines of a budget a page shows.
pub(crate) use crate::db::budgets::LineQuery;
use crate::db::{self, time};
use crate::domain::budget::{BudgetKind, Period};
use crate::domain::input::Date;
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult, ErrorCode};
use crate::i18n::Tr;
use crate::service::policy::load_policy;

pub(super) const READERS: &[Role] = &[Role::Finance, Role::ItSpecialist, Role::Admin];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewBudget {
    pub kind: BudgetKind,
    pub period_start: Date,
}

/// A new revision for any week or month, by hand (never emailed: finance
/// gets the scheduled one).
pub(crate) async fn create(
    ctx: &AppContext,
    actor: &Actor,
    input: NewBudget,
    key: Option<IdempotencyKey>,
) -> AppResult<Idempotent<BudgetView>> {
    actor.require_any(&[Role::ItSpecialist, Role::Finance])?;
    let period = Period::starting(input.kind, input.period_start.get())
        .map_err(|why| AppError::field("period_start", "not_a_period_start", why))?;
    let (now, today) = (ctx.now(), super::applications::today(ctx));
    let tz = ctx.settings.timezone;
    let actor_id = actor.user_id.clone();
    ctx.db
        .write(move |conn| {
            idempotency::run(conn, key.as_ref(), now, 201, |conn| {
                let currency = load_policy(conn)?.0.currency;
                let request = generate::Request {
                    period,
                    now,
                    today,
                    tz,
                    scheduled: false,
                    late: false,
                    actor_id: Some(&actor_id),
                    currency: &currency,
                };
                let (row, lines) = generate::generate(conn, &request)?;
                let summary = json!({"kind": row.kind, "period_start": row.period_start, "revision": row.revision});
                audit::record(conn, now, Some(&actor_id), "budget.generated", "budget", &row.id, summary)?;
                let lookups = Lookups::load(conn, &[&row])?;
                let mut budget = view(&row, Some(&lines), &lookups)?;
                compare::attach_changes(conn, &mut budget, &lookups)?;
                Ok(budget)
            })
        })
        .await
}

pub(crate) async fn list(
    ctx: &AppContext,
    actor: &Actor,
    kind: Option<BudgetKind>,
    period_start: Option<NaiveDate>,
    page: PageRequest,
) -> AppResult<Page<BudgetView>> {
    actor.require_any(READERS)?;
    ctx.db
        .read(move |conn| {
            let kind = kind.map(|k| k.as_str());
            let rows = db::budgets::list(
                conn,
                kind,
                period_start,
                page.after.as_deref(),
                page.fetch_limit(),
            )?;
            let page = Page::from_rows(rows, &page, |r| r.id.clone());
            let lookups = Lookups::load(conn, &page.items.iter().collect::<Vec<_>>())?;
            let items = page
                .items
                .iter()
                .map(|r| view(r, None, &lookups))
                .collect::<AppResult<_>>()?;
            Ok(Page {
                items,
                next_cursor: page.next_cursor,
            })
        })
        .await
}

/// One revision with its lines, and the department names it refers to.
/// A revision with all its lines and what changed since the one before.
pub(crate) async fn get(
    ctx: &AppContext,
    actor: &Actor,
    id: String,
) -> AppResult<(BudgetView, views::DepartmentNames)> {
    read(ctx, actor, id, true).await
}

/// A revision with all its lines; `changes` adds what changed since the
/// revision before (the compare page, which names both, does without).
pub(crate) async fn read(
    ctx: &AppContext,
    actor: &Actor,
    id: String,
    changes: bool,
) -> AppResult<(BudgetView, views::DepartmentNames)> {
    actor.require_any(READERS)?;
    ctx.db
        .read(move |conn| {
            let row =
                db::budgets::find(conn, &id)?.ok_or(AppError::NotFound { entity: "budget" })?;
            let lines = db::budgets::lines_of(conn, &id)?;
            let lookups = Lookups::load(conn, &[&row])?;
            let mut budget = view(&row, Some(&lines), &lookups)?;
            if changes {
                compare::attach_changes(conn, &mut budget, &lookups)?;
            }
            Ok((budget, lookups.names))
        })
        .await
}

/// A budget with one page of the lines that match `query` (its `lines`),
/// and how many match: the budget page reads a page, never the whole set.
pub(crate) async fn get_page(
    ctx: &AppContext,
    actor: &Actor,
    id: String,
    query: LineQuery,
    offset: usize,
    limit: usize,
) -> AppResult<(BudgetView, views::DepartmentNames, usize)> {
    actor.require_any(READERS)?;
    let offset = i64::try_from(offset).unwrap_or(i64::MAX);
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    ctx.db
        .read(move |conn| {
            let row =
                db::budgets::find(conn, &id)?.ok_or(AppError::NotFound { entity: "budget" })?;
            let (lines, matched) = db::budgets::lines_page(conn, &row, &query, offset, limit)?;
            let lookups = Lookups::load(conn, &[&row])?;
            let matched = usize::try_from(matched).unwrap_or_default();
            Ok((view(&row, Some(&lines), &lookups)?, lookups.names, matched))
        })
        .await
}

/// A file to download.
pub(crate) struct Download {
    pub filename: String,
    pub content_type: &'static str,
    pub content: Vec<u8>,
}

pub(crate) const XLSX_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

pub(crate) async fn export(
    ctx: &AppContext,
    actor: &Actor,
    id: String,
    format: &str,
) -> AppResult<Download> {
    if !matches!(format, "csv" | "xlsx") {
        return Err(AppError::field(
            "format",
            "unknown_format",
            "must be csv or xlsx",
        ));
    }
    let (budget, names) = get(ctx, actor, id).await?;
    Ok(match format {
        "csv" => Download {
            filename: export::file_name(&budget, "csv"),
            content_type: "text/csv; charset=utf-8",
            content: export::csv(&budget, &names)?,
        },
        _ => Download {
            filename: export::file_name(&budget, "xlsx"),
            content_type: XLSX_TYPE,
            content: export::xlsx(&budget, &names, &reader(ctx, actor))?,
        },
    })
}

/// The language a download is headed in: the reader's choice, else the
/// organisation's default.
fn reader(ctx: &AppContext, actor: &Actor) -> Tr {
    let locale = actor.user.locale.unwrap_or(ctx.settings.default_locale);
    Tr::new(locale, ctx.settings.timezone)
}

/// Whether `actor` may approve `budget` now, and if not why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Approval {
    /// The approve button is theirs to press.
    Open,
    Approved,
    /// They generated it and the policy wants a second finance user.
    OwnRevision,
    /// Only finance approves budgets.
    NotFinance,
}

/// The four-eyes rule of [`approve`], asked before the button is shown.
pub(crate) async fn approval(
    ctx: &AppContext,
    actor: &Actor,
    budget: &BudgetView,
) -> AppResult<Approval> {
    if budget.approved_at.is_some() {
        return Ok(Approval::Approved);
    }
    if !actor.has(Role::Finance) {
        return Ok(Approval::NotFinance);
    }
    if budget.generated_by.as_ref() != Some(&actor.user_id) {
        return Ok(Approval::Open);
    }
    let allowed = ctx
        .db
        .read(|conn| Ok(load_policy(conn)?.0.budget_self_approval))
        .await?;
    Ok(if allowed {
        Approval::Open
    } else {
        Approval::OwnRevision
    })
}

/// Finance approves one revision; approving it twice is a 409. Four eyes:
/// whoever generated a revision by hand does not approve it, unless the
/// approval policy's `budget_self_approval` allows it (one finance user);
/// then the revision is marked `self_approved`.
pub(crate) async fn approve(ctx: &AppContext, actor: &Actor, id: String) -> AppResult<BudgetView> {
    actor.require(Role::Finance)?;
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    ctx.db
        .write(move |conn| {
            let row =
                db::budgets::find(conn, &id)?.ok_or(AppError::NotFound { entity: "budget" })?;
            let already = || AppError::Conflict {
                code: ErrorCode::AlreadyApproved,
                detail: "this revision is already approved".into(),
                extra: None,
            };
            // Already approved says so first, whoever asks.
            if row.approved_at.is_some() {
                return Err(already());
            }
            let own = row.generated_by.as_ref() == Some(&actor_id);
            if own && !load_policy(conn)?.0.budget_self_approval {
                return Err(AppError::Forbidden {
                    code: ErrorCode::SelfApproval,
                    detail: "you generated this revision, so another finance user approves it (the approval policy's budget_self_approval allows it where there is only one)".into(),
                });
            }
            if !db::budgets::approve(conn, &id, &actor_id, own, time::to_db(now))? {
                return Err(already());
            }
            audit::record(
                conn,
                now,
                Some(&actor_id),
                "budget.approved",
                "budget",
                &id,
                json!({"self_approved": own}),
            )?;
            let row =
                db::budgets::find(conn, &id)?.ok_or(AppError::NotFound { entity: "budget" })?;
            let lines = db::budgets::lines_of(conn, &id)?;
            let lookups = Lookups::load(conn, &[&row])?;
            let mut budget = view(&row, Some(&lines), &lookups)?;
            compare::attach_changes(conn, &mut budget, &lookups)?;
            Ok(budget)
        })
        .await
}
