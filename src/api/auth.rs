//! Sign-in, the middleware that authenticates every protected route before
//! anything reads its body, and the extractor handlers take the caller from.

use std::future::Future;
use std::pin::Pin;

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest, HttpResponse, ResponseError};
use serde::Deserialize;

use super::extract::{context, Body};
use crate::domain::input::Text;
use crate::error::{AppError, ErrorCode};
use crate::service::auth;
use crate::service::identity::Actor;
use crate::service::AppContext;
use crate::service::{own_password, own_profile, users};

/// The signed-in caller; extracting it answers 401 when the token is
/// missing, unknown, expired or revoked.
pub(crate) struct Authenticated(pub Actor);

impl FromRequest for Authenticated {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        if let Some(actor) = req.extensions().get::<Actor>() {
            let actor = actor.clone();
            return Box::pin(std::future::ready(Ok(Authenticated(actor))));
        }
        let ctx = context(req);
        let token = bearer_token(req);
        Box::pin(async move {
            let ctx = ctx?;
            let token = token?;
            auth::authenticate(&ctx, &token).await.map(Authenticated)
        })
    }
}

/// Middleware on every protected route: a request without a valid token is
/// answered 401 here, before any extractor reads or parses its body (so an
/// unknown token never gets a 415 or 422 that tells it about the route).
pub(crate) async fn require_token(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let checked = match (context(req.request()), bearer_token(req.request())) {
        (Ok(ctx), Ok(token)) => auth::authenticate(&ctx, &token).await,
        (Err(e), _) | (_, Err(e)) => Err(e),
    };
    match checked {
        Ok(actor) => {
            req.extensions_mut().insert(actor);
            Ok(next.call(req).await?.map_into_left_body())
        }
        Err(e) => Ok(req.into_response(e.error_response()).map_into_right_body()),
    }
}

fn bearer_token(req: &HttpRequest) -> Result<String, AppError> {
    let missing = || AppError::Unauthorized {
        code: ErrorCode::MissingToken,
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
pub(crate) struct LoginRequest {
    email: Text<254>,
    password: Text<128>,
}

pub(crate) async fn login(
    ctx: web::Data<AppContext>,
    req: HttpRequest,
    body: Body<LoginRequest>,
) -> Result<HttpResponse, AppError> {
    let client = crate::web::client::client_address(&req, &ctx.settings.trusted_proxies);
    let result = auth::login(&ctx, &body.value.email, &body.value.password, &client).await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(result))
}

/// `PATCH /api/v1/me`: the caller's own settings (their language).
pub(crate) async fn update_me(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    body: Body<own_profile::OwnPatch>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(own_profile::update(&ctx, &actor.0, body.value).await?))
}

/// `POST /api/v1/me/password`: the caller's own password, given the current one.
pub(crate) async fn change_password(
    ctx: web::Data<AppContext>,
    req: HttpRequest,
    actor: Authenticated,
    body: Body<own_password::PasswordChange>,
) -> Result<HttpResponse, AppError> {
    let client = crate::web::client::client_address(&req, &ctx.settings.trusted_proxies);
    own_password::change(&ctx, &actor.0, body.value, &client).await?;
    Ok(HttpResponse::NoContent().finish())
}

pub(crate) async fn logout(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
) -> Result<HttpResponse, AppError> {
    auth::logout(&ctx, &actor.0).await?;
    Ok(HttpResponse::NoContent().finish())
}

pub(crate) async fn me(actor: Authenticated) -> HttpResponse {
    HttpResponse::Ok().json(users::me(&actor.0))
}
