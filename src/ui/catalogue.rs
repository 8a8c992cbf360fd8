//! The consumables catalogue for IT specialists: `/catalogue` lists it by
//! SKU (search, active or retired, paging), `/catalogue/new` and
//! `/catalogue/items/{id}` create and edit an item, a button retires it or
//! stocks it again, and `/catalogue/export` downloads it as CSV. The same
//! use cases as `/api/v1/items`; the import with its dry run is
//! `catalogue_import`.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpResponse};
use askama::Template;

use super::catalogue_form::{read, stored, to_new_item, Typed, FIELDS};
use super::form::Problems;
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::applications::Category;
use crate::domain::roles::Role;
use crate::error::{AppError, FieldError};
use crate::service::catalogue::edit::{self, ItemPatch};
use crate::service::catalogue::{self, ItemFilter, ItemView};
use crate::service::idempotency::Idempotent;
use crate::service::new_id;
use crate::service::pagination::PageRequest;
use crate::service::AppContext;

/// Items one page of the list shows.
const PAGE_ROWS: i64 = 100;

#[derive(serde::Deserialize)]
pub(crate) struct ListParams {
    #[serde(default)]
    q: String,
    /// `active` (the default), `retired` or `all`.
    #[serde(default)]
    state: String,
    #[serde(default)]
    after: String,
}

#[derive(Template)]
#[template(path = "catalogue.html")]
struct ListPage {
    chrome: Chrome,
    q: String,
    state: String,
    rows: Vec<ItemView>,
    next_page: Option<String>,
}

#[derive(Template)]
#[template(path = "catalogue_item.html")]
struct ItemPage {
    chrome: Chrome,
    /// The stored item being edited; `None` for a new one.
    item: Option<ItemView>,
    form: Typed,
    categories: &'static [Category],
    problems: Problems,
    csrf: String,
}

/// One text field of the item form, as the template lays it out.
struct TextField<'a> {
    name: &'static str,
    label: String,
    value: &'a str,
    hint: Option<String>,
    /// `inputmode`, `maxlength` and the like.
    attributes: &'static str,
    problem: Option<String>,
}

impl ItemPage {
    fn problem(&self, field: &str) -> Option<&FieldError> {
        self.problems.get(field)
    }

    /// The text fields in form order (`category` is a choice, laid out apart).
    fn text_fields(&self) -> Vec<TextField<'_>> {
        let t = &self.chrome.t;
        let f = &self.form;
        let field = |name, label: &str, value, hint: Option<&str>, attributes| TextField {
            name,
            label: t.get(label),
            value,
            hint: hint.map(|h| t.get(h)),
            attributes,
            problem: self.problem(name).map(|p| t.problem(p)),
        };
        let mut fields = Vec::new();
        if self.item.is_none() {
            let hint = Some("catalogue-sku-hint");
            fields.push(field(
                "sku",
                "stock-col-sku",
                &f.sku,
                hint,
                "maxlength=\"32\" required",
            ));
        }
        fields.extend([
            field(
                "name",
                "stock-col-item",
                &f.name,
                None,
                "maxlength=\"200\" required",
            ),
            field(
                "unit",
                "stock-item-unit",
                &f.unit,
                Some("catalogue-unit-hint"),
                "maxlength=\"20\" required class=\"narrow\"",
            ),
            field(
                "unit_cost",
                "catalogue-unit-cost",
                &f.unit_cost,
                None,
                "inputmode=\"decimal\" required class=\"narrow\"",
            ),
            field(
                "supplier",
                "catalogue-supplier",
                &f.supplier,
                None,
                "maxlength=\"200\"",
            ),
            field(
                "lead_time_days",
                "catalogue-lead-time-days",
                &f.lead_time_days,
                None,
                "inputmode=\"numeric\" class=\"narrow\"",
            ),
            field(
                "order_multiple",
                "catalogue-order-multiple",
                &f.order_multiple,
                Some("catalogue-order-multiple-hint"),
                "inputmode=\"decimal\" class=\"narrow\"",
            ),
        ]);
        fields
    }

    fn action(&self) -> String {
        self.item.as_ref().map_or_else(
            || "/catalogue/new".to_owned(),
            |i| format!("/catalogue/items/{}", i.id),
        )
    }
}

/// `GET /catalogue`.
pub(crate) async fn list(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, UiError> {
    who.actor.require(Role::ItSpecialist)?;
    let params = params.into_inner();
    let active = match params.state.as_str() {
        "" | "active" => Some(true),
        "retired" => Some(false),
        "all" => None,
        _ => return Err(AppError::field("state", "invalid_value", "is not a state").into()),
    };
    let filter = ItemFilter {
        query: Some(params.q.clone()),
        active,
    };
    let page = PageRequest {
        limit: PAGE_ROWS,
        after: Some(params.after).filter(|a| !a.is_empty()),
    };
    let found = catalogue::browse_items(&ctx, &who.actor, filter, page).await?;
    let next_page = found.next_cursor.map(|c| {
        let query: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("q", &params.q)
            .append_pair("state", &params.state)
            .append_pair("after", &c)
            .finish();
        format!("/catalogue?{query}")
    });
    let page = ListPage {
        chrome: super::page::chrome(&ctx, &who, Section::Stock).await?,
        q: params.q,
        state: params.state,
        rows: found.items,
        next_page,
    };
    render(&page, StatusCode::OK)
}

/// `GET /catalogue/export`: the whole catalogue as the import reads it.
pub(crate) async fn export(
    ctx: web::Data<AppContext>,
    who: SignedIn,
) -> Result<HttpResponse, UiError> {
    who.actor.require(Role::ItSpecialist)?;
    let csv = catalogue::csv::export(&ctx, &who.actor).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"catalogue.csv\"",
        ))
        .body(csv))
}

