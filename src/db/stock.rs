//! The stock ledger: append-only movements and the balance per item ×
//! location kept in the same transaction. A balance never goes below zero:
//! the decrement is one conditional `UPDATE`, so concurrent issues on
//! PostgreSQL cannot oversell (the row lock serialises them and the loser
//! re-checks the condition), and SQLite writers are serialised anyway.

use chrono::NaiveDateTime;
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Timestamp};

use super::run::{on_backend, RunOnBackend};
use super::schema::{items, stock_balances, stock_movements};
use super::DbConnection;
use crate::domain::ids::UserId;
use crate::domain::stock::MAX_BALANCE_MILLI;
use crate::domain::stock::{BalanceKey, MovementKind};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = stock_movements, treat_none_as_default_value = false)]
pub struct MovementRow {
    pub id: String,
    pub item_id: String,
    pub location_id: String,
    pub kind: MovementKind,
    pub delta_milli: i64,
    pub unit_cost_cents: Option<i64>,
    pub transfer_id: Option<String>,
    pub issued_to_user_id: Option<UserId>,
    pub note: Option<String>,
    pub actor_id: Option<UserId>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = stock_balances, treat_none_as_default_value = false)]
pub(crate) struct BalanceRow {
    pub item_id: String,
    pub location_id: String,
    pub on_hand_milli: i64,
    pub reorder_point_milli: Option<i64>,
    pub max_level_milli: Option<i64>,
    pub updated_at: NaiveDateTime,
    /// Issued since the usage window's first day (db::stock_usage).
    pub issued_window_milli: i64,
}

/// What applying a movement did to its balance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Applied {
    /// The new balance.
    Done(i64),
    /// Refused: only this much is on hand.
    Insufficient(i64),
    /// Refused: the balance would pass [`MAX_BALANCE_MILLI`] (this much is on hand).
    TooLarge(i64),
}

/// Records `movement` and moves its balance by `delta_milli`, unless that
/// would take the balance below zero.
pub(crate) fn apply(conn: &mut DbConnection, movement: &MovementRow) -> QueryResult<Applied> {
    let (item, location) = (movement.item_id.as_str(), movement.location_id.as_str());
    if !move_balance(conn, movement)? {
        // Either the row does not exist yet (first stock here, or another
        // transaction is creating it right now) or the balance is too low.
        // Make sure the row exists — ON CONFLICT waits for a concurrent
        // creator — and try once more: a second refusal is a real shortage.
        if movement.delta_milli >= 0 {
            ensure_balance(conn, item, location, movement.created_at)?;
        }
        if !move_balance(conn, movement)? {
            let available = balance_at(conn, item, location)?.map_or(0, |b| b.on_hand_milli);
            return Ok(if movement.delta_milli >= 0 {
                Applied::TooLarge(available)
            } else {
                Applied::Insufficient(available)
            });
        }
    }
    diesel::insert_into(stock_movements::table)
        .values(movement)
        .run_execute(conn)?;
    let now = balance_at(conn, item, location)?.map_or(0, |b| b.on_hand_milli);
    Ok(Applied::Done(now))
}

/// The conditional update at the heart of the ledger: false when the row is
/// missing or the balance would leave `0..=MAX_BALANCE_MILLI`. The bounds are
/// compared against the stored balance alone (`on_hand >= -delta`), so the
/// database never computes a sum that could overflow: SQLite would turn it
/// into a float, PostgreSQL would fail the statement.
fn move_balance(conn: &mut DbConnection, movement: &MovementRow) -> QueryResult<bool> {
    let delta = movement.delta_milli;
    let (Some(floor), Some(ceiling)) = (delta.checked_neg(), MAX_BALANCE_MILLI.checked_sub(delta))
    else {
        return Ok(false);
    };
    let target = stock_balances::table
        .find((movement.item_id.as_str(), movement.location_id.as_str()))
        .filter(stock_balances::on_hand_milli.ge(floor))
        .filter(stock_balances::on_hand_milli.le(ceiling));
    let on_hand = stock_balances::on_hand_milli.eq(stock_balances::on_hand_milli + delta);
    let moved_at = stock_balances::updated_at.eq(movement.created_at);
    let updated = if movement.kind == MovementKind::Issue {
        // An issue also counts in replenishment's window (db::stock_usage)
        // when it falls inside it, as it always does unless the clock was
        // set back past the window's start; `floor` is what it takes away.
        let counted = sql::<BigInt>("CASE WHEN ")
            .bind::<Timestamp, _>(movement.created_at)
            .sql(" >= (SELECT starts_on FROM stock_usage_window WHERE id = 1) THEN ")
            .bind::<BigInt, _>(floor)
            .sql(" ELSE 0 END");
        let issued =
            stock_balances::issued_window_milli.eq(stock_balances::issued_window_milli + counted);
        diesel::update(target)
            .set((on_hand, moved_at, issued))
            .run_execute(conn)?
    } else {
        diesel::update(target)
            .set((on_hand, moved_at))
            .run_execute(conn)?
    };
    Ok(updated == 1)
}

