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
use crate::domain::approval::StepKind;
use crate::domain::ids::DepartmentId;
use crate::error::AppError;
use crate::service::applications::lists::{self, ListQuery};
use crate::service::applications::views::ApplicationSummary;
use crate::service::pagination::PageRequest;
use crate::service::AppContext;

/// Rows per page of a list.
const PAGE_ROWS: i64 = 50;

#[derive(serde::Deserialize)]
pub(crate) struct ListParams {
    status: Option<String>,
    cursor: Option<String>,
}

/// The inbox's filters as the form sends them (an empty field: no filter).
#[derive(serde::Deserialize, serde::Serialize, Default)]
pub(crate) struct InboxFilters {
    #[serde(default)]
    department_id: String,
    #[serde(default)]
    step_kind: String,
    #[serde(default)]
    requester: String,
    #[serde(default)]
    waiting_days: String,
}

/// The waits the inbox offers to narrow by, in days.
const WAITS: [u32; 5] = [1, 2, 3, 5, 10];

impl InboxFilters {
    /// No filter given: the page says the inbox is empty rather than that
    /// nothing matches.
    fn is_empty(&self) -> bool {
        [
            &self.department_id,
            &self.step_kind,
            &self.requester,
            &self.waiting_days,
        ]
        .iter()
        .all(|v| v.trim().is_empty())
    }

    /// The list query these filters ask for; a value the form never offers
    /// is refused naming its field.
    fn query(&self) -> Result<ListQuery, AppError> {
        let given = |v: &String| Some(v.trim().to_owned()).filter(|v| !v.is_empty());
        let step_kind = match given(&self.step_kind) {
            None => None,
            Some(k) => Some(k.parse::<StepKind>().map_err(|_| {
                AppError::field("step_kind", "invalid_value", "is not a kind of step")
            })?),
        };
        let waiting_days = match given(&self.waiting_days) {
            None => None,
            Some(d) => Some(d.parse::<u32>().map_err(|_| {
                AppError::field("waiting_days", "invalid_value", "must be a number of days")
            })?),
        };
        let requester = given(&self.requester);
        if requester.as_ref().is_some_and(|r| r.chars().count() > 100) {
            return Err(AppError::field(
                "requester",
                "too_long",
                "must be at most 100 characters",
            ));
        }
        Ok(ListQuery {
            awaiting_me: true,
            department_id: given(&self.department_id).map(DepartmentId::new),
            requester,
            waiting_days,
            step_kind,
            ..ListQuery::default()
        })
    }

    /// The query string of the next page: these filters and the cursor.
    fn next_page(&self, cursor: &str) -> String {
        let filters = serde_urlencoded::to_string(self).unwrap_or_default();
        let cursor = serde_urlencoded::to_string([("cursor", cursor)]).unwrap_or_default();
        format!("/inbox?{filters}&{cursor}")
    }
}

#[derive(serde::Deserialize)]
pub(crate) struct InboxParams {
    #[serde(flatten)]
    filters: InboxFilters,
    cursor: Option<String>,
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
    step_kinds: &'static [StepKind],
    waits: &'static [u32],
    filters: InboxFilters,
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
    let rows = lists::decided_by_me(&ctx, &who.actor).await?;
    let page = DecidedPage {
        chrome: super::page::chrome(&ctx, &who, Section::Decided).await?,
        rows,
        shown: lists::DECIDED_SHOWN,
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
    let page = lists::list(&ctx, &who.actor, query, page).await?;
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
    params: web::Query<InboxParams>,
) -> Result<HttpResponse, UiError> {
    let InboxParams { filters, cursor } = params.into_inner();
    let query = filters.query()?;
    let page = PageRequest::parse(Some(PAGE_ROWS), cursor)?;
    let inbox = lists::inbox(&ctx, &who.actor, query, page).await?;
    let page = InboxPage {
        chrome: super::page::chrome_counted(&ctx, &who, Section::Inbox, inbox.awaiting).await?,
        next_page: inbox.page.next_cursor.map(|c| filters.next_page(&c)),
        departments: super::editor::department_labels(inbox.departments),
        step_kinds: StepKind::ALL,
        waits: &WAITS,
        filters,
        rows: inbox.page.items,
        now: ctx.now(),
    };
    render(&page, StatusCode::OK)
}

#[cfg(test)]
mod tests {
    use super::InboxFilters;

    #[test]
    fn the_next_inbox_page_keeps_every_filter_encoded() {
        let filters = InboxFilters {
            requester: "Zoë & co".to_owned(),
            waiting_days: "3".to_owned(),
            ..InboxFilters::default()
        };
        assert_eq!(
            filters.next_page("01J+X"),
            "/inbox?department_id=&step_kind=&requester=Zo%C3%AB+%26+co&waiting_days=3&cursor=01J%2BX"
        );
    }
}
