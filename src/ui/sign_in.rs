//! Signing in and out in a browser: the same sign-in use case (throttling
//! included) as `POST /api/v1/auth/login`, its token kept in an HttpOnly
//! cookie instead of handed to a script.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::form::FormData;
use super::language;
use super::page::{render, see_other, Chrome, UiError};
use super::resume::Resume;
use super::session::{self, SESSION_COOKIE, SIGN_IN_COOKIE};
use crate::domain::locale::Locale;
use crate::error::AppError;
use crate::i18n::{page_locale, Tr};
use crate::service::{auth, passwords, AppContext};
use crate::web::client::client_address;

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInPage {
    chrome: Chrome,
    email: String,
    next: String,
    csrf: String,
    /// Why the last attempt failed, shown beside the password.
    problem: Option<String>,
    /// The switcher's links: each language and whether it is this page's.
    languages: Vec<(Locale, bool)>,
    /// A form whose session ended, sent on after signing in.
    resume: Option<Resume>,
}

/// After signing in: the kept form, to send on with the new session.
#[derive(Template)]
#[template(path = "resume.html")]
struct ResumePage {
    chrome: Chrome,
    resume: Resume,
    csrf: String,
}

impl SignInPage {
    fn kept_name(&self, name: &str) -> String {
        Resume::kept_name(name)
    }

    /// The switcher's link to this page in `locale`, keeping `next`.
    fn language_link(&self, locale: &Locale) -> String {
        let next: String = form_urlencoded::byte_serialize(self.next.as_bytes()).collect();
        format!("/sign-in?lang={locale}&next={next}")
    }
}

#[derive(serde::Deserialize)]
pub(crate) struct Next {
    next: Option<String>,
    /// The switcher's choice of language.
    lang: Option<String>,
}

/// The sign-in page's language: the switcher's choice, else the browser's.
fn locale_of(ctx: &AppContext, req: &HttpRequest, chosen: Option<Locale>) -> Locale {
    page_locale(
        ctx.settings.default_locale,
        chosen,
        language::browser_locale(req),
    )
}

fn secure(ctx: &AppContext) -> bool {
    ctx.settings.public_url.starts_with("https://")
}

/// `GET /sign-in`: the form (straight on to `next` when already signed in).
pub(crate) async fn form(
    ctx: web::Data<AppContext>,
    req: HttpRequest,
    query: web::Query<Next>,
) -> Result<HttpResponse, UiError> {
    let next = session::safe_next(query.next.as_deref());
    if let Some(token) = req.cookie(SESSION_COOKIE) {
        if auth::authenticate(&ctx, token.value()).await.is_ok() {
            return Ok(see_other(&next));
        }
    }
    let chosen: Option<Locale> = query.lang.as_deref().and_then(|l| l.parse().ok());
    let locale = locale_of(&ctx, &req, chosen);
    let shown = Shown {
        email: String::new(),
        next,
        problem: None,
        resume: None,
    };
    let mut response = page(&ctx, locale, shown, StatusCode::OK)?;
    if let Some(chosen) = chosen {
        response
            .add_cookie(&language::language_cookie(chosen, secure(&ctx)))
            .map_err(|e| UiError::App(AppError::internal(e)))?;
    }
    Ok(response)
}

/// What the sign-in form shows besides its fields.
struct Shown {
    email: String,
    next: String,
    problem: Option<String>,
    resume: Option<Resume>,
}

fn page(
    ctx: &AppContext,
    locale: Locale,
    shown: Shown,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    match rendered(ctx, locale, shown, status)? {
        UiError::Rendered { body, cookies, .. } => {
            let mut response = super::chrome::html(status, body);
            for c in &cookies {
                response
                    .add_cookie(c)
                    .map_err(|e| UiError::App(AppError::internal(e)))?;
            }
            Ok(response)
        }
        other => Err(other),
    }
}

/// The sign-in page with its form token's cookie, as a page to answer with.
fn rendered(
    ctx: &AppContext,
    locale: Locale,
    shown: Shown,
    status: StatusCode,
) -> Result<UiError, UiError> {
    let csrf = passwords::random_token(16);
    let page = SignInPage {
        chrome: Chrome::anonymous(ctx, locale),
        email: shown.email,
        next: shown.next,
        csrf: csrf.clone(),
        problem: shown.problem,
        languages: Locale::ALL.iter().map(|l| (*l, *l == locale)).collect(),
        resume: shown.resume,
    };
    let body = page
        .render()
        .map_err(|e| UiError::App(AppError::internal(e)))?;
    Ok(UiError::Rendered {
        status,
        body,
        cookies: vec![session::sign_in_cookie(csrf, secure(ctx))],
    })
}

/// The sign-in page for a form posted after its session ended (401),
/// keeping what it held.
pub(crate) fn keeping(
    ctx: &AppContext,
    req: &HttpRequest,
    kept: Resume,
) -> Result<UiError, UiError> {
    let shown = Shown {
        email: String::new(),
        next: "/".to_owned(),
        problem: None,
        resume: Some(kept),
    };
    rendered(
        ctx,
        locale_of(ctx, req, None),
        shown,
        StatusCode::UNAUTHORIZED,
    )
}

/// `POST /sign-in`: signs in and goes on to `next`, or shows the form again
/// with the reason beside the password.
pub(crate) async fn submit(
    ctx: web::Data<AppContext>,
    req: HttpRequest,
    form: FormData,
) -> Result<HttpResponse, UiError> {
    let expected = req
        .cookie(SIGN_IN_COOKIE)
        .map(|c| c.value().to_owned())
        .unwrap_or_default();
    if expected.is_empty() {
        return Err(UiError::Csrf);
    }
    session::check_form(&req, form.get("csrf"), &expected, &ctx.settings.public_url)?;
    let next = session::safe_next(form.get("next"));
    let email = form.text("email");
    let password = form.get("password").unwrap_or("").to_owned();
    let client = client_address(&req, &ctx.settings.trusted_proxies);
    let locale = locale_of(&ctx, &req, None);
    let t = Tr::new(locale, ctx.settings.timezone);
    let resume = Resume::from_sign_in(&form);
    let refusal = match auth::login(&ctx, &email, &password, &client).await {
        Ok(result) => {
            let mut response = match &resume {
                Some(kept) => {
                    // Signed in now: the person's own language.
                    let theirs = page_locale(
                        ctx.settings.default_locale,
                        result.user.locale,
                        language::browser_locale(&req),
                    );
                    let page = ResumePage {
                        chrome: Chrome::anonymous(&ctx, theirs),
                        resume: kept.clone(),
                        csrf: session::csrf_for(&result.token),
                    };
                    render(&page, StatusCode::OK)?
                }
                None => see_other(&next),
            };
            let cookie =
                session::session_cookie(result.token, secure(&ctx), ctx.settings.token_ttl_hours);
            let forget = session::expired_cookie(SIGN_IN_COOKIE, "/sign-in");
            for c in [cookie, forget] {
                response
                    .add_cookie(&c)
                    .map_err(|e| UiError::App(AppError::internal(e)))?;
            }
            return Ok(response);
        }
        Err(AppError::Unauthorized { .. }) => (t.get("sign-in-wrong"), StatusCode::UNAUTHORIZED),
        Err(AppError::RateLimited { retry_after_secs }) => (
            t.arg("sign-in-throttled", "seconds", retry_after_secs as i64),
            StatusCode::TOO_MANY_REQUESTS,
        ),
        Err(e) => return Err(e.into()),
    };
    let shown = Shown {
        email,
        next,
        problem: Some(refusal.0),
        resume,
    };
    page(&ctx, locale, shown, refusal.1)
}
