//! `/api/v1/applications`: IT Applications from draft to receipt.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use uuid::Uuid;

use super::auth::Authenticated;
use super::extract::{Body, IfMatch, OptionalBody, Query};
use super::responses::{created, location_in, versioned};
use crate::domain::applications::Status;
use crate::domain::approval::StepKind;
use crate::domain::ids::{ApplicationId, DepartmentId};
use crate::domain::input::Text;
use crate::error::AppError;
use crate::service::applications::close_short::{self, CloseShort};
use crate::service::applications::create::{self, NewApplication};
use crate::service::applications::decisions::{self, Approval, Comment, Reason};
use crate::service::applications::drafts::{self, ApplicationPatch};
use crate::service::applications::fulfilment::{self, Receipt};
use crate::service::applications::lists::{self, ListQuery};
use crate::service::applications::order::{self, Order};
use crate::service::applications::submit;
use crate::service::applications::views::ApplicationView;
use crate::service::pagination::PageRequest;
use crate::service::AppContext;

type Id = web::Path<String>;

fn ok(view: ApplicationView) -> HttpResponse {
    versioned(view.version, &view)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ListParams {
    limit: Option<i64>,
    cursor: Option<String>,
    status: Option<Status>,
    department_id: Option<Uuid>,
    mine: Option<bool>,
    awaiting: Option<String>,
    reference: Option<Text<20>>,
    requester: Option<Text<100>>,
    waiting_days: Option<u32>,
    step_kind: Option<StepKind>,
}

pub(crate) async fn list(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(p): Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let page = PageRequest::parse(p.limit, p.cursor)?;
    let awaiting_me = match p.awaiting.as_deref() {
        None => false,
        Some("me") => true,
        Some(_) => {
            return Err(AppError::field(
                "awaiting",
                "invalid_value",
                "the only supported value is `me`",
            ))
        }
    };
    let query = ListQuery {
        status: p.status,
        department_id: p.department_id.map(DepartmentId::from),
        mine: p.mine.unwrap_or(false),
        awaiting_me,
        reference: p.reference.map(Text::into_string),
        requester: p.requester.map(Text::into_string),
        waiting_days: p.waiting_days,
        step_kind: p.step_kind,
    };
    Ok(HttpResponse::Ok().json(lists::list(&ctx, &actor.0, query, page).await?))
}

pub(crate) async fn create(
    ctx: web::Data<AppContext>,
    req: HttpRequest,
    actor: Authenticated,
    body: Body<NewApplication>,
) -> Result<HttpResponse, AppError> {
    let key = body.idempotency_key(&actor.0, &req);
    let outcome = create::create(&ctx, &actor.0, body.value, key).await?;
    Ok(created(outcome, location_in("/api/v1/applications")))
}

pub(crate) async fn get(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: Id,
) -> Result<HttpResponse, AppError> {
    Ok(ok(drafts::get(
        &ctx,
        &actor.0,
        ApplicationId::new(id.into_inner()),
    )
    .await?))
}

pub(crate) async fn update(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: Id,
    if_match: IfMatch,
    body: Body<ApplicationPatch>,
) -> Result<HttpResponse, AppError> {
    Ok(ok(drafts::update(
        &ctx,
        &actor.0,
        ApplicationId::new(id.into_inner()),
        body.value,
        if_match.0,
    )
    .await?))
}

pub(crate) async fn submit(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: Id,
    body: OptionalBody<Comment>,
) -> Result<HttpResponse, AppError> {
    Ok(ok(submit::submit(
        &ctx,
        &actor.0,
        ApplicationId::new(id.into_inner()),
        body.0,
    )
    .await?))
}

pub(crate) async fn approve(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: Id,
    body: OptionalBody<Approval>,
) -> Result<HttpResponse, AppError> {
    Ok(ok(decisions::approve(
        &ctx,
        &actor.0,
        ApplicationId::new(id.into_inner()),
        body.0,
        None,
    )
    .await?))
}

pub(crate) async fn return_for_correction(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: Id,
    body: OptionalBody<Comment>,
) -> Result<HttpResponse, AppError> {
    Ok(ok(decisions::close(
        &ctx,
        &actor.0,
        ApplicationId::new(id.into_inner()),
        false,
        body.0.comment.map(String::from),
        None,
    )
    .await?))
}

pub(crate) async fn reject(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: Id,
    body: OptionalBody<Reason>,
) -> Result<HttpResponse, AppError> {
    Ok(ok(decisions::close(
        &ctx,
        &actor.0,
        ApplicationId::new(id.into_inner()),
        true,
        body.0.reason.map(String::from),
        None,
    )
    .await?))
}

pub(crate) async fn cancel(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: Id,
    body: OptionalBody<Comment>,
) -> Result<HttpResponse, AppError> {
    Ok(ok(decisions::cancel(
        &ctx,
        &actor.0,
        ApplicationId::new(id.into_inner()),
        body.0,
    )
    .await?))
}

pub(crate) async fn order(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: Id,
    body: Body<Order>,
) -> Result<HttpResponse, AppError> {
    Ok(ok(order::order(
        &ctx,
        &actor.0,
        ApplicationId::new(id.into_inner()),
        body.value,
    )
    .await?))
}

pub(crate) async fn receive(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: Id,
    body: Body<Receipt>,
) -> Result<HttpResponse, AppError> {
    Ok(ok(fulfilment::receive(
        &ctx,
        &actor.0,
        ApplicationId::new(id.into_inner()),
        body.value,
    )
    .await?))
}

pub(crate) async fn close_short(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    id: Id,
    body: Body<CloseShort>,
) -> Result<HttpResponse, AppError> {
    Ok(ok(close_short::close_short(
        &ctx,
        &actor.0,
        ApplicationId::new(id.into_inner()),
        body.value,
    )
    .await?))
}
