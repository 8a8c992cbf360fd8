//! Fulfilment: the gate every order and receipt passes ([`fulfil`]: IT
//! specialists only, never on their own application unless the policy
//! allows it), then receipts, line by line, possibly partial, never more
//! than was ordered; consumables received enter stock. The order itself is
//! `order.rs`.

use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::json;

use super::decisions::with_application;
use super::notify::{self, Delivery, Mail, Rejection};
use super::views::ApplicationView;
use super::{next_status, save_transition, Transition};
use crate::db::applications::{ApplicationRow, LineRow};
use crate::db::scaled::{quantity_from_db, quantity_to_db};
use crate::db::stock::{Applied, MovementRow};
use crate::db::time;
use crate::db::{self, DbConnection};
use crate::domain::applications::{Action, Category};
use crate::domain::ids::{ApplicationId, UserId};
use crate::domain::input::{Id, Prose, Quantity};
use crate::domain::receipt::{self as receipt_rules, OrderedLine, ReceivedLine};
use crate::domain::roles::Role;
use crate::domain::stock::{BalanceKey, MovementKind};
use crate::error::{AppError, AppResult, ErrorCode, FieldErrors};
use crate::service::audit;
use crate::service::identity::Actor;
use crate::service::policy::load_policy;
use crate::service::AppContext;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReceiptLine {
    pub line_id: Id,
    /// Accepted now ("0" when all that came was rejected).
    pub quantity: Quantity,
    /// Delivered but refused ("in terms of quantity and quality") and
    /// returned to the supplier: still owed, still committed.
    #[serde(default)]
    pub rejected: Option<Quantity>,
    /// Why it was rejected (required with `rejected`).
    #[serde(default)]
    pub rejection_reason: Option<Prose<500>>,
}

impl ReceiptLine {
    fn rejected(&self) -> Decimal {
        self.rejected.map_or(Decimal::ZERO, |q| q.get())
    }

