//! `/api/v1/audit` (admin): the trail of every change.

use actix_web::{web, HttpResponse};
use serde::Deserialize;
use uuid::Uuid;

use super::auth::Authenticated;
use super::extract::{id_text, Query};
use crate::error::AppError;
use crate::service::audit::{self, AuditFilter};
use crate::service::pagination::PageRequest;
use crate::service::AppContext;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListParams {
    limit: Option<i64>,
    cursor: Option<String>,
    entity: Option<String>,
    entity_id: Option<String>,
    actor_id: Option<Uuid>,
}

pub async fn list(
    ctx: web::Data<AppContext>,
    actor: Authenticated,
    Query(p): Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let page = PageRequest::parse(p.limit, p.cursor)?;
    let filter = AuditFilter {
        entity: p.entity,
        entity_id: p.entity_id,
        actor_id: p.actor_id.map(id_text),
    };
    Ok(HttpResponse::Ok().json(audit::list(&ctx, &actor.0, filter, page).await?))
}
