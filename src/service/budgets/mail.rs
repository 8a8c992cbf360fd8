//! The `budget_ready` email to finance: HTML summary and text alternative
//! from the templates, the full lines as CSV and XLSX attachments. Queued in
//! the outbox in the run's own transaction, so the budget and its email
//! commit together or not at all.

use chrono::{DateTime, Utc};
use serde_json::json;

use super::export;
use super::views::{view, Lookups};
use crate::db::budgets::{BudgetLineRow, BudgetRow};
use crate::db::{self, DbConnection};
use crate::domain::roles::Role;
use crate::error::AppResult;
use crate::mail::templates::Templates;
use crate::service::outbox::{self, NewAttachment, Notification};

/// `recipients` empty means every active finance user.
pub(crate) fn queue(
    conn: &mut DbConnection,
    templates: &Templates,
    public_url: &str,
    now: DateTime<Utc>,
    budget: (&BudgetRow, &[BudgetLineRow]),
    lookups: &Lookups,
    recipients: &[String],
) -> AppResult<Option<String>> {
    let budget = view(budget.0, Some(budget.1), lookups)?;
    let to: Vec<String> = if recipients.is_empty() {
        db::users::active_with_role(conn, Role::Finance.as_str())?
            .into_iter()
            .map(|(_, email)| email)
            .collect()
    } else {
        recipients.to_vec()
    };
    let context = json!({
        "budget": budget,
        "url": format!("{}/api/v1/budgets/{}", public_url.trim_end_matches('/'), budget.id),
    });
    let attachments = vec![
        NewAttachment {
            filename: export::file_name(&budget, "csv"),
            content_type: "text/csv; charset=utf-8".into(),
            content: export::csv(&budget, &lookups.names)?,
        },
        NewAttachment {
            filename: export::file_name(&budget, "xlsx"),
            content_type: super::XLSX_TYPE.into(),
            content: export::xlsx(&budget, &lookups.names)?,
        },
    ];
    let notification = Notification {
        kind: "budget_ready",
        to,
        context,
        attachments,
    };
    outbox::enqueue(conn, templates, now, notification)
}
