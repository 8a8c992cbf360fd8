//! The catalogue as CSV: export everything, import a file that creates new
//! SKUs and updates existing ones. An import is all-or-nothing: every bad
//! cell is reported by line number and column (`line 3: unit_cost`) and
//! nothing of that file is applied.

use std::collections::HashSet;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::json;

use super::{check_item, NewItem};
use crate::db::catalogue::ItemRow;
use crate::db::scaled::{money_from_db, quantity_from_db};
use crate::db::{self, time};
use crate::domain::applications::Category;
use crate::domain::input::{Money, Quantity, Text};
use crate::domain::roles::Role;
use crate::domain::spreadsheet;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::service::identity::Actor;
use crate::service::policy::load_policy;
use crate::service::{audit, new_id, AppContext};

pub const COLUMNS: [&str; 9] = [
    "sku",
    "name",
    "category",
    "unit",
    "unit_cost",
    "supplier",
    "lead_time_days",
    "order_multiple",
    "active",
];

pub async fn export(ctx: &AppContext, _actor: &Actor) -> AppResult<String> {
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
            r.category,
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
pub struct ImportReport {
    pub created: usize,
    pub updated: usize,
}

/// One parsed row: the item as the create rules see it, plus `active`.
struct Row {
    item: NewItem,
    active: bool,
}

/// Most rows one import takes (the body is also capped in bytes).
pub const MAX_ROWS: usize = 20_000;

/// A cell as bounded text; a cell over the bound is reported and cut.
fn bounded<const N: usize>(value: &str, column: &str, bad: &mut dyn FnMut(&str, &str)) -> Text<N> {
    Text::new(value).unwrap_or_else(|message| {
        bad(column, &message);
        Text::truncated(value)
    })
}

fn parse(bytes: &[u8]) -> AppResult<Vec<Row>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|e| AppError::field("line 1", "invalid_csv", e.to_string()))?
        .clone();
    let position = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let mut errors = FieldErrors::new();
    for required in ["sku", "name", "unit", "unit_cost"] {
        if position(required).is_none() {
            errors.add(
                "line 1",
                "missing_column",
                format!("the header has no `{required}` column"),
            );
        }
    }
    for h in headers.iter() {
        if !COLUMNS.iter().any(|c| c.eq_ignore_ascii_case(h)) {
            errors.add(
                "line 1",
                "unknown_column",
                format!("`{h}` is not a catalogue column"),
            );
        }
    }
    errors.into_result()?;
    let mut rows = Vec::new();
    let mut seen_skus = HashSet::new();
    let mut errors = FieldErrors::new();
    for (index, record) in reader.records().enumerate() {
        let line = index + 2;
        if index >= MAX_ROWS {
            errors.add(
                format!("line {line}"),
                "too_many_rows",
                format!("a file may hold at most {MAX_ROWS} items; split it"),
            );
            break;
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.add(format!("line {line}"), "invalid_csv", e.to_string());
                continue;
            }
        };
        let cell = |name: &str| {
            let raw = position(name).and_then(|i| record.get(i)).unwrap_or("");
            spreadsheet::restore(raw).to_owned()
        };
        let mut bad = |column: &str, message: &str| {
            errors.add(format!("line {line}: {column}"), "invalid_value", message)
        };
        let decimal = |name: &str, default: &str, bad: &mut dyn FnMut(&str, &str)| {
            let text = cell(name);
            let text = if text.is_empty() {
                default.to_owned()
            } else {
                text
            };
            Decimal::from_str(&text).unwrap_or_else(|_| {
                bad(name, "is not a decimal number");
                Decimal::ZERO
            })
        };
        let unit_cost = Money::new(decimal("unit_cost", "", &mut bad)).unwrap_or_else(|m| {
            bad("unit_cost", &m);
            Money::default()
        });
        let order_multiple = Quantity::new(decimal("order_multiple", "1", &mut bad))
            .unwrap_or_else(|m| {
                bad("order_multiple", &m);
                Quantity::default()
            });
        let category = match cell("category").as_str() {
            "" => Category::Consumables,
            text => text.parse().unwrap_or_else(|_| {
                bad(
                    "category",
                    "must be hardware, software, consumables, services or other",
                );
                Category::Consumables
            }),
        };
        let lead_time_days = match cell("lead_time_days").as_str() {
            "" => 0,
            text => text.parse().unwrap_or_else(|_| {
                bad("lead_time_days", "is not a whole number of days");
                0
            }),
        };
        let active = match cell("active").to_ascii_lowercase().as_str() {
            "" | "true" | "yes" | "1" => true,
            "false" | "no" | "0" => false,
            _ => {
                bad("active", "must be true or false");
                true
            }
        };
        let supplier = Some(cell("supplier"))
            .filter(|s| !s.is_empty())
            .map(|s| bounded(&s, "supplier", &mut bad));
        let item = NewItem {
            sku: bounded(&cell("sku"), "sku", &mut bad),
            name: bounded(&cell("name"), "name", &mut bad),
            category,
            unit: bounded(&cell("unit"), "unit", &mut bad),
            unit_cost,
            supplier,
            lead_time_days,
            order_multiple,
        };
        if let Err(AppError::Validation(list)) = check_item(&item) {
            for f in list {
                errors.add(format!("line {line}: {}", f.field), &f.code, f.message);
            }
        }
        // A set, not a scan of the rows so far: a big file stays linear.
        if !seen_skus.insert(item.sku.to_string()) {
            errors.add(
                format!("line {line}: sku"),
                "duplicate",
                "appears twice in this file",
            );
        }
        rows.push(Row { item, active });
    }
    errors.into_result()?;
    Ok(rows)
}

pub async fn import(ctx: &AppContext, actor: &Actor, bytes: Vec<u8>) -> AppResult<ImportReport> {
    actor.require(Role::ItSpecialist)?;
    // CPU work on a blocking thread: a large file must not stall the executor.
    let rows = tokio::task::spawn_blocking(move || parse(&bytes))
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
                    category: row.item.category.as_str().to_owned(),
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
                        // In the import's transaction, straight after reading it.
                        db::catalogue::update_item(conn, &stored)?;
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
