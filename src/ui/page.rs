//! What every page handler shares: its chrome for the signed-in person,
//! rendering a template, and the redirect after a POST.

use actix_web::http::{header, StatusCode};
use actix_web::HttpResponse;
use askama::Template;

pub(crate) use super::chrome::{Chrome, Section};
pub(crate) use super::error::UiError;
use super::session::SignedIn;
use crate::error::AppError;
use crate::service::AppContext;

/// The chrome of a page for the signed-in person.
pub(crate) async fn chrome(
    ctx: &AppContext,
    who: &SignedIn,
    section: Section,
) -> Result<Chrome, UiError> {
    Ok(Chrome::signed_in(ctx, &who.actor, &who.csrf, section, None, who.browser).await?)
}

/// The chrome when the page has just counted what awaits the person.
pub(crate) async fn chrome_counted(
    ctx: &AppContext,
    who: &SignedIn,
    section: Section,
    awaiting: usize,
) -> Result<Chrome, UiError> {
    let known = Some(awaiting);
    Ok(Chrome::signed_in(ctx, &who.actor, &who.csrf, section, known, who.browser).await?)
}

/// A rendered page with the page headers.
pub(crate) fn render(page: &impl Template, status: StatusCode) -> Result<HttpResponse, UiError> {
    let html = page
        .render()
        .map_err(|e| UiError::App(AppError::internal(e)))?;
    Ok(super::chrome::html(status, html))
}

/// POST → redirect → GET: a 303 to `to`.
pub(crate) fn see_other(to: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, to))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .finish()
}
