//! Embedded schema migrations, one folder per backend with identical names.

use diesel::connection::SimpleConnection;
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use super::DbConnection;

const SQLITE: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Arbitrary constant key for the PostgreSQL advisory lock that keeps two
/// instances starting together from migrating at the same time.
const MIGRATION_LOCK_KEY: i64 = 0x0050_524F_4355_5241;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Applies every pending migration; returns the versions applied.
pub fn run_pending(conn: &mut DbConnection) -> Result<Vec<String>, BoxError> {
    let names = |versions: Vec<diesel::migration::MigrationVersion<'_>>| {
        versions.iter().map(ToString::to_string).collect::<Vec<_>>()
    };
    match conn {
        DbConnection::Sqlite(c) => Ok(names(c.run_pending_migrations(SQLITE)?)),
        DbConnection::Postgresql(c) => {
            c.batch_execute(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})"))?;
            let result = c.run_pending_migrations(POSTGRES).map(names);
            c.batch_execute(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})"))?;
            result
        }
    }
}

/// True when the schema is fully migrated (used by `/readyz`).
pub(crate) fn is_current(conn: &mut DbConnection) -> Result<bool, BoxError> {
    let pending = match conn {
        DbConnection::Sqlite(c) => c.has_pending_migration(SQLITE)?,
        DbConnection::Postgresql(c) => c.has_pending_migration(POSTGRES)?,
    };
    Ok(!pending)
}
