//! What clients see of an application: the document with its lines, the
//! approval steps of every round and the history of transitions.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

use super::position_view::BudgetPositionView;
use crate::db::application_lists::SummaryRow;
use crate::db::applications::{ApplicationRow, HistoryRow, LineRow, StepRow};
use crate::db::scaled::{money_from_db, quantity_from_db};
use crate::db::time;
use crate::domain::applications::{round_money, Category, Status};
use crate::domain::approval::{StepKind, StepStatus};
use crate::domain::ids::{ApplicationId, DepartmentId, UserId};

#[derive(Debug, Clone, Serialize)]
pub(crate) struct LineView {
    pub id: String,
    pub description: String,
    pub category: Category,
    pub item_id: Option<String>,
    pub quantity: Decimal,
    pub unit_price: Decimal,
    pub line_total: Decimal,
    pub ordered_unit_price: Option<Decimal>,
    pub received_quantity: Decimal,
    /// Closed short: what will not come, and why.
    pub closed_quantity: Decimal,
    pub closed_reason: Option<String>,
    /// Delivered but rejected at receipt and returned to the supplier, in
    /// all receipts so far: still to come (the reasons are in history).
    pub rejected_quantity: Decimal,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct StepView {
    pub id: String,
    pub round: i32,
    pub kind: StepKind,
    pub approver_id: Option<UserId>,
    /// Names beside the ids (filled by `names::Names`).
    pub approver_name: Option<String>,
    pub approver_role: Option<String>,
    /// `waiting` (later in the chain), `pending` (deciding now), `approved`,
    /// `returned`, `rejected` or `cancelled`.
    pub status: StepStatus,
    pub decided_by: Option<UserId>,
    pub decided_by_name: Option<String>,
    pub on_behalf_of: Option<UserId>,
    pub on_behalf_of_name: Option<String>,
    pub comment: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
    /// When a pending step began waiting for its decision.
    pub waiting_since: Option<DateTime<Utc>>,
    /// The business day it is overdue from (docs/design.md#reminders).
    pub overdue_on: Option<NaiveDate>,
    /// Pending and past `overdue_on` today (set by [`StepView::mark_overdue`]).
    pub overdue: bool,
}

impl StepView {
    /// Whether, on `today`, the step has waited past its overdue day.
    pub(crate) fn mark_overdue(&mut self, today: NaiveDate) {
        self.overdue =
            self.status == StepStatus::Pending && self.overdue_on.is_some_and(|d| d <= today);
    }
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct HistoryView {
    pub at: DateTime<Utc>,
    pub actor_id: Option<UserId>,
    pub actor_name: Option<String>,
    pub on_behalf_of: Option<UserId>,
    pub on_behalf_of_name: Option<String>,
    pub action: String,
    pub from_status: Option<Status>,
    pub to_status: Status,
    pub comment: Option<String>,
    /// `email_link` when decided through the link of an "approval needed" mail.
    pub via: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ApplicationView {
    pub id: ApplicationId,
    /// The short reference people use: `A-2026-00042`.
    pub reference: String,
    pub status: Status,
    pub requester_id: UserId,
    pub requester_name: Option<String>,
    pub department_id: Option<DepartmentId>,
    pub department_code: Option<String>,
    pub department_name: Option<String>,
    pub title: String,
    pub justification: String,
    pub needed_by: Option<NaiveDate>,
    pub currency: String,
    pub total: Decimal,
    pub supplier: Option<String>,
    pub order_reference: Option<String>,
    pub expected_on: Option<NaiveDate>,
    /// The stock location the goods are for, when named.
    pub location_id: Option<String>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub lines: Vec<LineView>,
    /// Every round of approval steps, in decision order.
    pub steps: Vec<StepView>,
    /// The step deciding now, if any.
    pub awaiting: Option<StepView>,
    pub history: Vec<HistoryView>,
    /// While it awaits a decision: what it does to each budget limit it
    /// touches (docs/design.md#budget-check); `null` otherwise.
    pub budget_position: Option<BudgetPositionView>,
}

/// A row of a list: the document without lines and history.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ApplicationSummary {
    pub id: ApplicationId,
    /// The short reference people use: `A-2026-00042`.
    pub reference: String,
    pub status: Status,
    pub requester_id: UserId,
    pub requester_name: Option<String>,
    pub department_id: Option<DepartmentId>,
    pub department_code: Option<String>,
    pub department_name: Option<String>,
    pub title: String,
    pub needed_by: Option<NaiveDate>,
    /// When the supplier said the goods arrive (set by the order).
    pub expected_on: Option<NaiveDate>,
    pub currency: String,
    pub total: Decimal,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub awaiting: Option<StepView>,
}

pub(crate) fn line_view(l: &LineRow) -> LineView {
    let quantity = quantity_from_db(l.quantity_milli);
    let unit_price = money_from_db(l.unit_price_cents);
    LineView {
        id: l.id.clone(),
        description: l.description.clone(),
        category: l.category,
        item_id: l.item_id.clone(),
        quantity: quantity.normalize(),
        unit_price,
        line_total: round_money(quantity * unit_price),
        ordered_unit_price: l.ordered_unit_price_cents.map(money_from_db),
        received_quantity: quantity_from_db(l.received_milli).normalize(),
        closed_quantity: quantity_from_db(l.closed_milli).normalize(),
        closed_reason: l.closed_reason.clone(),
        rejected_quantity: quantity_from_db(l.rejected_milli).normalize(),
    }
}

pub(crate) fn step_view(s: &StepRow) -> StepView {
    StepView {
        id: s.id.clone(),
        round: s.round,
        kind: s.kind,
        approver_id: s.approver_id.clone(),
        approver_name: None,
        approver_role: s.approver_role.clone(),
        status: s.status,
        decided_by: s.decided_by.clone(),
        decided_by_name: None,
        on_behalf_of: s.on_behalf_of.clone(),
        on_behalf_of_name: None,
        comment: s.comment.clone(),
        decided_at: s.decided_at.map(time::from_db),
        waiting_since: s.pending_since.map(time::from_db),
        overdue_on: s.overdue_on,
        overdue: false,
    }
}

fn history_view(h: HistoryRow) -> HistoryView {
    HistoryView {
        at: time::from_db(h.at),
        actor_id: h.actor_id,
        actor_name: None,
        on_behalf_of: h.on_behalf_of,
        on_behalf_of_name: None,
        action: h.action,
        from_status: h.from_status,
        to_status: h.to_status,
        comment: h.comment,
        via: h.via,
    }
}

impl ApplicationView {
    /// Marks its waiting step overdue or not, as of `today`.
    pub(crate) fn mark_overdue(&mut self, today: NaiveDate) {
        self.steps.iter_mut().for_each(|s| s.mark_overdue(today));
        if let Some(s) = self.awaiting.as_mut() {
            s.mark_overdue(today);
        }
    }
}

impl ApplicationSummary {
    pub(crate) fn mark_overdue(&mut self, today: NaiveDate) {
        if let Some(s) = self.awaiting.as_mut() {
            s.mark_overdue(today);
        }
    }
}

pub(crate) fn summary(row: SummaryRow, awaiting: Option<StepView>) -> ApplicationSummary {
    ApplicationSummary {
        id: row.id,
        reference: row.reference,
        status: row.status,
        requester_id: row.requester_id,
        requester_name: None,
        department_id: row.department_id,
        department_code: None,
        department_name: None,
        title: row.title,
        needed_by: row.needed_by,
        expected_on: row.expected_on,
        currency: row.currency,
        total: money_from_db(row.total_cents),
        version: row.version,
        created_at: time::from_db(row.created_at),
        updated_at: time::from_db(row.updated_at),
        awaiting,
    }
}

/// The full view from rows the caller already holds (no queries), for use
/// cases that know exactly what they have just written.
pub(crate) fn assemble(
    row: ApplicationRow,
    lines: &[LineRow],
    steps: &[StepRow],
    history: Vec<HistoryRow>,
) -> ApplicationView {
    let awaiting = steps
        .iter()
        .find(|s| s.status == StepStatus::Pending)
        .map(step_view);
    ApplicationView {
        id: row.id,
        reference: row.reference,
        status: row.status,
        requester_id: row.requester_id,
        requester_name: None,
        department_id: row.department_id,
        department_code: None,
        department_name: None,
        title: row.title,
        justification: row.justification,
        needed_by: row.needed_by,
        currency: row.currency,
        total: money_from_db(row.total_cents),
        supplier: row.supplier,
        order_reference: row.order_reference,
        expected_on: row.expected_on,
        location_id: row.location_id,
        version: row.version,
        created_at: time::from_db(row.created_at),
        updated_at: time::from_db(row.updated_at),
        lines: lines.iter().map(line_view).collect(),
        steps: steps.iter().map(step_view).collect(),
        awaiting,
        history: history.into_iter().map(history_view).collect(),
        budget_position: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line's total rounds like the application's total: half a cent
    /// goes away from zero (0.005 → 0.01), not to the even cent.
    #[test]
    fn a_line_total_of_half_a_cent_rounds_away_from_zero() {
        let line = LineRow {
            id: "l".into(),
            application_id: "a".into(),
            position: 0,
            description: "cable tie".into(),
            category: Category::Consumables,
            item_id: None,
            quantity_milli: 500,
            unit_price_cents: 1,
            ordered_unit_price_cents: None,
            received_milli: 0,
            closed_milli: 0,
            closed_reason: None,
            rejected_milli: 0,
        };
        assert_eq!(line_view(&line).line_total.to_string(), "0.01");
    }
}
