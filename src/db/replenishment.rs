//! What replenishment reads: the stock positions that may need ordering
//! (each balance carries its 90-day issues, `db::stock_usage`), a page at
//! a time or all at once, and what open applications still bring in, as
//! one grouped query.

use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Nullable};

use super::catalogue::ItemRow;
use super::run::on_backend;
use super::schema::{application_lines, applications, items, stock_balances};
use super::stock::BalanceRow;
use super::DbConnection;
use crate::domain::applications::Status;
use crate::domain::replenishment::USAGE_WINDOW_DAYS;

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

/// Which positions [`candidates`] reads.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct CandidateQuery<'a> {
    /// These items only; empty for every item.
    pub items: &'a [String],
    pub location_id: Option<&'a str>,
    /// Days forecast beyond each item's lead time.
    pub extra_days: i64,
    /// Only positions after this (location, item), in that order.
    pub after: Option<(&'a str, &'a str)>,
    pub limit: Option<i64>,
}

/// Balances with a stock policy, of active items, that may need ordering,
/// with their item, ordered by (location, item). "May": the filter is the
/// suggestion's condition without what is on order, which only lowers
/// the need — `on_hand − issued × days ÷ window ≤ reorder point + 1/1000`
/// (the 1/1000 covers the forecast's rounding up), multiplied out so the
/// database compares integers. `domain::replenishment::suggest` decides on
/// each row; this only spares it the positions that cannot qualify. The
/// arithmetic is NUMERIC: exact on PostgreSQL, and on SQLite exact up to
/// 2^63 with a float beyond (quantities of 10^14 units and more).
pub(crate) fn candidates(
    conn: &mut DbConnection,
    q: &CandidateQuery<'_>,
) -> QueryResult<Vec<(BalanceRow, ItemRow)>> {
    let window = USAGE_WINDOW_DAYS;
    let may_need = sql::<Bool>(&format!(
        "CAST(stock_balances.on_hand_milli AS NUMERIC) * {window} \
         - CAST(stock_balances.issued_window_milli AS NUMERIC) * (items.lead_time_days + "
    ))
    .bind::<BigInt, _>(q.extra_days)
    .sql(&format!(
        ") <= (CAST(stock_balances.reorder_point_milli AS NUMERIC) + 1) * {window}"
    ));
    on_backend!(conn, |c| {
        let mut query = stock_balances::table
            .inner_join(items::table)
            .filter(stock_balances::reorder_point_milli.is_not_null())
            .filter(items::active.eq(true))
            .filter(may_need)
            .select((BalanceRow::as_select(), ItemRow::as_select()))
            .order((stock_balances::location_id, stock_balances::item_id))
            .into_boxed();
        if !q.items.is_empty() {
            query = query.filter(stock_balances::item_id.eq_any(q.items.to_vec()));
        }
        if let Some(location) = q.location_id {
            query = query.filter(stock_balances::location_id.eq(location.to_owned()));
        }
        if let Some((location, item)) = q.after {
            query = query.filter(
                stock_balances::location_id
                    .gt(location.to_owned())
                    .or(stock_balances::location_id
                        .eq(location.to_owned())
                        .and(stock_balances::item_id.gt(item.to_owned()))),
            );
        }
        if let Some(limit) = q.limit {
            query = query.limit(limit);
        }
        query.load(c)
    })
}

/// Quantity still to arrive per (item, location) from open applications
/// that name a location (ordered minus received, in milli); only for
/// these locations and items when given (a slice of suggestions: the
/// filter spares the grouping of every other position's lines).
pub(crate) fn on_order(
    conn: &mut DbConnection,
    only: Option<(&[String], &[String])>,
) -> QueryResult<Vec<(String, String, i64)>> {
    let sum = "CAST(SUM(application_lines.quantity_milli - application_lines.received_milli - application_lines.closed_milli) AS BIGINT)";
    let rows: Vec<(Option<String>, Option<String>, Option<i64>)> = on_backend!(conn, |c| {
        let mut query = application_lines::table
            .inner_join(applications::table)
            .filter(applications::status.eq_any(OPEN_STATUSES))
            .filter(applications::location_id.is_not_null())
            .filter(application_lines::item_id.is_not_null())
            .group_by((application_lines::item_id, applications::location_id))
            .select((
                application_lines::item_id,
                applications::location_id,
                sql::<Nullable<BigInt>>(sum),
            ))
            .into_boxed();
        if let Some((locations, items)) = only {
            query = query
                .filter(applications::location_id.eq_any(locations.to_vec()))
                .filter(application_lines::item_id.eq_any(items.to_vec()));
        }
        query.load(c)
    })?;
    Ok(rows
        .into_iter()
        .filter_map(|(i, l, q)| Some((i?, l?, q.unwrap_or(0))))
        .collect())
}
