//! A signed-in user changes their own password: the current one is checked
//! (a wrong one counts as a failed sign-in for throttling, so a stolen
//! session cannot be used to guess it), the new one must pass the password
//! rules, and every other session of the user ends; this one stays.

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::json;

use super::identity::Actor;
use super::{audit, login_throttle, passwords, AppContext};
use crate::db::users::UserChangeset;
use crate::db::{self, time};
use crate::domain::accounts::{check_password, normalize_email};
use crate::domain::input::Text;
use crate::error::{AppError, AppResult, FieldErrors};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PasswordChange {
    pub current_password: Text<128>,
    pub new_password: Text<128>,
}

pub(crate) async fn change(
    ctx: &AppContext,
    actor: &Actor,
    input: PasswordChange,
    client_addr: &str,
) -> AppResult<()> {
    let mut errors = FieldErrors::new();
    check_password(&mut errors, "new_password", &input.new_password);
    if input.new_password.as_str() == input.current_password.as_str() {
        errors.add(
            "new_password",
            "unchanged",
            "must differ from the current password",
        );
    }
    errors.into_result()?;
    let now = ctx.now();
    let keys = std::sync::Arc::new(login_throttle::Keys::new(
        &normalize_email(&actor.user.email),
        client_addr,
    ));
    let k = keys.clone();
    ctx.db
        .write(move |conn| login_throttle::reserve(conn, &k, now))
        .await?
        .map_err(|retry_after_secs| AppError::RateLimited { retry_after_secs })?;
    let user_id = actor.user_id.clone();
    let stored = ctx
        .db
        .read(move |conn| {
            db::users::find(conn, &user_id)?.ok_or(AppError::NotFound { entity: "user" })
        })
        .await?;
    let (current, new) = (
        input.current_password.into_string(),
        input.new_password.into_string(),
    );
    let matches = passwords::verify_off_thread(current, Some(stored.password_hash.clone())).await?;
    if !matches {
        // Counted as a failure when the attempt was reserved.
        return Err(AppError::field(
            "current_password",
            "wrong_password",
            "is not your current password",
        ));
    }
    ctx.db
        .write(move |conn| login_throttle::succeeded(conn, &keys))
        .await?;
    let new_hash = passwords::hash_off_thread(new).await?;
    store(ctx, actor, new_hash, stored.version, now).await
}

async fn store(
    ctx: &AppContext,
    actor: &Actor,
    password_hash: String,
    version: i64,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let (user_id, session_id) = (actor.user_id.clone(), actor.session_id.clone());
    ctx.db
        .write(move |conn| {
            let changes = UserChangeset {
                password_hash: Some(password_hash),
                must_change_password: Some(false),
                version: Some(version + 1),
                updated_at: Some(time::to_db(now)),
                ..Default::default()
            };
            if !db::users::update_versioned(conn, &user_id, version, &changes)? {
                return Err(AppError::VersionConflict {
                    current: version + 1,
                    yours: false,
                });
            }
            let ended =
                db::sessions::revoke_others_of_user(conn, &user_id, &session_id, time::to_db(now))?;
            let summary = json!({"password_changed": true, "other_sessions_ended": ended});
            audit::record(
                conn,
                now,
                Some(&user_id),
                "user.password_changed",
                "user",
                user_id.as_str(),
                summary,
            )?;
            Ok(())
        })
        .await?;
    // Other instances' caches forget the ended sessions within session_cache_seconds.
    ctx.sessions.forget_user(&actor.user_id);
    Ok(())
}
