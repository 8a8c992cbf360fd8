//! Replenishment suggestions (docs/design.md#replenishment), live: every item ×
//! location with a stock policy, its on-hand, what open applications still bring
//! in and the forecast use from the last 90 days of issues (kept on each
//! balance, `stock::usage`). The database passes on the positions that may
//! need ordering, a page's worth at a time; the domain decides on each — the
//! same computation, over every position, feeds the budget forecast.

pub(crate) mod drafts;

use std::collections::HashMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::identity::Actor;
use super::pagination::{composite_cursor, Page, PageRequest};
use super::stock::usage;
use super::AppContext;
use crate::db::catalogue::ItemRow;
use crate::db::replenishment::CandidateQuery;
use crate::db::scaled::{money_from_db, quantity_from_db};
use crate::db::stock::BalanceRow;
use crate::db::{self, DbConnection};
use crate::domain::applications::round_money;
use crate::domain::input::{Id, Quantity};
use crate::domain::replenishment::{
    suggest, suggest_policy, Position, SuggestedPolicy, Supply, Usage, USAGE_WINDOW_DAYS,
};
use crate::domain::roles::Role;
use crate::domain::stock::BalanceKey;
use crate::error::{AppError, AppResult, FieldErrors};

#[derive(Debug, Clone, Serialize)]
pub(crate) struct SuggestionView {
    pub item_id: String,
    pub sku: String,
    pub name: String,
    pub unit: String,
    pub supplier: Option<String>,
    pub location_id: String,
    pub on_hand: Decimal,
    pub on_order: Decimal,
    pub average_daily_use: Decimal,
    /// Forecast use over the lead time (plus the horizon asked for).
    pub forecast_use: Decimal,
    pub projected: Decimal,
    pub reorder_point: Decimal,
    pub max_level: Decimal,
    pub lead_time_days: i32,
    pub order_multiple: Decimal,
    pub suggested_quantity: Decimal,
    pub unit_cost: Decimal,
    pub estimated_cost: Decimal,
    pub currency: String,
    /// The policy the last 90 days suggest, with the default safety and
    /// cover days, to read beside the one in force.
    pub suggested_reorder_point: Decimal,
    pub suggested_max_level: Decimal,
}

/// Days of use kept as safety stock when the question names none.
pub(crate) const DEFAULT_SAFETY_DAYS: i64 = 7;
/// Days one order should last beyond the reorder point when the question names none.
pub(crate) const DEFAULT_COVER_DAYS: i64 = 30;

/// Which positions to consider.
#[derive(Debug, Clone, Default)]
pub(crate) struct Scope {
    /// These items only; empty for every item.
    pub items: Vec<String>,
    pub location_id: Option<String>,
}

/// Quantities per balance, from `(item_id, location_id, quantity)` rows.
fn by_position(rows: Vec<(String, String, i64)>) -> HashMap<BalanceKey, i64> {
    rows.into_iter()
        .map(|(item_id, location_id, q)| {
            (
                BalanceKey {
                    item_id,
                    location_id,
                },
                q,
            )
        })
        .collect()
}

/// Every suggestion in scope, ordered by location then item. `extra_days`
/// lengthens the forecast beyond the lead time (a budget's period). The
/// caller keeps the issue window current (`stock::usage`).
pub(crate) fn compute(
    conn: &mut DbConnection,
    extra_days: i64,
    scope: &Scope,
) -> AppResult<Vec<SuggestionView>> {
    let query = CandidateQuery {
        items: &scope.items,
        location_id: scope.location_id.as_deref(),
        extra_days,
        ..CandidateQuery::default()
    };
    let candidates = db::replenishment::candidates(conn, &query)?;
    if candidates.is_empty() {
        return Ok(Vec::new());
    }
    let on_order = by_position(db::replenishment::on_order(conn, None)?);
    Ok(suggestions(candidates, &on_order, extra_days))
}

/// How many candidates one read of a page takes: most positions the
/// database passes on need ordering, so a page rarely needs a second read.
const CANDIDATES_PER_READ: i64 = 200;

