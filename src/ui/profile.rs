//! "My profile": who I am in Procura (name, email, roles, department) and
//! changing my own password with the same use case as
//! `POST /api/v1/me/password` (every other session ends; this one stays),
//! and choosing the language of my pages (`PATCH /api/v1/me`).

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::form::{FormData, Problems};
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::input::Text;
use crate::domain::locale::Locale;
use crate::error::AppError;
use crate::service::identity::UserView;
use crate::service::own_password::{self, PasswordChange};
use crate::service::own_profile::{self, OwnPatch};
use crate::service::{departments, AppContext};
use crate::web::client::client_address;

#[derive(Template)]
#[template(path = "profile.html")]
struct ProfilePage {
    chrome: Chrome,
    user: UserView,
    department: Option<String>,
    problems: Problems,
    changed: bool,
    /// Whether the language was just saved.
    language_saved: bool,
    languages: &'static [Locale],
    csrf: String,
}

#[derive(serde::Deserialize)]
pub(crate) struct Flags {
    changed: Option<String>,
    language: Option<String>,
}

/// `GET /me`.
pub(crate) async fn show(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    flags: web::Query<Flags>,
) -> Result<HttpResponse, UiError> {
    let saved = Saved {
        password: flags.changed.is_some(),
        language: flags.language.is_some(),
    };
    page(&ctx, &who, Problems::none(), saved, StatusCode::OK).await
}

/// What the page just saved, said at the top of its form.
#[derive(Default)]
struct Saved {
    password: bool,
    language: bool,
}

async fn page(
    ctx: &AppContext,
    who: &SignedIn,
    problems: Problems,
    saved: Saved,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    let department = match &who.actor.department_id {
        Some(id) => {
            let d = departments::get(ctx, &who.actor, id.clone()).await?;
            Some(format!("{} — {}", d.code, d.name))
        }
        None => None,
    };
    let page = ProfilePage {
        chrome: super::page::chrome(ctx, who, Section::Profile).await?,
        user: who.actor.user.clone(),
        department,
        problems,
        changed: saved.password,
        language_saved: saved.language,
        languages: Locale::ALL,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}

/// `POST /me/language`: the language of my pages (blank: my browser's).
pub(crate) async fn change_language(
    ctx: web::Data<AppContext>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    let locale = match form.text("locale").as_str() {
        "" => Ok(None),
        code => code.parse::<Locale>().map(Some).map_err(|_| {
            AppError::field("locale", "invalid_value", "must be one of en, ro, ru, uk")
        }),
    };
    let result = match locale {
        Ok(locale) => {
            let patch = OwnPatch {
                locale: Some(locale),
            };
            own_profile::update(&ctx, &who.actor, patch)
                .await
                .map(|_| ())
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => Ok(see_other("/me?language=1")),
        Err(e) => {
            let (problems, status) = Problems::refusal(e, &who.tr(&ctx))?;
            page(&ctx, &who, problems, Saved::default(), status).await
        }
    }
}

/// `POST /me/password`: current, new and the new one again.
pub(crate) async fn change_password(
    ctx: web::Data<AppContext>,
    req: HttpRequest,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    let client = client_address(&req, &ctx.settings.trusted_proxies);
    let result = match read(&form) {
        Ok(change) => own_password::change(&ctx, &who.actor, change, &client).await,
        Err(e) => Err(e),
    };
    let (problems, status) = match result {
        Ok(()) => return Ok(see_other("/me?changed=1")),
        Err(e) => Problems::refusal(e, &who.tr(&ctx))?,
    };
    page(&ctx, &who, problems, Saved::default(), status).await
}

fn read(form: &FormData) -> Result<PasswordChange, AppError> {
    let raw = |name: &str| form.get(name).unwrap_or("").to_owned();
    if raw("new_password") != raw("confirm_password") {
        return Err(AppError::field(
            "confirm_password",
            "mismatch",
            "must repeat the new password exactly",
        ));
    }
    let text = |name: &str| {
        Text::<128>::new(raw(name)).map_err(|m| AppError::field(name.to_owned(), "invalid", m))
    };
    Ok(PasswordChange {
        current_password: text("current_password")?,
        new_password: text("new_password")?,
    })
}
