//! Queries on the catalogue (`items`) and `locations`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::lower;
use super::run::{on_backend, RunOnBackend};
use super::schema::{items, locations};
use super::DbConnection;
use crate::domain::applications::Category;
use crate::domain::stock::LocationKind;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = items, treat_none_as_default_value = false)]
pub struct ItemRow {
    pub id: String,
    pub sku: String,
    pub name: String,
    pub category: Category,
    pub unit: String,
    pub unit_cost_cents: i64,
    pub currency: String,
    pub supplier: Option<String>,
    pub lead_time_days: i32,
    pub order_multiple_milli: i64,
    pub active: bool,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = locations, treat_none_as_default_value = false)]
pub struct LocationRow {
    pub id: String,
    pub code: String,
    pub name: String,
    pub kind: LocationKind,
    pub created_at: NaiveDateTime,
}

pub fn insert_item(conn: &mut DbConnection, row: &ItemRow) -> QueryResult<()> {
    diesel::insert_into(items::table)
        .values(row)
        .run_execute(conn)
        .map(|_| ())
}

pub(crate) fn find_item(conn: &mut DbConnection, id: &str) -> QueryResult<Option<ItemRow>> {
    on_backend!(conn, |c| {
        items::table
            .find(id)
            .select(ItemRow::as_select())
            .first(c)
            .optional()
    })
}

/// The items among `ids` (those that exist), in one query.
pub(crate) fn find_items(conn: &mut DbConnection, ids: &[String]) -> QueryResult<Vec<ItemRow>> {
    on_backend!(conn, |c| {
        items::table
            .filter(items::id.eq_any(ids))
            .select(ItemRow::as_select())
            .load(c)
    })
}

pub(crate) fn sku_taken(conn: &mut DbConnection, sku: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(items::table.filter(items::sku.eq(sku))))
        .run_get_result(conn)
}

pub(crate) fn list_items(
    conn: &mut DbConnection,
    active: Option<bool>,
    after: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<ItemRow>> {
    on_backend!(conn, |c| {
        let mut query = items::table.select(ItemRow::as_select()).into_boxed();
        if let Some(active) = active {
            query = query.filter(items::active.eq(active));
        }
        if let Some(after) = after {
            query = query.filter(items::id.gt(after.to_owned()));
        }
        query.order(items::id).limit(limit).load(c)
    })
}

/// Active items whose SKU or name contains `query` (case folded as SQL
/// `LOWER` folds it: ASCII on SQLite), by SKU; at most `limit`.
pub(crate) fn search_items(
    conn: &mut DbConnection,
    query: &str,
    limit: i64,
) -> QueryResult<Vec<ItemRow>> {
    let pattern = format!("%{}%", query.to_lowercase().replace(['%', '_'], ""));
    on_backend!(conn, |c| {
        items::table
            .select(ItemRow::as_select())
            .filter(items::active.eq(true))
            .filter(
                lower(items::sku)
                    .like(pattern.clone())
                    .or(lower(items::name).like(pattern.clone())),
            )
            .order(items::sku)
            .limit(limit)
            .load(c)
    })
}

/// The catalogue by SKU after `after_sku`, narrowed to a SKU or name that
/// contains `query` and to active or retired items; at most `limit`.
pub(crate) fn browse_items(
    conn: &mut DbConnection,
    query: Option<&str>,
    active: Option<bool>,
    after_sku: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<ItemRow>> {
    let pattern = query.map(|q| format!("%{}%", q.to_lowercase().replace(['%', '_'], "")));
    on_backend!(conn, |c| {
        let mut rows = items::table.select(ItemRow::as_select()).into_boxed();
        if let Some(pattern) = &pattern {
            rows = rows.filter(
                lower(items::sku)
                    .like(pattern.clone())
                    .or(lower(items::name).like(pattern.clone())),
            );
        }
        if let Some(active) = active {
            rows = rows.filter(items::active.eq(active));
        }
        if let Some(after) = after_sku {
            rows = rows.filter(items::sku.gt(after.to_owned()));
        }
        rows.order(items::sku).limit(limit).load(c)
    })
}

pub fn insert_location(conn: &mut DbConnection, row: &LocationRow) -> QueryResult<()> {
    diesel::insert_into(locations::table)
        .values(row)
        .run_execute(conn)
        .map(|_| ())
}

pub(crate) fn location_exists(conn: &mut DbConnection, id: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(locations::table.find(id))).run_get_result(conn)
}

pub(crate) fn code_taken(conn: &mut DbConnection, code: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        locations::table.filter(locations::code.eq(code)),
    ))
    .run_get_result(conn)
}

pub(crate) fn list_locations(
    conn: &mut DbConnection,
    after: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<LocationRow>> {
    on_backend!(conn, |c| {
        let mut query = locations::table
            .select(LocationRow::as_select())
            .into_boxed();
        if let Some(after) = after {
            query = query.filter(locations::id.gt(after.to_owned()));
        }
        query.order(locations::id).limit(limit).load(c)
    })
}

pub(crate) fn find_location(conn: &mut DbConnection, id: &str) -> QueryResult<Option<LocationRow>> {
    on_backend!(conn, |c| {
        locations::table
            .find(id)
            .select(LocationRow::as_select())
            .first(c)
            .optional()
    })
}

pub(crate) fn find_by_sku(conn: &mut DbConnection, sku: &str) -> QueryResult<Option<ItemRow>> {
    on_backend!(conn, |c| {
        items::table
            .filter(items::sku.eq(sku))
            .select(ItemRow::as_select())
            .first(c)
            .optional()
    })
}

/// Rewrites an item's editable columns at `row.version`, provided the
/// stored version is the one before; `false` when someone else got there
/// first.
pub(crate) fn update_item(conn: &mut DbConnection, row: &ItemRow) -> QueryResult<bool> {
    diesel::update(
        items::table
            .find(&row.id)
            .filter(items::version.eq(row.version - 1)),
    )
    .set((
        items::name.eq(&row.name),
        items::category.eq(&row.category),
        items::unit.eq(&row.unit),
        items::unit_cost_cents.eq(row.unit_cost_cents),
        items::supplier.eq(&row.supplier),
        items::lead_time_days.eq(row.lead_time_days),
        items::order_multiple_milli.eq(row.order_multiple_milli),
        items::active.eq(row.active),
        items::version.eq(row.version),
        items::updated_at.eq(row.updated_at),
    ))
    .run_execute(conn)
    .map(|n| n == 1)
}

/// The whole catalogue in SKU order (for export).
pub(crate) fn all_items(conn: &mut DbConnection) -> QueryResult<Vec<ItemRow>> {
    on_backend!(conn, |c| {
        items::table
            .select(ItemRow::as_select())
            .order(items::sku)
            .load(c)
    })
}

/// SKU and name of each of `ids` (a page's items).
pub(crate) fn item_names(
    conn: &mut DbConnection,
    ids: &[String],
) -> QueryResult<std::collections::HashMap<String, (String, String)>> {
    let rows: Vec<(String, String, String)> = items::table
        .filter(items::id.eq_any(ids))
        .select((items::id, items::sku, items::name))
        .run_load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, sku, name)| (id, (sku, name)))
        .collect())
}

/// Code and name of each of `ids` (a page's locations).
pub(crate) fn location_names(
    conn: &mut DbConnection,
    ids: &[String],
) -> QueryResult<std::collections::HashMap<String, (String, String)>> {
    let rows: Vec<(String, String, String)> = locations::table
        .filter(locations::id.eq_any(ids))
        .select((locations::id, locations::code, locations::name))
        .run_load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, code, name)| (id, (code, name)))
        .collect())
}
