//! The language of a page request, known before the handler runs: the
//! browser's (the sign-in switcher's cookie, else `Accept-Language`), else
//! the organisation's default, and the person's own choice once the
//! session is read. It is kept for the request's task, so the page that
//! says why a page could not be shown (`error.rs`, which actix renders
//! without the request) speaks the reader's language too.

use std::cell::Cell;

use actix_web::body::MessageBody;
use actix_web::cookie::{time::Duration as CookieDuration, Cookie, SameSite};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{web, HttpRequest};

use crate::domain::locale::Locale;
use crate::i18n::page_locale;
use crate::service::AppContext;

tokio::task_local! {
    static PAGE_LOCALE: Cell<Locale>;
}

/// The cookie the sign-in page's language switcher sets.
pub(crate) const LANGUAGE_COOKIE: &str = "procura_lang";

/// The language a browser asks for: the switcher's cookie, else its
/// `Accept-Language`; `None` when it names none Procura speaks.
pub(crate) fn browser_locale(req: &HttpRequest) -> Option<Locale> {
    let chosen = req
        .cookie(LANGUAGE_COOKIE)
        .and_then(|c| c.value().parse().ok());
    chosen.or_else(|| {
        let header = req.headers().get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
        Locale::from_accept_language(header)
    })
}

/// The switcher's cookie: a year, readable by pages only.
pub(crate) fn language_cookie(locale: Locale, secure: bool) -> Cookie<'static> {
    Cookie::build(LANGUAGE_COOKIE, locale.as_str().to_owned())
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(CookieDuration::days(365))
        .finish()
}

/// Middleware on every page route: the request's language, as far as it
/// is known without the session, for the rest of the request.
pub(crate) async fn scope(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let locale = of_request(req.request());
    PAGE_LOCALE.scope(Cell::new(locale), next.call(req)).await
}

/// The language of a request before its session is read.
pub(crate) fn of_request(req: &HttpRequest) -> Locale {
    let default = req
        .app_data::<web::Data<AppContext>>()
        .map_or(Locale::En, |ctx| ctx.settings.default_locale);
    page_locale(default, None, browser_locale(req))
}

/// The signed-in person's language, once known, for the rest of the request.
pub(crate) fn settle(locale: Locale) {
    // Outside a page route (a test calling a handler) there is nothing to set.
    let _ = PAGE_LOCALE.try_with(|l| l.set(locale));
}

/// Runs `f` as part of a request in `locale` (a page answered outside the
/// page routes, such as the one for a path nobody serves).
pub(crate) fn within<R>(locale: Locale, f: impl FnOnce() -> R) -> R {
    PAGE_LOCALE.sync_scope(Cell::new(locale), f)
}

/// The language of the request being answered; English outside one.
pub(crate) fn current() -> Locale {
    PAGE_LOCALE.try_with(Cell::get).unwrap_or(Locale::En)
}
