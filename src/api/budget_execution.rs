//! `/api/v1/budget-execution`: the year's budget execution per department
//! and category, month by month, as JSON, and as CSV or XLSX for
//! accounting (`service::budgets::execution`).

use actix_web::http::header;
use actix_web::{web, HttpResponse};
use serde::Deserialize;

use super::auth::Authenticated;
use super::extract::Query;
use crate::error::AppError;
use crate::service::budgets::{execution, execution_export};
use crate::service::AppContext;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct YearParams {
    year: Option<i32>,
}

pub(crate) async fn get(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(p): Query<YearParams>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(execution::execution(&ctx, &actor.0, p.year).await?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExportParams {
    year: Option<i32>,
    format: Option<String>,
}

pub(crate) async fn export(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(p): Query<ExportParams>,
) -> Result<HttpResponse, AppError> {
    let format = p.format.unwrap_or_else(|| "csv".into());
    let file = execution_export::export(&ctx, &actor.0, p.year, &format).await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, file.content_type))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}\"", file.filename),
        ))
        .body(file.content))
}
