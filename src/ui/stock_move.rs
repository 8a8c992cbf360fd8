//! The movement forms of an item's stock page — a receipt, an issue to an
//! employee from the people directory, a transfer between locations, a
//! write-off with its reason — each the same use case as
//! `POST /api/v1/stock/movements`. A movement larger than the balance is
//! refused beside the quantity; a form sent twice records once.

use std::str::FromStr;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use super::editor::{location_choices, Choice};
use super::form::{FormData, Problems};
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::ids::UserId;
use crate::domain::input::{Id, Money, Prose, Quantity};
use crate::domain::locale::Locale;
use crate::domain::roles::Role;
use crate::domain::stock::MovementKind;
use crate::error::{AppError, ErrorCode, FieldError, FieldErrors};
use crate::service::catalogue::{self, ItemView};
use crate::service::pagination::PageRequest;
use crate::service::stock::{self, NewMovement};
use crate::service::{new_id, people, AppContext};

#[derive(serde::Deserialize)]
pub(crate) struct MoveParams {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    location_id: String,
    /// Narrows the people an issue may go to.
    #[serde(default)]
    q: String,
}

/// The form as typed, shown again when refused.
#[derive(Default)]
struct Typed {
    location_id: String,
    to_location_id: String,
    quantity: String,
    unit_cost: String,
    issued_to_user_id: String,
    note: String,
    key: String,
}

#[derive(Template)]
#[template(path = "stock_move.html")]
struct MovePage {
    chrome: Chrome,
    item: ItemView,
    kind: MovementKind,
    form: Typed,
    locations: Vec<Choice>,
    people: Vec<Choice>,
    q: String,
    problems: Problems,
    csrf: String,
}

impl MovePage {
    fn is(&self, kind: &str) -> bool {
        self.kind.as_str() == kind
    }

    /// The message id of this kind's words: `stock-move-write-off`.
    fn words(&self, suffix: &str) -> String {
        format!(
            "stock-move-{}{suffix}",
            self.kind.as_str().replace('_', "-")
        )
    }
}

/// A kind a person may record by hand (adjustments come from counts).
fn kind(text: &str) -> Result<MovementKind, UiError> {
    match MovementKind::from_str(text) {
        Ok(k) if k != MovementKind::Adjustment => Ok(k),
        _ => Err(AppError::NotFound {
            entity: "movement form",
        }
        .into()),
    }
}

/// `GET /stock/items/{id}/move?kind=…`.
pub(crate) async fn form(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    id: web::Path<String>,
    params: web::Query<MoveParams>,
) -> Result<HttpResponse, UiError> {
    who.actor.require(Role::ItSpecialist)?;
    let params = params.into_inner();
    let kind = kind(&params.kind)?;
    let item = catalogue::get_item(&ctx, &who.actor, id.into_inner()).await?;
    let typed = Typed {
        location_id: params.location_id,
        key: new_id(),
        ..Default::default()
    };
    show(
        &ctx,
        &who,
        item,
        kind,
        typed,
        params.q,
        Problems::none(),
        StatusCode::OK,
    )
    .await
}

/// `POST /stock/items/{id}/move`.
pub(crate) async fn record(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    who.actor.require(Role::ItSpecialist)?;
    let kind = kind(form.get("kind").unwrap_or(""))?;
    let item = catalogue::get_item(&ctx, &who.actor, id.into_inner()).await?;
    let mut typed = read(&form);
    let result = match to_input(&typed, kind, &item.id, who.locale(&ctx)) {
        Ok(input) => {
            let once = form.once_key(&who, "stock-move");
            stock::record(&ctx, &who.actor, input, once)
                .await
                .map(|_| ())
        }
        Err(list) => Err(AppError::Validation(list)),
    };
    let back = format!("/stock/items/{}?location_id={}", item.id, typed.location_id);
    let t = who.tr(&ctx);
    let (problems, status) = match result {
        Ok(()) => return Ok(see_other(&back)),
        Err(AppError::Validation(list)) if list.iter().any(|e| e.field == "Idempotency-Key") => {
            typed.key = new_id();
            let problem = Problems::general(t.get("stock-move-already-sent"));
            (problem, StatusCode::CONFLICT)
        }
        Err(e) => {
            let stock_short = matches!(&e, AppError::Conflict { code, .. }
                if matches!(code, ErrorCode::InsufficientStock | ErrorCode::BalanceTooLarge));
            let (problems, status) = Problems::refusal(e, &t)?;
            match stock_short {
                true => (beside_quantity(problems), status),
                false => (problems.keep_fields(&FIELDS.map(String::from), &t), status),
            }
        }
    };
    show(
        &ctx,
        &who,
        item,
        kind,
        typed,
        String::new(),
        problems,
        status,
    )
    .await
}

