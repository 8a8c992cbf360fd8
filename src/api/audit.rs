//! `/api/v1/audit` (admin): the trail of every change.

use actix_web::{web, HttpResponse};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use uuid::Uuid;

use super::auth::Authenticated;
use super::extract::{id_text, Query};
use crate::domain::input::Text;
use crate::error::AppError;
use crate::service::audit::{self, AuditQuery};
use crate::service::pagination::PageRequest;
use crate::service::AppContext;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ListParams {
    limit: Option<i64>,
    cursor: Option<String>,
    entity: Option<Text<50>>,
    entity_id: Option<Text<100>>,
    actor_id: Option<Uuid>,
    since: Option<DateTime<Utc>>,
    until: Option<DateTime<Utc>>,
    order: Option<Order>,
}

/// Which end of the trail comes first.
#[derive(Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
enum Order {
    Oldest,
    Newest,
}

pub(crate) async fn list(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(p): Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let page = PageRequest::parse(p.limit, p.cursor)?;
    let query = AuditQuery {
        entity: p.entity.map(Text::into_string),
        entity_id: p.entity_id.map(Text::into_string),
        actor_id: p.actor_id.map(id_text),
        since: p.since,
        until: p.until,
        newest_first: p.order == Some(Order::Newest),
    };
    Ok(HttpResponse::Ok().json(audit::list(&ctx, &actor.0, query, page).await?))
}
