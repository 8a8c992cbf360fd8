//! `/budgets`: every budget revision, newest first, weekly or monthly —
//! approved or waiting, late runs marked, the one that counts for its
//! period named — and the form that generates a revision for any week or
//! month by hand. The same use cases as `GET`/`POST /api/v1/budgets`.

use std::str::FromStr;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use chrono::NaiveDate;

use super::form::Problems;
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::budget::BudgetKind;
use crate::domain::input::Date;
use crate::domain::roles::Role;
use crate::error::{AppError, FieldError, FieldErrors};
use crate::service::budgets::views::BudgetView;
use crate::service::budgets::{self, NewBudget};
use crate::service::idempotency::Idempotent;
use crate::service::pagination::PageRequest;
use crate::service::{new_id, AppContext};

/// Revisions per page.
const PAGE_ROWS: i64 = 50;

#[derive(serde::Deserialize)]
pub(crate) struct ListParams {
    #[serde(default)]
    kind: String,
    cursor: Option<String>,
}

/// The generate form as typed.
#[derive(Default)]
struct Typed {
    kind: String,
    period_start: String,
    key: String,
}

#[derive(Template)]
#[template(path = "budgets.html")]
struct BudgetsPage {
    chrome: Chrome,
    rows: Vec<BudgetView>,
    kind: String,
    next_page: Option<String>,
    /// Whether the person may generate a revision (finance, IT).
    generates: bool,
    form: Typed,
    problems: Problems,
    csrf: String,
}

impl BudgetsPage {
    /// The message id of a revision's kind: `budget-kind-weekly`.
    fn kind_key(&self, budget: &BudgetView) -> String {
        format!("budget-kind-{}", budget.kind.as_str())
    }
}

/// `GET /budgets`.
pub(crate) async fn list(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, UiError> {
    let params = params.into_inner();
    let form = Typed {
        kind: "weekly".to_owned(),
        key: new_id(),
        ..Default::default()
    };
    show(&ctx, &who, params, form, Problems::none(), StatusCode::OK).await
}

/// `POST /budgets`: generates a revision and opens it.
pub(crate) async fn generate(
    ctx: web::Data<AppContext>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    let mut typed = Typed {
        kind: form.text("kind"),
        period_start: form.text("period_start"),
        key: form.text("key"),
    };
    let result = match read(&typed) {
        Ok(input) => {
            let once = form.once_key(&who, "budget-generate");
            budgets::create(&ctx, &who.actor, input, once).await
        }
        Err(list) => Err(AppError::Validation(list)),
    };
    let id = match result {
        Ok(Idempotent::Fresh(view)) => Some(view.id),
        Ok(Idempotent::Replayed(stored)) => stored.body["id"].as_str().map(str::to_owned),
        Err(e) => {
            let shown = ["kind".to_owned(), "period_start".to_owned()];
            let (problems, status) = Problems::refused(e, &who.tr(&ctx), &shown)?;
            typed.key = new_id();
            let params = ListParams {
                kind: String::new(),
                cursor: None,
            };
            return show(&ctx, &who, params, typed, problems, status).await;
        }
    };
    let id = id.ok_or_else(|| AppError::internal("a generated budget has no id"))?;
    Ok(see_other(&format!("/budgets/{id}")))
}

fn read(typed: &Typed) -> Result<NewBudget, Vec<FieldError>> {
    let mut errors = FieldErrors::new();
    let kind = BudgetKind::from_str(&typed.kind)
        .map_err(|_| errors.add("kind", "invalid", "choose weekly or monthly"))
        .ok();
    let start = NaiveDate::parse_from_str(&typed.period_start, "%Y-%m-%d")
        .map_err(|_| "must be a date (YYYY-MM-DD)".to_owned())
        .and_then(Date::new)
        .map_err(|m| errors.add("period_start", "invalid", m))
        .ok();
    match (errors.into_result(), kind, start) {
        (Ok(()), Some(kind), Some(period_start)) => Ok(NewBudget { kind, period_start }),
        (Err(AppError::Validation(list)), ..) => Err(list),
        _ => Err(Vec::new()),
    }
}

async fn show(
    ctx: &AppContext,
    who: &SignedIn,
    params: ListParams,
    form: Typed,
    problems: Problems,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    let kind = BudgetKind::from_str(&params.kind).ok();
    let page = PageRequest::parse(Some(PAGE_ROWS), params.cursor)?;
    let page = budgets::list(ctx, &who.actor, kind, None, page).await?;
    let next_page = page.next_cursor.map(|c| {
        let query: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("kind", &params.kind)
            .append_pair("cursor", &c)
            .finish();
        format!("/budgets?{query}")
    });
    let page = BudgetsPage {
        chrome: super::page::chrome(ctx, who, Section::Budgets).await?,
        rows: page.items,
        kind: kind.map(|k| k.as_str().to_owned()).unwrap_or_default(),
        next_page,
        generates: who.actor.has(Role::Finance) || who.actor.has(Role::ItSpecialist),
        form,
        problems,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}
