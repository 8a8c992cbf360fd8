//! Operational endpoints: liveness, readiness, metrics and the contract.

use actix_web::http::header;
use actix_web::{web, HttpResponse};
use serde_json::json;

use super::auth::Authenticated;
use super::metrics::Metrics;
use crate::domain::roles::Role;
use crate::error::AppError;
use crate::service::{health, mail_queue, AppContext};

/// The API contract, compiled in so the served file is the checked one.
pub(crate) const OPENAPI_YAML: &str = include_str!("../../openapi.yaml");

pub(crate) async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(json!({"status": "ok"}))
}

/// Ready while the database is; a mail queue that is too old is reported
/// as `degraded` but still answers 200: an SMTP outage must not take
/// instances out of a load balancer.
pub(crate) async fn readyz(ctx: web::Data<AppContext>) -> Result<HttpResponse, AppError> {
    health::check_ready(&ctx).await?;
    let mail = mail_queue::current(&ctx).await?;
    Ok(HttpResponse::Ok().json(json!({"status": "ready",
        "mail": {"status": mail.status, "oldest_pending_seconds": mail.oldest_pending_seconds}})))
}

pub(crate) async fn openapi() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "application/yaml"))
        .body(OPENAPI_YAML)
}

pub(crate) async fn metrics(
    ctx: web::Data<AppContext>,
    metrics: web::Data<Metrics>,
    actor: Authenticated,
) -> Result<HttpResponse, AppError> {
    actor.0.require(Role::Admin)?;
    let mail = mail_queue::current(&ctx).await?;
    Ok(HttpResponse::Ok()
        .insert_header((
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        ))
        .body(metrics.render(ctx.db.pool_state(), &mail)))
}
