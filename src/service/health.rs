//! Readiness: the database answers and its schema is fully migrated.

use super::AppContext;
use crate::db::migrate;
use crate::error::{AppError, AppResult};

pub(crate) async fn check_ready(ctx: &AppContext) -> AppResult<()> {
    let current = ctx
        .db
        .read(|conn| {
            migrate::is_current(conn).map_err(|e| AppError::Unavailable {
                detail: e.to_string(),
            })
        })
        .await?;
    if current {
        Ok(())
    } else {
        Err(AppError::Unavailable {
            detail: "database schema has pending migrations".into(),
        })
    }
}