/// Up to `page.fetch_limit()` suggestions after the page's cursor, reading
/// candidates in slices so that the first page never touches the rest.
fn compute_page(
    conn: &mut DbConnection,
    scope: &Scope,
    page: &PageRequest,
) -> AppResult<Vec<SuggestionView>> {
    let wanted = usize::try_from(page.fetch_limit()).unwrap_or(usize::MAX);
    let mut after: Option<(String, String)> = page.after.as_deref().map(split_cursor);
    let mut out = Vec::new();
    loop {
        let query = CandidateQuery {
            items: &scope.items,
            location_id: scope.location_id.as_deref(),
            extra_days: 0,
            after: after.as_ref().map(|(l, i)| (l.as_str(), i.as_str())),
            limit: Some(CANDIDATES_PER_READ),
        };
        let candidates = db::replenishment::candidates(conn, &query)?;
        let exhausted = candidates.len() < CANDIDATES_PER_READ as usize;
        let Some((last, _)) = candidates.last() else {
            return Ok(out);
        };
        after = Some((last.location_id.clone(), last.item_id.clone()));
        let mut locations: Vec<String> = candidates
            .iter()
            .map(|(b, _)| b.location_id.clone())
            .collect();
        locations.dedup();
        let items: Vec<String> = candidates.iter().map(|(b, _)| b.item_id.clone()).collect();
        let on_order = by_position(db::replenishment::on_order(
            conn,
            Some((&locations, &items)),
        )?);
        out.extend(suggestions(candidates, &on_order, 0));
        if out.len() >= wanted || exhausted {
            out.truncate(wanted);
            return Ok(out);
        }
    }
}

/// A cursor back into its (location, item); ids never hold `_`.
fn split_cursor(cursor: &str) -> (String, String) {
    let (location, item) = cursor.split_once('_').unwrap_or((cursor, ""));
    (location.to_owned(), item.to_owned())
}

/// The domain's verdict on each candidate, in the candidates' order.
fn suggestions(
    candidates: Vec<(BalanceRow, ItemRow)>,
    on_order: &HashMap<BalanceKey, i64>,
    extra_days: i64,
) -> Vec<SuggestionView> {
    let mut out = Vec::new();
    for (b, item) in candidates {
        let key = BalanceKey {
            item_id: b.item_id,
            location_id: b.location_id,
        };
        let position = Position {
            on_hand: quantity_from_db(b.on_hand_milli),
            on_order: quantity_from_db(on_order.get(&key).copied().unwrap_or(0).max(0)),
            usage: Usage::new(quantity_from_db(b.issued_window_milli), USAGE_WINDOW_DAYS),
            reorder_point: quantity_from_db(b.reorder_point_milli.unwrap_or(0)),
            max_level: quantity_from_db(b.max_level_milli.unwrap_or(0)),
        };
        let supply = Supply {
            lead_time_days: i64::from(item.lead_time_days),
            order_multiple: quantity_from_db(item.order_multiple_milli),
            active: item.active,
        };
        if let Some(s) = suggest(&position, &supply, extra_days) {
            out.push(view(&item, key.location_id, &position, &supply, s));
        }
    }
    out
}

fn view(
    item: &ItemRow,
    location_id: String,
    p: &Position,
    supply: &Supply,
    s: crate::domain::replenishment::Suggestion,
) -> SuggestionView {
    let unit_cost = money_from_db(item.unit_cost_cents);
    let policy = suggest_policy(
        p.usage,
        supply.lead_time_days,
        DEFAULT_SAFETY_DAYS,
        DEFAULT_COVER_DAYS,
    );
    SuggestionView {
        item_id: item.id.clone(),
        sku: item.sku.clone(),
        name: item.name.clone(),
        unit: item.unit.clone(),
        supplier: item.supplier.clone(),
        location_id,
        on_hand: p.on_hand.normalize(),
        on_order: p.on_order.normalize(),
        average_daily_use: p.usage.daily().normalize(),
        forecast_use: s.forecast.normalize(),
        projected: s.projected.normalize(),
        reorder_point: p.reorder_point.normalize(),
        max_level: p.max_level.normalize(),
        lead_time_days: item.lead_time_days,
        order_multiple: supply.order_multiple.normalize(),
        suggested_quantity: s.quantity,
        unit_cost,
        estimated_cost: round_money(s.quantity * unit_cost),
        currency: item.currency.clone(),
        suggested_reorder_point: policy.reorder_point,
        suggested_max_level: policy.max_level,
    }
}

fn cursor_of(s: &SuggestionView) -> String {
    composite_cursor(&[&s.location_id, &s.item_id])
}

