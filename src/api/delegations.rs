//! `/api/v1/delegations`: an approver's stand-in while away.

use actix_web::{web, HttpResponse};
use serde_json::json;

use super::auth::Authenticated;
use super::extract::Body;
use crate::error::AppError;
use crate::service::delegations::{self, NewDelegation};
use crate::service::AppContext;

pub(crate) async fn list(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
) -> Result<HttpResponse, AppError> {
    let items = delegations::list(&ctx, &actor.0).await?;
    Ok(HttpResponse::Ok().json(json!({"items": items, "next_cursor": null})))
}

pub(crate) async fn create(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    body: Body<NewDelegation>,
) -> Result<HttpResponse, AppError> {
    let view = delegations::create(&ctx, &actor.0, body.value).await?;
    Ok(HttpResponse::Created()
        .insert_header((
            actix_web::http::header::LOCATION,
            format!("/api/v1/delegations/{}", view.id),
        ))
        .json(view))
}

pub(crate) async fn revoke(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    delegations::revoke(&ctx, &actor.0, id.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}
