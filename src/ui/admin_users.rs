//! `/admin/users`: the accounts, searched by name or email and narrowed by
//! role and state; a new account; an account's page to change its email,
//! name, roles and department, disable or enable it, give it a one-time
//! password, and see and end its live sessions. The same use cases as
//! `/api/v1/users`, plus `service::user_sessions`.

use std::str::FromStr;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use super::admin_user_form::{read, stored, to_new_user, to_patch, Typed, FIELDS};
use super::editor::{department_choices, Choice};
use super::form::Problems;
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::ids::UserId;
use crate::domain::input::Text;
use crate::domain::roles::Role;
use crate::error::AppError;
use crate::service::identity::UserView;
use crate::service::new_id;
use crate::service::pagination::PageRequest;
use crate::service::user_sessions::{self, SessionView};
use crate::service::users::{self, UserPatch, UserQuery};
use crate::service::AppContext;

/// Accounts one page lists.
const PAGE_ROWS: i64 = 100;

#[derive(serde::Deserialize)]
pub(crate) struct ListParams {
    #[serde(default)]
    q: String,
    #[serde(default)]
    role: String,
    /// `active` (the default), `disabled` or `all`.
    #[serde(default)]
    state: String,
    #[serde(default)]
    after: String,
}

#[derive(Template)]
#[template(path = "admin_users.html")]
struct ListPage {
    chrome: Chrome,
    q: String,
    role: String,
    state: String,
    roles: [Role; 5],
    rows: Vec<UserView>,
    departments: Vec<Choice>,
    next_page: Option<String>,
}

impl ListPage {
    fn department(&self, user: &UserView) -> String {
        department_label(&self.departments, user)
    }
}

fn department_label(departments: &[Choice], user: &UserView) -> String {
    user.department_id.as_ref().map_or_else(String::new, |id| {
        departments
            .iter()
            .find(|d| d.value == id.as_str())
            .map_or_else(|| id.to_string(), |d| d.label.clone())
    })
}

#[derive(Template)]
#[template(path = "admin_user.html")]
struct UserPage {
    chrome: Chrome,
    user: Option<UserView>,
    form: Typed,
    roles: [Role; 5],
    departments: Vec<Choice>,
    sessions: Vec<SessionView>,
    done: Option<String>,
    problems: Problems,
    csrf: String,
}

impl UserPage {
    fn action(&self) -> String {
        self.user.as_ref().map_or_else(
            || "/admin/users/new".to_owned(),
            |u| format!("/admin/users/{}", u.id),
        )
    }
}

#[derive(serde::Deserialize)]
pub(crate) struct ShowParams {
    #[serde(default)]
    done: String,
}

