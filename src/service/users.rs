//! Accounts: create, list, read and change users (admin), and "me".

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::json;

use super::idempotency::{self, IdempotencyKey, Idempotent};
use super::identity::{Actor, UserView};
use super::outbox::{self, Notification};
use super::pagination::{Page, PageRequest};
use super::{audit, passwords, AppContext};
use crate::db::users::UserFilter;
use crate::db::users::{NewUserRow, UserChangeset};
use crate::db::{self, time, DbConnection};
use crate::domain::accounts::{check_email, check_password, check_text, normalize_email};
/// List filters, shared with the query layer.
use crate::domain::ids::{DepartmentId, UserId};
use crate::domain::input::Text;
use crate::domain::locale::Locale;
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult, ErrorCode, FieldErrors};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewUser {
    pub email: Text<254>,
    pub name: Text<200>,
    pub password: Text<128>,
    pub roles: Vec<Role>,
    #[serde(default)]
    pub department_id: Option<DepartmentId>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct UserPatch {
    #[serde(default, deserialize_with = "crate::service::present")]
    pub email: Option<Text<254>>,
    #[serde(default, deserialize_with = "crate::service::present")]
    pub name: Option<Text<200>>,
    #[serde(default, deserialize_with = "crate::service::present")]
    pub password: Option<Text<128>>,
    #[serde(default, deserialize_with = "crate::service::present")]
    pub roles: Option<Vec<Role>>,
    #[serde(default, deserialize_with = "crate::service::double_option")]
    pub department_id: Option<Option<DepartmentId>>,
    #[serde(default, deserialize_with = "crate::service::present")]
    pub active: Option<bool>,
    /// `null` returns the person to their browser's language.
    #[serde(default, deserialize_with = "crate::service::double_option")]
    pub locale: Option<Option<Locale>>,
}

impl UserPatch {
    fn is_empty(&self) -> bool {
        self.email.is_none()
            && self.name.is_none()
            && self.password.is_none()
            && self.roles.is_none()
            && self.department_id.is_none()
            && self.active.is_none()
            && self.locale.is_none()
    }
}

pub fn load_view(conn: &mut DbConnection, id: &UserId) -> AppResult<UserView> {
    let row = db::users::find(conn, id)?.ok_or(AppError::NotFound { entity: "user" })?;
    let roles = db::users::roles_of(conn, id)?;
    Ok(UserView::from_row(row, &roles))
}

/// The caller's own account, as loaded with their token (no extra query).
pub(crate) fn me(actor: &Actor) -> UserView {
    actor.user.clone()
}

pub(crate) async fn get(ctx: &AppContext, actor: &Actor, id: UserId) -> AppResult<UserView> {
    actor.require(Role::Admin)?;
    ctx.db.read(move |conn| load_view(conn, &id)).await
}

/// Which users to list (the api fills it from the query string).
#[derive(Debug, Default)]
pub(crate) struct UserQuery {
    pub role: Option<Role>,
    pub department_id: Option<DepartmentId>,
    pub active: Option<bool>,
    /// Part of a name or email, any case; blank means no filter.
    pub text: Option<String>,
}

impl From<UserQuery> for UserFilter {
    fn from(q: UserQuery) -> Self {
        UserFilter {
            role: q.role.map(|r| r.as_str().to_owned()),
            department_id: q.department_id,
            active: q.active,
            query: q.text.filter(|t| !t.trim().is_empty()),
        }
    }
}

pub(crate) async fn list(
    ctx: &AppContext,
    actor: &Actor,
    query: UserQuery,
    page: PageRequest,
) -> AppResult<Page<UserView>> {
    actor.require(Role::Admin)?;
    let filter = UserFilter::from(query);
    ctx.db
        .read(move |conn| {
            let rows = db::users::list(conn, &filter, page.after.as_deref(), page.fetch_limit())?;
            let page = Page::from_rows(rows, &page, |r| r.id.to_string());
            let ids: Vec<UserId> = page.items.iter().map(|r| r.id.clone()).collect();
            let roles = db::users::roles_of_many(conn, &ids)?;
            Ok(page.map(|row| {
                let r = roles.get(&row.id).cloned().unwrap_or_default();
                UserView::from_row(row, &r)
            }))
        })
        .await
}

fn check_roles(errors: &mut FieldErrors, roles: &[Role]) {
    if roles.is_empty() {
        errors.add("roles", "required", "must name at least one role");
    }
}

fn role_names(roles: &[Role]) -> Vec<&'static str> {
    let mut names: Vec<_> = roles.iter().map(|r| r.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    names
}

fn email_taken(email: &str) -> AppError {
    AppError::Conflict {
        code: ErrorCode::AlreadyExists,
        detail: format!("a user with email {email} already exists"),
        extra: Some(
            json!({"errors": [{"field": "email", "code": "taken", "message": "is already used by another user"}]}),
        ),
    }
}

fn check_department(
    conn: &mut DbConnection,
    department_id: Option<&DepartmentId>,
) -> AppResult<()> {
    match department_id {
        Some(id) if !db::departments::exists(conn, id)? => Err(AppError::field(
            "department_id",
            "not_found",
            "no department has this id",
        )),
        _ => Ok(()),
    }
}

pub(crate) async fn create(
    ctx: &AppContext,
    actor: &Actor,
    input: NewUser,
    key: Option<IdempotencyKey>,
) -> AppResult<Idempotent<UserView>> {
    actor.require(Role::Admin)?;
    let mut errors = FieldErrors::new();
    check_email(&mut errors, "email", &input.email);
    check_text(&mut errors, "name", &input.name, 200);
    check_password(&mut errors, "password", &input.password);
    check_roles(&mut errors, &input.roles);
    errors.into_result()?;

    let password = input.password.clone();
    let password_hash = passwords::hash_off_thread(password.into_string()).await?;
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    let public_url = ctx.settings.public_url.clone();
    let templates = ctx.templates.clone();
    let outcome = ctx
        .db
        .write(move |conn| {
            idempotency::run(conn, key.as_ref(), now, 201, |conn| {
                let user = insert_user(conn, &input, &password_hash, now, Some(&actor_id))?;
                outbox::enqueue(conn, &templates, now, account_created(&user, &public_url))?;
                Ok(user)
            })
        })
        .await?;
    ctx.outbox_wakeup.notify_one();
    Ok(outcome)
}

/// Tells a new user their account exists (never their password).
fn account_created(user: &UserView, public_url: &str) -> Notification {
    Notification {
        kind: "account_created",
        to: vec![user.email.clone()],
        context: json!({
            "name": user.name, "email": user.email, "roles": user.roles, "url": public_url,
        }),
        attachments: Vec::new(),
    }
}

/// Inserts a user with hashed password and roles; shared by the API, the
/// CLI and the first-start bootstrap.
pub(crate) fn insert_user(
    conn: &mut DbConnection,
    input: &NewUser,
    password_hash: &str,
    now: DateTime<Utc>,
    actor_id: Option<&UserId>,
) -> AppResult<UserView> {
    let email = normalize_email(&input.email);
    if db::users::find_by_email(conn, &email)?.is_some() {
        return Err(email_taken(&email));
    }
    check_department(conn, input.department_id.as_ref())?;
    let id = UserId::generate();
    let stamp = time::to_db(now);
    let row = NewUserRow {
        id: &id,
        email: &email,
        name: input.name.trim(),
        password_hash,
        department_id: input.department_id.as_ref(),
        active: true,
        version: 1,
        created_at: stamp,
        updated_at: stamp,
    };
    let roles = role_names(&input.roles);
    // The check above keeps the common case friendly; this catches the race
    // where two requests pass it at once (PostgreSQL, concurrent writers).
    db::users::insert(conn, &row, &roles).map_err(|e| {
        if db::is_unique_violation(&e) {
            email_taken(&email)
        } else {
            e.into()
        }
    })?;
    let summary = json!({"email": email, "name": row.name, "roles": roles, "department_id": input.department_id});
    audit::record(
        conn,
        now,
        actor_id,
        "user.created",
        "user",
        id.as_str(),
        summary,
    )?;
    load_view(conn, &id)
}

pub(crate) async fn update(
    ctx: &AppContext,
    actor: &Actor,
    id: UserId,
    patch: UserPatch,
    if_match: Option<i64>,
) -> AppResult<UserView> {
    actor.require(Role::Admin)?;
    let mut errors = FieldErrors::new();
    if let Some(email) = &patch.email {
        check_email(&mut errors, "email", email);
    }
    if let Some(name) = &patch.name {
        check_text(&mut errors, "name", name, 200);
    }
    if let Some(password) = &patch.password {
        check_password(&mut errors, "password", password);
    }
    if let Some(roles) = &patch.roles {
        check_roles(&mut errors, roles);
    }
    errors.into_result()?;

    let password_hash = match patch.password.clone() {
        Some(pw) => Some(passwords::hash_off_thread(pw.into_string()).await?),
        None => None,
    };
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    let user_id = id.clone();
    let updated = ctx
        .db
        .write(move |conn| apply_update(conn, &actor_id, &id, patch, password_hash, if_match, now))
        .await?;
    // Roles, activity or sessions may have changed: re-check tokens now.
    ctx.sessions.forget_user(&user_id);
    Ok(updated)
}

fn apply_update(
    conn: &mut DbConnection,
    actor_id: &UserId,
    id: &UserId,
    patch: UserPatch,
    password_hash: Option<String>,
    if_match: Option<i64>,
    now: DateTime<Utc>,
) -> AppResult<UserView> {
    let current = db::users::find(conn, id)?.ok_or(AppError::NotFound { entity: "user" })?;
    let expected = if_match.unwrap_or(current.version);
    if expected != current.version {
        return Err(AppError::VersionConflict {
            current: current.version,
            yours: false,
        });
    }
    if patch.is_empty() {
        return load_view(conn, id);
    }
    let email = patch.email.as_deref().map(normalize_email);
    if let Some(email) = &email {
        if db::users::email_taken_by_other(conn, email, id)? {
            return Err(email_taken(email));
        }
    }
    if let Some(dep) = &patch.department_id {
        check_department(conn, dep.as_ref())?;
    }
    let loses_admin = patch.active == Some(false)
        || patch
            .roles
            .as_ref()
            .is_some_and(|r| !r.contains(&Role::Admin));
    if loses_admin {
        db::users::lock_admin_changes(conn)?;
    }
    if loses_admin && is_last_active_admin(conn, id)? {
        return Err(AppError::conflict(
            ErrorCode::LastAdmin,
            "this is the last active admin; make another admin first",
        ));
    }
    let changes = UserChangeset {
        email: email.clone(),
        name: patch.name.as_ref().map(|n| n.trim().to_owned()),
        password_hash: password_hash.clone(),
        department_id: patch.department_id.clone(),
        active: patch.active,
        // A password an admin sets for someone else is a one-time one: the
        // pages ask its owner for their own first. An admin replacing
        // their own one-time password this way is done.
        must_change_password: password_hash.is_some().then(|| actor_id != id),
        locale: patch.locale,
        version: Some(current.version + 1),
        updated_at: Some(time::to_db(now)),
    };
    if !db::users::update_versioned(conn, id, expected, &changes)? {
        return Err(AppError::VersionConflict {
            current: current.version + 1,
            yours: false,
        });
    }
    if let Some(roles) = &patch.roles {
        db::users::replace_roles(conn, id, &role_names(roles))?;
    }
    if password_hash.is_some() || patch.active == Some(false) {
        db::sessions::revoke_all_of_user(conn, id, time::to_db(now))?;
    }
    let summary = json!({
        "email": email, "name": changes.name, "roles": patch.roles,
        "department_id": patch.department_id, "active": patch.active,
        "locale": patch.locale, "password_changed": password_hash.is_some(),
    });
    audit::record(
        conn,
        now,
        Some(actor_id),
        "user.updated",
        "user",
        id.as_str(),
        summary,
    )?;
    load_view(conn, id)
}

fn is_last_active_admin(conn: &mut DbConnection, id: &UserId) -> AppResult<bool> {
    let roles = db::users::roles_of(conn, id)?;
    if !roles.iter().any(|r| r == Role::Admin.as_str()) {
        return Ok(false);
    }
    let filter = UserFilter {
        role: Some(Role::Admin.as_str().into()),
        active: Some(true),
        ..Default::default()
    };
    let admins = db::users::list(conn, &filter, None, 2)?;
    Ok(admins.iter().all(|a| &a.id == id))
}
