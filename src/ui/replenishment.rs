//! `/stock/replenishment`: what to order, by location and supplier, each
//! suggestion with a checkbox and its quantity to change; "create draft
//! applications" turns the checked ones into one draft per location, which
//! then open for review. Beside each position its policy in force and the
//! one its last 90 days suggest, with a button that applies it. The same
//! use cases as `GET /api/v1/stock/replenishment`,
//! `POST /api/v1/stock/replenishment/applications` and `PUT /stock/policies`.

use std::collections::HashMap;
use std::str::FromStr;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use super::editor::{location_choices, Choice};
use super::form::{FormData, Problems};
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::input::{Id, Quantity};
use crate::domain::locale::Locale;
use crate::domain::roles::Role;
use crate::error::{AppError, FieldError, FieldErrors};
use crate::i18n::{Arg, TextArg};
use crate::service::idempotency::Idempotent;
use crate::service::new_id;
use crate::service::pagination::PageRequest;
use crate::service::replenishment::drafts::{self, SelectedPosition, Selection};
use crate::service::replenishment::{self, Scope, SuggestionView};
use crate::service::AppContext;

/// Most suggestions one page lists; the rest follow a "next page" link.
const PAGE_ROWS: i64 = 50;

#[derive(serde::Deserialize)]
pub(crate) struct Params {
    #[serde(default)]
    location_id: String,
    #[serde(default)]
    after: String,
    /// Set after a suggested policy was applied.
    #[serde(default)]
    applied: Option<u8>,
}

/// One suggestion as the form shows it.
struct Row {
    index: usize,
    suggestion: SuggestionView,
    selected: bool,
    quantity: String,
}

/// The suggestions of one location from one supplier.
struct Group {
    location: String,
    supplier: Option<String>,
    rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "replenishment.html")]
struct ReplenishmentPage {
    chrome: Chrome,
    locations: Vec<Choice>,
    location_id: String,
    groups: Vec<Group>,
    next_page: Option<String>,
    applied: bool,
    problems: Problems,
    /// Sends the drafting once however often the form is sent.
    key: String,
    csrf: String,
}

impl ReplenishmentPage {
    fn problem(&self, index: &usize) -> Option<&FieldError> {
        self.problems.get(&format!("rows[{index}].quantity"))
    }

    /// "Suggested 12 / 45."
    fn suggested(&self, s: &SuggestionView) -> String {
        let t = &self.chrome.t;
        let text = |q| Arg::from(TextArg(t.quantity(q)));
        let args = vec![
            ("reorder".to_owned(), text(s.suggested_reorder_point)),
            ("max".to_owned(), text(s.suggested_max_level)),
        ];
        t.message("replenishment-suggested-policy", args)
    }

    /// Whether the suggested policy differs from the one in force.
    fn policy_differs(&self, s: &SuggestionView) -> bool {
        (s.suggested_reorder_point, s.suggested_max_level) != (s.reorder_point, s.max_level)
    }
}

/// What the form sent back: each listed row, checked or not, as typed.
struct Typed {
    location_id: String,
    after: String,
    key: String,
    rows: Vec<TypedRow>,
}

struct TypedRow {
    item_id: String,
    location_id: String,
    selected: bool,
    quantity: String,
}

/// `GET /stock/replenishment`.
pub(crate) async fn show(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<Params>,
) -> Result<HttpResponse, UiError> {
    who.actor.require(Role::ItSpecialist)?;
    let params = params.into_inner();
    let typed = Typed {
        location_id: params.location_id,
        after: params.after,
        key: new_id(),
        rows: Vec::new(),
    };
    let applied = params.applied.is_some();
    page(&ctx, &who, typed, applied, Problems::none(), StatusCode::OK).await
}

/// `POST /stock/replenishment`: the checked rows become draft applications.
pub(crate) async fn draft(
    ctx: web::Data<AppContext>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    who.actor.require(Role::ItSpecialist)?;
    let typed = read(&form);
    let (selection, rows) = match to_selection(&typed, who.locale(&ctx)) {
        Ok(parsed) => parsed,
        Err(list) => return refused(&ctx, &who, typed, AppError::Validation(list)).await,
    };
    let once = form.once_key(&who, "replenishment");
    match drafts::draft_applications(&ctx, &who.actor, selection, once).await {
        Ok(Idempotent::Fresh(drafted)) => {
            let ids: Vec<String> = drafted.items.iter().map(|a| a.id.to_string()).collect();
            Ok(see_other(&review(&ids)))
        }
        Ok(Idempotent::Replayed(stored)) => {
            let ids: Vec<String> = stored.body["items"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|a| a["id"].as_str().map(str::to_owned))
                .collect();
            Ok(see_other(&review(&ids)))
        }
        Err(AppError::Validation(list)) => {
            let list = on_form_rows(list, &rows);
            refused(&ctx, &who, typed, AppError::Validation(list)).await
        }
        Err(e) => refused(&ctx, &who, typed, e).await,
    }
}

