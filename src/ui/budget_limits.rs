//! `/budgets/limits?month=…`: one month's limits as a department ×
//! category grid that finance edits in place and saves at once (a blank
//! cell is no limit), a button copying the month's limits to the next,
//! and the two budget schedules with their next three runs.

use std::collections::HashMap;
use std::str::FromStr;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use super::editor::{department_choices, Choice};
use super::form::{FormData, Problems};
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::applications::Category;
use crate::domain::ids::DepartmentId;
use crate::domain::input::Amount;
use crate::domain::locale::Locale;
use crate::domain::roles::Role;
use crate::error::{AppError, FieldError, FieldErrors};
use crate::service::budgets::limit_grid::{self, LimitCell};
use crate::service::budgets::limits;
use crate::service::schedules::{self, ScheduleView};
use crate::service::AppContext;

#[derive(serde::Deserialize, Default)]
pub(crate) struct LimitParams {
    #[serde(default)]
    month: String,
    /// What the last save or copy did, said once.
    set: Option<usize>,
    removed: Option<usize>,
    copied: Option<usize>,
}

#[derive(Template)]
#[template(path = "budget_limits.html")]
struct LimitsPage {
    chrome: Chrome,
    month: String,
    departments: Vec<Choice>,
    categories: Vec<Category>,
    /// The cell values as shown (stored, or as typed when refused), by
    /// the cell's field name.
    cells: HashMap<String, String>,
    edits: bool,
    schedules: Vec<ScheduleView>,
    done: Option<String>,
    problems: Problems,
    csrf: String,
}

impl LimitsPage {
    fn value(&self, department: &str, category: &Category) -> &str {
        self.cells
            .get(&cell_name(department, *category))
            .map_or("", String::as_str)
    }

    fn problem(&self, department: &str, category: &Category) -> Option<&FieldError> {
        self.problems.get(&cell_name(department, *category))
    }

    fn job_key(&self, schedule: &ScheduleView) -> String {
        format!("schedule-{}", schedule.job.replace('_', "-"))
    }
}

/// The form field of one cell: `limit.{department}.{category}`.
fn cell_name(department: &str, category: Category) -> String {
    format!("limit.{department}.{}", category.as_str())
}

/// `GET /budgets/limits`.
pub(crate) async fn show(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<LimitParams>,
) -> Result<HttpResponse, UiError> {
    let params = params.into_inner();
    let t = who.tr(&ctx);
    let month = match params.month.trim() {
        "" => crate::service::applications::today(&ctx)
            .format("%Y-%m")
            .to_string(),
        m => m.to_owned(),
    };
    let stored = limits::list(&ctx, &who.actor, Some(month.clone())).await?;
    let cells = stored
        .into_iter()
        .map(|l| (cell_name(&l.department_id, l.category), t.money(l.amount)))
        .collect();
    let done = match (params.set, params.removed, params.copied) {
        (Some(set), Some(removed), _) => Some(t.message(
            "limits-saved",
            vec![
                ("set".into(), (set as i64).into()),
                ("removed".into(), (removed as i64).into()),
            ],
        )),
        (_, _, Some(copied)) => Some(t.arg("limits-copied", "count", copied as i64)),
        _ => None,
    };
    page(
        &ctx,
        &who,
        month,
        cells,
        done,
        Problems::none(),
        StatusCode::OK,
    )
    .await
}

/// `POST /budgets/limits`: saves the grid.
pub(crate) async fn save(
    ctx: web::Data<AppContext>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    let month = form.text("month");
    let (cells, names, typed) = read(&form, who.locale(&ctx));
    let result = match cells {
        Ok(cells) => limit_grid::save_month(&ctx, &who.actor, month.clone(), cells).await,
        Err(list) => Err(AppError::Validation(list)),
    };
    match result {
        Ok(changed) => Ok(see_other(&format!(
            "/budgets/limits?month={month}&set={}&removed={}",
            changed.set, changed.removed
        ))),
        Err(AppError::Validation(list)) => {
            let list = list.into_iter().map(|e| on_cell(e, &names)).collect();
            let mut shown: Vec<String> = typed.keys().cloned().collect();
            shown.push("month".into());
            let (problems, status) =
                Problems::refused(AppError::Validation(list), &who.tr(&ctx), &shown)?;
            page(&ctx, &who, month, typed, None, problems, status).await
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /budgets/limits/copy`: this month's limits into the next.
pub(crate) async fn copy(
    ctx: web::Data<AppContext>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    let (next, copied) = limit_grid::copy_forward(&ctx, &who.actor, form.text("month")).await?;
    Ok(see_other(&format!(
        "/budgets/limits?month={next}&copied={copied}"
    )))
}

/// The grid's cells as the use case's request, each cell's field name in
/// the same order, and the values as typed.
#[allow(clippy::type_complexity)]
fn read(
    form: &FormData,
    locale: Locale,
) -> (
    Result<Vec<LimitCell>, Vec<FieldError>>,
    Vec<String>,
    HashMap<String, String>,
) {
    let mut errors = FieldErrors::new();
    let (mut cells, mut names, mut typed) = (Vec::new(), Vec::new(), HashMap::new());
    for (name, value) in form.fields() {
        let Some(rest) = name.strip_prefix("limit.") else {
            continue;
        };
        let Some((department, category)) = rest.rsplit_once('.') else {
            continue;
        };
        let Ok(category) = Category::from_str(category) else {
            continue;
        };
        let value = value.trim();
        typed.insert(name.to_owned(), value.to_owned());
        let amount = match value {
            "" => Ok(None),
            text => locale.parse_decimal(text).and_then(Amount::new).map(Some),
        };
        match amount {
            Ok(amount) => {
                cells.push(LimitCell {
                    department_id: DepartmentId::new(department.to_owned()),
                    category,
                    amount,
                });
                names.push(name.to_owned());
            }
            Err(m) => errors.add(name, "invalid_amount", m),
        }
    }
    let cells = match errors.into_result() {
        Ok(()) => Ok(cells),
        Err(AppError::Validation(list)) => Err(list),
        Err(_) => Err(Vec::new()),
    };
    (cells, names, typed)
}

/// `cells[i].…` named by the grid cell it came from.
fn on_cell(mut e: FieldError, names: &[String]) -> FieldError {
    let index = e
        .field
        .strip_prefix("cells[")
        .and_then(|r| r.split_once(']'))
        .and_then(|(i, _)| i.parse::<usize>().ok());
    if let Some(name) = index.and_then(|i| names.get(i)) {
        e.field = name.clone();
    }
    e
}

async fn page(
    ctx: &AppContext,
    who: &SignedIn,
    month: String,
    cells: HashMap<String, String>,
    done: Option<String>,
    problems: Problems,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    let page = LimitsPage {
        chrome: super::page::chrome(ctx, who, Section::Budgets).await?,
        month,
        departments: department_choices(ctx, who).await?,
        categories: Category::ALL.to_vec(),
        cells,
        edits: who.actor.has(Role::Finance),
        schedules: schedules::list(ctx, &who.actor).await?,
        done,
        problems,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}
