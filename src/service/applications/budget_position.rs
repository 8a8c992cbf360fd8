//! The budget position an application carries while it awaits a decision
//! (docs/design.md#budget-check): for each category it touches, in its
//! department and month, the limit, what other applications already hold
//! there, this application and what remains. The API returns it with the
//! application, the page shows it beside the decision, and `approve`
//! computes it again inside its own transaction before it decides.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::position_view::{BudgetPositionView, PositionView};
use super::views::ApplicationView;
use crate::db::applications::{ApplicationRow, LineRow};
use crate::db::budget_position::{counted_lines, month_limits};
use crate::db::scaled::{money_from_db, quantity_from_db};
use crate::db::DbConnection;
use crate::domain::applications::{round_money, Category, Status};
use crate::domain::budget::in_cents;
use crate::domain::budget_check::{
    month_of, next_month, position, strictest, BudgetCheck, CountedLine, Position, Spent,
};
use crate::domain::ids::{ApplicationId, DepartmentId};
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult};
use crate::service::identity::Actor;
use crate::service::policy::load_policy;

/// What the position is computed for: an application's department, its
/// budget day and its amount per category.
struct Subject<'a> {
    id: &'a ApplicationId,
    department: &'a DepartmentId,
    day: NaiveDate,
    amounts: Vec<(Category, Decimal)>,
}

/// The view as read now: its waiting step marked overdue or not, and its
/// budget position by the policy in force while it awaits a decision.
pub(crate) fn as_of(
    conn: &mut DbConnection,
    view: &mut ApplicationView,
    actor: &Actor,
    today: NaiveDate,
) -> AppResult<()> {
    view.mark_overdue(today);
    if view.status != Status::Submitted || !may_see(actor, view) {
        return Ok(());
    }
    let check = load_policy(conn)?.0.budget_check;
    attach(conn, view, &check, today)
}

/// Budgets are for the people who decide and for the roles that read
/// budgets: a requester sees the position of their own application only
/// when they hold one of those roles.
fn may_see(actor: &Actor, view: &ApplicationView) -> bool {
    view.requester_id != actor.user_id
        || [Role::Finance, Role::ItSpecialist, Role::Admin]
            .iter()
            .any(|r| actor.has(*r))
}

/// The view's position while it awaits a decision (`None` otherwise).
fn attach(
    conn: &mut DbConnection,
    view: &mut ApplicationView,
    check: &BudgetCheck,
    today: NaiveDate,
) -> AppResult<()> {
    if view.status != Status::Submitted {
        return Ok(());
    }
    let Some(department) = view.department_id.as_ref() else {
        return Ok(());
    };
    let amounts = per_category(view.lines.iter().map(|l| {
        let price = l.ordered_unit_price.unwrap_or(l.unit_price);
        (l.category, l.quantity - l.closed_quantity, price)
    }))?;
    let subject = Subject {
        id: &view.id,
        department,
        day: view.expected_on.or(view.needed_by).unwrap_or(today),
        amounts,
    };
    let position = compute(conn, &subject, check)?;
    view.budget_position = Some(position);
    Ok(())
}

/// The position of a submitted application read as rows, inside the
/// decision's transaction (`None` without a paying department).
pub(crate) fn for_row(
    conn: &mut DbConnection,
    row: &ApplicationRow,
    lines: &[LineRow],
    check: &BudgetCheck,
    today: NaiveDate,
) -> AppResult<Option<BudgetPositionView>> {
    let Some(department) = row.department_id.as_ref() else {
        return Ok(None);
    };
    let amounts = per_category(lines.iter().map(|l| {
        let price = l.ordered_unit_price_cents.unwrap_or(l.unit_price_cents);
        let open = quantity_from_db(l.quantity_milli - l.closed_milli);
        (l.category, open, money_from_db(price))
    }))?;
    let subject = Subject {
        id: &row.id,
        department,
        day: row.expected_on.or(row.needed_by).unwrap_or(today),
        amounts,
    };
    compute(conn, &subject, check).map(Some)
}

/// This application's amount per category: each line's open quantity (not
/// closed short) at its price (the ordered one once ordered), to the cent.
fn per_category(
    lines: impl Iterator<Item = (Category, Decimal, Decimal)>,
) -> AppResult<Vec<(Category, Decimal)>> {
    let mut amounts: Vec<(Category, Decimal)> = Vec::new();
    for (category, open, price) in lines {
        let amount = open
            .max(Decimal::ZERO)
            .checked_mul(price)
            .map(round_money)
            .ok_or_else(overflow)?;
        match amounts.iter_mut().find(|(c, _)| *c == category) {
            Some((_, sum)) => *sum = sum.checked_add(amount).ok_or_else(overflow)?,
            None => amounts.push((category, amount)),
        }
    }
    Ok(amounts)
}

fn overflow() -> AppError {
    AppError::internal("budget position out of range")
}

fn compute(
    conn: &mut DbConnection,
    subject: &Subject<'_>,
    check: &BudgetCheck,
) -> AppResult<BudgetPositionView> {
    let month = month_of(subject.day);
    let until = next_month(month).ok_or_else(overflow)?;
    let label = month.format("%Y-%m").to_string();
    let categories: Vec<Category> = subject.amounts.iter().map(|(c, _)| *c).collect();
    let limits = month_limits(conn, &label, subject.department)?;
    let rows = counted_lines(
        conn,
        subject.department,
        &categories,
        (month, until),
        subject.id,
    )?;
    let mut positions = Vec::with_capacity(subject.amounts.len());
    for (category, this) in &subject.amounts {
        let mut spent = Spent::default();
        for row in rows.iter().filter(|r| r.category == *category) {
            spent
                .add(&CountedLine {
                    status: row.status,
                    quantity: quantity_from_db(row.quantity_milli),
                    received: quantity_from_db(row.received_milli),
                    closed: quantity_from_db(row.closed_milli),
                    unit_price: money_from_db(row.unit_price_cents),
                    ordered_unit_price: row.ordered_unit_price_cents.map(money_from_db),
                })
                .ok_or_else(overflow)?;
        }
        let limit = limits
            .iter()
            .find(|(c, _)| c == category)
            .map(|(_, cents)| money_from_db(*cents));
        let p = position(check, *category, month, limit, spent, *this).ok_or_else(overflow)?;
        positions.push(p);
    }
    let rule = strictest(&positions);
    Ok(BudgetPositionView {
        department_id: subject.department.clone(),
        month: label,
        positions: positions.into_iter().map(view_of).collect(),
        rule,
        override_role: check.override_role,
    })
}

fn view_of(p: Position) -> PositionView {
    PositionView {
        category: p.category,
        limit: p.limit.map(in_cents),
        approved: in_cents(p.spent.approved),
        committed: in_cents(p.spent.committed),
        actual: in_cents(p.spent.actual),
        this_application: in_cents(p.this_application),
        remaining: p.remaining.map(in_cents),
        shortfall: p.shortfall.map(in_cents),
        standing: p.standing,
        rule: p.rule,
    }
}
