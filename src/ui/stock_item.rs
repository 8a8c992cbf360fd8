//! `/stock/items/{id}`: one item's stock — its balance and policy at each
//! location, the chart of one location's balance over the last 90 days
//! with its reorder point and maximum, and the item's ledger, newest
//! first, between two dates. The same use cases as `GET /api/v1/stock`
//! and `GET /api/v1/stock/movements`.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::chart::{BalanceChart, BOTTOM, HEIGHT, LEFT, WIDTH};
use super::form::{day_filter, Problems};
use super::page::{render, Chrome, Section, UiError};
use super::session::SignedIn;
use crate::domain::roles::Role;
use crate::domain::stock::BalanceKey;
use crate::error::{AppError, FieldError};
use crate::service::catalogue::{self, ItemView};
use crate::service::pagination::PageRequest;
use crate::service::stock::history::{self, CHART_DAYS};
use crate::service::stock::ledger::{self, LedgerEntry, LedgerQuery};
use crate::service::stock::{self, BalanceQuery, BalanceView};
use crate::service::AppContext;

/// Ledger rows per page.
const LEDGER_ROWS: i64 = 50;

#[derive(serde::Deserialize)]
pub(crate) struct ItemParams {
    /// The location whose balance the chart draws.
    #[serde(default)]
    location_id: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    cursor: Option<String>,
}

/// The chart of the chosen location, with the days its balance changed.
struct ChartView {
    location_name: String,
    drawing: BalanceChart,
    changes: Vec<(NaiveDate, Decimal)>,
}

#[derive(Template)]
#[template(path = "stock_item.html")]
struct ItemPage {
    chrome: Chrome,
    item: ItemView,
    balances: Vec<BalanceView>,
    location_id: String,
    chart: Option<ChartView>,
    ledger: Vec<LedgerEntry>,
    from: String,
    to: String,
    problems: Problems,
    next_page: Option<String>,
    /// Whether the person records movements (the IT specialist).
    moves: bool,
}

impl ItemPage {
    fn svg_width(&self) -> f64 {
        WIDTH
    }
    fn svg_height(&self) -> f64 {
        HEIGHT
    }
    fn plot_left(&self) -> f64 {
        LEFT
    }
    fn plot_bottom(&self) -> f64 {
        BOTTOM
    }
}

/// `GET /stock/items/{id}`.
pub(crate) async fn show(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    id: web::Path<String>,
    params: web::Query<ItemParams>,
) -> Result<HttpResponse, UiError> {
    let params = params.into_inner();
    let item = catalogue::get_item(&ctx, &who.actor, id.into_inner()).await?;
    let balances = item_balances(&ctx, &who, &item.id).await?;
    let location_id = chosen_location(&params.location_id, &balances);
    let chart = match balances.iter().find(|b| b.location_id == location_id) {
        Some(b) => Some(chart(&ctx, &who, b).await?),
        None => None,
    };
    let (from, to) = (
        day_filter(&params.from, "from"),
        day_filter(&params.to, "to"),
    );
    let bad: Vec<FieldError> = [&from, &to]
        .into_iter()
        .filter_map(|d| d.as_ref().err().cloned())
        .collect();
    let query = LedgerQuery {
        item_id: Some(item.id.clone()),
        location_id: None,
        from: from.ok().flatten(),
        to: to.ok().flatten(),
        newest_first: true,
    };
    let page = PageRequest::parse(Some(LEDGER_ROWS), params.cursor)?;
    let result = match bad.is_empty() {
        true => ledger::movements(&ctx, &who.actor, query, page).await,
        false => Err(AppError::Validation(bad)),
    };
    let (ledger, next, problems, status) = match result {
        Ok(p) => (p.items, p.next_cursor, Problems::none(), StatusCode::OK),
        Err(e @ AppError::Validation(_)) => {
            let (problems, status) = Problems::refusal(e, &who.tr(&ctx))?;
            (Vec::new(), None, problems, status)
        }
        Err(e) => return Err(e.into()),
    };
    let next_page = next.map(|c| {
        let query: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("location_id", &location_id)
            .append_pair("from", &params.from)
            .append_pair("to", &params.to)
            .append_pair("cursor", &c)
            .finish();
        format!("/stock/items/{}?{query}#ledger", item.id)
    });
    let page = ItemPage {
        chrome: super::page::chrome(&ctx, &who, Section::Stock).await?,
        moves: who.actor.has(Role::ItSpecialist),
        item,
        balances,
        location_id,
        chart,
        ledger,
        from: params.from,
        to: params.to,
        problems,
        next_page,
    };
    render(&page, status)
}

/// Every location's balance of the item (an item is kept at a handful).
async fn item_balances(
    ctx: &AppContext,
    who: &SignedIn,
    item_id: &str,
) -> Result<Vec<BalanceView>, UiError> {
    let filter = BalanceQuery {
        item_id: Some(item_id.to_owned()),
        ..Default::default()
    };
    let all = PageRequest {
        limit: 500,
        after: None,
    };
    Ok(stock::balances(ctx, &who.actor, filter, all).await?.items)
}

/// The location asked for when the item is kept there, else the first.
fn chosen_location(asked: &str, balances: &[BalanceView]) -> String {
    balances
        .iter()
        .find(|b| b.location_id == asked)
        .or(balances.first())
        .map(|b| b.location_id.clone())
        .unwrap_or_default()
}

async fn chart(
    ctx: &AppContext,
    who: &SignedIn,
    balance: &BalanceView,
) -> Result<ChartView, UiError> {
    let key = BalanceKey {
        item_id: balance.item_id.clone(),
        location_id: balance.location_id.clone(),
    };
    let history = history::history(ctx, &who.actor, key, CHART_DAYS).await?;
    let drawing = BalanceChart::draw(&history, &who.tr(ctx));
    let mut changes = Vec::new();
    let mut previous = None;
    for (day, q) in &history.days {
        if previous.is_some_and(|p| p != *q) {
            changes.push((*day, *q));
        }
        previous = Some(*q);
    }
    changes.reverse();
    Ok(ChartView {
        location_name: format!("{} — {}", balance.location_code, balance.location_name),
        drawing,
        changes,
    })
}
