//! First start: when the database has no user at all, create an admin so
//! someone can sign in. The password comes from `PROCURA_ADMIN_PASSWORD` or
//! is generated and handed back once to be printed in the log; a generated
//! one must be replaced at the first sign-in (the pages ask for nothing
//! else until it is).

use super::users::{insert_user, NewUser};
use super::{passwords, AppContext};
use crate::db;
use crate::domain::input::Text;
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult, ErrorCode};

#[derive(Debug)]
pub(crate) enum FirstAdmin {
    /// Users already exist; nothing was done.
    NotNeeded,
    /// Created with the configured password.
    Created { email: String },
    /// Created with a generated one-time password.
    CreatedWithGeneratedPassword { email: String, password: String },
}

pub(crate) async fn ensure_first_admin(ctx: &AppContext) -> AppResult<FirstAdmin> {
    if ctx.db.read(|conn| Ok(db::users::count(conn)?)).await? > 0 {
        return Ok(FirstAdmin::NotNeeded);
    }
    let (password, generated) = match &ctx.settings.admin_password {
        Some(pw) => (pw.clone(), false),
        None => (passwords::generate_password(), true),
    };
    let hash_input = password.clone();
    let hash = passwords::hash_off_thread(hash_input).await?;
    let email = ctx.settings.admin_email.clone();
    let now = ctx.now();
    let input = NewUser {
        email: Text::truncated(&email),
        name: Text::truncated("Administrator"),
        password: Text::truncated(&password),
        roles: vec![Role::Admin],
        department_id: None,
    };
    let created = ctx
        .db
        .write(move |conn| {
            // Checked again inside the write transaction, and a unique-email
            // conflict tolerated: two instances starting together on an
            // empty PostgreSQL create one admin, and both start.
            if db::users::count(conn)? > 0 {
                return Ok(false);
            }
            let admin = insert_user(conn, &input, &hash, now, None)?;
            if generated {
                // A password printed in the log is replaced at first sign-in.
                db::users::require_password_change(conn, &admin.id)?;
            }
            Ok(true)
        })
        .await;
    let created = match created {
        Err(AppError::Conflict {
            code: ErrorCode::AlreadyExists,
            ..
        }) => false,
        other => other?,
    };
    Ok(match (created, generated) {
        (false, _) => FirstAdmin::NotNeeded,
        (true, false) => FirstAdmin::Created { email },
        (true, true) => FirstAdmin::CreatedWithGeneratedPassword { email, password },
    })
}
