//! The limits of one month as finance edits them: a department ×
//! category grid saved in one transaction (a blank cell is no limit), and
//! a month's limits copied to the next month where it has none yet.

use std::collections::HashMap;

use serde_json::json;

use super::limits::MAX_LIMIT_CENTS;
use crate::db::budgets::LimitRow;
use crate::db::scaled::money_to_db;
use crate::db::{self, time};
use crate::domain::applications::Category;
use crate::domain::budget::{month_after, parse_month};
use crate::domain::ids::DepartmentId;
use crate::domain::input::Amount;
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::service::identity::Actor;
use crate::service::{audit, AppContext};

/// One cell of the grid: `None` is no limit.
#[derive(Debug)]
pub(crate) struct LimitCell {
    pub department_id: DepartmentId,
    pub category: Category,
    pub amount: Option<Amount>,
}

/// What saving a grid or copying a month changed.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Changed {
    pub set: usize,
    pub removed: usize,
}

fn check_month(month: &str, field: &str) -> AppResult<()> {
    match parse_month(month) {
        Some(_) => Ok(()),
        None => Err(AppError::field(
            field,
            "invalid_month",
            "must be a month as YYYY-MM",
        )),
    }
}

/// Saves the cells of `month` that differ from what is stored, all or
/// none; a bad amount is named `cells[i].amount`.
pub(crate) async fn save_month(
    ctx: &AppContext,
    actor: &Actor,
    month: String,
    cells: Vec<LimitCell>,
) -> AppResult<Changed> {
    actor.require(Role::Finance)?;
    check_month(&month, "month")?;
    let mut errors = FieldErrors::new();
    let mut amounts = Vec::with_capacity(cells.len());
    for (i, cell) in cells.iter().enumerate() {
        let cents = cell
            .amount
            .map(|a| money_to_db(a.get()).filter(|c| (0..=MAX_LIMIT_CENTS).contains(c)));
        if cents == Some(None) {
            errors.add(
                format!("cells[{i}].amount"),
                "invalid_amount",
                "must be between 0 and 1000000000000 with at most 2 decimal places",
            );
        }
        amounts.push(cents.flatten());
    }
    errors.into_result()?;
    let (now, actor_id) = (ctx.now(), actor.user_id.clone());
    ctx.db
        .write(move |conn| {
            let stored: HashMap<(String, Category), i64> =
                db::budgets::limits(conn, Some(std::slice::from_ref(&month)))?
                    .into_iter()
                    .map(|l| ((l.department_id, l.category), l.amount_cents))
                    .collect();
            let mut errors = FieldErrors::new();
            let mut changed = Changed { set: 0, removed: 0 };
            for (i, (cell, cents)) in cells.iter().zip(&amounts).enumerate() {
                let department = String::from(cell.department_id.clone());
                if !db::departments::exists(conn, &cell.department_id)? {
                    errors.add(
                        format!("cells[{i}].department_id"),
                        "not_found",
                        "no department has this id",
                    );
                    continue;
                }
                let before = stored.get(&(department.clone(), cell.category)).copied();
                match (before, *cents) {
                    (b, Some(c)) if b != Some(c) => {
                        let row = LimitRow {
                            month: month.clone(),
                            department_id: department,
                            category: cell.category,
                            amount_cents: c,
                            updated_at: time::to_db(now),
                        };
                        db::budgets::upsert_limit(conn, &row)?;
                        changed.set += 1;
                    }
                    (Some(_), None) => {
                        db::budgets::delete_limit(conn, &month, &department, cell.category)?;
                        changed.removed += 1;
                    }
                    _ => {}
                }
            }
            errors.into_result()?;
            if changed != (Changed { set: 0, removed: 0 }) {
                let summary =
                    json!({"month": month, "set": changed.set, "removed": changed.removed});
                audit::record(
                    conn,
                    now,
                    Some(&actor_id),
                    "budget_limits.saved",
                    "budget_limits",
                    &month,
                    summary,
                )?;
            }
            Ok(changed)
        })
        .await
}

/// Copies the limits of `month` to the month after it, where that month
/// has no limit for the department and category yet; returns the month
/// copied to and how many limits were copied.
pub(crate) async fn copy_forward(
    ctx: &AppContext,
    actor: &Actor,
    month: String,
) -> AppResult<(String, usize)> {
    actor.require(Role::Finance)?;
    check_month(&month, "month")?;
    let next = month_after(&month)
        .ok_or_else(|| AppError::field("month", "invalid_month", "has no month after it"))?;
    let (now, actor_id) = (ctx.now(), actor.user_id.clone());
    ctx.db
        .write(move |conn| {
            let months = [month.clone(), next.clone()];
            let all = db::budgets::limits(conn, Some(&months))?;
            let taken: Vec<(String, Category)> = all
                .iter()
                .filter(|l| l.month == next)
                .map(|l| (l.department_id.clone(), l.category))
                .collect();
            let mut copied = 0;
            for from in all.iter().filter(|l| l.month == month) {
                if taken.contains(&(from.department_id.clone(), from.category)) {
                    continue;
                }
                let row = LimitRow {
                    month: next.clone(),
                    updated_at: time::to_db(now),
                    ..from.clone()
                };
                db::budgets::upsert_limit(conn, &row)?;
                copied += 1;
            }
            let summary = json!({"from": month, "to": next, "copied": copied});
            audit::record(
                conn,
                now,
                Some(&actor_id),
                "budget_limits.copied",
                "budget_limits",
                &next,
                summary,
            )?;
            Ok((next, copied))
        })
        .await
}
