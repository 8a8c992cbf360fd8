//! Queries on `app_settings`: small JSON documents edited at run time
//! (the approval policy), versioned for `If-Match`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::run::RunOnBackend;
use super::schema::app_settings;
use super::DbConnection;

/// (JSON value, version) of a setting, if stored.
pub(crate) fn get(conn: &mut DbConnection, key: &str) -> QueryResult<Option<(String, i64)>> {
    app_settings::table
        .find(key)
        .select((app_settings::value, app_settings::version))
        .run_first(conn)
        .optional()
}

/// Writes version `version` of a setting (insert or update). Public for
/// the integration tests, which start from a stored policy.
pub fn put(
    conn: &mut DbConnection,
    key: &str,
    value: &str,
    version: i64,
    at: NaiveDateTime,
) -> QueryResult<()> {
    let updated = diesel::update(app_settings::table.find(key))
        .set((
            app_settings::value.eq(value),
            app_settings::version.eq(version),
            app_settings::updated_at.eq(at),
        ))
        .run_execute(conn)?;
    if updated == 0 {
        diesel::insert_into(app_settings::table)
            .values((
                app_settings::key.eq(key),
                app_settings::value.eq(value),
                app_settings::version.eq(version),
                app_settings::updated_at.eq(at),
            ))
            .run_execute(conn)?;
    }
    Ok(())
}
