//! What the IT specialist records after approval, each the same use case
//! as its API route: the order (supplier, reference, expected date, the
//! actual price of each line beside the approved one) and each delivery
//! (what arrived per line, what was refused and why, where consumables go
//! into stock). A refused form comes back with every problem beside its
//! field; a delivery larger than what remains is one of them.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use super::editor::{location_choices, Choice};
use super::form::Problems;
use super::fulfilment_form::{on_form_rows, remaining, OrderForm, ReceiptForm};
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::ids::ApplicationId;
use crate::error::AppError;
use crate::service::applications::abilities::with_abilities;
use crate::service::applications::views::ApplicationView;
use crate::service::applications::{fulfilment, order};
use crate::service::AppContext;

#[derive(Template)]
#[template(path = "order.html")]
struct OrderPage {
    chrome: Chrome,
    app: ApplicationView,
    form: OrderForm,
    problems: Problems,
    csrf: String,
}

#[derive(Template)]
#[template(path = "receive.html")]
struct ReceivePage {
    chrome: Chrome,
    app: ApplicationView,
    form: ReceiptForm,
    locations: Vec<Choice>,
    problems: Problems,
    csrf: String,
}

impl OrderPage {
    /// Line `i`'s price as typed (or as approved).
    fn price(&self, i: &usize) -> &str {
        self.form.prices.get(*i).map_or("", String::as_str)
    }
}

impl ReceivePage {
    /// Line `i` as typed.
    fn row(&self, i: &usize) -> Option<&super::fulfilment_form::ReceiptRow> {
        self.form.rows.get(*i)
    }

    /// Whether line `i` still has something to come.
    fn open(&self, i: &usize) -> bool {
        self.app
            .lines
            .get(*i)
            .is_some_and(|l| !remaining(l).is_zero())
    }
}

/// The application, when the actor may record its order (or receipt).
async fn load(
    ctx: &AppContext,
    who: &SignedIn,
    id: &str,
    receipt: bool,
) -> Result<ApplicationView, UiError> {
    let (app, can) = with_abilities(ctx, &who.actor, ApplicationId::new(id.to_owned())).await?;
    match (receipt, can.order, can.receive) {
        (false, true, _) | (true, _, true) => Ok(app),
        _ => Err(AppError::forbidden().into()),
    }
}

/// What a refused form shows: problems beside the fields it has, the rest
/// at the top, in the person's words.
fn refused(
    ctx: &AppContext,
    who: &SignedIn,
    e: AppError,
    shown: &[String],
) -> Result<(Problems, StatusCode), UiError> {
    Problems::refused(e, &who.tr(ctx), shown)
}

/// `GET /applications/{id}/order`.
pub(crate) async fn order_form(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, UiError> {
    let app = load(&ctx, &who, &id, false).await?;
    let form = OrderForm::of(&app, who.locale(&ctx));
    show_order(&ctx, &who, app, form, Problems::none(), StatusCode::OK).await
}

/// `POST /applications/{id}/order`.
pub(crate) async fn order(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    let app = load(&ctx, &who, &id, false).await?;
    let typed = OrderForm::read(&form, app.lines.len());
    let result = match typed.to_input(&app, who.locale(&ctx)) {
        Ok(input) => order::order(&ctx, &who.actor, app.id.clone(), input).await,
        Err(list) => Err(AppError::Validation(list)),
    };
    match result {
        Ok(done) => Ok(see_other(&format!("/applications/{}", done.id))),
        Err(e) => {
            let shown = OrderForm::field_names(app.lines.len());
            let (problems, status) = refused(&ctx, &who, e, &shown)?;
            show_order(&ctx, &who, app, typed, problems, status).await
        }
    }
}

async fn show_order(
    ctx: &AppContext,
    who: &SignedIn,
    app: ApplicationView,
    form: OrderForm,
    problems: Problems,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    let page = OrderPage {
        chrome: super::page::chrome(ctx, who, Section::ToOrder).await?,
        app,
        form,
        problems,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}

/// `GET /applications/{id}/receive`.
pub(crate) async fn receive_form(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, UiError> {
    let app = load(&ctx, &who, &id, true).await?;
    let form = ReceiptForm::of(&app, who.locale(&ctx));
    show_receipt(&ctx, &who, app, form, Problems::none(), StatusCode::OK).await
}

/// `POST /applications/{id}/receive`.
pub(crate) async fn receive(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    let app = load(&ctx, &who, &id, true).await?;
    let typed = ReceiptForm::read(&form, app.lines.len());
    let result = match typed.to_input(&app, who.locale(&ctx)) {
        Ok((input, rows)) => fulfilment::receive(&ctx, &who.actor, app.id.clone(), input)
            .await
            .map_err(|e| match e {
                AppError::Validation(list) => AppError::Validation(on_form_rows(list, &rows)),
                other => other,
            }),
        Err(list) => Err(AppError::Validation(list)),
    };
    match result {
        Ok(done) => Ok(see_other(&format!("/applications/{}", done.id))),
        Err(e) => {
            let shown = ReceiptForm::field_names(app.lines.len());
            let (problems, status) = refused(&ctx, &who, e, &shown)?;
            show_receipt(&ctx, &who, app, typed, problems, status).await
        }
    }
}

async fn show_receipt(
    ctx: &AppContext,
    who: &SignedIn,
    app: ApplicationView,
    form: ReceiptForm,
    problems: Problems,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    let page = ReceivePage {
        chrome: super::page::chrome(ctx, who, Section::Deliveries).await?,
        locations: location_choices(ctx, who).await?,
        app,
        form,
        problems,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}
