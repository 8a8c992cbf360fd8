//! Stock movements and balances (docs/design.md#consumables-and-stock). Every
//! movement is appended to the ledger and moves its balance in the same
//! transaction; one that would take a balance below zero is refused with 409
//! `insufficient_stock`, naming what is available, and changes nothing. A
//! transfer writes both sides in one transaction.

pub(crate) mod alerts;
pub(crate) mod count_sheets;
pub(crate) mod counts;
pub(crate) mod history;
pub(crate) mod ledger;
pub(crate) mod usage;

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::idempotency::{self, IdempotencyKey, Idempotent};
use super::identity::Actor;
use super::pagination::{composite_cursor, Page, PageRequest};
use super::{audit, new_id, AppContext};
use crate::db::scaled::{money_from_db, money_to_db, quantity_from_db, quantity_to_db};
use crate::db::stock::{Applied, BalanceFilter, BalanceRow, MovementRow};
use crate::db::{self, time, DbConnection};
use crate::domain::ids::UserId;
use crate::domain::input::{Id, Money, Prose, Quantity};
use crate::domain::roles::Role;
use crate::domain::stock::{check_request, BalanceKey, MovementKind, MAX_BALANCE_MILLI};
use crate::error::{AppError, AppResult, ErrorCode, FieldErrors};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewMovement {
    pub kind: MovementKind,
    pub item_id: Id,
    pub location_id: Id,
    #[serde(default)]
    pub to_location_id: Option<Id>,
    pub quantity: Quantity,
    #[serde(default)]
    pub unit_cost: Option<Money>,
    #[serde(default)]
    pub issued_to_user_id: Option<UserId>,
    #[serde(default)]
    pub note: Option<Prose<2000>>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct MovementView {
    pub id: String,
    pub kind: MovementKind,
    pub item_id: String,
    pub location_id: String,
    /// Signed: positive into the location, negative out of it.
    pub quantity: Decimal,
    pub unit_cost: Option<Decimal>,
    pub transfer_id: Option<String>,
    pub issued_to_user_id: Option<UserId>,
    pub note: Option<String>,
    pub actor_id: Option<UserId>,
    pub created_at: DateTime<Utc>,
}

impl From<MovementRow> for MovementView {
    fn from(r: MovementRow) -> Self {
        Self {
            id: r.id,
            kind: r.kind,
            item_id: r.item_id,
            location_id: r.location_id,
            quantity: quantity_from_db(r.delta_milli).normalize(),
            unit_cost: r.unit_cost_cents.map(money_from_db),
            transfer_id: r.transfer_id,
            issued_to_user_id: r.issued_to_user_id,
            note: r.note,
            actor_id: r.actor_id,
            created_at: time::from_db(r.created_at),
        }
    }
}

/// The rows a request became (two for a transfer).
#[derive(Debug, Serialize)]
pub(crate) struct Recorded {
    pub movements: Vec<MovementView>,
}

pub(crate) async fn record(
    ctx: &AppContext,
    actor: &Actor,
    input: NewMovement,
    key: Option<IdempotencyKey>,
) -> AppResult<Idempotent<Recorded>> {
    actor.require(Role::ItSpecialist)?;
    let mut errors = FieldErrors::new();
    check_request(
        &mut errors,
        input.kind,
        input.quantity.get(),
        &input.location_id,
        input.to_location_id.as_deref(),
        input.note.as_deref(),
    );
    let cost = match input.unit_cost {
        Some(c) => match money_to_db(c.get()).filter(|c| *c >= 0) {
            Some(cents) => Some(cents),
            None => {
                errors.add(
                    "unit_cost",
                    "invalid_amount",
                    "must be ≥ 0 with at most 2 decimal places",
                );
                None
            }
        },
        None => None,
    };
    errors.into_result()?;
    let quantity = quantity_to_db(input.quantity.get()).ok_or_else(|| {
        AppError::field(
            "quantity",
            "too_precise",
            "may have at most 3 decimal places",
        )
    })?;
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    let (templates, public_url) = (ctx.templates.clone(), ctx.settings.public_url.clone());
    let recorded = ctx
        .db
        .write(move |conn| {
            idempotency::run(conn, key.as_ref(), now, 201, |conn| {
                check_references(conn, &input)?;
                let rows = movement_rows(&input, quantity, cost, &actor_id, now);
                for row in &rows {
                    match db::stock::apply(conn, row)? {
                        Applied::Done(_) => {}
                        Applied::Insufficient(available) => return Err(insufficient(available)),
                        Applied::TooLarge(on_hand) => return Err(too_large(on_hand)),
                    }
                }
                let summary = json!({"kind": input.kind.as_str(), "item_id": input.item_id, "location_id": input.location_id,
                    "to_location_id": input.to_location_id, "quantity": input.quantity.to_string()});
                audit::record(conn, now, Some(&actor_id), "stock.moved", "item", &input.item_id, summary)?;
                let touched: Vec<BalanceKey> = rows
                    .iter()
                    .map(|r| BalanceKey { item_id: r.item_id.clone(), location_id: r.location_id.clone() })
                    .collect();
                alerts::after_change(conn, &templates, &public_url, &touched, now)?;
                Ok(Recorded { movements: rows.into_iter().map(Into::into).collect() })
            })
        })
        .await?;
    ctx.outbox_wakeup.notify_one();
    Ok(recorded)
}

fn insufficient(available_milli: i64) -> AppError {
    let available = quantity_from_db(available_milli).normalize();
    AppError::Conflict {
        code: ErrorCode::InsufficientStock,
        detail: format!("only {available} on hand; the movement would take the balance below zero"),
        extra: Some(json!({"available": available.to_string()})),
    }
}

/// A movement that would take a balance past [`MAX_BALANCE_MILLI`].
pub(crate) fn too_large(on_hand_milli: i64) -> AppError {
    let on_hand = quantity_from_db(on_hand_milli).normalize();
    let max = quantity_from_db(MAX_BALANCE_MILLI).normalize();
    AppError::Conflict {
        code: ErrorCode::BalanceTooLarge,
        detail: format!("{on_hand} on hand; a balance may hold at most {max}"),
        extra: Some(json!({"on_hand": on_hand.to_string(), "max": max.to_string()})),
    }
}

fn check_references(conn: &mut DbConnection, input: &NewMovement) -> AppResult<()> {
    let mut errors = FieldErrors::new();
    match db::catalogue::find_item(conn, &input.item_id)? {
        None => errors.add("item_id", "not_found", "no catalogue item has this id"),
        Some(item) if !item.active && input.kind == MovementKind::Receipt => {
            errors.add("item_id", "inactive", "this item is no longer stocked")
        }
        Some(_) => {}
    }
    if !db::catalogue::location_exists(conn, &input.location_id)? {
        errors.add("location_id", "not_found", "no location has this id");
    }
    if let Some(to) = &input.to_location_id {
        if !db::catalogue::location_exists(conn, to)? {
            errors.add("to_location_id", "not_found", "no location has this id");
        }
    }
    if let Some(user) = &input.issued_to_user_id {
        if !db::users::exists(conn, user)? {
            errors.add("issued_to_user_id", "not_found", "no user has this id");
        }
    }
    errors.into_result()
}

fn movement_rows(
    input: &NewMovement,
    quantity: i64,
    cost: Option<i64>,
    actor_id: &UserId,
    now: DateTime<Utc>,
) -> Vec<MovementRow> {
    let row = |location: &str, delta: i64, transfer: Option<String>| MovementRow {
        id: new_id(),
        item_id: input.item_id.clone().into_string(),
        location_id: location.to_owned(),
        kind: input.kind,
        delta_milli: delta,
        unit_cost_cents: cost,
        transfer_id: transfer,
        issued_to_user_id: input.issued_to_user_id.clone(),
        note: input.note.clone().map(String::from),
        actor_id: Some(actor_id.clone()),
        created_at: time::to_db(now),
    };
    match (input.kind, &input.to_location_id) {
        (MovementKind::Receipt, _) => vec![row(&input.location_id, quantity, None)],
        (MovementKind::Transfer, Some(to)) => {
            let transfer = Some(new_id());
            vec![
                row(&input.location_id, -quantity, transfer.clone()),
                row(to, quantity, transfer),
            ]
        }
        _ => vec![row(&input.location_id, -quantity, None)],
    }
}

#[derive(Debug, Serialize)]
pub(crate) struct BalanceView {
    pub item_id: String,
    /// The names a person reads it by (filled by [`name_balances`]).
    pub sku: String,
    pub item_name: String,
    pub location_id: String,
    pub location_code: String,
    pub location_name: String,
    pub on_hand: Decimal,
    pub reorder_point: Option<Decimal>,
    pub max_level: Option<Decimal>,
    pub below_reorder: bool,
}

impl From<BalanceRow> for BalanceView {
    fn from(b: BalanceRow) -> Self {
        Self {
            below_reorder: b.reorder_point_milli.is_some_and(|r| b.on_hand_milli <= r),
            item_id: b.item_id,
            sku: String::new(),
            item_name: String::new(),
            location_id: b.location_id,
            location_code: String::new(),
            location_name: String::new(),
            on_hand: quantity_from_db(b.on_hand_milli).normalize(),
            reorder_point: b
                .reorder_point_milli
                .map(|q| quantity_from_db(q).normalize()),
            max_level: b.max_level_milli.map(|q| quantity_from_db(q).normalize()),
        }
    }
}

/// One page of balances; the cursor is the last `location_item` pair.
pub(crate) async fn balances(
    ctx: &AppContext,
    _actor: &Actor,
    filter: BalanceQuery,
    page: PageRequest,
) -> AppResult<Page<BalanceView>> {
    let filter = BalanceFilter::from(filter);
    ctx.db
        .read(move |conn| {
            let after = page.after.as_deref().and_then(|c| c.split_once('_'));
            let rows = db::stock::balances(conn, &filter, after, page.fetch_limit())?;
            let mut page = Page::from_rows(rows, &page, |b| {
                composite_cursor(&[&b.location_id, &b.item_id])
            })
            .map(BalanceView::from);
            name_balances(conn, &mut page.items)?;
            Ok(page)
        })
        .await
}

/// Puts each balance's item SKU and name and location code and name beside
/// its ids: two queries, whatever the number of balances.
fn name_balances(conn: &mut DbConnection, balances: &mut [BalanceView]) -> AppResult<()> {
    let items: Vec<String> = balances.iter().map(|b| b.item_id.clone()).collect();
    let locations: Vec<String> = balances.iter().map(|b| b.location_id.clone()).collect();
    let items = db::catalogue::item_names(conn, &items)?;
    let locations = db::catalogue::location_names(conn, &locations)?;
    for b in balances {
        (b.sku, b.item_name) = items.get(&b.item_id).cloned().unwrap_or_default();
        (b.location_code, b.location_name) =
            locations.get(&b.location_id).cloned().unwrap_or_default();
    }
    Ok(())
}

/// Which balances to list (the api layer fills it from the query string).
#[derive(Debug, Default)]
pub(crate) struct BalanceQuery {
    pub item_id: Option<String>,
    pub location_id: Option<String>,
    pub below_reorder: bool,
    /// Items whose SKU or name contains this, in any case.
    pub query: Option<String>,
}

impl From<BalanceQuery> for BalanceFilter {
    fn from(q: BalanceQuery) -> Self {
        BalanceFilter {
            item_id: q.item_id,
            location_id: q.location_id,
            below_reorder: q.below_reorder,
            query: q.query,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PolicyInput {
    pub item_id: Id,
    pub location_id: Id,
    pub reorder_point: Quantity,
    pub max_level: Quantity,
}

pub(crate) async fn set_policy(
    ctx: &AppContext,
    actor: &Actor,
    input: PolicyInput,
) -> AppResult<BalanceView> {
    actor.require(Role::ItSpecialist)?;
    let mut errors = FieldErrors::new();
    let reorder = quantity_to_db(input.reorder_point.get()).filter(|q| *q >= 0);
    let max = quantity_to_db(input.max_level.get()).filter(|q| *q >= 0);
    if reorder.is_none() {
        errors.add(
            "reorder_point",
            "invalid_quantity",
            "must be ≥ 0 with at most 3 decimal places",
        );
    }
    if max.is_none() {
        errors.add(
            "max_level",
            "invalid_quantity",
            "must be ≥ 0 with at most 3 decimal places",
        );
    }
    if let (Some(r), Some(m)) = (reorder, max) {
        if m < r {
            errors.add(
                "max_level",
                "below_reorder_point",
                "must not be below reorder_point",
            );
        }
    }
    errors.into_result()?;
    let (reorder, max) = (reorder.unwrap_or_default(), max.unwrap_or_default());
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    let (templates, public_url) = (ctx.templates.clone(), ctx.settings.public_url.clone());
    ctx.db
        .write(move |conn| {
            let mut errors = FieldErrors::new();
            if db::catalogue::find_item(conn, &input.item_id)?.is_none() {
                errors.add("item_id", "not_found", "no catalogue item has this id");
            }
            if !db::catalogue::location_exists(conn, &input.location_id)? {
                errors.add("location_id", "not_found", "no location has this id");
            }
            errors.into_result()?;
            let key = BalanceKey { item_id: input.item_id.to_string(), location_id: input.location_id.to_string() };
            db::stock::set_policy(conn, &key, reorder, max, time::to_db(now))?;
            let summary = json!({"location_id": input.location_id, "reorder_point": input.reorder_point.to_string(), "max_level": input.max_level.to_string()});
            audit::record(conn, now, Some(&actor_id), "stock.policy_set", "item", &input.item_id, summary)?;
            alerts::after_change(conn, &templates, &public_url, std::slice::from_ref(&key), now)?;
            let balance = db::stock::balance(conn, &key)?.ok_or_else(|| AppError::internal("balance vanished"))?;
            let mut view = [BalanceView::from(balance)];
            name_balances(conn, &mut view)?;
            let [view] = view;
            Ok(view)
        })
        .await
}