/// The fields the form shows, by their API names.
const FIELDS: [&str; 6] = [
    "location_id",
    "to_location_id",
    "quantity",
    "unit_cost",
    "issued_to_user_id",
    "note",
];

/// A balance that cannot take the movement is the quantity's problem.
fn beside_quantity(problems: Problems) -> Problems {
    let said = problems.general.join(" ");
    Problems::from_fields(vec![FieldError::new("quantity", "insufficient", said)])
}

fn read(form: &FormData) -> Typed {
    Typed {
        location_id: form.text("location_id"),
        to_location_id: form.text("to_location_id"),
        quantity: form.text("quantity"),
        unit_cost: form.text("unit_cost"),
        issued_to_user_id: form.text("issued_to_user_id"),
        note: form.get("note").unwrap_or("").trim().to_owned(),
        key: form.text("key"),
    }
}

/// The typed form as the use case's request; every problem by field.
fn to_input(
    typed: &Typed,
    kind: MovementKind,
    item_id: &str,
    locale: Locale,
) -> Result<NewMovement, Vec<FieldError>> {
    let mut errors = FieldErrors::new();
    let mut id = |field: &str, text: &str, required: bool| -> Option<Option<Id>> {
        match (text.is_empty(), Id::from_str(text)) {
            (true, _) if required => {
                errors.add(field, "required", "choose one");
                None
            }
            (true, _) => Some(None),
            (false, Ok(id)) => Some(Some(id)),
            (false, Err(m)) => {
                errors.add(field, "invalid", m);
                None
            }
        }
    };
    let location = id("location_id", &typed.location_id, true);
    let to = id(
        "to_location_id",
        &typed.to_location_id,
        kind == MovementKind::Transfer,
    );
    let parsed = locale
        .parse_decimal(&typed.quantity)
        .and_then(Quantity::new);
    let quantity = parsed
        .map_err(|m| errors.add("quantity", "invalid", m))
        .ok();
    let unit_cost = match typed.unit_cost.as_str() {
        "" => Some(None),
        text => locale
            .parse_decimal(text)
            .and_then(Money::new)
            .map(Some)
            .map_err(|m| errors.add("unit_cost", "invalid", m))
            .ok(),
    };
    let note = match typed.note.as_str() {
        "" => Some(None),
        text => Prose::new(text)
            .map(Some)
            .map_err(|m| errors.add("note", "invalid", m))
            .ok(),
    };
    let issued_to = Some(typed.issued_to_user_id.clone())
        .filter(|u| !u.is_empty())
        .map(UserId::new);
    let item_id = Id::from_str(item_id)
        .map_err(|m| errors.add("item_id", "invalid", m))
        .ok();
    match (
        errors.into_result(),
        location,
        to,
        quantity,
        unit_cost,
        note,
        item_id,
    ) {
        (
            Ok(()),
            Some(Some(location_id)),
            Some(to_location_id),
            Some(quantity),
            Some(unit_cost),
            Some(note),
            Some(item_id),
        ) => Ok(NewMovement {
            kind,
            item_id,
            location_id,
            to_location_id,
            quantity,
            unit_cost,
            issued_to_user_id: issued_to,
            note,
        }),
        (Err(AppError::Validation(list)), ..) => Err(list),
        _ => Err(Vec::new()),
    }
}

#[allow(clippy::too_many_arguments)]
async fn show(
    ctx: &AppContext,
    who: &SignedIn,
    item: ItemView,
    kind: MovementKind,
    form: Typed,
    q: String,
    problems: Problems,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    let people = match kind {
        MovementKind::Issue => people_choices(ctx, who, &q).await?,
        _ => Vec::new(),
    };
    let page = MovePage {
        chrome: super::page::chrome(ctx, who, Section::Stock).await?,
        locations: location_choices(ctx, who).await?,
        item,
        kind,
        form,
        people,
        q,
        problems,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}

/// The people an issue may go to: the directory, narrowed by `q`.
async fn people_choices(ctx: &AppContext, who: &SignedIn, q: &str) -> Result<Vec<Choice>, UiError> {
    let query = Some(q.trim().to_owned()).filter(|s| !s.is_empty());
    let first = PageRequest {
        limit: 500,
        after: None,
    };
    let found = people::list(ctx, &who.actor, query, first).await?;
    Ok(found
        .items
        .into_iter()
        .map(|p| Choice {
            value: p.id.to_string(),
            label: match p.department_name {
                Some(d) => format!("{} <{}>, {d}", p.name, p.email),
                None => format!("{} <{}>", p.name, p.email),
            },
        })
        .collect())
}
