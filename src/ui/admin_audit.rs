//! `/admin/audit`: the trail of every change, newest first, narrowed to
//! an entity, one entity, a person and a span of days. A person's name
//! and an entity in the list are links that narrow it to them. The same
//! use case as `GET /api/v1/audit?order=newest`.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use super::form::{day_filter, Problems};
use super::page::{render, Chrome, Section, UiError};
use super::session::SignedIn;
use crate::domain::ids::UserId;
use crate::error::{AppError, FieldError};
use crate::service::audit::{self, AuditEntry, AuditQuery};
use crate::service::pagination::PageRequest;
use crate::service::{people, AppContext};

/// Entries one page lists.
const PAGE_ROWS: i64 = 100;

#[derive(serde::Deserialize, Default, Clone)]
pub(crate) struct Params {
    #[serde(default)]
    entity: String,
    #[serde(default)]
    entity_id: String,
    #[serde(default)]
    actor_id: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    after: String,
}

#[derive(Template)]
#[template(path = "admin_audit.html")]
struct AuditPage {
    chrome: Chrome,
    params: Params,
    rows: Vec<AuditEntry>,
    names: HashMap<UserId, String>,
    next_page: Option<String>,
    problems: Problems,
}

impl AuditPage {
    fn actor_name(&self, entry: &AuditEntry) -> String {
        match &entry.actor_id {
            None => self.chrome.t.get("stock-ledger-system"),
            Some(id) => self
                .names
                .get(&UserId::new(id.clone()))
                .cloned()
                .unwrap_or_else(|| id.clone()),
        }
    }

    /// The list's query with one filter changed.
    fn narrowed(&self, name: &str, value: &str) -> String {
        let p = &self.params;
        let mut fields = [
            ("entity", p.entity.as_str()),
            ("entity_id", p.entity_id.as_str()),
            ("actor_id", p.actor_id.as_str()),
            ("from", p.from.as_str()),
            ("to", p.to.as_str()),
        ];
        for f in fields.iter_mut().filter(|f| f.0 == name) {
            f.1 = value;
        }
        query(&fields)
    }

    /// The list narrowed to one entity.
    fn of_entity(&self, entry: &AuditEntry) -> String {
        let p = &self.params;
        query(&[
            ("entity", entry.entity.as_str()),
            ("entity_id", entry.entity_id.as_str()),
            ("actor_id", p.actor_id.as_str()),
            ("from", p.from.as_str()),
            ("to", p.to.as_str()),
        ])
    }

    fn summary(&self, entry: &AuditEntry) -> String {
        entry.summary.to_string()
    }

    fn filtered(&self) -> bool {
        let p = &self.params;
        [&p.entity, &p.entity_id, &p.actor_id, &p.from, &p.to]
            .iter()
            .any(|v| !v.is_empty())
    }
}

/// `/admin/audit?…` from the non-empty `fields`.
fn query(fields: &[(&str, &str)]) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    for (name, value) in fields.iter().filter(|(_, v)| !v.is_empty()) {
        q.append_pair(name, value);
    }
    format!("/admin/audit?{}", q.finish())
}

/// `GET /admin/audit`.
pub(crate) async fn list(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<Params>,
) -> Result<HttpResponse, UiError> {
    let params = params.into_inner();
    let (from, to) = match (
        day_filter(&params.from, "from"),
        day_filter(&params.to, "to"),
    ) {
        (Ok(f), Ok(t)) if f.zip(t).is_some_and(|(f, t)| t < f) => {
            let e = FieldError::new("to", "before_start", "must not be before the start");
            return refused(&ctx, &who, params, vec![e]).await;
        }
        (Ok(f), Ok(t)) => (f, t),
        (f, t) => {
            let list = [f.err(), t.err()].into_iter().flatten().collect();
            return refused(&ctx, &who, params, list).await;
        }
    };
    let (since, until) = audit::day_range(&ctx, from, to);
    let filter = AuditQuery {
        entity: Some(params.entity.trim().to_owned()).filter(|v| !v.is_empty()),
        entity_id: Some(params.entity_id.trim().to_owned()).filter(|v| !v.is_empty()),
        actor_id: Some(params.actor_id.trim().to_owned()).filter(|v| !v.is_empty()),
        since,
        until,
        newest_first: true,
    };
    let page = PageRequest {
        limit: PAGE_ROWS,
        after: Some(params.after.clone()).filter(|a| !a.is_empty()),
    };
    let found = audit::list(&ctx, &who.actor, filter, page).await?;
    let ids: Vec<UserId> = found
        .items
        .iter()
        .filter_map(|e| e.actor_id.clone().map(UserId::new))
        .collect();
    let names = people::names(&ctx, ids).await?;
    let mut page = AuditPage {
        chrome: super::page::chrome(&ctx, &who, Section::Admin).await?,
        params,
        rows: found.items,
        names,
        next_page: None,
        problems: Problems::none(),
    };
    page.next_page = found
        .next_cursor
        .map(|c| format!("{}&after={c}", page.narrowed("", "")));
    render(&page, StatusCode::OK)
}

async fn refused(
    ctx: &AppContext,
    who: &SignedIn,
    params: Params,
    list: Vec<FieldError>,
) -> Result<HttpResponse, UiError> {
    who.actor.require(crate::domain::roles::Role::Admin)?;
    let page = AuditPage {
        chrome: super::page::chrome(ctx, who, Section::Admin).await?,
        params,
        rows: Vec::new(),
        names: HashMap::new(),
        next_page: None,
        problems: Problems::from_fields(list),
    };
    render(&page, AppError::Validation(Vec::new()).status())
}
