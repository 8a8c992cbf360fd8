//! Sign-in, bearer tokens and who is acting. Tokens are opaque random
//! strings with a recognisable `pcr_` prefix; only their SHA-256 is stored,
//! so a database leak does not leak sessions, and checking one costs a hash
//! and an indexed lookup — never Argon2.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::identity::Actor;
use super::identity::UserView;
use super::session_cache::SessionFacts;
use super::users;
use super::{login_throttle, new_id, passwords, AppContext};
use crate::db::{self, sessions::SessionRow, time};
use crate::domain::accounts::normalize_email;
use crate::domain::ids::UserId;
use crate::domain::logsafe::Escaped;
use crate::error::{AppError, AppResult, ErrorCode};

pub const TOKEN_PREFIX: &str = "pcr_";

#[derive(Debug, Serialize)]
pub struct LoginResult {
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub user: UserView,
}

fn bad_credentials() -> AppError {
    AppError::Unauthorized {
        code: ErrorCode::InvalidCredentials,
        detail: "email or password is wrong".into(),
    }
}

pub fn hash_token(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub(crate) async fn login(
    ctx: &AppContext,
    email: &str,
    password: &str,
    client_addr: &str,
) -> AppResult<LoginResult> {
    let email = normalize_email(email);
    let now = ctx.now();
    let keys = Arc::new(login_throttle::Keys::new(&email, client_addr));
    let k = keys.clone();
    ctx.db
        .write(move |conn| login_throttle::reserve(conn, &k, now))
        .await?
        .map_err(|retry_after_secs| AppError::RateLimited { retry_after_secs })?;

    let lookup = email.clone();
    let user = ctx
        .db
        .read(move |conn| Ok(db::users::find_by_email(conn, &lookup)?))
        .await?;
    let stored_hash = user
        .as_ref()
        .filter(|u| u.active)
        .map(|u| u.password_hash.clone());
    let matches = passwords::verify_off_thread(password.to_owned(), stored_hash).await?;
    let user = match user {
        Some(u) if matches && u.active => u,
        _ => {
            // The failure was counted when the attempt was reserved.
            tracing::info!(
                email = %Escaped(&email),
                client = %Escaped(client_addr),
                "sign-in refused"
            );
            return Err(bad_credentials());
        }
    };
    let k = keys.clone();
    ctx.db
        .write(move |conn| login_throttle::succeeded(conn, &k))
        .await?;
    start_session(ctx, user.id, client_addr.to_owned(), now).await
}

/// Issues a bearer token for a user whose identity is already proven (by a
/// password here; the test fixtures and, later, directory sign-in too).
pub async fn start_session(
    ctx: &AppContext,
    user_id: UserId,
    client_addr: String,
    now: DateTime<Utc>,
) -> AppResult<LoginResult> {
    let token = format!("{TOKEN_PREFIX}{}", passwords::random_token(32));
    let expires_at = now + Duration::hours(ctx.settings.token_ttl_hours);
    let row = SessionRow {
        id: new_id(),
        user_id: user_id.clone(),
        token_hash: hash_token(&token),
        created_at: time::to_db(now),
        expires_at: time::to_db(expires_at),
        revoked_at: None,
        client_addr: Some(client_addr),
    };
    let user = ctx
        .db
        .write(move |conn| {
            db::sessions::insert(conn, &row)?;
            users::load_view(conn, &user_id)
        })
        .await?;
    Ok(LoginResult {
        token,
        expires_at,
        user,
    })
}

/// Resolves a bearer token to the acting user, or a 401 saying why not.
pub(crate) async fn authenticate(ctx: &AppContext, token: &str) -> AppResult<Actor> {
    let unauthorized = |code, detail: &str| AppError::Unauthorized {
        code,
        detail: detail.into(),
    };
    if !token.starts_with(TOKEN_PREFIX) {
        return Err(unauthorized(
            ErrorCode::InvalidToken,
            "the bearer token is not one issued by Procura",
        ));
    }
    let hash = hash_token(token);
    let now = ctx.now();
    let (session, user) = match ctx.sessions.get(&hash, now) {
        Some(hit) => hit,
        None => {
            let (session, user) = load_session(ctx, hash.clone()).await?.ok_or_else(|| {
                unauthorized(ErrorCode::InvalidToken, "the bearer token is not valid")
            })?;
            ctx.sessions.put(hash, session.clone(), user.clone(), now);
            (session, user)
        }
    };
    if session.revoked {
        return Err(unauthorized(
            ErrorCode::TokenRevoked,
            "this session has been signed out",
        ));
    }
    if session.expires_at <= now {
        return Err(unauthorized(
            ErrorCode::TokenExpired,
            "this session has expired; sign in again",
        ));
    }
    if !user.active {
        return Err(unauthorized(
            ErrorCode::AccountDisabled,
            "this account is disabled",
        ));
    }
    Ok(Actor::of(user, session.id))
}

/// The session with this token hash and its user, in one round trip.
async fn load_session(
    ctx: &AppContext,
    hash: String,
) -> AppResult<Option<(SessionFacts, UserView)>> {
    ctx.db
        .read(move |conn| {
            let Some((session, user)) = db::sessions::find_with_user(conn, &hash)? else {
                return Ok(None);
            };
            let roles = db::users::roles_of(conn, &user.id)?;
            let facts = SessionFacts {
                id: session.id,
                expires_at: time::from_db(session.expires_at),
                revoked: session.revoked_at.is_some(),
            };
            Ok(Some((facts, UserView::from_row(user, &roles))))
        })
        .await
}

pub(crate) async fn logout(ctx: &AppContext, actor: &Actor) -> AppResult<()> {
    let session_id = actor.session_id.clone();
    let now = time::to_db(ctx.now());
    ctx.db
        .write(move |conn| Ok(db::sessions::revoke(conn, &session_id, now)?))
        .await?;
    ctx.sessions.forget_session(&actor.session_id);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_hash_is_stable_hex() {
        let h = hash_token("pcr_abc");
        assert_eq!(h.len(), 64);
        assert_eq!(h, hash_token("pcr_abc"));
        assert_ne!(h, hash_token("pcr_abd"));
    }
}
