//! `/api/v1/holidays`: the organisation's holiday calendar, which business
//! days (and so reminders and escalation) skip. Read by anyone signed in;
//! set, removed and imported by admins.

use actix_web::{web, HttpResponse};
use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use super::auth::Authenticated;
use super::extract::{Body, Query};
use crate::domain::input::{Prose, Text};
use crate::error::AppError;
use crate::service::reminders::holidays;
use crate::service::AppContext;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ListParams {
    year: Option<i32>,
}

pub(crate) async fn list(
    ctx: web::Data<AppContext>,
    _actor: Authenticated,
    Query(p): Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let year = p.year.unwrap_or_else(|| ctx.now().year());
    let items = holidays::list(&ctx, year).await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "year": year, "items": items })))
}

fn day_of(path: web::Path<String>) -> Result<NaiveDate, AppError> {
    path.into_inner()
        .parse()
        .map_err(|_| AppError::field("day", "invalid_date", "must be a date such as 2026-12-25"))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct HolidayName {
    name: Text<{ holidays::NAME_MAX }>,
}

pub(crate) async fn put(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    day: web::Path<String>,
    body: Body<HolidayName>,
) -> Result<HttpResponse, AppError> {
    let day = day_of(day)?;
    let view = holidays::put(&ctx, &actor.0, day, body.value.name.as_str()).await?;
    Ok(HttpResponse::Ok().json(view))
}

pub(crate) async fn delete(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    day: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let day = day_of(day)?;
    holidays::delete(&ctx, &actor.0, day).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ImportBody {
    /// Bounded and free of control characters other than line breaks and
    /// tabs, as the API's other long texts.
    list: Prose<{ holidays::IMPORT_MAX_CHARS }>,
    #[serde(default)]
    dry_run: bool,
}

pub(crate) async fn import(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    body: Body<ImportBody>,
) -> Result<HttpResponse, AppError> {
    let ImportBody { list, dry_run } = body.value;
    let imported = holidays::import(&ctx, &actor.0, list.as_str(), dry_run).await?;
    Ok(HttpResponse::Ok().json(imported))
}
