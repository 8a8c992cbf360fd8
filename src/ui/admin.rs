//! The administration pages' hub (`/admin`) and outgoing mail
//! (`/admin/notifications`): the outbox's state — pending, failed, the
//! oldest wait, the send rate — and its messages by status, a failed one
//! with its error, retried or dismissed. The same use cases as
//! `/api/v1/notifications` and `/api/v1/notifications/queue`.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use super::form::Problems;
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::backoff::DeliveryStatus;
use crate::error::AppError;
use crate::service::mail_queue::{self, QueueView};
use crate::service::notifications::{self, NotificationView};
use crate::service::pagination::PageRequest;
use crate::service::AppContext;

/// Messages one page lists.
const PAGE_ROWS: i64 = 50;

#[derive(Template)]
#[template(path = "admin.html")]
struct HubPage {
    chrome: Chrome,
    queue: QueueView,
}

/// `GET /admin`.
pub(crate) async fn hub(
    ctx: web::Data<AppContext>,
    who: SignedIn,
) -> Result<HttpResponse, UiError> {
    let queue = mail_queue::for_admin(&ctx, &who.actor).await?;
    let page = HubPage {
        chrome: super::page::chrome(&ctx, &who, Section::Admin).await?,
        queue,
    };
    render(&page, StatusCode::OK)
}

#[derive(serde::Deserialize)]
pub(crate) struct ListParams {
    #[serde(default)]
    status: String,
    #[serde(default)]
    after: String,
    /// What the last action did: `retried` or `dismissed`.
    #[serde(default)]
    done: String,
}

#[derive(Template)]
#[template(path = "admin_notifications.html")]
struct NotificationsPage {
    chrome: Chrome,
    queue: QueueView,
    status: DeliveryStatus,
    statuses: [DeliveryStatus; 3],
    rows: Vec<NotificationView>,
    next_page: Option<String>,
    done: Option<String>,
    problems: Problems,
    csrf: String,
}

impl NotificationsPage {
    fn status_key(&self, status: &DeliveryStatus) -> String {
        format!("notifications-status-{status}")
    }
}

/// `GET /admin/notifications`: failed messages unless `status` says otherwise.
pub(crate) async fn list(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, UiError> {
    let params = params.into_inner();
    let status = match params.status.as_str() {
        "" => DeliveryStatus::Failed,
        s => s
            .parse()
            .map_err(|_| AppError::field("status", "invalid_value", "is not a status"))?,
    };
    let t = who.tr(&ctx);
    let done = match params.done.as_str() {
        "retried" => Some(t.get("notifications-retried")),
        "dismissed" => Some(t.get("notifications-dismissed")),
        _ => None,
    };
    let after = Some(params.after).filter(|a| !a.is_empty());
    show(
        &ctx,
        &who,
        status,
        after,
        done,
        Problems::none(),
        StatusCode::OK,
    )
    .await
}

/// `POST /admin/notifications/{id}/retry`: a failed message queued again now.
pub(crate) async fn retry(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, .. } = posted;
    let result = notifications::retry(&ctx, &who.actor, id.into_inner()).await;
    acted(&ctx, &who, result.map(|_| "retried")).await
}

/// `POST /admin/notifications/{id}/dismiss`: a failed message deleted (audited).
pub(crate) async fn dismiss(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, .. } = posted;
    let result = notifications::dismiss(&ctx, &who.actor, id.into_inner()).await;
    acted(&ctx, &who, result.map(|()| "dismissed")).await
}

/// Back to the failed messages, saying what was done — or why not (a
/// message another admin already retried is a conflict said at the top).
async fn acted(
    ctx: &AppContext,
    who: &SignedIn,
    result: Result<&str, AppError>,
) -> Result<HttpResponse, UiError> {
    match result {
        Ok(done) => Ok(see_other(&format!("/admin/notifications?done={done}"))),
        Err(e) => {
            let (problems, status) = Problems::refusal(e, &who.tr(ctx))?;
            show(
                ctx,
                who,
                DeliveryStatus::Failed,
                None,
                None,
                problems,
                status,
            )
            .await
        }
    }
}

async fn show(
    ctx: &AppContext,
    who: &SignedIn,
    status: DeliveryStatus,
    after: Option<String>,
    done: Option<String>,
    problems: Problems,
    code: StatusCode,
) -> Result<HttpResponse, UiError> {
    let queue = mail_queue::for_admin(ctx, &who.actor).await?;
    let page = PageRequest {
        limit: PAGE_ROWS,
        after,
    };
    let found = notifications::list(ctx, &who.actor, Some(status.to_string()), page).await?;
    let next_page = found
        .next_cursor
        .map(|c| format!("/admin/notifications?status={status}&after={c}"));
    let page = NotificationsPage {
        chrome: super::page::chrome(ctx, who, Section::Admin).await?,
        queue,
        status,
        statuses: [
            DeliveryStatus::Failed,
            DeliveryStatus::Pending,
            DeliveryStatus::Sent,
        ],
        rows: found.items,
        next_page,
        done,
        problems,
        csrf: who.csrf.clone(),
    };
    render(&page, code)
}
