//! `/api/v1/stock`: balances, movements and stock policies.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use uuid::Uuid;

use super::auth::Authenticated;
use super::extract::{id_text, Body, Query};
use super::responses::created;
use crate::domain::input::Date;
use crate::error::AppError;
use crate::service::pagination::{PageRequest, MAX_LIMIT};
use crate::service::replenishment::{self, drafts as replenishment_drafts};
use crate::service::stock::ledger::{self, LedgerQuery};
use crate::service::stock::{self, BalanceQuery, NewMovement, PolicyInput};
use crate::service::AppContext;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BalanceParams {
    item_id: Option<Uuid>,
    location_id: Option<Uuid>,
    below_reorder: Option<bool>,
    q: Option<String>,
    limit: Option<i64>,
    cursor: Option<String>,
}

pub(crate) async fn balances(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(p): Query<BalanceParams>,
) -> Result<HttpResponse, AppError> {
    let page = PageRequest::parse_keyed(p.limit.or(Some(MAX_LIMIT)), p.cursor, 2)?;
    if p.q.as_ref().is_some_and(|q| q.chars().count() > 100) {
        return Err(AppError::field(
            "q",
            "too_long",
            "must be at most 100 characters",
        ));
    }
    let filter = BalanceQuery {
        item_id: p.item_id.map(id_text),
        location_id: p.location_id.map(id_text),
        below_reorder: p.below_reorder.unwrap_or(false),
        query: p.q,
    };
    Ok(HttpResponse::Ok().json(stock::balances(&ctx, &actor.0, filter, page).await?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MovementParams {
    limit: Option<i64>,
    cursor: Option<String>,
    item_id: Option<Uuid>,
    location_id: Option<Uuid>,
    from: Option<Date>,
    to: Option<Date>,
    order: Option<LedgerOrder>,
}

#[derive(Deserialize, Clone, Copy, PartialEq)]
#[serde(rename_all = "snake_case")]
pub(crate) enum LedgerOrder {
    Oldest,
    Newest,
}

pub(crate) async fn movements(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(p): Query<MovementParams>,
) -> Result<HttpResponse, AppError> {
    let page = PageRequest::parse(p.limit, p.cursor)?;
    let query = LedgerQuery {
        item_id: p.item_id.map(id_text),
        location_id: p.location_id.map(id_text),
        from: p.from.map(Date::get),
        to: p.to.map(Date::get),
        newest_first: p.order == Some(LedgerOrder::Newest),
    };
    Ok(HttpResponse::Ok().json(ledger::movements(&ctx, &actor.0, query, page).await?))
}

pub(crate) async fn record(
    ctx: web::Data<AppContext>,
    req: HttpRequest,
    actor: Authenticated,
    body: Body<NewMovement>,
) -> Result<HttpResponse, AppError> {
    let key = body.idempotency_key(&actor.0, &req);
    let outcome = stock::record(&ctx, &actor.0, body.value, key).await?;
    Ok(created(outcome, |_| None))
}

pub(crate) async fn set_policy(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    body: Body<PolicyInput>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(stock::set_policy(&ctx, &actor.0, body.value).await?))
}

pub(crate) async fn count(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    body: Body<crate::service::stock::counts::NewCount>,
) -> Result<HttpResponse, AppError> {
    let view = crate::service::stock::counts::record(&ctx, &actor.0, body.value).await?;
    Ok(HttpResponse::Created().json(view))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReplenishmentParams {
    item_id: Option<Uuid>,
    location_id: Option<Uuid>,
    limit: Option<i64>,
    cursor: Option<String>,
}

pub(crate) async fn replenishment(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(p): Query<ReplenishmentParams>,
) -> Result<HttpResponse, AppError> {
    let page = PageRequest::parse_keyed(p.limit, p.cursor, 2)?;
    let scope = replenishment::Scope {
        items: p.item_id.map(id_text).into_iter().collect(),
        location_id: p.location_id.map(id_text),
    };
    Ok(HttpResponse::Ok().json(replenishment::list(&ctx, &actor.0, scope, page).await?))
}

pub(crate) async fn draft_replenishment(
    ctx: web::Data<AppContext>,
    req: HttpRequest,
    actor: Authenticated,
    body: Body<replenishment_drafts::Selection>,
) -> Result<HttpResponse, AppError> {
    let key = body.idempotency_key(&actor.0, &req);
    let outcome = replenishment_drafts::draft_applications(&ctx, &actor.0, body.value, key).await?;
    Ok(created(outcome, |_| None))
}

pub(crate) async fn suggest_policy(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(q): Query<replenishment::PolicyQuestion>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(replenishment::suggest_stock_policy(&ctx, &actor.0, q).await?))
}
