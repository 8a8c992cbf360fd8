//! The aggregates replenishment reads in bulk: every stock position with a
//! policy, what was issued since a date, and what open applications still
//! bring in, each as one grouped query whatever the catalogue's size.

use chrono::NaiveDateTime;
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable};

use super::run::{on_backend, RunOnBackend};
use super::schema::{application_lines, applications, stock_balances, stock_movements};
use super::stock::BalanceRow;
use super::DbConnection;
use crate::domain::applications::Status;
use crate::domain::stock::{BalanceKey, MovementKind};

/// Application states whose lines are still to arrive: on order for
/// replenishment, so nothing is suggested twice.
pub(crate) const OPEN_STATUSES: [Status; 6] = [
    Status::Draft,
    Status::Submitted,
    Status::Returned,
    Status::Approved,
    Status::Ordered,
    Status::PartiallyReceived,
];

/// Balances that carry a stock policy, optionally for one item or location.
pub(crate) fn policed_balances(
    conn: &mut DbConnection,
    item_id: Option<&str>,
    location_id: Option<&str>,
) -> QueryResult<Vec<BalanceRow>> {
    on_backend!(conn, |c| {
        let mut query = stock_balances::table
            .filter(stock_balances::reorder_point_milli.is_not_null())
            .select(BalanceRow::as_select())
            .into_boxed();
        if let Some(item) = item_id {
            query = query.filter(stock_balances::item_id.eq(item.to_owned()));
        }
        if let Some(location) = location_id {
            query = query.filter(stock_balances::location_id.eq(location.to_owned()));
        }
        query.load(c)
    })
}

/// Quantity issued per (item, location) since `since` (positive milli).
pub(crate) fn issued_since(
    conn: &mut DbConnection,
    since: NaiveDateTime,
) -> QueryResult<Vec<(String, String, i64)>> {
    let rows: Vec<(String, String, Option<i64>)> = stock_movements::table
        .filter(stock_movements::kind.eq(MovementKind::Issue))
        .filter(stock_movements::created_at.ge(since))
        .group_by((stock_movements::item_id, stock_movements::location_id))
        .select((
            stock_movements::item_id,
            stock_movements::location_id,
            sql::<Nullable<BigInt>>("CAST(-SUM(delta_milli) AS BIGINT)"),
        ))
        .run_load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(i, l, q)| (i, l, q.unwrap_or(0)))
        .collect())
}

/// Quantity still to arrive per (item, location) from open applications
/// that name a location (ordered minus received, in milli).
pub(crate) fn on_order(conn: &mut DbConnection) -> QueryResult<Vec<(String, String, i64)>> {
    let rows: Vec<(Option<String>, Option<String>, Option<i64>)> = application_lines::table
        .inner_join(applications::table)
        .filter(applications::status.eq_any(OPEN_STATUSES))
        .filter(applications::location_id.is_not_null())
        .filter(application_lines::item_id.is_not_null())
        .group_by((application_lines::item_id, applications::location_id))
        .select((
            application_lines::item_id,
            applications::location_id,
            sql::<Nullable<BigInt>>(
                "CAST(SUM(application_lines.quantity_milli - application_lines.received_milli - application_lines.closed_milli) AS BIGINT)",
            ),
        ))
        .run_load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(i, l, q)| Some((i?, l?, q.unwrap_or(0))))
        .collect())
}

/// Quantity of one item issued at one location since `since` (milli).
pub(crate) fn issued_between(
    conn: &mut DbConnection,
    key: &BalanceKey,
    since: NaiveDateTime,
) -> QueryResult<i64> {
    let total: Option<i64> = stock_movements::table
        .filter(stock_movements::item_id.eq(&key.item_id))
        .filter(stock_movements::location_id.eq(&key.location_id))
        .filter(stock_movements::kind.eq(MovementKind::Issue))
        .filter(stock_movements::created_at.ge(since))
        .select(sql::<Nullable<BigInt>>("CAST(-SUM(delta_milli) AS BIGINT)"))
        .run_first(conn)?;
    Ok(total.unwrap_or(0))
}
