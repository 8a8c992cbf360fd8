//! `/api/v1/departments`: everyone signed in reads; admins change.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use uuid::Uuid;

use super::auth::Authenticated;
use super::extract::{Body, IfMatch, Query};
use super::responses::{created, location_in, versioned};
use crate::domain::ids::DepartmentId;
use crate::error::AppError;
use crate::service::departments::{self, DepartmentPatch, NewDepartment};
use crate::service::pagination::PageRequest;
use crate::service::AppContext;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ListParams {
    limit: Option<i64>,
    cursor: Option<String>,
    parent_id: Option<Uuid>,
}

pub(crate) async fn list(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(p): Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let page = PageRequest::parse(p.limit, p.cursor)?;
    Ok(HttpResponse::Ok()
        .json(departments::list(&ctx, &actor.0, p.parent_id.map(DepartmentId::from), page).await?))
}

pub(crate) async fn create(
    ctx: web::Data<AppContext>,
    req: HttpRequest,
    actor: Authenticated,
    body: Body<NewDepartment>,
) -> Result<HttpResponse, AppError> {
    let key = body.idempotency_key(&actor.0, &req);
    let outcome = departments::create(&ctx, &actor.0, body.value, key).await?;
    Ok(created(outcome, location_in("/api/v1/departments")))
}

pub(crate) async fn get(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let dep = departments::get(&ctx, &actor.0, DepartmentId::new(id.into_inner())).await?;
    Ok(versioned(dep.version, &dep))
}

pub(crate) async fn update(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: web::Path<String>,
    if_match: IfMatch,
    body: Body<DepartmentPatch>,
) -> Result<HttpResponse, AppError> {
    let dep = departments::update(
        &ctx,
        &actor.0,
        DepartmentId::new(id.into_inner()),
        body.value,
        if_match.0,
    )
    .await?;
    Ok(versioned(dep.version, &dep))
}
