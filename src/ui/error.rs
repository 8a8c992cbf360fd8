//! Why a page could not be shown, and the page that says so: sign-in
//! first (a redirect that comes back), an expired form, or the use case's
//! refusal in words, in the reader's language (`language::current`).

use actix_web::cookie::Cookie;
use actix_web::http::{header, StatusCode};
use actix_web::{HttpRequest, HttpResponse, ResponseError};
use askama::Template;

use super::assets;
use super::chrome::{html, Chrome, Section};
use super::language;
use crate::error::AppError;
use crate::i18n::Tr;

/// What someone who must replace a one-time password may open: the
/// profile with the password form (where they are sent), the form's
/// action, and signing out.
pub(crate) const PASSWORD_FIRST_PATHS: [&str; 3] = ["/me", "/me/password", "/sign-out"];

/// Why a page could not be shown.
#[derive(Debug)]
pub(crate) enum UiError {
    /// Not signed in (or the session ended): sign in, then back to `next`.
    SignIn {
        next: String,
    },
    /// Signed in with a one-time password: to the password form first.
    PasswordFirst,
    /// A form without this session's token, or from another site.
    Csrf,
    /// A page rendered where the error arose, which has the request and
    /// the context: the sign-in page that keeps a form whose session ended.
    Rendered {
        status: StatusCode,
        body: String,
        cookies: Vec<Cookie<'static>>,
    },
    App(AppError),
}

impl From<AppError> for UiError {
    fn from(e: AppError) -> Self {
        match e {
            AppError::Unauthorized { .. } => UiError::SignIn { next: "/".into() },
            other => UiError::App(other),
        }
    }
}

impl std::fmt::Display for UiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UiError::SignIn { .. } => f.write_str("sign-in required"),
            UiError::PasswordFirst => f.write_str("the one-time password must be replaced"),
            UiError::Csrf => f.write_str("form token missing or wrong"),
            UiError::Rendered { status, .. } => write!(f, "a page answered {status}"),
            UiError::App(e) => write!(f, "{e}"),
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    chrome: Chrome,
    heading: String,
    detail: String,
}

impl ResponseError for UiError {
    fn status_code(&self) -> StatusCode {
        match self {
            UiError::SignIn { .. } | UiError::PasswordFirst => StatusCode::SEE_OTHER,
            UiError::Csrf => StatusCode::FORBIDDEN,
            UiError::Rendered { status, .. } => *status,
            UiError::App(e) => e.status(),
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let UiError::SignIn { next } = self {
            let to = format!(
                "/sign-in?next={}",
                form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
            );
            return HttpResponse::SeeOther()
                .insert_header((header::LOCATION, to))
                .finish();
        }
        if let UiError::Rendered {
            status,
            body,
            cookies,
        } = self
        {
            let mut response = html(*status, body.clone());
            for cookie in cookies {
                // A cookie built here always has a valid name and value.
                let _ = response.add_cookie(cookie);
            }
            return response;
        }
        if let UiError::PasswordFirst = self {
            return HttpResponse::SeeOther()
                .insert_header((header::LOCATION, PASSWORD_FIRST_PATHS[0]))
                .insert_header((header::CACHE_CONTROL, "no-store"))
                .finish();
        }
        // Rendered without the request: its language was kept for it.
        let t = Tr::new(language::current(), chrono_tz::UTC);
        let (heading, detail) = match self {
            UiError::Csrf => (t.get("error-csrf-heading"), t.get("error-csrf-detail")),
            UiError::App(AppError::NotFound { .. }) => (
                t.get("error-not-found-heading"),
                t.get("error-not-found-detail"),
            ),
            UiError::App(AppError::Internal(cause)) => {
                tracing::error!(error = %crate::domain::logsafe::clean(&cause.to_string()), "a page failed");
                (
                    t.get("error-internal-heading"),
                    t.get("error-internal-detail"),
                )
            }
            UiError::App(AppError::Validation(list)) => {
                let said: Vec<String> = list
                    .iter()
                    .map(|e| format!("{}: {}", e.field, t.problem(e)))
                    .collect();
                (t.get("error-heading"), said.join(" "))
            }
            UiError::App(e) => (t.get("error-heading"), t.refusal(e)),
            UiError::SignIn { .. } | UiError::PasswordFirst | UiError::Rendered { .. } => {
                (String::new(), String::new())
            }
        };
        let page = ErrorPage {
            chrome: Chrome {
                t,
                assets: assets::urls(),
                user: None,
                section: Section::None,
            },
            heading,
            detail,
        };
        match page.render() {
            Ok(body) => html(self.status_code(), body),
            Err(_) => HttpResponse::build(self.status_code())
                .content_type("text/plain; charset=utf-8")
                .body(self.to_string()),
        }
    }
}

/// The page for a path nobody serves, for a browser that asked for a
/// page, in the language the browser asks for.
pub(crate) fn not_found(req: &HttpRequest) -> HttpResponse {
    language::within(language::of_request(req), || {
        UiError::App(AppError::NotFound { entity: "page" }).error_response()
    })
}