/// `POST /stock/replenishment/policy`: `apply={item}:{location}` puts the
/// policy that position's use suggests in force, then the list is shown
/// again with it counted. The buttons belong to a form of their own, so
/// Enter in a quantity creates drafts and never applies a policy.
pub(crate) async fn apply_policy(
    ctx: web::Data<AppContext>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    who.actor.require(Role::ItSpecialist)?;
    let typed = read(&form);
    let apply = form.text("apply");
    let Some((item_id, location_id)) = apply.split_once(':') else {
        let e = AppError::field("apply", "required", "choose the policy to apply");
        return refused(&ctx, &who, typed, e).await;
    };
    let (item_id, location_id) = (item_id.to_owned(), location_id.to_owned());
    match replenishment::apply_suggested_policy(&ctx, &who.actor, item_id, location_id).await {
        Ok(()) => {
            let mut query = form_urlencoded::Serializer::new(String::new());
            query.append_pair("applied", "1");
            if !typed.location_id.is_empty() {
                query.append_pair("location_id", &typed.location_id);
            }
            Ok(see_other(&format!(
                "/stock/replenishment?{}",
                query.finish()
            )))
        }
        Err(e) => refused(&ctx, &who, typed, e).await,
    }
}

/// Where new drafts open: the one draft, or the list of my drafts.
fn review(ids: &[String]) -> String {
    match ids {
        [one] => format!("/applications/{one}"),
        _ => "/applications?status=draft".to_owned(),
    }
}

async fn refused(
    ctx: &AppContext,
    who: &SignedIn,
    typed: Typed,
    e: AppError,
) -> Result<HttpResponse, UiError> {
    let mut shown: Vec<String> = (0..typed.rows.len())
        .map(|k| format!("rows[{k}].quantity"))
        .collect();
    shown.push("items".to_owned());
    let (problems, status) = Problems::refused(e, &who.tr(ctx), &shown)?;
    page(ctx, who, typed, false, problems, status).await
}

fn read(form: &FormData) -> Typed {
    let mut rows: Vec<TypedRow> = Vec::new();
    for (name, value) in form.fields() {
        let Some((k, field)) = row_field(name) else {
            continue;
        };
        while rows.len() <= k && rows.len() < 1_000 {
            rows.push(TypedRow {
                item_id: String::new(),
                location_id: String::new(),
                selected: false,
                quantity: String::new(),
            });
        }
        let Some(row) = rows.get_mut(k) else { continue };
        match field {
            "item_id" => row.item_id = value.to_owned(),
            "location_id" => row.location_id = value.to_owned(),
            "selected" => row.selected = true,
            "quantity" => row.quantity = value.trim().to_owned(),
            _ => {}
        }
    }
    Typed {
        location_id: form.text("location_id"),
        after: form.text("after"),
        key: form.text("key"),
        rows,
    }
}

/// `rows[k].field` → `(k, field)`.
fn row_field(name: &str) -> Option<(usize, &str)> {
    let (index, field) = name.strip_prefix("rows[")?.split_once("].")?;
    Some((index.parse().ok()?, field))
}

/// The checked rows as the use case's selection, with the form row of each
/// selected position (to put its problems back beside it).
fn to_selection(typed: &Typed, locale: Locale) -> Result<(Selection, Vec<usize>), Vec<FieldError>> {
    let mut errors = FieldErrors::new();
    let mut items = Vec::new();
    let mut rows = Vec::new();
    for (k, row) in typed.rows.iter().enumerate().filter(|(_, r)| r.selected) {
        let quantity = match row.quantity.as_str() {
            "" => Ok(None),
            text => locale.parse_decimal(text).and_then(Quantity::new).map(Some),
        };
        let ids = Id::from_str(&row.item_id).and_then(|i| Ok((i, Id::from_str(&row.location_id)?)));
        match (ids, quantity) {
            (Ok((item_id, location_id)), Ok(quantity)) => {
                items.push(SelectedPosition {
                    item_id,
                    location_id,
                    quantity,
                });
                rows.push(k);
            }
            (Err(m), _) | (_, Err(m)) => errors.add(format!("rows[{k}].quantity"), "invalid", m),
        }
    }
    errors.into_result().map_err(|e| match e {
        AppError::Validation(list) => list,
        _ => Vec::new(),
    })?;
    let selection = Selection {
        items,
        needed_by: None,
    };
    Ok((selection, rows))
}

