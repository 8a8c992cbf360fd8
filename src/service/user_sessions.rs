//! An account's sessions as an admin sees them: the live ones (when they
//! began, until when, from which address) and ending them all at once —
//! for a lost laptop or a person who left. Tokens are never shown.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;

use super::identity::Actor;
use super::{audit, AppContext};
use crate::db::{self, time};
use crate::domain::ids::UserId;
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult};

/// Most live sessions listed for one account.
const SHOWN: i64 = 50;

#[derive(Debug, Serialize)]
pub(crate) struct SessionView {
    pub started_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub client_addr: Option<String>,
}

/// The account's live sessions, newest first.
pub(crate) async fn live(
    ctx: &AppContext,
    actor: &Actor,
    user: UserId,
) -> AppResult<Vec<SessionView>> {
    actor.require(Role::Admin)?;
    let now = time::to_db(ctx.now());
    ctx.db
        .read(move |conn| {
            let rows = db::sessions::live_of_user(conn, &user, now, SHOWN)?;
            Ok(rows
                .into_iter()
                .map(|r| SessionView {
                    started_at: time::from_db(r.created_at),
                    expires_at: time::from_db(r.expires_at),
                    client_addr: r.client_addr,
                })
                .collect())
        })
        .await
}

/// Signs the account out everywhere; how many sessions ended. Audited.
pub(crate) async fn end_all(ctx: &AppContext, actor: &Actor, user: UserId) -> AppResult<usize> {
    actor.require(Role::Admin)?;
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    let who = user.clone();
    let ended = ctx
        .db
        .write(move |conn| {
            if db::users::find(conn, &who)?.is_none() {
                return Err(AppError::NotFound { entity: "user" });
            }
            let ended = db::sessions::revoke_all_of_user(conn, &who, time::to_db(now))?;
            let summary = json!({"sessions_ended": ended});
            audit::record(
                conn,
                now,
                Some(&actor_id),
                "user.signed_out",
                "user",
                who.as_str(),
                summary,
            )?;
            Ok(ended)
        })
        .await?;
    ctx.sessions.forget_user(&user);
    Ok(ended)
}
