//! Sign-in and the bearer-token extractor every protected handler takes.

use crate::domain::input::Text;
use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest, HttpResponse};
use serde::Deserialize;

use super::extract::{context, Body};
use crate::error::AppError;
use crate::service::auth::{self, Actor};
use crate::service::users;
use crate::service::AppContext;

/// The signed-in caller; extracting it answers 401 when the token is
/// missing, unknown, expired or revoked.
pub struct Authenticated(pub Actor);

impl FromRequest for Authenticated {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let ctx = context(req);
        let token = bearer_token(req);
        Box::pin(async move {
            let ctx = ctx?;
            let token = token?;
            auth::authenticate(&ctx, &token).await.map(Authenticated)
        })
    }
}

fn bearer_token(req: &HttpRequest) -> Result<String, AppError> {
    let missing = || AppError::Unauthorized {
        code: "missing_token",
        detail: "send `Authorization: Bearer <token>` from POST /api/v1/auth/login".into(),
    };
    let value = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(missing)?;
    let (scheme, token) = value.trim().split_once(' ').ok_or_else(missing)?;
    if !scheme.eq_ignore_ascii_case("bearer") || token.trim().is_empty() {
        return Err(missing());
    }
    Ok(token.trim().to_owned())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    email: Text<254>,
    password: Text<128>,
}

pub async fn login(
    ctx: web::Data<AppContext>,
    req: HttpRequest,
    body: Body<LoginRequest>,
) -> Result<HttpResponse, AppError> {
    let client = req
        .peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_else(|| "unknown".into());
    let result = auth::login(&ctx, &body.value.email, &body.value.password, &client).await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(result))
}

pub async fn logout(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
) -> Result<HttpResponse, AppError> {
    auth::logout(&ctx, &actor.0).await?;
    Ok(HttpResponse::NoContent().finish())
}

pub async fn me(actor: Authenticated) -> HttpResponse {
    HttpResponse::Ok().json(users::me(&actor.0))
}
