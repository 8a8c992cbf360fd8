//! `/stock/items/{id}/policy?location_id=…`: an item's reorder point and
//! maximum level at one location, beside the policy its last 90 days of
//! issues suggest, which one button applies. The same use cases as
//! `PUT /api/v1/stock/policies` and `GET /api/v1/stock/policies/suggestion`.

use std::str::FromStr;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use super::form::Problems;
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::input::{Id, Quantity};
use crate::domain::locale::Locale;
use crate::domain::roles::Role;
use crate::error::{AppError, FieldError, FieldErrors};
use crate::i18n::{Arg, TextArg};
use crate::service::catalogue::{self, ItemView, LocationView};
use crate::service::pagination::PageRequest;
use crate::service::replenishment::{self, PolicyQuestion, PolicySuggestionView};
use crate::service::stock::{self, BalanceQuery, PolicyInput};
use crate::service::AppContext;

#[derive(serde::Deserialize)]
pub(crate) struct PolicyParams {
    #[serde(default)]
    location_id: String,
}

#[derive(Default)]
struct Typed {
    reorder_point: String,
    max_level: String,
}

#[derive(Template)]
#[template(path = "stock_policy.html")]
struct PolicyPage {
    chrome: Chrome,
    item: ItemView,
    location: LocationView,
    form: Typed,
    suggestion: PolicySuggestionView,
    problems: Problems,
    csrf: String,
}

impl PolicyPage {
    /// "Over the last 90 days 45 were issued: 0.5 a day."
    fn basis(&self) -> String {
        let (t, s) = (&self.chrome.t, &self.suggestion);
        let text = |v: String| Arg::from(TextArg(v));
        let args = vec![
            ("days".to_owned(), Arg::from(s.basis_days)),
            ("issued".to_owned(), text(t.quantity(s.issued_in_basis))),
            (
                "daily".to_owned(),
                text(t.quantity(s.average_daily_use.round_dp(2))),
            ),
        ];
        t.message("stock-policy-basis", args)
    }
}

/// `GET /stock/items/{id}/policy`.
pub(crate) async fn form(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    id: web::Path<String>,
    params: web::Query<PolicyParams>,
) -> Result<HttpResponse, UiError> {
    who.actor.require(Role::ItSpecialist)?;
    let (item, location) =
        load(&ctx, &who, id.into_inner(), params.into_inner().location_id).await?;
    let t = who.tr(&ctx);
    let current = current(&ctx, &who, &item.id, &location.id).await?;
    let typed = Typed {
        reorder_point: current.0.map(|q| t.quantity(q)).unwrap_or_default(),
        max_level: current.1.map(|q| t.quantity(q)).unwrap_or_default(),
    };
    show(
        &ctx,
        &who,
        item,
        location,
        typed,
        Problems::none(),
        StatusCode::OK,
    )
    .await
}

/// `POST /stock/items/{id}/policy`.
pub(crate) async fn save(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    who.actor.require(Role::ItSpecialist)?;
    let (item, location) = load(&ctx, &who, id.into_inner(), form.text("location_id")).await?;
    let typed = Typed {
        reorder_point: form.text("reorder_point"),
        max_level: form.text("max_level"),
    };
    let result = match to_input(&typed, &item.id, &location.id, who.locale(&ctx)) {
        Ok(input) => stock::set_policy(&ctx, &who.actor, input).await.map(|_| ()),
        Err(list) => Err(AppError::Validation(list)),
    };
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/stock/items/{}?location_id={}",
            item.id, location.id
        ))),
        Err(e) => {
            let shown = ["reorder_point".to_owned(), "max_level".to_owned()];
            let (problems, status) = Problems::refused(e, &who.tr(&ctx), &shown)?;
            show(&ctx, &who, item, location, typed, problems, status).await
        }
    }
}

async fn load(
    ctx: &AppContext,
    who: &SignedIn,
    item_id: String,
    location_id: String,
) -> Result<(ItemView, LocationView), UiError> {
    let item = catalogue::get_item(ctx, &who.actor, item_id).await?;
    let location = catalogue::get_location(ctx, &who.actor, location_id).await?;
    Ok((item, location))
}

/// The reorder point and maximum level in force, if any.
async fn current(
    ctx: &AppContext,
    who: &SignedIn,
    item_id: &str,
    location_id: &str,
) -> Result<(Option<rust_decimal::Decimal>, Option<rust_decimal::Decimal>), UiError> {
    let filter = BalanceQuery {
        item_id: Some(item_id.to_owned()),
        location_id: Some(location_id.to_owned()),
        ..Default::default()
    };
    let one = PageRequest {
        limit: 1,
        after: None,
    };
    let found = stock::balances(ctx, &who.actor, filter, one).await?;
    Ok(found
        .items
        .first()
        .map_or((None, None), |b| (b.reorder_point, b.max_level)))
}

fn to_input(
    typed: &Typed,
    item_id: &str,
    location_id: &str,
    locale: Locale,
) -> Result<PolicyInput, Vec<FieldError>> {
    let mut errors = FieldErrors::new();
    let mut quantity = |field: &str, text: &str| {
        let parsed = match text {
            "" => Err("enter a quantity".to_owned()),
            text => locale.parse_decimal(text).and_then(Quantity::new),
        };
        parsed.map_err(|m| errors.add(field, "invalid", m)).ok()
    };
    let reorder = quantity("reorder_point", &typed.reorder_point);
    let max = quantity("max_level", &typed.max_level);
    let ids = Id::from_str(item_id)
        .ok()
        .zip(Id::from_str(location_id).ok());
    match (errors.into_result(), reorder, max, ids) {
        (Ok(()), Some(reorder_point), Some(max_level), Some((item_id, location_id))) => {
            Ok(PolicyInput {
                item_id,
                location_id,
                reorder_point,
                max_level,
            })
        }
        (Err(AppError::Validation(list)), ..) => Err(list),
        _ => Err(Vec::new()),
    }
}

async fn show(
    ctx: &AppContext,
    who: &SignedIn,
    item: ItemView,
    location: LocationView,
    form: Typed,
    problems: Problems,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    let question = PolicyQuestion {
        item_id: item.id.clone(),
        location_id: location.id.clone(),
        safety_days: None,
        cover_days: None,
    };
    let suggestion = replenishment::suggest_stock_policy(ctx, &who.actor, question).await?;
    let page = PolicyPage {
        chrome: super::page::chrome(ctx, who, Section::Stock).await?,
        item,
        location,
        form,
        suggestion,
        problems,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}
