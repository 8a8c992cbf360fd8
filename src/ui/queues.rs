//! The IT specialist's queues: "To order" (approved applications) and
//! "Deliveries" (ordered, goods still to come), oldest first — each row
//! leads to the application, whose page offers the order or receipt form.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use chrono::{DateTime, Utc};

use super::page::{render, Chrome, Section, UiError};
use super::session::SignedIn;
use crate::service::applications::queues::{self, Queue};
use crate::service::applications::views::ApplicationSummary;
use crate::service::pagination::PageRequest;
use crate::service::AppContext;

/// Rows per page of a queue.
const PAGE_ROWS: i64 = 50;

#[derive(serde::Deserialize)]
pub(crate) struct QueueParams {
    cursor: Option<String>,
    /// `week`: only deliveries expected by the end of this week.
    due: Option<String>,
}

#[derive(Template)]
#[template(path = "queue.html")]
struct QueuePage {
    chrome: Chrome,
    title: String,
    intro: String,
    empty: String,
    /// Whether the rows are deliveries, which show when they are expected.
    deliveries: bool,
    rows: Vec<ApplicationSummary>,
    next_page: Option<String>,
    now: DateTime<Utc>,
}

/// `GET /to-order`.
pub(crate) async fn to_order(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<QueueParams>,
) -> Result<HttpResponse, UiError> {
    show(&ctx, &who, Queue::ToOrder, params.into_inner()).await
}

/// `GET /deliveries`.
pub(crate) async fn deliveries(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<QueueParams>,
) -> Result<HttpResponse, UiError> {
    let params = params.into_inner();
    let queue = match params.due.as_deref() {
        Some("week") => Queue::DueThisWeek,
        _ => Queue::Deliveries,
    };
    show(&ctx, &who, queue, params).await
}

async fn show(
    ctx: &AppContext,
    who: &SignedIn,
    queue: Queue,
    params: QueueParams,
) -> Result<HttpResponse, UiError> {
    let chrome = super::page::chrome(
        ctx,
        who,
        match queue {
            Queue::ToOrder => Section::ToOrder,
            Queue::Deliveries | Queue::DueThisWeek => Section::Deliveries,
        },
    )
    .await?;
    let t = chrome.t;
    let (path, title, intro, empty) = match queue {
        Queue::ToOrder => (
            "/to-order?",
            t.get("to-order-title"),
            t.get("to-order-intro"),
            t.get("to-order-empty"),
        ),
        Queue::Deliveries => (
            "/deliveries?",
            t.get("deliveries-title"),
            t.get("deliveries-intro"),
            t.get("deliveries-empty"),
        ),
        Queue::DueThisWeek => (
            "/deliveries?due=week&",
            t.get("deliveries-title"),
            t.get("deliveries-week-intro"),
            t.get("deliveries-week-empty"),
        ),
    };
    let page = PageRequest::parse(Some(PAGE_ROWS), params.cursor)?;
    let page = queues::list(ctx, &who.actor, queue, page).await?;
    let next_page = page.next_cursor.map(|c| format!("{path}cursor={c}"));
    let page = QueuePage {
        chrome,
        title,
        intro,
        empty,
        deliveries: queue != Queue::ToOrder,
        rows: page.items,
        next_page,
        now: ctx.now(),
    };
    render(&page, StatusCode::OK)
}
