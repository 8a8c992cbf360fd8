//! The consumables catalogue and the places stock is kept. Everyone signed
//! in reads (applications reference items); IT specialists change.

pub(crate) mod csv;
pub(crate) mod edit;

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::idempotency::{self, IdempotencyKey, Idempotent};
use super::identity::Actor;
use super::pagination::{Page, PageRequest};
use super::policy::load_policy;
use super::{audit, new_id, AppContext};
use crate::db::catalogue::{ItemRow, LocationRow};
use crate::db::scaled::{money_from_db, money_to_db, quantity_from_db, quantity_to_db};
use crate::db::{self, time};
use crate::domain::accounts::{check_code, check_text};
use crate::domain::applications::Category;
use crate::domain::catalogue as catalogue_rules;
use crate::domain::input::Text;
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult, ErrorCode, FieldErrors};

pub(crate) use crate::domain::catalogue::NewItem;

#[derive(Debug, Serialize)]
pub(crate) struct ItemView {
    pub id: String,
    pub sku: String,
    pub name: String,
    pub category: Category,
    pub unit: String,
    pub unit_cost: Decimal,
    pub currency: String,
    pub supplier: Option<String>,
    pub lead_time_days: i32,
    pub order_multiple: Decimal,
    pub active: bool,
    pub version: i64,
    pub created_at: DateTime<Utc>,
}

impl From<ItemRow> for ItemView {
    fn from(r: ItemRow) -> Self {
        Self {
            id: r.id,
            sku: r.sku,
            name: r.name,
            category: r.category,
            unit: r.unit,
            unit_cost: money_from_db(r.unit_cost_cents),
            currency: r.currency,
            supplier: r.supplier,
            lead_time_days: r.lead_time_days,
            order_multiple: quantity_from_db(r.order_multiple_milli).normalize(),
            active: r.active,
            version: r.version,
            created_at: time::from_db(r.created_at),
        }
    }
}

/// The item's rules (domain::catalogue), then its cost in cents and order
/// multiple in thousandths for storage.
pub(crate) fn check_item(input: &NewItem) -> AppResult<(i64, i64)> {
    catalogue_rules::check_item(input)?;
    let cost = money_to_db(input.unit_cost.get());
    let multiple = quantity_to_db(input.order_multiple.get());
    cost.zip(multiple)
        .ok_or_else(|| AppError::internal("a checked item does not scale for storage"))
}

pub(crate) async fn create_item(
    ctx: &AppContext,
    actor: &Actor,
    input: NewItem,
    key: Option<IdempotencyKey>,
) -> AppResult<Idempotent<ItemView>> {
    actor.require(Role::ItSpecialist)?;
    let (cost, multiple) = check_item(&input)?;
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    ctx.db
        .write(move |conn| {
            idempotency::run(conn, key.as_ref(), now, 201, |conn| {
                if db::catalogue::sku_taken(conn, &input.sku)? {
                    return Err(AppError::Conflict {
                        code: ErrorCode::AlreadyExists,
                        detail: format!("an item with SKU {} already exists", input.sku),
                        extra: Some(json!({"errors": [{"field": "sku", "code": "taken", "message": "is already used"}]})),
                    });
                }
                let row = ItemRow {
                    id: new_id(),
                    sku: input.sku.clone().into_string(),
                    name: input.name.trim().to_owned(),
                    category: input.category,
                    unit: input.unit.trim().to_owned(),
                    unit_cost_cents: cost,
                    currency: load_policy(conn)?.0.currency.into_string(),
                    supplier: input.supplier.clone().filter(|s| !s.trim().is_empty()).map(String::from),
                    lead_time_days: input.lead_time_days,
                    order_multiple_milli: multiple,
                    active: true,
                    version: 1,
                    created_at: time::to_db(now),
                    updated_at: time::to_db(now),
                };
                db::catalogue::insert_item(conn, &row)?;
                audit::record(conn, now, Some(&actor_id), "item.created", "item", &row.id, json!({"sku": row.sku, "name": row.name}))?;
                Ok(row.into())
            })
        })
        .await
}

pub(crate) async fn list_items(
    ctx: &AppContext,
    _actor: &Actor,
    active: Option<bool>,
    page: PageRequest,
) -> AppResult<Page<ItemView>> {
    ctx.db
        .read(move |conn| {
            let rows =
                db::catalogue::list_items(conn, active, page.after.as_deref(), page.fetch_limit())?;
            Ok(Page::from_rows(rows, &page, |r| r.id.clone()).map(Into::into))
        })
        .await
}

/// What a catalogue browse is narrowed to.
#[derive(Debug, Clone, Default)]
pub(crate) struct ItemFilter {
    /// Part of a SKU or name.
    pub query: Option<String>,
    /// Only active (`true`) or only retired (`false`) items.
    pub active: Option<bool>,
}

