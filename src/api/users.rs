//! `/api/v1/users` (admin).

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use uuid::Uuid;

use super::auth::Authenticated;
use super::extract::{id_text, Body, IfMatch, Query};
use super::responses::{created, location_in, versioned};
use crate::domain::roles::Role;
use crate::error::AppError;
use crate::service::pagination::PageRequest;
use crate::service::users::{self, NewUser, UserFilter, UserPatch};
use crate::service::AppContext;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListParams {
    limit: Option<i64>,
    cursor: Option<String>,
    role: Option<Role>,
    department_id: Option<Uuid>,
    active: Option<bool>,
    q: Option<String>,
}

pub async fn list(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(p): Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let page = PageRequest::parse(p.limit, p.cursor)?;
    let filter = UserFilter {
        role: p.role.map(|r| r.as_str().to_owned()),
        department_id: p.department_id.map(id_text),
        active: p.active,
        query: p.q.filter(|q| !q.trim().is_empty()),
    };
    Ok(HttpResponse::Ok().json(users::list(&ctx, &actor.0, filter, page).await?))
}

pub async fn create(
    ctx: web::Data<AppContext>,
    req: HttpRequest,
    actor: Authenticated,
    body: Body<NewUser>,
) -> Result<HttpResponse, AppError> {
    let key = body.idempotency_key(&actor.0, &req);
    let outcome = users::create(&ctx, &actor.0, body.value, key).await?;
    Ok(created(outcome, location_in("/api/v1/users")))
}

pub async fn get(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = users::get(&ctx, &actor.0, id.into_inner()).await?;
    Ok(versioned(user.version, &user))
}

pub async fn update(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: web::Path<String>,
    if_match: IfMatch,
    body: Body<UserPatch>,
) -> Result<HttpResponse, AppError> {
    let user = users::update(&ctx, &actor.0, id.into_inner(), body.value, if_match.0).await?;
    Ok(versioned(user.version, &user))
}