    fn reason(&self) -> Option<&str> {
        self.rejection_reason
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Receipt {
    /// Where received catalogue consumables go into stock (required when
    /// any are received).
    #[serde(default)]
    pub location_id: Option<Id>,
    pub lines: Vec<ReceiptLine>,
}

/// 403 `self_fulfilment` when the actor requested this application, unless
/// the policy allows it; then the fact is audited and finance emailed.
pub(super) fn check_not_own(
    conn: &mut DbConnection,
    actor: &Actor,
    row: &ApplicationRow,
    mail: &Mail,
) -> AppResult<()> {
    if row.requester_id != actor.user_id {
        return Ok(());
    }
    if !load_policy(conn)?.0.allow_self_fulfilment {
        return Err(AppError::Forbidden {
            code: ErrorCode::SelfFulfilment,
            detail:
                "you requested this application: another IT specialist must order and receive it"
                    .into(),
        });
    }
    let summary = json!({"status": row.status, "allowed_by": "allow_self_fulfilment"});
    audit::record(
        conn,
        mail.now,
        Some(&actor.user_id),
        "application.self_fulfilled",
        "application",
        row.id.as_str(),
        summary,
    )?;
    notify::self_fulfilled(conn, mail, row)
}

/// Stores each line's ordered price and received quantity.
pub(super) fn store_progress(conn: &mut DbConnection, lines: &[LineRow]) -> AppResult<()> {
    for line in lines {
        let progress = db::applications::Progress {
            ordered_unit_price_cents: line.ordered_unit_price_cents,
            received_milli: line.received_milli,
            rejected_milli: line.rejected_milli,
        };
        db::applications::update_line_progress(conn, &line.id, progress)?;
    }
    Ok(())
}

pub(super) fn line_index(lines: &[LineRow], id: &str) -> Option<usize> {
    lines.iter().position(|l| l.id == id)
}

/// [`with_application`] for IT specialists (who see every application),
/// refusing one's own application unless the policy allows it (then it is
/// audited and finance is told).
pub(super) async fn fulfil<F>(
    ctx: &AppContext,
    actor: &Actor,
    id: ApplicationId,
    f: F,
) -> AppResult<ApplicationView>
where
    F: FnOnce(&mut DbConnection, &Actor, &mut ApplicationRow, &Mail) -> AppResult<()>
        + Send
        + 'static,
{
    actor.require(Role::ItSpecialist)?;
    with_application(ctx, actor, id, |conn, actor, row, _, mail, _| {
        check_not_own(conn, actor, row, mail)?;
        f(conn, actor, row, mail)
    })
    .await
}

pub(crate) async fn receive(
    ctx: &AppContext,
    actor: &Actor,
    id: ApplicationId,
    receipt: Receipt,
) -> AppResult<ApplicationView> {
    fulfil(ctx, actor, id, move |conn, actor, row, mail| {
        let from = row.status;
        // Checked before the lines so a wrong state is a 409, not a 422.
        let checked = Action::Receive {
            complete: false,
            received_any: true,
        };
        next_status(from, checked)?;
        // The application's own location unless the receipt names another.
        let mut receipt = receipt;
        let location_id = receipt
            .location_id
            .take()
            .map(String::from)
            .or_else(|| row.location_id.clone());
        let mut lines = db::applications::lines_of(conn, &row.id)?;
        let ordered: Vec<OrderedLine> = lines
            .iter()
            .map(|l| OrderedLine {
                id: &l.id,
                // What was closed short will not come: it cannot be received.
                ordered: quantity_from_db(l.quantity_milli - l.closed_milli),
                received: quantity_from_db(l.received_milli),
                stocked: is_stocked(l),
            })
            .collect();
        let asked: Vec<ReceivedLine> = receipt
            .lines
            .iter()
            .map(|rl| ReceivedLine {
                line_id: &rl.line_id,
                quantity: rl.quantity.get(),
                rejected: rl.rejected(),
                reason_given: rl.reason().is_some(),
            })
            .collect();
        let mut errors = FieldErrors::new();
        let plan = receipt_rules::plan(&ordered, &asked, location_id.is_some(), &mut errors);
        if let Some(location) = &location_id {
            if !db::catalogue::location_exists(conn, location)? {
                errors.add("location_id", "not_found", "no location has this id");
            }
        }
        errors.into_result()?;
        let mut to_stock: Vec<(usize, i64)> = Vec::new();
        for &(at, quantity) in &plan.added {
            let milli = quantity_to_db(quantity)
                .ok_or_else(|| AppError::internal("a checked receipt quantity does not scale"))?;
            lines[at].received_milli += milli;
            if is_stocked(&lines[at]) {
                to_stock.push((at, milli));
            }
        }
        let to_stock: Vec<(&LineRow, i64)> =
            to_stock.iter().map(|(at, q)| (&lines[*at], *q)).collect();
        if let Some(location) = &location_id {
            received_into_stock(conn, &to_stock, location, &row.id, &actor.user_id, mail.now)?;
            alert_after_receipt(conn, mail, &to_stock, location)?;
        }
        let rejections = rejections(&receipt, &plan.rejected, &mut lines)?;
        store_progress(conn, &lines)?;
        let action = Action::Receive {
            complete: plan.complete,
            received_any: lines.iter().any(|l| l.received_milli > 0),
        };
        let to = next_status(from, action)?;
        let comment = rejection_comment(&rejections);
        let t = Transition::by(&actor.user_id, "receive", Some(from), to, mail.now)
            .comment(comment.as_deref());
        save_transition(conn, row, t)?;
        let delivery = Delivery {
            complete: plan.complete,
            accepted_now: !plan.added.is_empty(),
            rejections: &rejections,
        };
        notify::received(conn, mail, row, &lines, delivery)
    })
    .await
}

/// Adds each rejected quantity to its line and pairs it with its reason;
/// the plan's rejections are the receipt's lines that reject, in order.
fn rejections(
    receipt: &Receipt,
    planned: &[(usize, Decimal)],
    lines: &mut [LineRow],
) -> AppResult<Vec<Rejection>> {
    let reasons = receipt
        .lines
        .iter()
        .filter(|l| l.rejected() > Decimal::ZERO);
    let mut out = Vec::new();
    for (&(at, quantity), asked) in planned.iter().zip(reasons) {
        let milli = quantity_to_db(quantity)
            .ok_or_else(|| AppError::internal("a checked rejected quantity does not scale"))?;
        lines[at].rejected_milli += milli;
        out.push(Rejection {
            description: lines[at].description.clone(),
            quantity,
            reason: asked.reason().unwrap_or_default().to_owned(),
        });
    }
    Ok(out)
}

/// "rejected and returned to the supplier: 2 × Monitor (cracked screens)".
fn rejection_comment(rejections: &[Rejection]) -> Option<String> {
    if rejections.is_empty() {
        return None;
    }
    let said: Vec<String> = rejections
        .iter()
        .map(|r| {
            format!(
                "{} × {} ({})",
                r.quantity.normalize(),
                r.description,
                r.reason
            )
        })
        .collect();
    Some(format!(
        "rejected and returned to the supplier: {}",
        said.join(", ")
    ))
}

/// Low-stock alerts re-armed or cleared by what was received.
fn alert_after_receipt(
    conn: &mut DbConnection,
    mail: &Mail,
    to_stock: &[(&LineRow, i64)],
    location: &str,
) -> AppResult<()> {
    let touched: Vec<BalanceKey> = to_stock
        .iter()
        .map(|(l, _)| BalanceKey {
            item_id: l.item_id.clone().unwrap_or_default(),
            location_id: location.to_owned(),
        })
        .collect();
    crate::service::stock::alerts::after_change(
        conn,
        &mail.templates,
        &mail.public_url,
        &touched,
        mail.now,
    )?;
    Ok(())
}

/// A line whose receipt is also a stock receipt: a catalogue consumable.
fn is_stocked(line: &LineRow) -> bool {
    line.item_id.is_some() && line.category == Category::Consumables
}

/// Received catalogue consumables become stock receipts at `location_id`,
/// priced at the ordered unit price, in the same transaction.
fn received_into_stock(
    conn: &mut DbConnection,
    lines: &[(&LineRow, i64)],
    location_id: &str,
    application_id: &ApplicationId,
    actor_id: &UserId,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<()> {
    for (line, quantity) in lines {
        let movement = MovementRow {
            id: crate::service::new_id(),
            item_id: line.item_id.clone().unwrap_or_default(),
            location_id: location_id.to_owned(),
            kind: MovementKind::Receipt,
            delta_milli: *quantity,
            unit_cost_cents: line
                .ordered_unit_price_cents
                .or(Some(line.unit_price_cents)),
            transfer_id: None,
            issued_to_user_id: None,
            note: Some(format!("received on application {application_id}")),
            actor_id: Some(actor_id.clone()),
            created_at: time::to_db(now),
        };
        if let Applied::TooLarge(on_hand) = db::stock::apply(conn, &movement)? {
            return Err(crate::service::stock::too_large(on_hand));
        }
    }
    Ok(())
}
