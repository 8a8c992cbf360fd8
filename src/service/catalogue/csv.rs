//! The catalogue as CSV: export everything, import a file that creates new
//! SKUs and updates existing ones. An import is all-or-nothing: every bad
//! cell is reported by line number and column (`line 3: unit_cost`) and
//! nothing of that file is applied.

use serde::Serialize;
use serde_json::json;

use super::check_item;
use crate::db::catalogue::ItemRow;
use crate::db::scaled::{money_from_db, quantity_from_db};
use crate::db::{self, time};
use crate::domain::catalogue_csv::{self, COLUMNS};
use crate::domain::roles::Role;
use crate::domain::spreadsheet;
use crate::error::{AppError, AppResult, ErrorCode};
use crate::service::identity::Actor;
use crate::service::policy::load_policy;
use crate::service::{audit, new_id, AppContext};

pub(crate) async fn export(ctx: &AppContext, _actor: &Actor) -> AppResult<String> {
    let rows = ctx
        .db
        .read(|conn| Ok(db::catalogue::all_items(conn)?))
        .await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(COLUMNS).map_err(AppError::internal)?;
    for r in rows {
        let text = |t: &str| spreadsheet::neutralize(t).into_owned();
        let record = [
            text(&r.sku),
            text(&r.name),
            r.category.to_string(),
            text(&r.unit),
            money_from_db(r.unit_cost_cents).to_string(),
            text(&r.supplier.unwrap_or_default()),
            r.lead_time_days.to_string(),
            quantity_from_db(r.order_multiple_milli)
                .normalize()
                .to_string(),
            r.active.to_string(),
        ];
        out.write_record(&record).map_err(AppError::internal)?;
    }
    String::from_utf8(out.into_inner().map_err(AppError::internal)?).map_err(AppError::internal)
}

#[derive(Debug, Serialize)]
pub(crate) struct ImportReport {
    pub created: usize,
    pub updated: usize,
}

pub(crate) async fn import(
    ctx: &AppContext,
    actor: &Actor,
    bytes: Vec<u8>,
) -> AppResult<ImportReport> {
    actor.require(Role::ItSpecialist)?;
    // CPU work on a blocking thread: a large file must not stall the executor.
    let rows = tokio::task::spawn_blocking(move || catalogue_csv::parse(&bytes))
        .await
        .map_err(AppError::internal)??;
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    ctx.db
        .write(move |conn| {
            let currency = load_policy(conn)?.0.currency;
            let mut report = ImportReport {
                created: 0,
                updated: 0,
            };
            for row in rows {
                let (cost, multiple) = check_item(&row.item)?;
                let existing = db::catalogue::find_by_sku(conn, &row.item.sku)?;
                let mut stored = ItemRow {
                    id: existing.as_ref().map_or_else(new_id, |e| e.id.clone()),
                    sku: row.item.sku.clone().into_string(),
                    name: row.item.name.clone().into_string(),
                    category: row.item.category,
                    unit: row.item.unit.clone().into_string(),
                    unit_cost_cents: cost,
                    currency: existing
                        .as_ref()
                        .map_or_else(|| currency.to_string(), |e| e.currency.clone()),
                    supplier: row.item.supplier.clone().map(String::from),
                    lead_time_days: row.item.lead_time_days,
                    order_multiple_milli: multiple,
                    active: row.active,
                    version: 1,
                    created_at: existing.as_ref().map_or(time::to_db(now), |e| e.created_at),
                    updated_at: time::to_db(now),
                };
                match existing {
                    Some(e) => {
                        stored.version = e.version + 1;
                        // Versioned: an edit that committed since the read
                        // (PostgreSQL, another instance) fails the whole
                        // import rather than being overwritten or skipped.
                        if !db::catalogue::update_item(conn, &stored)? {
                            return Err(AppError::conflict(
                                ErrorCode::ConcurrentChange,
                                format!(
                                    "item {} changed while the file was imported; import it again",
                                    stored.sku
                                ),
                            ));
                        }
                        report.updated += 1;
                    }
                    None => {
                        db::catalogue::insert_item(conn, &stored)?;
                        report.created += 1;
                    }
                }
            }
            audit::record(
                conn,
                now,
                Some(&actor_id),
                "items.imported",
                "item",
                "catalogue",
                json!({"created": report.created, "updated": report.updated}),
            )?;
            Ok(report)
        })
        .await
}
