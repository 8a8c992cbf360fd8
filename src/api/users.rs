//! `/api/v1/users` (admin) and `/api/v1/people` (the directory, for all).

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use uuid::Uuid;

use super::auth::Authenticated;
use super::extract::{Body, IfMatch, Query};
use super::responses::{created, location_in, versioned};
use crate::domain::ids::{DepartmentId, UserId};
use crate::domain::input::Text;
use crate::domain::roles::Role;
use crate::error::AppError;
use crate::service::pagination::PageRequest;
use crate::service::people;
use crate::service::users::{self, NewUser, UserPatch, UserQuery};
use crate::service::AppContext;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ListParams {
    limit: Option<i64>,
    cursor: Option<String>,
    role: Option<Role>,
    department_id: Option<Uuid>,
    active: Option<bool>,
    q: Option<Text<200>>,
}

pub(crate) async fn list(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(p): Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let page = PageRequest::parse(p.limit, p.cursor)?;
    let query = UserQuery {
        role: p.role,
        department_id: p.department_id.map(DepartmentId::from),
        active: p.active,
        text: p.q.map(Text::into_string),
    };
    Ok(HttpResponse::Ok().json(users::list(&ctx, &actor.0, query, page).await?))
}

pub(crate) async fn create(
    ctx: web::Data<AppContext>,
    req: HttpRequest,
    actor: Authenticated,
    body: Body<NewUser>,
) -> Result<HttpResponse, AppError> {
    let key = body.idempotency_key(&actor.0, &req);
    let outcome = users::create(&ctx, &actor.0, body.value, key).await?;
    Ok(created(outcome, location_in("/api/v1/users")))
}

pub(crate) async fn get(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = users::get(&ctx, &actor.0, UserId::new(id.into_inner())).await?;
    Ok(versioned(user.version, &user))
}

pub(crate) async fn update(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: web::Path<String>,
    if_match: IfMatch,
    body: Body<UserPatch>,
) -> Result<HttpResponse, AppError> {
    let user = users::update(
        &ctx,
        &actor.0,
        UserId::new(id.into_inner()),
        body.value,
        if_match.0,
    )
    .await?;
    Ok(versioned(user.version, &user))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PeopleParams {
    limit: Option<i64>,
    cursor: Option<String>,
    q: Option<Text<200>>,
}

/// `GET /api/v1/people`: the directory, for every signed-in user.
pub(crate) async fn people(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(p): Query<PeopleParams>,
) -> Result<HttpResponse, AppError> {
    let page = PageRequest::parse(p.limit, p.cursor)?;
    let q = p.q.map(Text::into_string);
    Ok(HttpResponse::Ok().json(people::list(&ctx, &actor.0, q, page).await?))
}