pub(crate) async fn list(
    ctx: &AppContext,
    actor: &Actor,
    scope: Scope,
    page: PageRequest,
) -> AppResult<Page<SuggestionView>> {
    actor.require_any(&[Role::ItSpecialist, Role::Finance, Role::Admin])?;
    let request = page.clone();
    let rows = usage::read_current(ctx, move |conn| compute_page(conn, &scope, &request)).await?;
    Ok(Page::from_rows(rows, &page, cursor_of))
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PolicyQuestion {
    pub item_id: String,
    pub location_id: String,
    /// Days of use kept as safety stock (default [`DEFAULT_SAFETY_DAYS`]).
    pub safety_days: Option<i64>,
    /// Days one order should last beyond the reorder point (default [`DEFAULT_COVER_DAYS`]).
    pub cover_days: Option<i64>,
}

#[derive(Debug, Serialize)]
pub(crate) struct PolicySuggestionView {
    pub item_id: String,
    pub location_id: String,
    pub basis_days: i64,
    pub issued_in_basis: Decimal,
    pub average_daily_use: Decimal,
    pub lead_time_days: i32,
    pub safety_days: i64,
    pub cover_days: i64,
    pub safety_stock: Decimal,
    pub reorder_point: Decimal,
    pub max_level: Decimal,
}

fn check_days(errors: &mut FieldErrors, field: &str, value: i64) {
    if !(0..=365).contains(&value) {
        errors.add(field, "out_of_range", "must be between 0 and 365 days");
    }
}

/// A policy computed from the last 90 days of issues; nothing is changed —
/// the specialist applies it with `PUT /stock/policies` if it suits.
pub(crate) async fn suggest_stock_policy(
    ctx: &AppContext,
    actor: &Actor,
    q: PolicyQuestion,
) -> AppResult<PolicySuggestionView> {
    actor.require_any(&[Role::ItSpecialist, Role::Admin])?;
    let safety_days = q.safety_days.unwrap_or(DEFAULT_SAFETY_DAYS);
    let cover_days = q.cover_days.unwrap_or(DEFAULT_COVER_DAYS);
    let mut errors = FieldErrors::new();
    check_days(&mut errors, "safety_days", safety_days);
    check_days(&mut errors, "cover_days", cover_days);
    errors.into_result()?;
    usage::read_current(ctx, move |conn| {
        let item = db::catalogue::find_item(conn, &q.item_id)?;
        let mut errors = FieldErrors::new();
        if item.is_none() {
            errors.add("item_id", "not_found", "no catalogue item has this id");
        }
        if !db::catalogue::location_exists(conn, &q.location_id)? {
            errors.add("location_id", "not_found", "no location has this id");
        }
        errors.into_result()?;
        let item = item.ok_or_else(|| AppError::internal("item vanished"))?;
        let key = BalanceKey {
            item_id: q.item_id.clone(),
            location_id: q.location_id.clone(),
        };
        let issued = db::stock::balance(conn, &key)?.map_or(0, |b| b.issued_window_milli);
        let issued = quantity_from_db(issued);
        let usage = Usage::new(issued, USAGE_WINDOW_DAYS);
        let lead = i64::from(item.lead_time_days);
        let SuggestedPolicy {
            safety_stock,
            reorder_point,
            max_level,
        } = suggest_policy(usage, lead, safety_days, cover_days);
        Ok(PolicySuggestionView {
            item_id: key.item_id,
            location_id: key.location_id,
            basis_days: USAGE_WINDOW_DAYS,
            issued_in_basis: issued.normalize(),
            average_daily_use: usage.daily().normalize(),
            lead_time_days: item.lead_time_days,
            safety_days,
            cover_days,
            safety_stock,
            reorder_point,
            max_level,
        })
    })
    .await
}

/// Puts in force the policy [`suggest_stock_policy`] gives with its
/// defaults — the "apply" beside a suggestion.
pub(crate) async fn apply_suggested_policy(
    ctx: &AppContext,
    actor: &Actor,
    item_id: String,
    location_id: String,
) -> AppResult<()> {
    let question = PolicyQuestion {
        item_id,
        location_id,
        safety_days: None,
        cover_days: None,
    };
    let suggested = suggest_stock_policy(ctx, actor, question).await?;
    let quantity = |field: &str, q: Decimal| {
        Quantity::new(q).map_err(|m| AppError::field(field, "too_large", m))
    };
    let input = super::stock::PolicyInput {
        reorder_point: quantity("reorder_point", suggested.reorder_point)?,
        max_level: quantity("max_level", suggested.max_level)?,
        item_id: Id::stored(suggested.item_id),
        location_id: Id::stored(suggested.location_id),
    };
    super::stock::set_policy(ctx, actor, input)
        .await
        .map(|_| ())
}
