//! After approval the IT specialist records the order: supplier, reference,
//! actual prices, expected date. An order whose total is above what was
//! approved by more than the policy's tolerance is not placed: the lines
//! take the ordered prices and the application goes back through a new
//! round of approval for the difference, its history saying both amounts.
//! Nobody orders or receives their own application unless the policy
//! allows it (`allow_self_fulfilment`), which is audited and told to finance.

use chrono::NaiveDate;
use serde::Deserialize;

use super::fulfilment::{fulfil, line_index, store_progress};
use super::notify::{self, Mail};
use super::views::ApplicationView;
use super::{chain, next_status, save_transition, Transition};
use crate::db::applications::{ApplicationRow, LineRow};
use crate::db::scaled::{money_from_db, money_to_db, quantity_from_db};
use crate::db::{self, DbConnection};
use crate::domain::applications::{needs_reapproval, total_of, Action, LineInput};
use crate::domain::approval::Policy;
use crate::domain::ids::ApplicationId;
use crate::domain::input::{Date, Id, Money, Text};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::service::identity::Actor;
use crate::service::policy::load_policy;
use crate::service::reminders;
use crate::service::AppContext;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct OrderLine {
    pub line_id: Id,
    pub unit_price: Money,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Order {
    pub supplier: Text<200>,
    pub reference: Text<100>,
    #[serde(default)]
    pub expected_on: Option<Date>,
    #[serde(default)]
    pub lines: Vec<OrderLine>,
}

/// The ordered price of each line in `order` (checked), set on `lines`.
fn apply_prices(order: &Order, lines: &mut [LineRow]) -> AppResult<()> {
    let mut errors = FieldErrors::new();
    if order.supplier.trim().is_empty() {
        errors.add("supplier", "required", "must name the supplier");
    }
    if order.reference.trim().is_empty() {
        errors.add(
            "reference",
            "required",
            "must give the supplier's order reference",
        );
    }
    for (i, ol) in order.lines.iter().enumerate() {
        if order.lines[..i]
            .iter()
            .any(|earlier| earlier.line_id == ol.line_id)
        {
            errors.add(
                format!("lines[{i}].line_id"),
                "duplicate",
                "this line is priced twice",
            );
            continue;
        }
        let field = format!("lines[{i}].unit_price");
        match (
            line_index(lines, &ol.line_id),
            money_to_db(ol.unit_price.get()),
        ) {
            (None, _) => errors.add(
                format!("lines[{i}].line_id"),
                "not_found",
                "is not a line of this application",
            ),
            (Some(_), None) => {
                errors.add(field, "too_precise", "may have at most 2 decimal places")
            }
            (Some(_), Some(c)) if c < 0 => errors.add(field, "negative", "must not be negative"),
            (Some(at), Some(cents)) => lines[at].ordered_unit_price_cents = Some(cents),
        }
    }
    errors.into_result()?;
    // Lines not repriced are ordered at their estimate.
    for line in lines.iter_mut() {
        line.ordered_unit_price_cents = Some(
            line.ordered_unit_price_cents
                .unwrap_or(line.unit_price_cents),
        );
    }
    Ok(())
}

/// The order's total, rounded like every application total.
fn ordered_total(lines: &[LineRow]) -> AppResult<i64> {
    let inputs: Vec<LineInput> = lines
        .iter()
        .map(|l| LineInput {
            description: String::new(),
            item_id: None,
            quantity: quantity_from_db(l.quantity_milli),
            unit_price: money_from_db(l.ordered_unit_price_cents.unwrap_or(l.unit_price_cents)),
        })
        .collect();
    total_of(&inputs)
        .and_then(money_to_db)
        .filter(|t| *t <= money_to_db(crate::domain::applications::max_total()).unwrap_or(i64::MAX))
        .ok_or_else(|| {
            AppError::field("lines", "total_too_large", "the ordered total is too large")
        })
}

pub(crate) async fn order(
    ctx: &AppContext,
    actor: &Actor,
    id: ApplicationId,
    order: Order,
) -> AppResult<ApplicationView> {
    let today = super::today(ctx);
    fulfil(ctx, actor, id, move |conn, actor, row, mail| {
        let from = row.status;
        next_status(from, Action::Order)?;
        let mut lines = db::applications::lines_of(conn, &row.id)?;
        apply_prices(&order, &mut lines)?;
        let total = ordered_total(&lines)?;
        let policy = load_policy(conn)?.0;
        let (approved, ordered) = (money_from_db(row.total_cents), money_from_db(total));
        let tolerance = (
            policy.order_tolerance_percent.get(),
            policy.order_tolerance_amount.get(),
        );
        if needs_reapproval(approved, ordered, tolerance.0, tolerance.1) {
            return send_back(
                conn, actor, row, &lines, &order, total, mail, today, &policy,
            );
        }
        store_progress(conn, &lines)?;
        row.supplier = Some(order.supplier.trim().to_owned());
        row.order_reference = Some(order.reference.trim().to_owned());
        row.expected_on = order.expected_on.map(Date::get);
        let to = next_status(from, Action::Order)?;
        save_transition(
            conn,
            row,
            Transition::by(&actor.user_id, "order", Some(from), to, mail.now),
        )?;
        notify::ordered(conn, mail, row)
    })
    .await
}

/// The order costs more than was approved: the lines take the ordered
/// prices as their new estimate and a new round decides the new total.
#[allow(clippy::too_many_arguments)]
fn send_back(
    conn: &mut DbConnection,
    actor: &Actor,
    row: &mut ApplicationRow,
    lines: &[LineRow],
    order: &Order,
    total: i64,
    mail: &Mail,
    today: NaiveDate,
    policy: &Policy,
) -> AppResult<()> {
    let approved = money_from_db(row.total_cents);
    for line in lines {
        let price = line
            .ordered_unit_price_cents
            .unwrap_or(line.unit_price_cents);
        db::applications::update_line_price(conn, &line.id, price)?;
    }
    let repriced: Vec<LineRow> = lines
        .iter()
        .map(|l| LineRow {
            unit_price_cents: l.ordered_unit_price_cents.unwrap_or(l.unit_price_cents),
            ordered_unit_price_cents: None,
            ..l.clone()
        })
        .collect();
    row.total_cents = total;
    let existing = db::applications::steps_of(conn, &row.id)?;
    let mut steps = chain::plan_round(conn, policy, row, &repriced, &existing, today)?;
    reminders::begin(conn, policy, today, mail.now, &mut steps[0])?;
    let comment = format!(
        "ordered from {} (ref. {}) at {} {cur}, approved at {} {cur}: the difference needs approval",
        order.supplier.trim(),
        order.reference.trim(),
        money_from_db(total),
        approved,
        cur = row.currency,
    );
    let from = row.status;
    let to = next_status(from, Action::Reapprove)?;
    let t = Transition::by(
        &actor.user_id,
        Action::Reapprove.name(),
        Some(from),
        to,
        mail.now,
    )
    .comment(Some(&comment));
    save_transition(conn, row, t)?;
    db::applications::insert_steps(conn, &steps)?;
    let deciders = chain::deciders(conn, &steps[0], &row.requester_id, today)?;
    notify::awaiting(conn, mail, row, &steps[0], &deciders)
}
