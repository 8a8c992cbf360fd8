//! Creating, editing, reading and listing applications.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::Deserialize;

use super::access::{ensure_requester, ensure_visible};
use super::views::{self, ApplicationSummary, ApplicationView};
use super::{load_row, next_status, save_transition, status_of, today, Transition};
use crate::db::applications::{ApplicationRow, LineRow, ListFilter, Scope, Visibility};
use crate::db::scaled::{money_to_db, quantity_to_db};
use crate::db::{self, time, DbConnection};
use crate::domain::applications::{
    check_format, total_of, Action, ApplicationInput, Category, LineInput, Status,
};
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::service::auth::Actor;
use crate::service::idempotency::{self, IdempotencyKey, Idempotent};
use crate::service::pagination::{Page, PageRequest};
use crate::service::policy::load_policy;
use crate::service::{new_id, AppContext};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewLine {
    #[serde(default)]
    pub description: String,
    pub category: Category,
    pub quantity: Decimal,
    pub unit_price: Decimal,
    #[serde(default)]
    pub item_id: Option<String>,
}

/// A new draft. Only formats are checked now; completeness at submit.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewApplication {
    pub title: String,
    #[serde(default)]
    pub justification: String,
    #[serde(default)]
    pub department_id: Option<String>,
    #[serde(default)]
    pub needed_by: Option<NaiveDate>,
    /// The stock location the goods are for (optional).
    #[serde(default)]
    pub location_id: Option<String>,
    #[serde(default)]
    pub lines: Vec<NewLine>,
}

/// Changes to a draft or returned application; `lines` replaces all lines.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApplicationPatch {
    #[serde(default, deserialize_with = "crate::service::present")]
    pub title: Option<String>,
    #[serde(default, deserialize_with = "crate::service::present")]
    pub justification: Option<String>,
    #[serde(default, deserialize_with = "crate::service::double_option")]
    pub department_id: Option<Option<String>>,
    #[serde(default, deserialize_with = "crate::service::double_option")]
    pub needed_by: Option<Option<NaiveDate>>,
    #[serde(default, deserialize_with = "crate::service::double_option")]
    pub location_id: Option<Option<String>>,
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

fn line_inputs(lines: &[NewLine]) -> Vec<LineInput> {
    lines
        .iter()
        .map(|l| LineInput {
            description: l.description.clone(),
            item_id: l.item_id.clone(),
            quantity: l.quantity,
            unit_price: l.unit_price,
        })
        .collect()
}

/// Checks formats and builds the stored lines and total.
fn prepare(
    app_id: &str,
    title: &str,
    justification: &str,
    department_id: Option<&str>,
    needed_by: Option<NaiveDate>,
    lines: &[NewLine],
) -> AppResult<(Vec<LineRow>, i64)> {
    let inputs = line_inputs(lines);
    let doc = ApplicationInput {
        title,
        justification,
        department_id,
        needed_by,
        lines: &inputs,
    };
    let mut errors = FieldErrors::new();
    check_format(&mut errors, &doc);
    errors.into_result()?;
    let rows = lines
        .iter()
        .enumerate()
        .map(|(i, l)| LineRow {
            id: new_id(),
            application_id: app_id.to_owned(),
            position: i as i32,
            description: l.description.trim().to_owned(),
            category: l.category.as_str().to_owned(),
            item_id: l.item_id.clone(),
            quantity_milli: quantity_to_db(l.quantity).unwrap_or_default(),
            unit_price_cents: money_to_db(l.unit_price).unwrap_or_default(),
            ordered_unit_price_cents: None,
            received_milli: 0,
        })
        .collect();
    let total = total_of(&inputs)
        .and_then(money_to_db)
        .ok_or_else(|| AppError::field("lines", "total_too_large", "the total is too large"))?;
    Ok((rows, total))
}

/// Lines that name a catalogue item must name one that exists.
fn check_items(conn: &mut DbConnection, lines: &[LineRow]) -> AppResult<()> {
    let mut errors = FieldErrors::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some(item) = &line.item_id {
            if db::catalogue::find_item(conn, item)?.is_none() {
                errors.add(
                    format!("lines[{i}].item_id"),
                    "not_found",
                    "no catalogue item has this id",
                );
            }
        }
    }
    errors.into_result()
}

fn check_location(conn: &mut DbConnection, location_id: Option<&str>) -> AppResult<()> {
    match location_id {
        Some(id) if !db::catalogue::location_exists(conn, id)? => Err(AppError::field(
            "location_id",
            "not_found",
            "no location has this id",
        )),
        _ => Ok(()),
    }
}

fn check_department(conn: &mut DbConnection, department_id: Option<&str>) -> AppResult<()> {
    match department_id {
        Some(id) if !db::departments::exists(conn, id)? => Err(AppError::field(
            "department_id",
            "not_found",
            "no department has this id",
        )),
        _ => Ok(()),
    }
}

pub async fn create(
    ctx: &AppContext,
    actor: &Actor,
    input: NewApplication,
    key: Option<IdempotencyKey>,
) -> AppResult<Idempotent<ApplicationView>> {
    let now = ctx.now();
    let actor = actor.clone();
    ctx.db
        .write(move |conn| {
            idempotency::run(conn, key.as_ref(), now, 201, |conn| {
                insert_draft(conn, &actor, &input, now)
            })
        })
        .await
}