/// The catalogue by SKU, a page at a time (the cursor is the last SKU).
pub(crate) async fn browse_items(
    ctx: &AppContext,
    _actor: &Actor,
    filter: ItemFilter,
    page: PageRequest,
) -> AppResult<Page<ItemView>> {
    ctx.db
        .read(move |conn| {
            let query = filter
                .query
                .as_deref()
                .map(str::trim)
                .filter(|q| !q.is_empty());
            let rows = db::catalogue::browse_items(
                conn,
                query,
                filter.active,
                page.after.as_deref(),
                page.fetch_limit(),
            )?;
            Ok(Page::from_rows(rows, &page, |r| r.sku.clone()).map(Into::into))
        })
        .await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewLocation {
    pub code: Text<32>,
    pub name: Text<200>,
    pub kind: LocationKind,
}

pub(crate) use crate::domain::stock::LocationKind;

#[derive(Debug, Serialize)]
pub(crate) struct LocationView {
    pub id: String,
    pub code: String,
    pub name: String,
    pub kind: LocationKind,
    pub created_at: DateTime<Utc>,
}

impl From<LocationRow> for LocationView {
    fn from(r: LocationRow) -> Self {
        Self {
            id: r.id,
            code: r.code,
            name: r.name,
            kind: r.kind,
            created_at: time::from_db(r.created_at),
        }
    }
}

pub(crate) async fn create_location(
    ctx: &AppContext,
    actor: &Actor,
    input: NewLocation,
) -> AppResult<LocationView> {
    actor.require(Role::ItSpecialist)?;
    let mut errors = FieldErrors::new();
    check_code(&mut errors, "code", &input.code);
    check_text(&mut errors, "name", &input.name, 200);
    errors.into_result()?;
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    ctx.db
        .write(move |conn| {
            if db::catalogue::code_taken(conn, &input.code)? {
                return Err(AppError::Conflict {
                    code: ErrorCode::AlreadyExists,
                    detail: format!("a location with code {} already exists", input.code),
                    extra: Some(json!({"errors": [{"field": "code", "code": "taken", "message": "is already used"}]})),
                });
            }
            let row = LocationRow {
                id: new_id(),
                code: input.code.into_string(),
                name: input.name.trim().to_owned(),
                kind: input.kind,
                created_at: time::to_db(now),
            };
            db::catalogue::insert_location(conn, &row)?;
            audit::record(conn, now, Some(&actor_id), "location.created", "location", &row.id, json!({"code": row.code}))?;
            Ok(row.into())
        })
        .await
}

pub(crate) async fn list_locations(
    ctx: &AppContext,
    _actor: &Actor,
    page: PageRequest,
) -> AppResult<Page<LocationView>> {
    ctx.db
        .read(move |conn| {
            let rows =
                db::catalogue::list_locations(conn, page.after.as_deref(), page.fetch_limit())?;
            Ok(Page::from_rows(rows, &page, |r| r.id.clone()).map(Into::into))
        })
        .await
}

/// How many items a catalogue search offers at most.
pub(crate) const SEARCH_SHOWN: i64 = 8;

/// Active items whose SKU or name contains `query`, for picking one on an
/// application's line (anyone signed in may read the catalogue).
pub(crate) async fn search_items(
    ctx: &AppContext,
    _actor: &Actor,
    query: String,
) -> AppResult<Vec<ItemView>> {
    let query = query.trim().to_owned();
    if query.is_empty() {
        return Ok(Vec::new());
    }
    ctx.db
        .read(move |conn| {
            let rows = db::catalogue::search_items(conn, &query, SEARCH_SHOWN)?;
            Ok(rows.into_iter().map(Into::into).collect())
        })
        .await
}

/// The items among `ids` that exist (an application's lines), in one read.
pub(crate) async fn items_among(
    ctx: &AppContext,
    _actor: &Actor,
    ids: Vec<String>,
) -> AppResult<Vec<ItemView>> {
    ctx.db
        .read(move |conn| {
            let rows = db::catalogue::find_items(conn, &ids)?;
            Ok(rows.into_iter().map(Into::into).collect())
        })
        .await
}

pub(crate) async fn get_item(ctx: &AppContext, _actor: &Actor, id: String) -> AppResult<ItemView> {
    ctx.db
        .read(move |conn| {
            db::catalogue::find_item(conn, &id)?
                .map(Into::into)
                .ok_or(AppError::NotFound { entity: "item" })
        })
        .await
}

pub(crate) async fn get_location(
    ctx: &AppContext,
    _actor: &Actor,
    id: String,
) -> AppResult<LocationView> {
    ctx.db
        .read(move |conn| {
            db::catalogue::find_location(conn, &id)?
                .map(Into::into)
                .ok_or(AppError::NotFound { entity: "location" })
        })
        .await
}
