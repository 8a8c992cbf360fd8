//! `/budgets/{id}`: one budget revision as finance reads it — its state
//! (approved by whom, or what the four-eyes rule says), the totals by
//! department and by category beside their limits as bars, month to date
//! for a weekly budget, the lines filtered by department, category and
//! section, the CSV and XLSX downloads, approval, and the other revisions
//! of its period to compare with. The same use cases as
//! `/api/v1/budgets/{id}`, `…/export` and `…/approve`.

use std::collections::HashMap;
use std::str::FromStr;

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpResponse};
use askama::Template;

use super::bar_chart::{bars, Bar, BAR_WIDTH};
use super::form::Problems;
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::applications::Category;
use crate::domain::carry::Section as LineSection;
use crate::domain::ids::UserId;
use crate::i18n::{Arg, TextArg};
use crate::service::budgets::views::{BudgetLineView, BudgetView, DepartmentNames, TotalView};
use crate::service::budgets::{self, Approval, LineQuery};
use crate::service::pagination::PageRequest;
use crate::service::{people, AppContext};

/// Lines shown per page of the lines table.
const LINE_ROWS: usize = 50;

#[derive(serde::Deserialize, Default)]
pub(crate) struct LineFilter {
    #[serde(default)]
    department: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    section: String,
    #[serde(default)]
    page: usize,
}

impl LineFilter {
    /// The lines asked for (`none` is the lines of no department; a value
    /// that names nothing asks for any).
    fn query(&self) -> LineQuery {
        LineQuery {
            department: match self.department.as_str() {
                "" => None,
                "none" => Some(None),
                id => Some(Some(id.to_owned())),
            },
            category: Category::from_str(&self.category).ok(),
            section: LineSection::from_str(&self.section).ok(),
        }
    }
}

#[derive(Template)]
#[template(path = "budget.html")]
struct BudgetPage {
    chrome: Chrome,
    budget: BudgetView,
    department_bars: Vec<Bar>,
    category_bars: Vec<Bar>,
    /// The filtered lines of this page of the table, and how many matched.
    lines: Vec<BudgetLineView>,
    matched: usize,
    filter: LineFilter,
    next_page: Option<String>,
    departments: DepartmentNames,
    people: HashMap<UserId, String>,
    /// The other revisions of this period.
    revisions: Vec<BudgetView>,
    approval: Approval,
    problems: Problems,
    csrf: String,
}

/// One totals table of the page: by department or by category.
struct Group<'a> {
    id: &'static str,
    heading: &'static str,
    column: &'static str,
    rows: Vec<TotalRow<'a>>,
}

struct TotalRow<'a> {
    label: String,
    total: &'a TotalView,
    bar: &'a Bar,
}

impl BudgetPage {
    fn bar_width(&self) -> f64 {
        BAR_WIDTH
    }

    /// The message id of the budget's kind: `budget-kind-weekly`.
    fn kind_key(&self) -> String {
        format!("budget-kind-{}", self.budget.kind.as_str())
    }

    fn groups(&self) -> Vec<Group<'_>> {
        let t = &self.chrome.t;
        let departments = self
            .budget
            .by_department
            .iter()
            .zip(&self.department_bars)
            .map(|(d, bar)| TotalRow {
                label: match &d.department_id {
                    Some(_) => d.name.clone(),
                    None => t.get("budget-no-department"),
                },
                total: &d.total,
                bar,
            })
            .collect();
        let categories = self
            .budget
            .by_category
            .iter()
            .zip(&self.category_bars)
            .map(|(c, bar)| TotalRow {
                label: t.term("category", &c.category),
                total: &c.total,
                bar,
            })
            .collect();
        vec![
            Group {
                id: "department",
                heading: "budget-by-department",
                column: "col-department",
                rows: departments,
            },
            Group {
                id: "category",
                heading: "budget-by-category",
                column: "col-category",
                rows: categories,
            },
        ]
    }

    /// "Approved by Anna Pavlenko on 3 June 2026, 10:05."
    fn approved_args(&self) -> Vec<(String, Arg)> {
        let t = &self.chrome.t;
        let when = self
            .budget
            .approved_at
            .map(|at| t.when(at))
            .unwrap_or_default();
        vec![
            (
                "name".to_owned(),
                Arg::from(TextArg(self.person(&self.budget.approved_by))),
            ),
            ("when".to_owned(), Arg::from(TextArg(when))),
        ]
    }

    fn person(&self, id: &Option<UserId>) -> String {
        id.as_ref()
            .and_then(|id| self.people.get(id))
            .cloned()
            .unwrap_or_default()
    }

    /// A line's department as people call it.
    fn department(&self, line: &BudgetLineView) -> String {
        line.department_id
            .as_ref()
            .and_then(|id| self.departments.get(id))
            .map(|(code, name)| format!("{code} — {name}"))
            .unwrap_or_default()
    }

    fn may_approve(&self) -> bool {
        self.approval == Approval::Open
    }

    /// Whether stale needs stand beside the total (they are not in it).
    fn has_stale(&self) -> bool {
        self.budget.overall.stale > rust_decimal::Decimal::ZERO
    }

    fn own_revision(&self) -> bool {
        self.approval == Approval::OwnRevision
    }
}

