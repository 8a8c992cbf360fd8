//! `/api/v1/items` and `/api/v1/locations`.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;

use super::auth::Authenticated;
use super::extract::{Body, IfMatch, Query};
use super::responses::{created, location_in};
use crate::error::AppError;
use crate::service::catalogue::edit::{self, ItemPatch};
use crate::service::catalogue::{self, NewItem, NewLocation};
use crate::service::pagination::PageRequest;
use crate::service::AppContext;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ItemParams {
    limit: Option<i64>,
    cursor: Option<String>,
    active: Option<bool>,
}

pub(crate) async fn list_items(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(p): Query<ItemParams>,
) -> Result<HttpResponse, AppError> {
    let page = PageRequest::parse(p.limit, p.cursor)?;
    Ok(HttpResponse::Ok().json(catalogue::list_items(&ctx, &actor.0, p.active, page).await?))
}

pub(crate) async fn create_item(
    ctx: web::Data<AppContext>,
    req: HttpRequest,
    actor: Authenticated,
    body: Body<NewItem>,
) -> Result<HttpResponse, AppError> {
    let key = body.idempotency_key(&actor.0, &req);
    let outcome = catalogue::create_item(&ctx, &actor.0, body.value, key).await?;
    Ok(created(outcome, location_in("/api/v1/items")))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LocationParams {
    limit: Option<i64>,
    cursor: Option<String>,
}

pub(crate) async fn list_locations(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(p): Query<LocationParams>,
) -> Result<HttpResponse, AppError> {
    let page = PageRequest::parse(p.limit, p.cursor)?;
    Ok(HttpResponse::Ok().json(catalogue::list_locations(&ctx, &actor.0, page).await?))
}

pub(crate) async fn create_location(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    body: Body<NewLocation>,
) -> Result<HttpResponse, AppError> {
    let view = catalogue::create_location(&ctx, &actor.0, body.value).await?;
    Ok(HttpResponse::Created()
        .insert_header((
            actix_web::http::header::LOCATION,
            format!("/api/v1/locations/{}", view.id),
        ))
        .json(view))
}

pub(crate) async fn get_item(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let item = catalogue::get_item(&ctx, &actor.0, id.into_inner()).await?;
    Ok(super::responses::versioned(item.version, &item))
}

pub(crate) async fn update_item(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: web::Path<String>,
    if_match: IfMatch,
    body: Body<ItemPatch>,
) -> Result<HttpResponse, AppError> {
    let item = edit::update_item(&ctx, &actor.0, id.into_inner(), body.value, if_match.0).await?;
    Ok(super::responses::versioned(item.version, &item))
}

pub(crate) async fn get_location(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(catalogue::get_location(&ctx, &actor.0, id.into_inner()).await?))
}

pub(crate) async fn export_items(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
) -> Result<HttpResponse, AppError> {
    let csv = crate::service::catalogue::csv::export(&ctx, &actor.0).await?;
    Ok(HttpResponse::Ok()
        .insert_header((
            actix_web::http::header::CONTENT_TYPE,
            "text/csv; charset=utf-8",
        ))
        .insert_header((
            actix_web::http::header::CONTENT_DISPOSITION,
            "attachment; filename=\"catalogue.csv\"",
        ))
        .body(csv))
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ImportQuery {
    #[serde(default)]
    dry_run: bool,
}

pub(crate) async fn import_items(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(q): Query<ImportQuery>,
    body: super::extract::CsvBody,
) -> Result<HttpResponse, AppError> {
    let report = crate::service::catalogue::csv::import(&ctx, &actor.0, body.0, q.dry_run).await?;
    Ok(HttpResponse::Ok().json(report))
}