/// The selection's `items[k].…` problems named by the form row they came from.
fn on_form_rows(list: Vec<FieldError>, rows: &[usize]) -> Vec<FieldError> {
    list.into_iter()
        .map(|mut e| {
            let selected = e
                .field
                .strip_prefix("items[")
                .and_then(|r| r.split_once(']'));
            if let Some(k) = selected.and_then(|(k, _)| k.parse::<usize>().ok()) {
                if let Some(row) = rows.get(k) {
                    e.field = format!("rows[{row}].quantity");
                }
            }
            e
        })
        .collect()
}

async fn page(
    ctx: &AppContext,
    who: &SignedIn,
    typed: Typed,
    applied: bool,
    problems: Problems,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    let t = who.tr(ctx);
    let scope = Scope {
        items: Vec::new(),
        location_id: Some(typed.location_id.clone()).filter(|l| !l.is_empty()),
    };
    let request = PageRequest {
        limit: PAGE_ROWS,
        after: Some(typed.after.clone()).filter(|a| !a.is_empty()),
    };
    let found = replenishment::list(ctx, &who.actor, scope, request).await?;
    let next_page = found.next_cursor.map(|c| {
        let query: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("location_id", &typed.location_id)
            .append_pair("after", &c)
            .finish();
        format!("/stock/replenishment?{query}")
    });
    // What was typed, by position, so a refused form keeps it.
    // What was typed, by position, so a refused form keeps it at the row
    // index its problems name.
    let kept: HashMap<(&str, &str), (usize, &TypedRow)> = typed
        .rows
        .iter()
        .enumerate()
        .map(|(k, r)| ((r.item_id.as_str(), r.location_id.as_str()), (k, r)))
        .collect();
    let fresh = typed.rows.len();
    let rows = found.items.into_iter().enumerate().map(|(n, s)| {
        let typed = kept.get(&(s.item_id.as_str(), s.location_id.as_str()));
        Row {
            index: typed.map_or(fresh + n, |(k, _)| *k),
            selected: typed.is_none_or(|(_, r)| r.selected),
            quantity: typed.map_or_else(
                || t.quantity(s.suggested_quantity),
                |(_, r)| r.quantity.clone(),
            ),
            suggestion: s,
        }
    });
    let locations = location_choices(ctx, who).await?;
    let page = ReplenishmentPage {
        chrome: super::page::chrome(ctx, who, Section::Stock).await?,
        groups: grouped(rows, &locations),
        locations,
        location_id: typed.location_id,
        next_page,
        applied,
        problems,
        key: match typed.key.as_str() {
            "" => new_id(),
            _ => typed.key,
        },
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}

/// Rows in the service's order (location, then item) gathered by location
/// and, within it, by supplier (named suppliers first, alphabetically).
fn grouped(rows: impl Iterator<Item = Row>, locations: &[Choice]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for row in rows {
        let s = &row.suggestion;
        let at = groups.iter().position(|g| {
            g.rows[0].suggestion.location_id == s.location_id && g.supplier == s.supplier
        });
        match at {
            Some(g) => groups[g].rows.push(row),
            None => groups.push(Group {
                location: locations
                    .iter()
                    .find(|l| l.value == s.location_id)
                    .map_or_else(|| s.location_id.clone(), |l| l.label.clone()),
                supplier: s.supplier.clone(),
                rows: vec![row],
            }),
        }
    }
    for g in &mut groups {
        g.rows
            .sort_by(|a, b| a.suggestion.sku.cmp(&b.suggestion.sku));
    }
    groups.sort_by(|a, b| {
        let supplier = |g: &Group| (g.supplier.is_none(), g.supplier.clone());
        (&a.location, supplier(a)).cmp(&(&b.location, supplier(b)))
    });
    groups
}