/// `GET /budgets/{id}`.
pub(crate) async fn show(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    id: web::Path<String>,
    filter: web::Query<LineFilter>,
) -> Result<HttpResponse, UiError> {
    page(
        &ctx,
        &who,
        id.into_inner(),
        filter.into_inner(),
        Problems::none(),
        StatusCode::OK,
    )
    .await
}

/// `POST /budgets/{id}/approve`.
pub(crate) async fn approve(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form: _ } = posted;
    let id = id.into_inner();
    match budgets::approve(&ctx, &who.actor, id.clone()).await {
        Ok(_) => Ok(see_other(&format!("/budgets/{id}"))),
        Err(e) => {
            let (problems, status) = Problems::refusal(e, &who.tr(&ctx))?;
            page(&ctx, &who, id, LineFilter::default(), problems, status).await
        }
    }
}

#[derive(serde::Deserialize)]
pub(crate) struct ExportParams {
    #[serde(default)]
    format: String,
}

/// `GET /budgets/{id}/export?format=csv|xlsx`: the download, headed in the
/// reader's language.
pub(crate) async fn export(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    id: web::Path<String>,
    params: web::Query<ExportParams>,
) -> Result<HttpResponse, UiError> {
    let file = budgets::export(&ctx, &who.actor, id.into_inner(), &params.format).await?;
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

async fn page(
    ctx: &AppContext,
    who: &SignedIn,
    id: String,
    filter: LineFilter,
    problems: Problems,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    let offset = filter.page.saturating_mul(LINE_ROWS);
    let (mut budget, departments, matched) =
        budgets::get_page(ctx, &who.actor, id, filter.query(), offset, LINE_ROWS).await?;
    let lines = budget.lines.take().unwrap_or_default();
    let next_page = (offset.saturating_add(LINE_ROWS) < matched).then(|| {
        let query: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("department", &filter.department)
            .append_pair("category", &filter.category)
            .append_pair("section", &filter.section)
            .append_pair("page", &filter.page.saturating_add(1).to_string())
            .finish();
        format!("/budgets/{}?{query}#lines", budget.id)
    });
    let all = PageRequest {
        limit: 100,
        after: None,
    };
    let period = budgets::list(
        ctx,
        &who.actor,
        Some(budget.kind),
        Some(budget.period_start),
        all,
    );
    let revisions = period
        .await?
        .items
        .into_iter()
        .filter(|r| r.id != budget.id)
        .collect();
    let named = [budget.generated_by.clone(), budget.approved_by.clone()];
    let people = people::names(ctx, named.into_iter().flatten().collect()).await?;
    let approval = budgets::approval(ctx, &who.actor, &budget).await?;
    let page = BudgetPage {
        chrome: super::page::chrome(ctx, who, Section::Budgets).await?,
        department_bars: bars(budget.by_department.iter().map(|d| &d.total)),
        category_bars: bars(budget.by_category.iter().map(|c| &c.total)),
        budget,
        lines,
        matched,
        filter,
        next_page,
        departments,
        people,
        revisions,
        approval,
        problems,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}
