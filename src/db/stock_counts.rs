//! Queries on physical counts and low-stock alerts.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::run::{on_backend, RunOnBackend};
use super::schema::{stock_alerts, stock_count_lines, stock_counts};
use super::DbConnection;
use crate::domain::ids::UserId;
use crate::domain::stock::BalanceKey;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = stock_counts, treat_none_as_default_value = false)]
pub(crate) struct CountRow {
    pub id: String,
    pub location_id: String,
    pub actor_id: Option<UserId>,
    pub note: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = stock_count_lines, treat_none_as_default_value = false)]
pub(crate) struct CountLineRow {
    pub count_id: String,
    pub item_id: String,
    pub expected_milli: i64,
    pub counted_milli: i64,
}

pub(crate) fn insert_count(
    conn: &mut DbConnection,
    count: &CountRow,
    lines: &[CountLineRow],
) -> QueryResult<()> {
    diesel::insert_into(stock_counts::table)
        .values(count)
        .run_execute(conn)?;
    for line in lines {
        diesel::insert_into(stock_count_lines::table)
            .values(line)
            .run_execute(conn)?;
    }
    Ok(())
}

/// A count document and its lines.
pub(crate) fn find_count(
    conn: &mut DbConnection,
    id: &str,
) -> QueryResult<Option<(CountRow, Vec<CountLineRow>)>> {
    on_backend!(conn, |c| {
        let Some(count) = stock_counts::table
            .find(id)
            .select(CountRow::as_select())
            .first(c)
            .optional()?
        else {
            return Ok(None);
        };
        let lines = stock_count_lines::table
            .filter(stock_count_lines::count_id.eq(id))
            .order(stock_count_lines::item_id)
            .select(CountLineRow::as_select())
            .load(c)?;
        Ok(Some((count, lines)))
    })
}

/// Whether an alert is open for this item × location.
pub(crate) fn open_alert(conn: &mut DbConnection, key: &BalanceKey) -> QueryResult<Option<String>> {
    stock_alerts::table
        .filter(stock_alerts::item_id.eq(&key.item_id))
        .filter(stock_alerts::location_id.eq(&key.location_id))
        .filter(stock_alerts::cleared_at.is_null())
        .select(stock_alerts::id)
        .run_first(conn)
        .optional()
}

pub(crate) fn raise_alert(
    conn: &mut DbConnection,
    id: &str,
    key: &BalanceKey,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(stock_alerts::table)
        .values((
            stock_alerts::id.eq(id),
            stock_alerts::item_id.eq(&key.item_id),
            stock_alerts::location_id.eq(&key.location_id),
            stock_alerts::raised_at.eq(at),
        ))
        .run_execute(conn)
        .map(|_| ())
}

pub(crate) fn clear_alert(conn: &mut DbConnection, id: &str, at: NaiveDateTime) -> QueryResult<()> {
    diesel::update(stock_alerts::table.find(id))
        .set(stock_alerts::cleared_at.eq(at))
        .run_execute(conn)
        .map(|_| ())
}
