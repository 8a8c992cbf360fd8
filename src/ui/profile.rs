//! "My profile": who I am in Procura (name, email, roles, department) and
//! changing my own password with the same use case as
//! `POST /api/v1/me/password` (every other session ends; this one stays).

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::form::{FormData, Problems, SignedForm};
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use crate::domain::input::Text;
use crate::error::AppError;
use crate::service::identity::UserView;
use crate::service::own_password::{self, PasswordChange};
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
    csrf: String,
}

#[derive(serde::Deserialize)]
pub(crate) struct Flags {
    changed: Option<String>,
}

/// `GET /me`.
pub(crate) async fn show(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    flags: web::Query<Flags>,
) -> Result<HttpResponse, UiError> {
    let changed = flags.changed.is_some();
    page(&ctx, &who, Problems::none(), changed, StatusCode::OK).await
}

async fn page(
    ctx: &AppContext,
    who: &SignedIn,
    problems: Problems,
    changed: bool,
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
        changed,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
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
        Err(e) => Problems::refusal(e)?,
    };
    page(&ctx, &who, problems, false, status).await
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
