//! The catalogue as CSV: export everything, import a file that creates new
//! SKUs and updates existing ones, or first a dry run that says what it
//! would do. An import is all-or-nothing: every bad cell is reported by line
//! number and column (`line 3: unit_cost`) and nothing of that file is
//! applied.

use serde::Serialize;
use serde_json::json;

use super::check_item;
use crate::db::catalogue::ItemRow;
use crate::db::scaled::{money_from_db, quantity_from_db};
use crate::db::{self, time};
use crate::domain::catalogue_csv::{self, ImportRow, COLUMNS};
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
    /// Whether this was a dry run: checked and planned, nothing written.
    pub dry_run: bool,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// What the file does to each of its rows, in file order.
    pub items: Vec<ImportedRow>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ImportAction {
    Create,
    Update,
    Unchanged,
}

#[derive(Debug, Serialize)]
pub(crate) struct ImportedRow {
    pub line: usize,
    pub sku: String,
    pub name: String,
    pub action: ImportAction,
    /// The columns an update changes.
    pub changes: Vec<&'static str>,
}

/// Imports a catalogue file, or with `dry_run` only checks it and says
/// what importing it would do. Rows equal to their stored item are left
/// alone (no new version).
pub(crate) async fn import(
    ctx: &AppContext,
    actor: &Actor,
    bytes: Vec<u8>,
    dry_run: bool,
) -> AppResult<ImportReport> {
    actor.require(Role::ItSpecialist)?;
    // CPU work on a blocking thread: a large file must not stall the executor.
    let rows = tokio::task::spawn_blocking(move || catalogue_csv::parse(&bytes))
        .await
        .map_err(AppError::internal)??;
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    let work = move |conn: &mut crate::db::DbConnection| {
        let currency = load_policy(conn)?.0.currency.to_string();
        let mut report = ImportReport {
            dry_run,
            created: 0,
            updated: 0,
            unchanged: 0,
            items: Vec::with_capacity(rows.len()),
        };
        for row in rows {
            let existing = db::catalogue::find_by_sku(conn, &row.item.sku)?;
            let stored = stored_row(&row, existing.as_ref(), &currency, now)?;
            let (action, changes) = match &existing {
                None => (ImportAction::Create, Vec::new()),
                Some(e) => match changed_columns(e, &stored) {
                    c if c.is_empty() => (ImportAction::Unchanged, c),
                    c => (ImportAction::Update, c),
                },
            };
            if !dry_run {
                write(conn, &stored, action)?;
            }
            match action {
                ImportAction::Create => report.created += 1,
                ImportAction::Update => report.updated += 1,
                ImportAction::Unchanged => report.unchanged += 1,
            }
            report.items.push(ImportedRow {
                line: row.line,
                sku: stored.sku,
                name: stored.name,
                action,
                changes,
            });
        }
        if !dry_run {
            let summary = json!({"created": report.created, "updated": report.updated});
            audit::record(
                conn,
                now,
                Some(&actor_id),
                "items.imported",
                "item",
                "catalogue",
                summary,
            )?;
        }
        Ok(report)
    };
    match dry_run {
        true => ctx.db.read(work).await,
        false => ctx.db.write(work).await,
    }
}

/// The item a row makes: a new one, or the stored one with the file's values.
fn stored_row(
    row: &ImportRow,
    existing: Option<&ItemRow>,
    currency: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<ItemRow> {
    let (cost, multiple) = check_item(&row.item)?;
    Ok(ItemRow {
        id: existing.map_or_else(new_id, |e| e.id.clone()),
        sku: row.item.sku.clone().into_string(),
        name: row.item.name.clone().into_string(),
        category: row.item.category,
        unit: row.item.unit.clone().into_string(),
        unit_cost_cents: cost,
        currency: existing.map_or_else(|| currency.to_owned(), |e| e.currency.clone()),
        supplier: row.item.supplier.clone().map(String::from),
        lead_time_days: row.item.lead_time_days,
        order_multiple_milli: multiple,
        active: row.active,
        version: existing.map_or(1, |e| e.version + 1),
        created_at: existing.map_or(time::to_db(now), |e| e.created_at),
        updated_at: time::to_db(now),
    })
}

/// The CSV columns whose values differ between the stored item and the row.
fn changed_columns(old: &ItemRow, new: &ItemRow) -> Vec<&'static str> {
    let differs = [
        ("name", old.name != new.name),
        ("category", old.category != new.category),
        ("unit", old.unit != new.unit),
        ("unit_cost", old.unit_cost_cents != new.unit_cost_cents),
        ("supplier", old.supplier != new.supplier),
        ("lead_time_days", old.lead_time_days != new.lead_time_days),
        (
            "order_multiple",
            old.order_multiple_milli != new.order_multiple_milli,
        ),
        ("active", old.active != new.active),
    ];
    differs
        .into_iter()
        .filter(|(_, d)| *d)
        .map(|(c, _)| c)
        .collect()
}

fn write(
    conn: &mut crate::db::DbConnection,
    stored: &ItemRow,
    action: ImportAction,
) -> AppResult<()> {
    match action {
        ImportAction::Create => Ok(db::catalogue::insert_item(conn, stored)?),
        ImportAction::Unchanged => Ok(()),
        // Versioned: an edit that committed since the read (PostgreSQL,
        // another instance) fails the whole import rather than being
        // overwritten or skipped.
        ImportAction::Update => match db::catalogue::update_item(conn, stored)? {
            true => Ok(()),
            false => Err(AppError::conflict(
                ErrorCode::ConcurrentChange,
                format!(
                    "item {} changed while the file was imported; import it again",
                    stored.sku
                ),
            )),
        },
    }
}
