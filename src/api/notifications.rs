//! `/api/v1/notifications` (admin): outgoing mail and its delivery status.

use actix_web::{web, HttpResponse};
use serde::Deserialize;

use super::auth::Authenticated;
use super::extract::Query;
use crate::error::AppError;
use crate::service::pagination::PageRequest;
use crate::service::AppContext;
use crate::service::{mail_queue, notifications};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ListParams {
    limit: Option<i64>,
    cursor: Option<String>,
    status: Option<String>,
}

pub(crate) async fn list(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(p): Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let page = PageRequest::parse(p.limit, p.cursor)?;
    Ok(HttpResponse::Ok().json(notifications::list(&ctx, &actor.0, p.status, page).await?))
}

pub(crate) async fn retry(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(notifications::retry(&ctx, &actor.0, id.into_inner()).await?))
}

pub(crate) async fn dismiss(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    notifications::dismiss(&ctx, &actor.0, id.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}

pub(crate) async fn queue(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(mail_queue::for_admin(&ctx, &actor.0).await?))
}
