//! `/api/v1/budgets`, `/api/v1/budget-limits` and `/api/v1/schedules`.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::json;

use super::auth::Authenticated;
use super::extract::{Body, Query};
use super::responses::created;
use crate::domain::budget::BudgetKind;
use crate::error::AppError;
use crate::service::budgets::{self, limits};
use crate::service::pagination::PageRequest;
use crate::service::{schedules, AppContext};

pub(crate) async fn create(
    ctx: web::Data<AppContext>,
    req: HttpRequest,
    actor: Authenticated,
    body: Body<budgets::NewBudget>,
) -> Result<HttpResponse, AppError> {
    let key = body.idempotency_key(&actor.0, &req);
    let outcome = budgets::create(&ctx, &actor.0, body.value, key).await?;
    Ok(created(outcome, |b| {
        b.get("id")
            .and_then(|id| id.as_str())
            .map(|id| format!("/api/v1/budgets/{id}"))
    }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ListParams {
    kind: Option<BudgetKind>,
    period_start: Option<NaiveDate>,
    limit: Option<i64>,
    cursor: Option<String>,
}

pub(crate) async fn list(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(p): Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let page = PageRequest::parse(p.limit, p.cursor)?;
    Ok(HttpResponse::Ok().json(budgets::list(&ctx, &actor.0, p.kind, p.period_start, page).await?))
}

pub(crate) async fn get(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (budget, _) = budgets::get(&ctx, &actor.0, id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(budget))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExportParams {
    format: Option<String>,
}

pub(crate) async fn export(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: web::Path<String>,
    Query(p): Query<ExportParams>,
) -> Result<HttpResponse, AppError> {
    let format = p.format.unwrap_or_else(|| "csv".into());
    let file = budgets::export(&ctx, &actor.0, id.into_inner(), &format).await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, file.content_type))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}\"", file.filename),
        ))
        .body(file.content))
}

pub(crate) async fn approve(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(budgets::approve(&ctx, &actor.0, id.into_inner()).await?))
}

pub(crate) async fn put_limit(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    body: Body<limits::LimitInput>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(limits::put(&ctx, &actor.0, body.value).await?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LimitParams {
    month: Option<String>,
}

pub(crate) async fn list_limits(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(p): Query<LimitParams>,
) -> Result<HttpResponse, AppError> {
    let items = limits::list(&ctx, &actor.0, p.month).await?;
    Ok(HttpResponse::Ok().json(json!({"items": items, "next_cursor": null})))
}

pub(crate) async fn list_schedules(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
) -> Result<HttpResponse, AppError> {
    let items = schedules::list(&ctx, &actor.0).await?;
    Ok(HttpResponse::Ok().json(json!({"items": items, "next_cursor": null})))
}

pub(crate) async fn put_schedule(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    job: web::Path<String>,
    body: Body<schedules::ScheduleInput>,
) -> Result<HttpResponse, AppError> {
    Ok(
        HttpResponse::Ok()
            .json(schedules::put(&ctx, &actor.0, job.into_inner(), body.value).await?),
    )
}