pub(crate) fn insert_draft(
    conn: &mut DbConnection,
    actor: &Actor,
    input: &NewApplication,
    now: DateTime<Utc>,
) -> AppResult<ApplicationView> {
    let id = new_id();
    // The requester's own department unless another is named.
    let department_id = input
        .department_id
        .clone()
        .or_else(|| actor.department_id.clone());
    let (lines, total) = prepare(
        &id,
        &input.title,
        &input.justification,
        department_id.as_deref(),
        input.needed_by,
        &input.lines,
    )?;
    check_department(conn, department_id.as_deref())?;
    check_location(conn, input.location_id.as_deref())?;
    check_items(conn, &lines)?;
    let policy = load_policy(conn)?.0;
    let mut row = ApplicationRow {
        id: id.clone(),
        requester_id: actor.user_id.clone(),
        department_id,
        title: input.title.trim().to_owned(),
        justification: input.justification.trim().to_owned(),
        needed_by: input.needed_by,
        currency: policy.currency,
        total_cents: total,
        status: Status::Draft.as_str().to_owned(),
        version: 0,
        supplier: None,
        order_reference: None,
        expected_on: None,
        location_id: input.location_id.clone(),
        created_at: time::to_db(now),
        updated_at: time::to_db(now),
    };
    db::applications::insert(conn, &row)?;
    db::applications::replace_lines(conn, &id, &lines)?;
    let transition = Transition::by(&actor.user_id, "create", None, Status::Draft, now);
    save_transition(conn, &mut row, transition)?;
    views::load_view(conn, row)
}

pub async fn update(
    ctx: &AppContext,
    actor: &Actor,
    id: String,
    patch: ApplicationPatch,
    if_match: Option<i64>,
) -> AppResult<ApplicationView> {
    let mut errors = FieldErrors::new();
    for (field, id) in [
        ("department_id", &patch.department_id),
        ("location_id", &patch.location_id),
    ] {
        crate::service::check_id_format(&mut errors, field, id.clone().flatten().as_deref());
    }
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
            let status = status_of(&row)?;
            next_status(status, Action::Edit)?;
            if patch.is_empty() {
                return views::load_view(conn, row);
            }
            if let Some(expected) = if_match {
                if expected != row.version {
                    return Err(AppError::VersionConflict {
                        current: row.version,
                    });
                }
            }
            apply_patch(conn, &mut row, patch)?;
            let t = Transition::by(&actor.user_id, "edit", Some(status), status, now);
            save_transition(conn, &mut row, t)?;
            views::load_view(conn, row)
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
        row.needed_by = needed_by;
    }
    if let Some(location_id) = patch.location_id {
        row.location_id = location_id;
    }
    check_department(conn, row.department_id.as_deref())?;
    check_location(conn, row.location_id.as_deref())?;
    match patch.lines {
        Some(lines) => {
            let (rows, total) = prepare(
                &row.id,
                &row.title,
                &row.justification,
                row.department_id.as_deref(),
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
                row.department_id.as_deref(),
                row.needed_by,
                &[],
            )?;
        }
    }
    Ok(())
}

pub async fn get(ctx: &AppContext, actor: &Actor, id: String) -> AppResult<ApplicationView> {
    let today = today(ctx);
    let actor = actor.clone();
    ctx.db
        .read(move |conn| {
            let row = db::applications::find(conn, &id)?.ok_or(AppError::NotFound {
                entity: "application",
            })?;
            let steps = db::applications::steps_of(conn, &id)?;
            ensure_visible(conn, &actor, &row, &steps, today)?;
            views::load_view(conn, row)
        })
        .await
}

#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    pub status: Option<Status>,
    pub department_id: Option<String>,
    pub mine: bool,
    pub awaiting_me: bool,
}

/// Lists what the actor may see: IT specialists everything; others their
/// own, their department's (approvers), those they hold a step on, and
/// finance those with a finance step. Three queries whatever the page size.
pub async fn list(
    ctx: &AppContext,
    actor: &Actor,
    query: ListQuery,
    page: PageRequest,
) -> AppResult<Page<ApplicationSummary>> {
    let today = today(ctx);
    let actor = actor.clone();
    ctx.db
        .read(move |conn| {
            let principals = db::delegations::principals_of(conn, &actor.user_id, today)?;
            let mut holders = principals;
            holders.push(actor.user_id.clone());
            // What awaits the actor is visible to them by definition (they
            // hold the step), so that list needs no visibility scan.
            let scope = if actor.has(Role::ItSpecialist) || query.awaiting_me {
                Scope::default()
            } else {
                Scope {
                    restrict_to: Some(Visibility {
                        requester_id: actor.user_id.clone(),
                        departments: match (&actor.department_id, actor.has(Role::Approver)) {
                            (Some(d), true) => vec![d.clone()],
                            _ => vec![],
                        },
                        step_holder_ids: holders.clone(),
                        finance: actor.has(Role::Finance),
                    }),
                }
            };
            let filter = ListFilter {
                status: query.status.map(|s| s.as_str().to_owned()),
                department_id: query.department_id,
                requester_id: query.mine.then(|| actor.user_id.clone()),
            };
            let (after, limit) = (page.after.as_deref(), page.fetch_limit());
            let rows = if query.awaiting_me {
                // What awaits the actor is theirs to see by definition.
                let finance = actor.has(Role::Finance);
                db::applications::list_awaiting(
                    conn,
                    &holders,
                    finance,
                    &actor.user_id,
                    &filter,
                    after,
                    limit,
                )?
            } else {
                db::applications::list(conn, &scope, &filter, after, limit)?
            };
            let page = Page::from_rows(rows, &page, |r| r.id.clone());
            let ids: Vec<String> = page.items.iter().map(|r| r.id.clone()).collect();
            let pending = db::applications::pending_steps_of(conn, &ids)?;
            Ok(page.map(|row| {
                let awaiting = pending
                    .iter()
                    .find(|s| s.application_id == row.id)
                    .map(views::step_view);
                views::summary(row, awaiting)
            }))
        })
        .await
}