/// Creates an empty balance row unless one exists (backend-specific upsert).
fn ensure_balance(
    conn: &mut DbConnection,
    item: &str,
    location: &str,
    at: NaiveDateTime,
) -> QueryResult<()> {
    let values = (
        stock_balances::item_id.eq(item),
        stock_balances::location_id.eq(location),
        stock_balances::on_hand_milli.eq(0_i64),
        stock_balances::updated_at.eq(at),
    );
    match conn {
        DbConnection::Sqlite(c) => diesel::insert_into(stock_balances::table)
            .values(values)
            .on_conflict_do_nothing()
            .execute(c)?,
        DbConnection::Postgresql(c) => diesel::insert_into(stock_balances::table)
            .values(values)
            .on_conflict_do_nothing()
            .execute(c)?,
    };
    Ok(())
}

pub(crate) fn balance(
    conn: &mut DbConnection,
    key: &BalanceKey,
) -> QueryResult<Option<BalanceRow>> {
    balance_at(conn, &key.item_id, &key.location_id)
}

/// [`balance`] from borrowed ids: the ledger's hot path builds no key.
fn balance_at(
    conn: &mut DbConnection,
    item: &str,
    location: &str,
) -> QueryResult<Option<BalanceRow>> {
    on_backend!(conn, |c| {
        stock_balances::table
            .find((item, location))
            .select(BalanceRow::as_select())
            .first(c)
            .optional()
    })
}

/// How much one balance moved since `from`, summed per quarter of an hour
/// (each sum dated by its quarter's start, oldest first): what its history
/// is rebuilt from (`domain::stock_history`). Quarters, not days, because
/// the day is the organisation's local one and every time zone's midnight
/// falls on a quarter hour; at most 96 rows a day whatever the traffic.
pub(crate) fn deltas_since(
    conn: &mut DbConnection,
    key: &BalanceKey,
    from: NaiveDateTime,
) -> QueryResult<Vec<(NaiveDateTime, i64)>> {
    let quarter = match conn {
        DbConnection::Sqlite(_) => "CAST(strftime('%s', created_at) AS BIGINT) / 900",
        DbConnection::Postgresql(_) => {
            "CAST(floor(extract(epoch FROM created_at) / 900) AS BIGINT)"
        }
    };
    let rows: Vec<(i64, Option<i64>)> = stock_movements::table
        .filter(stock_movements::item_id.eq(&key.item_id))
        .filter(stock_movements::location_id.eq(&key.location_id))
        .filter(stock_movements::created_at.ge(from))
        .group_by(sql::<BigInt>(quarter))
        .select((
            sql::<BigInt>(quarter),
            sql::<Nullable<BigInt>>("CAST(SUM(delta_milli) AS BIGINT)"),
        ))
        .order(sql::<BigInt>(quarter))
        .run_load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(q, sum)| {
            let at = chrono::DateTime::from_timestamp(q.checked_mul(900)?, 0)?;
            Some((at.naive_utc(), sum.unwrap_or(0)))
        })
        .collect())
}

/// Sets the stock policy of an item × location (creating an empty balance).
pub fn set_policy(
    conn: &mut DbConnection,
    key: &BalanceKey,
    reorder_point: i64,
    max_level: i64,
    at: NaiveDateTime,
) -> QueryResult<()> {
    let (item, location) = (key.item_id.as_str(), key.location_id.as_str());
    ensure_balance(conn, item, location, at)?;
    diesel::update(stock_balances::table.find((item, location)))
        .set((
            stock_balances::reorder_point_milli.eq(reorder_point),
            stock_balances::max_level_milli.eq(max_level),
            stock_balances::updated_at.eq(at),
        ))
        .run_execute(conn)
        .map(|_| ())
}

#[derive(Debug, Default, Clone)]
pub(crate) struct BalanceFilter {
    pub item_id: Option<String>,
    pub location_id: Option<String>,
    pub below_reorder: bool,
    /// Items whose SKU or name contains this, in any case.
    pub query: Option<String>,
}

