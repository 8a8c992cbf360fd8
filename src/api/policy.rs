//! `/api/v1/approval-policy`: read by deciders, changed by admins, and
//! previewed: the chain an application would get under it.

use actix_web::{web, HttpResponse};

use super::auth::Authenticated;
use super::extract::{Body, IfMatch};
use super::responses::versioned;
use crate::domain::approval::Policy;
use crate::error::AppError;
use crate::service::policy;
use crate::service::policy_preview::{self, PreviewInput};
use crate::service::AppContext;

pub(crate) async fn get(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
) -> Result<HttpResponse, AppError> {
    let view = policy::get(&ctx, &actor.0).await?;
    Ok(versioned(view.version, &view))
}

pub(crate) async fn put(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    if_match: IfMatch,
    body: Body<Policy>,
) -> Result<HttpResponse, AppError> {
    let view = policy::put(&ctx, &actor.0, body.value, if_match.0).await?;
    Ok(versioned(view.version, &view))
}

pub(crate) async fn preview(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    body: Body<PreviewInput>,
) -> Result<HttpResponse, AppError> {
    let view = policy_preview::preview(&ctx, &actor.0, body.value).await?;
    Ok(HttpResponse::Ok().json(view))
}
