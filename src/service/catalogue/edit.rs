//! Changing a catalogue item: any field but the SKU (the key CSV imports
//! match on), with `If-Match` guarding against lost updates. Retiring an
//! item is `active: false`: it keeps its stock and history, takes no new
//! receipts and gets no replenishment suggestions.

use serde::Deserialize;
use serde_json::json;

use super::{check_item, ItemView, NewItem};
use crate::db;
use crate::db::scaled::{money_from_db, quantity_from_db};
use crate::db::time;
use crate::domain::applications::Category;
use crate::domain::input::{Money, Quantity, Text};
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult};
use crate::service::identity::Actor;
use crate::service::{audit, AppContext};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ItemPatch {
    #[serde(default, deserialize_with = "crate::service::present")]
    pub name: Option<Text<200>>,
    #[serde(default, deserialize_with = "crate::service::present")]
    pub category: Option<Category>,
    #[serde(default, deserialize_with = "crate::service::present")]
    pub unit: Option<Text<20>>,
    #[serde(default, deserialize_with = "crate::service::present")]
    pub unit_cost: Option<Money>,
    #[serde(default, deserialize_with = "crate::service::double_option")]
    pub supplier: Option<Option<Text<200>>>,
    #[serde(default, deserialize_with = "crate::service::present")]
    pub lead_time_days: Option<i32>,
    #[serde(default, deserialize_with = "crate::service::present")]
    pub order_multiple: Option<Quantity>,
    #[serde(default, deserialize_with = "crate::service::present")]
    pub active: Option<bool>,
}

pub(crate) async fn update_item(
    ctx: &AppContext,
    actor: &Actor,
    id: String,
    patch: ItemPatch,
    if_match: Option<i64>,
) -> AppResult<ItemView> {
    actor.require(Role::ItSpecialist)?;
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    ctx.db
        .write(move |conn| {
            let mut row = db::catalogue::find_item(conn, &id)?.ok_or(AppError::NotFound { entity: "item" })?;
            // The merged item passes the same checks as a new one.
            let merged = NewItem {
                sku: Text::truncated(&row.sku),
                name: patch.name.clone().unwrap_or_else(|| Text::truncated(&row.name)),
                category: match patch.category {
                    Some(c) => c,
                    None => row.category,
                },
                unit: patch.unit.clone().unwrap_or_else(|| Text::truncated(&row.unit)),
                unit_cost: patch.unit_cost.map_or_else(|| stored_money(row.unit_cost_cents), Ok)?,
                supplier: patch
                    .supplier
                    .clone()
                    .unwrap_or_else(|| row.supplier.as_deref().map(Text::truncated)),
                lead_time_days: patch.lead_time_days.unwrap_or(row.lead_time_days),
                order_multiple: patch
                    .order_multiple
                    .map_or_else(|| stored_quantity(row.order_multiple_milli), Ok)?,
            };
            // A malformed request is a 422 whatever version it names.
            let (cost, multiple) = check_item(&merged)?;
            if if_match.is_some_and(|v| v != row.version) {
                return Err(AppError::VersionConflict {
                current: row.version,
                yours: false,
            });
            }
            row.name = merged.name.trim().to_owned();
            row.category = merged.category;
            row.unit = merged.unit.trim().to_owned();
            row.unit_cost_cents = cost;
            row.supplier = merged.supplier.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
            row.lead_time_days = merged.lead_time_days;
            row.order_multiple_milli = multiple;
            row.active = patch.active.unwrap_or(row.active);
            row.version += 1;
            row.updated_at = time::to_db(now);
            if !db::catalogue::update_item(conn, &row)? {
                return Err(AppError::VersionConflict {
                current: row.version - 1,
                yours: false,
            });
            }
            let summary = json!({"name": row.name, "unit_cost": money_from_db(row.unit_cost_cents).to_string(),
                "lead_time_days": row.lead_time_days, "active": row.active});
            audit::record(conn, now, Some(&actor_id), "item.updated", "item", &row.id, summary)?;
            Ok(ItemView::from(row))
        })
        .await
}

/// A value stored before today's bounds existed may be above them: then the
/// patch must give a new one (422 on the field), never a 500.
fn stored_money(cents: i64) -> AppResult<Money> {
    Money::new(money_from_db(cents)).map_err(|m| stale("unit_cost", &m))
}

fn stored_quantity(milli: i64) -> AppResult<Quantity> {
    Quantity::new(quantity_from_db(milli)).map_err(|m| stale("order_multiple", &m))
}

fn stale(field: &str, bound: &str) -> AppError {
    AppError::field(
        field,
        "out_of_bounds",
        format!("the stored value {bound}; send a new one with this change"),
    )
}
