//! What a signed-in person changes about themself besides their password
//! (`own_password`): for now the language they read Procura in. Shared by
//! `PATCH /api/v1/me` and the profile page.

use serde::Deserialize;
use serde_json::json;

use super::identity::{Actor, UserView};
use super::{audit, users, AppContext};
use crate::db::users::UserChangeset;
use crate::db::{self, time};
use crate::domain::locale::Locale;
use crate::error::{AppError, AppResult};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct OwnPatch {
    /// `null` follows the browser's language again.
    #[serde(default, deserialize_with = "crate::service::double_option")]
    pub locale: Option<Option<Locale>>,
}

pub(crate) async fn update(
    ctx: &AppContext,
    actor: &Actor,
    patch: OwnPatch,
) -> AppResult<UserView> {
    let Some(locale) = patch.locale else {
        return Ok(users::me(actor));
    };
    let (user_id, now) = (actor.user_id.clone(), ctx.now());
    let view = ctx
        .db
        .write(move |conn| {
            let current =
                db::users::find(conn, &user_id)?.ok_or(AppError::NotFound { entity: "user" })?;
            let changes = UserChangeset {
                locale: Some(locale),
                version: Some(current.version + 1),
                updated_at: Some(time::to_db(now)),
                ..Default::default()
            };
            if !db::users::update_versioned(conn, &user_id, current.version, &changes)? {
                return Err(AppError::VersionConflict {
                    current: current.version + 1,
                    yours: false,
                });
            }
            let summary = json!({"locale": locale});
            audit::record(
                conn,
                now,
                Some(&user_id),
                "user.updated",
                "user",
                user_id.as_str(),
                summary,
            )?;
            users::load_view(conn, &user_id)
        })
        .await?;
    // The next page reads the account afresh (other instances within
    // session_cache_seconds).
    ctx.sessions.forget_user(&actor.user_id);
    Ok(view)
}
