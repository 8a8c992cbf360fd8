//! The `budget_ready` email to finance (HTML summary and text alternative
//! from the templates, the full lines as CSV and XLSX attachments, in each
//! recipient's language), and the
//! weekly `stale_needs` list to the IT specialists. Queued in
//! the outbox in the run's own transaction, so the budget and its email
//! commit together or not at all.

use chrono::{DateTime, Utc};
use serde_json::json;

use super::export;
use super::views::{view, BudgetView, Lookups};
use crate::db::budgets::{BudgetLineRow, BudgetRow};
use crate::db::{self, DbConnection};
use crate::domain::carry::Section;
use crate::domain::roles::Role;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::mail::templates::Templates;
use crate::service::outbox::{self, NewAttachment, Notification};
use crate::service::policy::load_policy;

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
    let mut budget = view(budget.0, Some(budget.1), lookups)?;
    super::compare::attach_changes(conn, &mut budget, lookups)?;
    let to: Vec<String> = if recipients.is_empty() {
        db::users::active_with_role(conn, Role::Finance.as_str())?
            .into_iter()
            .map(|(_, email)| email)
            .collect()
    } else {
        recipients.to_vec()
    };
    let stale_after_days = load_policy(conn)?.0.stale_after_days;
    let context = json!({
        "budget": budget,
        "largest_changes": largest_changes(&budget),
        "stale_after_days": stale_after_days,
        "url": crate::service::links::budget(public_url, &budget.id.to_string()),
    });
    // One notification per language: the XLSX is headed in its reader's.
    let mut first = None;
    for (locale, to) in outbox::by_locale(conn, templates, to)? {
        let t = Tr::new(locale, templates.zone());
        let attachments = vec![
            NewAttachment {
                filename: export::file_name(&budget, "csv"),
                content_type: "text/csv; charset=utf-8".into(),
                content: export::csv(&budget, &lookups.names)?,
            },
            NewAttachment {
                filename: export::file_name(&budget, "xlsx"),
                content_type: super::XLSX_TYPE.into(),
                content: export::xlsx(&budget, &lookups.names, &t)?,
            },
        ];
        let notification = Notification {
            kind: "budget_ready",
            to,
            context: context.clone(),
            attachments,
        };
        let id = outbox::enqueue_in(conn, templates, now, notification, locale)?;
        first = first.or(id);
    }
    Ok(first)
}

/// How many of the lines changed since the revision before the email lists
/// (the XLSX's `Changes` sheet has them all).
const CHANGES_SHOWN: usize = 10;

/// The lines that moved the total most since the revision before, largest
/// first: `{change, description, category, before, after, difference}`.
fn largest_changes(budget: &BudgetView) -> Vec<serde_json::Value> {
    let Some(Some(changes)) = &budget.changes_since_previous else {
        return Vec::new();
    };
    let mut lines: Vec<_> = changes.lines.iter().collect();
    lines.sort_by_key(|c| std::cmp::Reverse(c.difference.abs()));
    lines
        .into_iter()
        .take(CHANGES_SHOWN)
        .filter_map(|c| {
            let line = c.after.as_ref().or(c.before.as_ref())?;
            Some(json!({
                "change": c.change, "description": line.description, "category": line.category,
                "before": c.before.as_ref().map(|l| l.amount),
                "after": c.after.as_ref().map(|l| l.amount), "difference": c.difference,
            }))
        })
        .collect()
}

/// The weekly list of stale needs to the IT specialists, with the weekly
/// scheduled budget (so once a week, claimed with it): each line to order,
/// re-date or cancel, with its application. Nothing when none is stale.
pub(crate) fn queue_stale(
    conn: &mut DbConnection,
    templates: &Templates,
    public_url: &str,
    now: DateTime<Utc>,
    budget: (&BudgetRow, &[BudgetLineRow]),
) -> AppResult<Option<String>> {
    let base = public_url.trim_end_matches('/');
    let stale: Vec<serde_json::Value> = budget
        .1
        .iter()
        .filter(|l| l.section == Section::Stale)
        .map(|l| {
            let line = super::views::line_view(l);
            let application = l
                .source_ref
                .strip_prefix("application:")
                .and_then(|r| r.split('#').next())
                .unwrap_or_default();
            json!({"line": line, "url": crate::service::links::application(base, application)})
        })
        .collect();
    if stale.is_empty() {
        return Ok(None);
    }
    let to = db::users::active_with_role(conn, Role::ItSpecialist.as_str())?
        .into_iter()
        .map(|(_, email)| email)
        .collect();
    let context = json!({
        "period_start": budget.0.period_start, "period_end": budget.0.period_end,
        "currency": budget.0.currency,
        "stale_after_days": load_policy(conn)?.0.stale_after_days, "lines": stale,
    });
    let notification = Notification {
        kind: "stale_needs",
        to,
        context,
        attachments: Vec::new(),
    };
    outbox::enqueue(conn, templates, now, notification)
}
