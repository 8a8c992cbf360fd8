//! Low-stock alerts: when a balance falls to or below its reorder point one
//! alert is raised for that item × location (not one per movement); it is
//! cleared, and so re-armed, once stock is back above the point. Alerts
//! raised by one change reach the IT specialists as one digest email.

use chrono::{DateTime, Utc};
use serde_json::json;

use crate::db::scaled::quantity_from_db;
use crate::db::{self, time, DbConnection};
use crate::domain::roles::Role;
use crate::domain::stock::BalanceKey;
use crate::error::AppResult;
use crate::mail::templates::Templates;
use crate::service::new_id;
use crate::service::outbox::{enqueue, Notification};

/// Re-evaluates the alerts of the touched item × location pairs after a
/// change, in its transaction, and queues one digest for those raised.
pub(crate) fn after_change(
    conn: &mut DbConnection,
    templates: &Templates,
    public_url: &str,
    touched: &[BalanceKey],
    now: DateTime<Utc>,
) -> AppResult<usize> {
    let mut raised = Vec::new();
    for key in touched {
        let Some(balance) = db::stock::balance(conn, key)? else {
            continue;
        };
        let low = balance
            .reorder_point_milli
            .is_some_and(|rp| balance.on_hand_milli <= rp);
        match (low, db::stock_counts::open_alert(conn, key)?) {
            (true, None) => {
                db::stock_counts::raise_alert(conn, &new_id(), key, time::to_db(now))?;
                raised.push(balance);
            }
            (false, Some(alert)) => db::stock_counts::clear_alert(conn, &alert, time::to_db(now))?,
            _ => {}
        }
    }
    if raised.is_empty() {
        return Ok(0);
    }
    let mut alerts = Vec::new();
    for b in &raised {
        let item = db::catalogue::find_item(conn, &b.item_id)?;
        let location = db::catalogue::find_location(conn, &b.location_id)?;
        alerts.push(json!({
            "sku": item.as_ref().map(|i| i.sku.clone()),
            "item_name": item.as_ref().map(|i| i.name.clone()),
            "unit": item.as_ref().map(|i| i.unit.clone()),
            "location_name": location.map(|l| l.name),
            "on_hand": quantity_from_db(b.on_hand_milli).normalize().to_string(),
            "reorder_point": quantity_from_db(b.reorder_point_milli.unwrap_or(0)).normalize().to_string(),
        }));
    }
    let to: Vec<String> = db::users::active_with_role(conn, Role::ItSpecialist.as_str())?
        .into_iter()
        .map(|(_, e)| e)
        .collect();
    let context =
        json!({"alerts": alerts, "url": format!("{public_url}/api/v1/stock?below_reorder=true")});
    enqueue(
        conn,
        templates,
        now,
        Notification {
            kind: "low_stock",
            to,
            context,
            attachments: Vec::new(),
        },
    )?;
    Ok(raised.len())
}
