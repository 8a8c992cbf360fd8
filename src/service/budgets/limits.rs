//! Monthly budget limits per department × category, set by finance.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::db::budgets::LimitRow;
use crate::db::scaled::{money_from_db, money_to_db};
use crate::db::{self, time};
use crate::domain::applications::Category;
use crate::domain::budget::parse_month;
use crate::domain::ids::DepartmentId;
use crate::domain::input::{Amount, Text};
use crate::domain::roles::Role;
use crate::error::{AppResult, FieldErrors};
use crate::service::identity::Actor;
use crate::service::{audit, AppContext};

/// 1,000,000,000,000.00: far above any real budget, far below `i64` cents.
pub(super) const MAX_LIMIT_CENTS: i64 = 100_000_000_000_000;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LimitInput {
    pub month: Text<7>,
    pub department_id: DepartmentId,
    pub category: Category,
    pub amount: Amount,
}

#[derive(Debug, Serialize)]
pub(crate) struct LimitView {
    pub month: String,
    pub department_id: String,
    pub category: Category,
    pub amount: Decimal,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl From<LimitRow> for LimitView {
    fn from(r: LimitRow) -> Self {
        Self {
            month: r.month,
            department_id: r.department_id,
            category: r.category,
            amount: money_from_db(r.amount_cents),
            updated_at: time::from_db(r.updated_at),
        }
    }
}

pub(crate) async fn put(
    ctx: &AppContext,
    actor: &Actor,
    input: LimitInput,
) -> AppResult<LimitView> {
    actor.require(Role::Finance)?;
    let mut errors = FieldErrors::new();
    if parse_month(&input.month).is_none() {
        errors.add("month", "invalid_month", "must be a month as YYYY-MM");
    }
    let amount = money_to_db(input.amount.get()).filter(|a| (0..=MAX_LIMIT_CENTS).contains(a));
    if amount.is_none() {
        errors.add(
            "amount",
            "invalid_amount",
            "must be between 0 and 1000000000000 with at most 2 decimal places",
        );
    }
    errors.into_result()?;
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    ctx.db
        .write(move |conn| {
            if !db::departments::exists(conn, &input.department_id)? {
                return Err(crate::error::AppError::field("department_id", "not_found", "no department has this id"));
            }
            let row = LimitRow {
                month: input.month.into_string(),
                department_id: String::from(input.department_id),
                category: input.category,
                amount_cents: amount.unwrap_or_default(),
                updated_at: time::to_db(now),
            };
            db::budgets::upsert_limit(conn, &row)?;
            let summary = json!({"month": row.month, "department_id": row.department_id, "category": row.category, "amount": input.amount.to_string()});
            audit::record(conn, now, Some(&actor_id), "budget_limit.set", "department", &row.department_id, summary)?;
            Ok(row.into())
        })
        .await
}

pub(crate) async fn list(
    ctx: &AppContext,
    actor: &Actor,
    month: Option<String>,
) -> AppResult<Vec<LimitView>> {
    actor.require_any(&[Role::Finance, Role::ItSpecialist, Role::Admin])?;
    if let Some(m) = &month {
        if parse_month(m).is_none() {
            return Err(crate::error::AppError::field(
                "month",
                "invalid_month",
                "must be a month as YYYY-MM",
            ));
        }
    }
    ctx.db
        .read(move |conn| {
            let months = month.map(|m| vec![m]);
            Ok(db::budgets::limits(conn, months.as_deref())?
                .into_iter()
                .map(Into::into)
                .collect())
        })
        .await
}