/// `GET /admin/users`.
pub(crate) async fn list(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, UiError> {
    let p = params.into_inner();
    let active = match p.state.as_str() {
        "" | "active" => Some(true),
        "disabled" => Some(false),
        "all" => None,
        _ => return Err(AppError::field("state", "invalid_value", "is not a state").into()),
    };
    let role = match p.role.as_str() {
        "" => None,
        r => Some(
            Role::from_str(r)
                .map_err(|_| AppError::field("role", "invalid_value", "is not a role"))?,
        ),
    };
    let query = UserQuery {
        role,
        department_id: None,
        active,
        text: Some(p.q.clone()),
    };
    let page = PageRequest {
        limit: PAGE_ROWS,
        after: Some(p.after.clone()).filter(|a| !a.is_empty()),
    };
    let found = users::list(&ctx, &who.actor, query, page).await?;
    let next_page = found.next_cursor.map(|c| {
        let query: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("q", &p.q)
            .append_pair("role", &p.role)
            .append_pair("state", &p.state)
            .append_pair("after", &c)
            .finish();
        format!("/admin/users?{query}")
    });
    let page = ListPage {
        chrome: super::page::chrome(&ctx, &who, Section::Admin).await?,
        q: p.q,
        role: p.role,
        state: p.state,
        roles: Role::ALL,
        rows: found.items,
        departments: department_choices(&ctx, &who).await?,
        next_page,
    };
    render(&page, StatusCode::OK)
}

/// `GET /admin/users/new`.
pub(crate) async fn new_form(
    ctx: web::Data<AppContext>,
    who: SignedIn,
) -> Result<HttpResponse, UiError> {
    who.actor.require(Role::Admin)?;
    let form = Typed {
        roles: vec![Role::Employee.as_str().to_owned()],
        key: new_id(),
        ..Typed::default()
    };
    show(
        &ctx,
        &who,
        None,
        form,
        None,
        Problems::none(),
        StatusCode::OK,
    )
    .await
}

/// `POST /admin/users/new`: the account, mailed to its owner.
pub(crate) async fn create(
    ctx: web::Data<AppContext>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    who.actor.require(Role::Admin)?;
    let mut typed = read(&form);
    let result = match to_new_user(&typed) {
        Ok(input) => {
            let once = form.once_key(&who, "admin-user-new");
            users::create(&ctx, &who.actor, input, once).await
        }
        Err(list) => Err(AppError::Validation(list)),
    };
    match result {
        Ok(crate::service::idempotency::Idempotent::Fresh(user)) => {
            Ok(see_other(&format!("/admin/users/{}?done=created", user.id)))
        }
        Ok(crate::service::idempotency::Idempotent::Replayed(stored)) => {
            let id = stored.body["id"].as_str().unwrap_or_default().to_owned();
            Ok(see_other(&format!("/admin/users/{id}?done=created")))
        }
        Err(e) => {
            typed.password.clear();
            refused(&ctx, &who, None, typed, e).await
        }
    }
}

/// `GET /admin/users/{id}`.
pub(crate) async fn show_user(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    id: web::Path<String>,
    params: web::Query<ShowParams>,
) -> Result<HttpResponse, UiError> {
    let user = users::get(&ctx, &who.actor, UserId::new(id.into_inner())).await?;
    let t = who.tr(&ctx);
    let done = match params.done.as_str() {
        d @ ("created" | "saved" | "enabled" | "disabled" | "password" | "signed-out") => {
            Some(t.get(&format!("users-done-{d}")))
        }
        _ => None,
    };
    let form = stored(&user);
    show(
        &ctx,
        &who,
        Some(user),
        form,
        done,
        Problems::none(),
        StatusCode::OK,
    )
    .await
}

/// `POST /admin/users/{id}`: email, name, roles and department.
pub(crate) async fn update(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    let user = users::get(&ctx, &who.actor, UserId::new(id.into_inner())).await?;
    let typed = read(&form);
    let version = typed.version.parse::<i64>().ok();
    let result = match to_patch(&typed) {
        Ok(patch) => users::update(&ctx, &who.actor, user.id.clone(), patch, version).await,
        Err(list) => Err(AppError::Validation(list)),
    };
    done_or_refused(&ctx, &who, user, typed, result, "saved").await
}

/// `POST /admin/users/{id}/active`: `active=0` disables the account (its
/// sessions end), `active=1` enables it again.
pub(crate) async fn set_active(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    let user = users::get(&ctx, &who.actor, UserId::new(id.into_inner())).await?;
    let active = form.text("active") == "1";
    let patch = UserPatch {
        active: Some(active),
        ..UserPatch::default()
    };
    let version = form.text("version").parse::<i64>().ok();
    let result = users::update(&ctx, &who.actor, user.id.clone(), patch, version).await;
    let typed = stored(&user);
    let done = if active { "enabled" } else { "disabled" };
    done_or_refused(&ctx, &who, user, typed, result, done).await
}

/// `POST /admin/users/{id}/password`: a one-time password, typed twice;
/// the account's sessions end and its owner chooses their own at sign-in.
pub(crate) async fn reset_password(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    let user = users::get(&ctx, &who.actor, UserId::new(id.into_inner())).await?;
    let (password, again) = (
        form.get("password").unwrap_or(""),
        form.get("password_again").unwrap_or(""),
    );
    let result = match (password, password == again) {
        ("", _) => Err(AppError::field("password", "required", "is required")),
        (_, false) => Err(AppError::field(
            "password_again",
            "mismatch",
            "the two passwords differ",
        )),
        (p, true) => match Text::new(p) {
            Ok(password) => {
                let patch = UserPatch {
                    password: Some(password),
                    ..UserPatch::default()
                };
                users::update(&ctx, &who.actor, user.id.clone(), patch, None).await
            }
            Err(m) => Err(AppError::field("password", "invalid", m)),
        },
    };
    let typed = stored(&user);
    done_or_refused(&ctx, &who, user, typed, result, "password").await
}

/// `POST /admin/users/{id}/sessions/end`: signs the account out everywhere.
pub(crate) async fn end_sessions(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, .. } = posted;
    let id = UserId::new(id.into_inner());
    user_sessions::end_all(&ctx, &who.actor, id.clone()).await?;
    Ok(see_other(&format!("/admin/users/{id}?done=signed-out")))
}

async fn done_or_refused(
    ctx: &AppContext,
    who: &SignedIn,
    user: UserView,
    typed: Typed,
    result: Result<UserView, AppError>,
    done: &str,
) -> Result<HttpResponse, UiError> {
    match result {
        Ok(saved) => Ok(see_other(&format!("/admin/users/{}?done={done}", saved.id))),
        Err(e) => refused(ctx, who, Some(user), typed, e).await,
    }
}

async fn refused(
    ctx: &AppContext,
    who: &SignedIn,
    user: Option<UserView>,
    typed: Typed,
    e: AppError,
) -> Result<HttpResponse, UiError> {
    let mut shown: Vec<String> = FIELDS.map(String::from).to_vec();
    shown.push("password_again".to_owned());
    let (problems, status) = Problems::refused(e, &who.tr(ctx), &shown)?;
    // A stale form shows the account as it now is.
    let (user, typed) = match (user, status) {
        (Some(u), StatusCode::PRECONDITION_FAILED) => {
            let fresh = users::get(ctx, &who.actor, u.id).await?;
            let typed = stored(&fresh);
            (Some(fresh), typed)
        }
        (user, _) => (user, typed),
    };
    show(ctx, who, user, typed, None, problems, status).await
}

async fn show(
    ctx: &AppContext,
    who: &SignedIn,
    user: Option<UserView>,
    form: Typed,
    done: Option<String>,
    problems: Problems,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    let sessions = match &user {
        Some(u) => user_sessions::live(ctx, &who.actor, u.id.clone()).await?,
        None => Vec::new(),
    };
    let page = UserPage {
        chrome: super::page::chrome(ctx, who, Section::Admin).await?,
        user,
        form,
        roles: Role::ALL,
        departments: department_choices(ctx, who).await?,
        sessions,
        done,
        problems,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}