/// Balances in (location, item) order, after the `after` pair when given.
pub(crate) fn balances(
    conn: &mut DbConnection,
    filter: &BalanceFilter,
    after: Option<(&str, &str)>,
    limit: i64,
) -> QueryResult<Vec<BalanceRow>> {
    on_backend!(conn, |c| {
        let mut query = stock_balances::table
            .select(BalanceRow::as_select())
            .into_boxed();
        if let Some((location, item)) = after {
            query = query.filter(
                stock_balances::location_id
                    .gt(location.to_owned())
                    .or(stock_balances::location_id
                        .eq(location.to_owned())
                        .and(stock_balances::item_id.gt(item.to_owned()))),
            );
        }
        if let Some(item) = &filter.item_id {
            query = query.filter(stock_balances::item_id.eq(item.clone()));
        }
        if let Some(location) = &filter.location_id {
            query = query.filter(stock_balances::location_id.eq(location.clone()));
        }
        if let Some(text) = filter.query.as_deref().filter(|t| !t.trim().is_empty()) {
            let pattern = format!("%{}%", text.trim().to_lowercase().replace(['%', '_'], ""));
            let matching = items::table
                .filter(
                    super::lower(items::sku)
                        .like(pattern.clone())
                        .or(super::lower(items::name).like(pattern)),
                )
                .select(items::id);
            query = query.filter(stock_balances::item_id.eq_any(matching));
        }
        if filter.below_reorder {
            query = query.filter(
                stock_balances::on_hand_milli
                    .nullable()
                    .le(stock_balances::reorder_point_milli),
            );
        }
        query
            .order((stock_balances::location_id, stock_balances::item_id))
            .limit(limit)
            .load(c)
    })
}

/// Which movements to read: by item and location, `from` ≤ created <
/// `before`, oldest or newest first (ids are UUIDv7, so id order is time
/// order and the cursor is the id).
#[derive(Debug, Default)]
pub(crate) struct MovementFilter {
    pub item_id: Option<String>,
    pub location_id: Option<String>,
    pub from: Option<NaiveDateTime>,
    pub before: Option<NaiveDateTime>,
    pub newest_first: bool,
}

pub(crate) fn movements(
    conn: &mut DbConnection,
    filter: &MovementFilter,
    after: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<MovementRow>> {
    on_backend!(conn, |c| {
        let mut query = stock_movements::table
            .select(MovementRow::as_select())
            .into_boxed();
        if let Some(item) = &filter.item_id {
            query = query.filter(stock_movements::item_id.eq(item.clone()));
        }
        if let Some(location) = &filter.location_id {
            query = query.filter(stock_movements::location_id.eq(location.clone()));
        }
        if let Some(from) = filter.from {
            query = query.filter(stock_movements::created_at.ge(from));
        }
        if let Some(before) = filter.before {
            query = query.filter(stock_movements::created_at.lt(before));
        }
        query = match (after, filter.newest_first) {
            (Some(after), true) => query.filter(stock_movements::id.lt(after.to_owned())),
            (Some(after), false) => query.filter(stock_movements::id.gt(after.to_owned())),
            (None, _) => query,
        };
        let query = if filter.newest_first {
            query.order(stock_movements::id.desc())
        } else {
            query.order(stock_movements::id)
        };
        query.limit(limit).load(c)
    })
}

/// Balances that differ from the sum of their movements:
/// (item, location, balance, ledger sum).
pub(crate) fn mismatches(conn: &mut DbConnection) -> QueryResult<Vec<(String, String, i64, i64)>> {
    use diesel::dsl::sql;
    use diesel::sql_types::{BigInt, Nullable};
    let sums: Vec<(String, String, Option<i64>)> = stock_movements::table
        .group_by((stock_movements::item_id, stock_movements::location_id))
        .select((
            stock_movements::item_id,
            stock_movements::location_id,
            sql::<Nullable<BigInt>>("CAST(SUM(delta_milli) AS BIGINT)"),
        ))
        .run_load(conn)?;
    let balances: Vec<BalanceRow> = on_backend!(conn, |c| {
        stock_balances::table
            .select(BalanceRow::as_select())
            .load(c)
    })?;
    let mut ledger: std::collections::HashMap<(String, String), i64> = sums
        .into_iter()
        .map(|(i, l, s)| ((i, l), s.unwrap_or(0)))
        .collect();
    let mut wrong = Vec::new();
    for b in balances {
        let sum = ledger
            .remove(&(b.item_id.clone(), b.location_id.clone()))
            .unwrap_or(0);
        if sum != b.on_hand_milli || b.on_hand_milli < 0 {
            wrong.push((b.item_id, b.location_id, b.on_hand_milli, sum));
        }
    }
    wrong.extend(
        ledger
            .into_iter()
            .filter(|(_, s)| *s != 0)
            .map(|((i, l), s)| (i, l, 0, s)),
    );
    Ok(wrong)
}

/// The on-hand quantity, row-locked on PostgreSQL until the transaction ends
/// (a count must post its adjustment against the balance it read). Creates
/// the empty row first so there is something to lock.
pub(crate) fn on_hand_for_update(
    conn: &mut DbConnection,
    key: &BalanceKey,
    at: NaiveDateTime,
) -> QueryResult<i64> {
    let (item, location) = (key.item_id.as_str(), key.location_id.as_str());
    ensure_balance(conn, item, location, at)?;
    match conn {
        DbConnection::Postgresql(c) => stock_balances::table
            .find((item, location))
            .select(stock_balances::on_hand_milli)
            .for_update()
            .first(c),
        DbConnection::Sqlite(c) => stock_balances::table
            .find((item, location))
            .select(stock_balances::on_hand_milli)
            .first(c),
    }
}
