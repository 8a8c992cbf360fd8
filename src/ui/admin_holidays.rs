//! `/admin/holidays`: the organisation's holiday calendar, a year at a
//! time: add or rename a day, remove one, and import a published list
//! (checked first: every bad line is said with its number before anything
//! is stored). The same use cases as `/api/v1/holidays`.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use chrono::{Datelike, NaiveDate};

use super::form::Problems;
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::roles::Role;
use crate::error::AppError;
use crate::service::reminders::holidays::{self, HolidayView};
use crate::service::AppContext;

#[derive(serde::Deserialize)]
pub(crate) struct Params {
    #[serde(default)]
    year: Option<i32>,
    /// What was just done: `added`, `removed` or `imported`.
    #[serde(default)]
    done: String,
}

/// What the forms hold when one was refused, or a checked import.
#[derive(Default)]
struct Typed {
    day: String,
    name: String,
    list: String,
}

#[derive(Template)]
#[template(path = "admin_holidays.html")]
struct HolidaysPage {
    chrome: Chrome,
    year: i32,
    holidays: Vec<HolidayView>,
    typed: Typed,
    /// The holidays an import would store (after "Check").
    checked: Option<Vec<HolidayView>>,
    done: Option<String>,
    problems: Problems,
    csrf: String,
}

impl HolidaysPage {
    fn problem(&self, field: &str) -> Option<String> {
        self.problems.get(field).map(|p| self.chrome.t.problem(p))
    }

    /// Every problem of the imported list, each with its line.
    fn list_problems(&self) -> Vec<String> {
        let t = &self.chrome.t;
        (1..=holidays::IMPORT_MAX_LINES)
            .filter_map(|n| {
                let p = self.problems.get(&format!("list[{n}]"))?;
                Some(t.texts(
                    "holidays-line-problem",
                    &[("line", n.to_string()), ("problem", t.problem(p))],
                ))
            })
            .chain(self.problem("list"))
            .collect()
    }
}

/// `GET /admin/holidays?year=`.
pub(crate) async fn list(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<Params>,
) -> Result<HttpResponse, UiError> {
    who.actor.require(Role::Admin)?;
    let Params { year, done } = params.into_inner();
    let year = year.unwrap_or_else(|| this_year(&ctx));
    let done = Some(done).filter(|d| ["added", "removed", "imported"].contains(&d.as_str()));
    let page = Shown {
        year,
        typed: Typed::default(),
        checked: None,
        done,
        problems: Problems::none(),
    };
    show(&ctx, &who, page, StatusCode::OK).await
}

fn this_year(ctx: &AppContext) -> i32 {
    ctx.now().with_timezone(&ctx.settings.timezone).year()
}

/// `POST /admin/holidays`: adds or renames one day.
pub(crate) async fn add(
    ctx: web::Data<AppContext>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    who.actor.require(Role::Admin)?;
    let typed = Typed {
        day: form.text("day"),
        name: form.text("name"),
        list: String::new(),
    };
    let result = match typed.day.parse::<NaiveDate>() {
        Ok(day) => holidays::put(&ctx, &who.actor, day, &typed.name)
            .await
            .map(|h| h.day),
        Err(_) => Err(AppError::field("day", "invalid_date", "must be a date")),
    };
    match result {
        Ok(day) => Ok(see_other(&format!(
            "/admin/holidays?year={}&done=added",
            day.year()
        ))),
        Err(e) => refused(&ctx, &who, e, typed).await,
    }
}

/// `POST /admin/holidays/{day}/delete`.
pub(crate) async fn remove(
    ctx: web::Data<AppContext>,
    day: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, .. } = posted;
    who.actor.require(Role::Admin)?;
    let day: NaiveDate = day
        .into_inner()
        .parse()
        .map_err(|_| UiError::App(AppError::NotFound { entity: "holiday" }))?;
    holidays::delete(&ctx, &who.actor, day).await?;
    Ok(see_other(&format!(
        "/admin/holidays?year={}&done=removed",
        day.year()
    )))
}

/// `POST /admin/holidays/import`: "check" shows what the list holds,
/// "import" stores it.
pub(crate) async fn import(
    ctx: web::Data<AppContext>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    who.actor.require(Role::Admin)?;
    let dry_run = form.get("action") != Some("import");
    let typed = Typed {
        list: form.get("list").unwrap_or("").to_owned(),
        ..Typed::default()
    };
    match holidays::import(&ctx, &who.actor, &typed.list, dry_run).await {
        Ok(done) if done.dry_run => {
            let year = done
                .holidays
                .first()
                .map_or_else(|| this_year(&ctx), |h| h.day.year());
            let page = Shown {
                year,
                typed,
                checked: Some(done.holidays),
                done: None,
                problems: Problems::none(),
            };
            show(&ctx, &who, page, StatusCode::OK).await
        }
        Ok(done) => {
            let year = done
                .holidays
                .first()
                .map_or_else(|| this_year(&ctx), |h| h.day.year());
            Ok(see_other(&format!(
                "/admin/holidays?year={year}&done=imported"
            )))
        }
        Err(e) => refused(&ctx, &who, e, typed).await,
    }
}

async fn refused(
    ctx: &AppContext,
    who: &SignedIn,
    e: AppError,
    typed: Typed,
) -> Result<HttpResponse, UiError> {
    let (problems, status) = Problems::refusal(e, &who.tr(ctx))?;
    let year = typed
        .day
        .parse::<NaiveDate>()
        .map_or_else(|_| this_year(ctx), |d| d.year());
    let page = Shown {
        year,
        typed,
        checked: None,
        done: None,
        problems,
    };
    show(ctx, who, page, status).await
}

/// What a page shows besides the year's holidays.
struct Shown {
    year: i32,
    typed: Typed,
    checked: Option<Vec<HolidayView>>,
    done: Option<String>,
    problems: Problems,
}

async fn show(
    ctx: &AppContext,
    who: &SignedIn,
    shown: Shown,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    let holidays = holidays::list(ctx, shown.year).await?;
    let page = HolidaysPage {
        chrome: super::page::chrome(ctx, who, Section::Admin).await?,
        year: shown.year,
        holidays,
        typed: shown.typed,
        checked: shown.checked,
        done: shown.done.map(|d| format!("holidays-done-{d}")),
        problems: shown.problems,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}
