//! The count sheet's two readings of a physical count: what it *would*
//! post — each counted line beside today's balance, checked exactly as
//! [`counts::record`] checks it, with nothing written — and, afterwards,
//! the count document it became.

use super::counts::{self, count_view, CountLineView, CountView, NewCount};
use crate::db::scaled::quantity_from_db;
use crate::db::{self};
use crate::domain::roles::Role;
use crate::domain::stock::BalanceKey;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::service::identity::Actor;
use crate::service::AppContext;

/// The adjustments `input` would post if recorded now: every line with
/// its expected (today's) and counted quantity and their difference, by SKU.
/// The balances may still move before the count is confirmed; the record
/// compares with the balance at that moment.
pub(crate) async fn preview(
    ctx: &AppContext,
    actor: &Actor,
    input: NewCount,
) -> AppResult<Vec<CountLineView>> {
    actor.require(Role::ItSpecialist)?;
    let counted = counts::check(&input)?;
    ctx.db
        .read(move |conn| {
            let mut errors = FieldErrors::new();
            if !db::catalogue::location_exists(conn, &input.location_id)? {
                errors.add("location_id", "not_found", "no location has this id");
            }
            let ids: Vec<String> = input.lines.iter().map(|l| l.item_id.to_string()).collect();
            let names = db::catalogue::item_names(conn, &ids)?;
            for (i, id) in ids.iter().enumerate() {
                if !names.contains_key(id) {
                    errors.add(
                        format!("lines[{i}].item_id"),
                        "not_found",
                        "no catalogue item has this id",
                    );
                }
            }
            errors.into_result()?;
            let mut lines = Vec::with_capacity(ids.len());
            for (item_id, counted) in ids.into_iter().zip(counted) {
                let key = BalanceKey {
                    item_id,
                    location_id: input.location_id.to_string(),
                };
                let expected = db::stock::balance(conn, &key)?.map_or(0, |b| b.on_hand_milli);
                let (sku, item_name) = names.get(&key.item_id).cloned().unwrap_or_default();
                lines.push(CountLineView {
                    sku,
                    item_name,
                    expected: quantity_from_db(expected).normalize(),
                    counted: quantity_from_db(counted).normalize(),
                    difference: quantity_from_db(counted - expected).normalize(),
                    item_id: key.item_id,
                });
            }
            lines.sort_by(|a, b| a.sku.cmp(&b.sku));
            Ok(lines)
        })
        .await
}

/// A recorded count, its lines by SKU.
pub(crate) async fn find(ctx: &AppContext, actor: &Actor, id: String) -> AppResult<CountView> {
    actor.require_any(&[Role::ItSpecialist, Role::Finance, Role::Admin])?;
    ctx.db
        .read(move |conn| {
            let (count, lines) =
                db::stock_counts::find_count(conn, &id)?.ok_or(AppError::NotFound {
                    entity: "stock count",
                })?;
            let adjustments = lines
                .iter()
                .filter(|l| l.counted_milli != l.expected_milli)
                .count();
            let mut view = count_view(conn, count, lines, adjustments)?;
            view.lines.sort_by(|a, b| a.sku.cmp(&b.sku));
            Ok(view)
        })
        .await
}
