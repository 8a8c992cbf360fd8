//! Physical counts ("conducts inventory"): the counted quantities of a
//! location are compared with the balances; each difference is posted as
//! one `adjustment` movement and the count document is kept.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::alerts;
use crate::db::scaled::{quantity_from_db, quantity_to_db};
use crate::db::stock::{Applied, MovementRow};
use crate::db::stock_counts::{CountLineRow, CountRow};
use crate::db::{self, time, DbConnection};
use crate::domain::input::{Id, Prose, Quantity};
use crate::domain::roles::Role;
use crate::domain::stock::{BalanceKey, MovementKind};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::service::identity::Actor;
use crate::service::{audit, new_id, AppContext};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CountedLine {
    pub item_id: Id,
    pub counted: Quantity,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewCount {
    pub location_id: Id,
    pub lines: Vec<CountedLine>,
    #[serde(default)]
    pub note: Option<Prose<2000>>,
}

#[derive(Debug, Serialize)]
pub(crate) struct CountLineView {
    pub item_id: String,
    pub sku: String,
    pub item_name: String,
    pub expected: Decimal,
    pub counted: Decimal,
    pub difference: Decimal,
}

#[derive(Debug, Serialize)]
pub(crate) struct CountView {
    pub id: String,
    pub location_id: String,
    pub location_code: String,
    pub location_name: String,
    pub note: Option<String>,
    pub created_at: DateTime<Utc>,
    pub lines: Vec<CountLineView>,
    /// How many adjustment movements the count posted.
    pub adjustments: usize,
}

/// The count document as people read it: items and the location named
/// beside their ids.
pub(super) fn count_view(
    conn: &mut DbConnection,
    count: CountRow,
    lines: Vec<CountLineRow>,
    adjustments: usize,
) -> AppResult<CountView> {
    let ids: Vec<String> = lines.iter().map(|l| l.item_id.clone()).collect();
    let items = db::catalogue::item_names(conn, &ids)?;
    let location = db::catalogue::location_names(conn, std::slice::from_ref(&count.location_id))?;
    let (location_code, location_name) = location
        .get(&count.location_id)
        .cloned()
        .unwrap_or_default();
    let lines = lines
        .into_iter()
        .map(|l| {
            let (sku, item_name) = items.get(&l.item_id).cloned().unwrap_or_default();
            CountLineView {
                sku,
                item_name,
                expected: quantity_from_db(l.expected_milli).normalize(),
                counted: quantity_from_db(l.counted_milli).normalize(),
                difference: quantity_from_db(l.counted_milli - l.expected_milli).normalize(),
                item_id: l.item_id,
            }
        })
        .collect();
    Ok(CountView {
        id: count.id,
        location_id: count.location_id,
        location_code,
        location_name,
        note: count.note,
        created_at: time::from_db(count.created_at),
        adjustments,
        lines,
    })
}

pub(super) fn check(input: &NewCount) -> AppResult<Vec<i64>> {
    let mut errors = FieldErrors::new();
    if input.lines.is_empty() {
        errors.add("lines", "required", "must count at least one item");
    }
    let mut counted = Vec::with_capacity(input.lines.len());
    for (i, line) in input.lines.iter().enumerate() {
        match quantity_to_db(line.counted.get()).filter(|q| *q >= 0) {
            Some(q) => counted.push(q),
            None => errors.add(
                format!("lines[{i}].counted"),
                "invalid_quantity",
                "must be ≥ 0 with at most 3 decimal places",
            ),
        }
        if input.lines[..i].iter().any(|l| l.item_id == line.item_id) {
            errors.add(
                format!("lines[{i}].item_id"),
                "duplicate",
                "each item is counted once per count",
            );
        }
    }
    errors.into_result()?;
    Ok(counted)
}

pub(crate) async fn record(
    ctx: &AppContext,
    actor: &Actor,
    input: NewCount,
) -> AppResult<CountView> {
    actor.require(Role::ItSpecialist)?;
    let counted = check(&input)?;
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    let (templates, public_url) = (ctx.templates.clone(), ctx.settings.public_url.clone());
    let view = ctx
        .db
        .write(move |conn| {
            let mut errors = FieldErrors::new();
            if !db::catalogue::location_exists(conn, &input.location_id)? {
                errors.add("location_id", "not_found", "no location has this id");
            }
            for (i, line) in input.lines.iter().enumerate() {
                if db::catalogue::find_item(conn, &line.item_id)?.is_none() {
                    errors.add(format!("lines[{i}].item_id"), "not_found", "no catalogue item has this id");
                }
            }
            errors.into_result()?;
            let count = CountRow {
                id: new_id(),
                location_id: input.location_id.clone().into_string(),
                actor_id: Some(actor_id.clone()),
                note: input.note.clone().filter(|n| !n.trim().is_empty()).map(String::from),
                created_at: time::to_db(now),
            };
            let mut lines = Vec::new();
            let mut adjustments = 0;
            for (line, counted) in input.lines.iter().zip(counted) {
                let key = BalanceKey { item_id: line.item_id.to_string(), location_id: input.location_id.to_string() };
                let expected = db::stock::on_hand_for_update(conn, &key, time::to_db(now))?;
                if counted != expected {
                    let movement = MovementRow {
                        id: new_id(),
                        item_id: line.item_id.clone().into_string(),
                        location_id: input.location_id.clone().into_string(),
                        kind: MovementKind::Adjustment,
                        delta_milli: counted - expected,
                        unit_cost_cents: None,
                        transfer_id: None,
                        issued_to_user_id: None,
                        note: Some(format!("count {}", count.id)),
                        actor_id: Some(actor_id.clone()),
                        created_at: time::to_db(now),
                    };
                    match db::stock::apply(conn, &movement)? {
                        Applied::Done(_) => {}
                        Applied::TooLarge(on_hand) => return Err(crate::service::stock::too_large(on_hand)),
                        Applied::Insufficient(_) => return Err(AppError::internal("a count adjustment went below zero")),
                    }
                    adjustments += 1;
                }
                lines.push(CountLineRow { count_id: count.id.clone(), item_id: line.item_id.clone().into_string(), expected_milli: expected, counted_milli: counted });
            }
            db::stock_counts::insert_count(conn, &count, &lines)?;
            let summary = json!({"location_id": count.location_id, "lines": lines.len(), "adjustments": adjustments});
            audit::record(conn, now, Some(&actor_id), "stock.counted", "stock_count", &count.id, summary)?;
            let touched: Vec<BalanceKey> = lines
                .iter()
                .map(|l| BalanceKey { item_id: l.item_id.clone(), location_id: count.location_id.clone() })
                .collect();
            alerts::after_change(conn, &templates, &public_url, &touched, now)?;
            count_view(conn, count, lines, adjustments)
        })
        .await?;
    ctx.outbox_wakeup.notify_one();
    Ok(view)
}
