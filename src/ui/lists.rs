//! The application lists: "My applications" (with a status filter) and the
//! approver's "Awaiting me" inbox, oldest first — the same list use case as
//! `GET /api/v1/applications?mine=true` and `?awaiting=me`.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use chrono::{DateTime, Utc};

use super::page::{render, Chrome, Section, UiError};
use super::session::SignedIn;
use crate::domain::applications::Status;
use crate::domain::ids::DepartmentId;
use crate::error::AppError;
use crate::service::applications::drafts::{self, ListQuery};
use crate::service::applications::views::ApplicationSummary;
use crate::service::pagination::PageRequest;
use crate::service::AppContext;

/// Rows per page of a list.
const PAGE_ROWS: i64 = 50;

#[derive(serde::Deserialize)]
pub(crate) struct ListParams {
    status: Option<String>,
    cursor: Option<String>,
    department_id: Option<String>,
}

#[derive(Template)]
#[template(path = "applications.html")]
struct MinePage {
    chrome: Chrome,
    rows: Vec<ApplicationSummary>,
    statuses: &'static [Status],
    status: Option<Status>,
    next_page: Option<String>,
    now: DateTime<Utc>,
}

#[derive(Template)]
#[template(path = "inbox.html")]
struct InboxPage {
    chrome: Chrome,
    rows: Vec<ApplicationSummary>,
    departments: Vec<super::editor::Choice>,
    department_id: String,
    next_page: Option<String>,
    now: DateTime<Utc>,
}

#[derive(Template)]
#[template(path = "decided.html")]
struct DecidedPage {
    chrome: Chrome,
    rows: Vec<ApplicationSummary>,
    shown: i64,
}

/// `GET /decided`: the signed-in person's latest decisions, newest first.
pub(crate) async fn decided(
    ctx: web::Data<AppContext>,
    who: SignedIn,
) -> Result<HttpResponse, UiError> {
    let rows = drafts::decided_by_me(&ctx, &who.actor).await?;
    let page = DecidedPage {
        chrome: super::page::chrome(&ctx, &who, Section::Decided).await?,
        rows,
        shown: drafts::DECIDED_SHOWN,
    };
    render(&page, StatusCode::OK)
}

/// `GET /applications`: the signed-in person's own applications.
pub(crate) async fn mine(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, UiError> {
    let params = params.into_inner();
    let status = match params.status.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => Some(
            s.parse::<Status>()
                .map_err(|_| AppError::field("status", "invalid_value", "is not a status"))?,
        ),
    };
    let query = ListQuery {
        status,
        mine: true,
        ..ListQuery::default()
    };
    let page = PageRequest::parse(Some(PAGE_ROWS), params.cursor)?;
    let page = drafts::list(&ctx, &who.actor, query, page).await?;
    let next_page = page.next_cursor.map(|c| {
        let filter = status.map_or(String::new(), |s| format!("status={s}&"));
        format!("/applications?{filter}cursor={c}")
    });
    let page = MinePage {
        chrome: super::page::chrome(&ctx, &who, Section::Mine).await?,
        rows: page.items,
        statuses: Status::ALL,
        status,
        next_page,
        now: ctx.now(),
    };
    render(&page, StatusCode::OK)
}

/// `GET /inbox`: what waits for the signed-in person's decision.
pub(crate) async fn inbox(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, UiError> {
    let params = params.into_inner();
    let department_id = params.department_id.filter(|d| !d.is_empty());
    let query = ListQuery {
        awaiting_me: true,
        department_id: department_id.clone().map(DepartmentId::new),
        ..ListQuery::default()
    };
    let cursor = params.cursor;
    let first = cursor.is_none() && department_id.is_none();
    let page = PageRequest::parse(Some(PAGE_ROWS), cursor)?;
    let page = drafts::list(&ctx, &who.actor, query, page).await?;
    // The whole inbox on one page is its own count: no second query.
    let chrome = match (first, &page.next_cursor) {
        (true, None) => {
            super::page::chrome_counted(&ctx, &who, Section::Inbox, page.items.len()).await?
        }
        _ => super::page::chrome(&ctx, &who, Section::Inbox).await?,
    };
    let page = InboxPage {
        chrome,
        next_page: page.next_cursor.map(|c| match &department_id {
            Some(d) => format!("/inbox?department_id={d}&cursor={c}"),
            None => format!("/inbox?cursor={c}"),
        }),
        departments: super::editor::department_choices(&ctx, &who).await?,
        department_id: department_id.unwrap_or_default(),
        rows: page.items,
        now: ctx.now(),
    };
    render(&page, StatusCode::OK)
}
