//! `/stock`: the balance of each item at each location, searched by SKU
//! or name, narrowed to one location or to what is at or below its
//! reorder point, a page at a time — the same use case as
//! `GET /api/v1/stock`.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use super::editor::{location_choices, Choice};
use super::page::{render, Chrome, Section, UiError};
use super::session::SignedIn;
use crate::service::pagination::PageRequest;
use crate::service::stock::{self, BalanceQuery, BalanceView};
use crate::service::AppContext;

/// Rows per page.
const PAGE_ROWS: i64 = 50;

#[derive(serde::Deserialize)]
pub(crate) struct StockParams {
    #[serde(default)]
    q: String,
    #[serde(default)]
    location_id: String,
    /// `1` when only balances at or below their reorder point are shown.
    #[serde(default)]
    below: String,
    cursor: Option<String>,
}

#[derive(Template)]
#[template(path = "stock.html")]
struct StockPage {
    chrome: Chrome,
    rows: Vec<BalanceView>,
    locations: Vec<Choice>,
    q: String,
    location_id: String,
    below: bool,
    next_page: Option<String>,
    /// Whether the person counts stock (the IT specialist).
    counts: bool,
}

/// `GET /stock`.
pub(crate) async fn balances(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<StockParams>,
) -> Result<HttpResponse, UiError> {
    let params = params.into_inner();
    let q = params.q.trim().to_owned();
    let below = params.below == "1";
    let filter = BalanceQuery {
        item_id: None,
        location_id: Some(params.location_id.clone()).filter(|l| !l.is_empty()),
        below_reorder: below,
        query: Some(q.clone()).filter(|q| !q.is_empty()),
    };
    let page = PageRequest::parse_keyed(Some(PAGE_ROWS), params.cursor, 2)?;
    let page = stock::balances(&ctx, &who.actor, filter, page).await?;
    let next_page = page.next_cursor.map(|c| {
        let query: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("q", &q)
            .append_pair("location_id", &params.location_id)
            .append_pair("below", if below { "1" } else { "" })
            .append_pair("cursor", &c)
            .finish();
        format!("/stock?{query}")
    });
    let page = StockPage {
        chrome: super::page::chrome(&ctx, &who, Section::Stock).await?,
        rows: page.items,
        locations: location_choices(&ctx, &who).await?,
        q,
        location_id: params.location_id,
        below,
        next_page,
        counts: who.actor.has(crate::domain::roles::Role::ItSpecialist),
    };
    render(&page, StatusCode::OK)
}