/// `GET /catalogue/new`.
pub(crate) async fn new_form(
    ctx: web::Data<AppContext>,
    who: SignedIn,
) -> Result<HttpResponse, UiError> {
    who.actor.require(Role::ItSpecialist)?;
    let form = Typed {
        category: Category::Consumables.as_str().to_owned(),
        lead_time_days: "0".to_owned(),
        order_multiple: "1".to_owned(),
        key: new_id(),
        ..Default::default()
    };
    show(&ctx, &who, None, form, Problems::none(), StatusCode::OK).await
}

/// `POST /catalogue/new`: creates the item, then opens the list at it.
pub(crate) async fn create(
    ctx: web::Data<AppContext>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    who.actor.require(Role::ItSpecialist)?;
    let typed = read(&form);
    let result = match to_new_item(&typed, who.locale(&ctx)) {
        Ok(input) => {
            let once = form.once_key(&who, "catalogue-new");
            catalogue::create_item(&ctx, &who.actor, input, once).await
        }
        Err(list) => Err(AppError::Validation(list)),
    };
    match result {
        Ok(Idempotent::Fresh(_)) | Ok(Idempotent::Replayed(_)) => {
            Ok(see_other(&listed(&typed.sku)))
        }
        Err(e) => refused(&ctx, &who, None, typed, e).await,
    }
}

/// `GET /catalogue/items/{id}`.
pub(crate) async fn edit_form(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, UiError> {
    who.actor.require(Role::ItSpecialist)?;
    let item = catalogue::get_item(&ctx, &who.actor, id.into_inner()).await?;
    let form = stored(&item, &who.tr(&ctx));
    show(
        &ctx,
        &who,
        Some(item),
        form,
        Problems::none(),
        StatusCode::OK,
    )
    .await
}

/// `POST /catalogue/items/{id}`: saves the changes (a stale form is
/// refused with the item as it now is), then back to the list.
pub(crate) async fn update(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    who.actor.require(Role::ItSpecialist)?;
    let item = catalogue::get_item(&ctx, &who.actor, id.into_inner()).await?;
    let mut typed = read(&form);
    typed.sku = item.sku.clone();
    let version = typed.version.parse::<i64>().ok();
    let result = match to_new_item(&typed, who.locale(&ctx)) {
        Ok(input) => {
            let patch = ItemPatch {
                name: Some(input.name),
                category: Some(input.category),
                unit: Some(input.unit),
                unit_cost: Some(input.unit_cost),
                supplier: Some(input.supplier),
                lead_time_days: Some(input.lead_time_days),
                order_multiple: Some(input.order_multiple),
                active: None,
            };
            edit::update_item(&ctx, &who.actor, item.id.clone(), patch, version).await
        }
        Err(list) => Err(AppError::Validation(list)),
    };
    match result {
        Ok(saved) => Ok(see_other(&listed(&saved.sku))),
        Err(e) => refused(&ctx, &who, Some(item), typed, e).await,
    }
}

/// `POST /catalogue/items/{id}/active`: `active=0` retires the item (it
/// keeps its stock and history), `active=1` stocks it again.
pub(crate) async fn set_active(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    who.actor.require(Role::ItSpecialist)?;
    let patch = ItemPatch {
        active: Some(form.text("active") == "1"),
        ..Default::default()
    };
    let version = form.text("version").parse::<i64>().ok();
    let id = id.into_inner();
    match edit::update_item(&ctx, &who.actor, id.clone(), patch, version).await {
        Ok(saved) => Ok(see_other(&format!("/catalogue/items/{}", saved.id))),
        Err(e) => {
            let item = catalogue::get_item(&ctx, &who.actor, id).await?;
            let typed = stored(&item, &who.tr(&ctx));
            refused(&ctx, &who, Some(item), typed, e).await
        }
    }
}

/// The list searched for one SKU: where a saved item is shown.
fn listed(sku: &str) -> String {
    let query: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("q", sku)
        .append_pair("state", "all")
        .finish();
    format!("/catalogue?{query}")
}

async fn refused(
    ctx: &AppContext,
    who: &SignedIn,
    item: Option<ItemView>,
    typed: Typed,
    e: AppError,
) -> Result<HttpResponse, UiError> {
    let (problems, status) = Problems::refused(e, &who.tr(ctx), &FIELDS.map(String::from))?;
    // A stale edit shows the item as it now is, with the problem at the top.
    let typed = match (&item, status) {
        (Some(_), StatusCode::PRECONDITION_FAILED | StatusCode::CONFLICT) => {
            let fresh = catalogue::get_item(ctx, &who.actor, typed_id(&item)).await?;
            let t = who.tr(ctx);
            stored(&fresh, &t)
        }
        _ => typed,
    };
    show(ctx, who, item, typed, problems, status).await
}

fn typed_id(item: &Option<ItemView>) -> String {
    item.as_ref().map(|i| i.id.clone()).unwrap_or_default()
}

async fn show(
    ctx: &AppContext,
    who: &SignedIn,
    item: Option<ItemView>,
    mut form: Typed,
    problems: Problems,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    if item.is_none() && form.key.is_empty() {
        form.key = new_id();
    }
    let page = ItemPage {
        chrome: super::page::chrome(ctx, who, Section::Stock).await?,
        item,
        form,
        categories: Category::ALL,
        problems,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}
