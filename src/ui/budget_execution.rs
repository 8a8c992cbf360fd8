//! `/budgets/execution?year=…&department_id=…&category=…`: the year's
//! budget execution for one department and category (or all of them,
//! added up), month by month beside the limit, with the year to date; and
//! the year's CSV and XLSX for accounting. The figures are the service's
//! (`service::budgets::execution`); this page only lays them out.

use std::str::FromStr;

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpResponse};
use askama::Template;

use super::editor::{department_choices, Choice};
use super::page::{render, Chrome, Section, UiError};
use super::session::SignedIn;
use crate::domain::applications::Category;
use crate::error::AppError;
use crate::service::budgets::execution::{self, FiguresView};
use crate::service::budgets::execution_export;
use crate::service::AppContext;

#[derive(serde::Deserialize, Default)]
pub(crate) struct ExecutionParams {
    #[serde(default)]
    year: String,
    #[serde(default)]
    department_id: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    format: String,
}

#[derive(Template)]
#[template(path = "budget_execution.html")]
struct ExecutionPage {
    chrome: Chrome,
    year: i32,
    department_id: String,
    category: String,
    departments: Vec<Choice>,
    categories: &'static [Category],
    /// January to December, then the year to date.
    months: Vec<FiguresView>,
    /// The last month the year to date counts (`YYYY-MM`), if any yet.
    through: Option<String>,
    currency: String,
}

impl ExecutionPage {
    fn is_year_to_date(&self, f: &FiguresView) -> bool {
        f.month == "year_to_date"
    }

    fn over(&self, f: &FiguresView) -> bool {
        f.remaining
            .is_some_and(|r| r.is_sign_negative() && !r.is_zero())
    }
}

/// The year asked (this year when blank); 422 naming `year` otherwise.
fn year_of(text: &str) -> Result<Option<i32>, AppError> {
    match text.trim() {
        "" => Ok(None),
        y => y
            .parse()
            .map(Some)
            .map_err(|_| AppError::field("year", "invalid", "must be a year such as 2026")),
    }
}

/// `GET /budgets/execution`.
pub(crate) async fn show(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<ExecutionParams>,
) -> Result<HttpResponse, UiError> {
    let p = params.into_inner();
    let view = execution::execution(&ctx, &who.actor, year_of(&p.year)?).await?;
    let category = Category::from_str(&p.category).ok();
    let department = Some(p.department_id.as_str()).filter(|d| !d.is_empty());
    let months = execution::summed(&view, department, category)?;
    let page = ExecutionPage {
        chrome: super::page::chrome(&ctx, &who, Section::Budgets).await?,
        year: view.year,
        department_id: p.department_id,
        category: category.map(|c| c.to_string()).unwrap_or_default(),
        departments: department_choices(&ctx, &who).await?,
        categories: Category::ALL,
        months,
        through: (view.through_month > 0)
            .then(|| format!("{}-{:02}", view.year, view.through_month)),
        currency: view.currency,
    };
    render(&page, StatusCode::OK)
}

/// `GET /budgets/execution/export?year=…&format=csv|xlsx`.
pub(crate) async fn export(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<ExecutionParams>,
) -> Result<HttpResponse, UiError> {
    let p = params.into_inner();
    let file = execution_export::export(&ctx, &who.actor, year_of(&p.year)?, &p.format).await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, file.content_type))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}\"", file.filename),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .body(file.content))
}
