//! The connection types: [`DbConnection`] over SQLite or PostgreSQL, the
//! [`Backend`] parsed from `DATABASE_URL`, and the r2d2 [`Manager`] that
//! opens and prepares connections. The pools (`pool`) and the SQLite writer
//! thread (`writer`) both build on these, and not on each other.

use std::path::PathBuf;

use diesel::connection::SimpleConnection;
use diesel::r2d2::ManageConnection;
use diesel::{Connection, PgConnection, SqliteConnection};

use crate::domain::logsafe::redact_url;

#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgresql(PgConnection),
    Sqlite(SqliteConnection),
}

/// Where the data lives, parsed from `DATABASE_URL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backend {
    Sqlite { path: PathBuf },
    Postgres { url: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackendKind {
    Sqlite,
    Postgres,
}

impl Backend {
    /// `sqlite://relative/or/absolute.db`, a bare file path, or `postgres://…`.
    pub fn from_url(url: &str) -> Result<Self, String> {
        let url = url.trim();
        if url.is_empty() {
            return Err("is empty".into());
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Self::Postgres { url: url.into() });
        }
        let path = match url.split_once("://") {
            Some(("sqlite", path)) => path,
            Some((scheme, _)) => {
                return Err(format!(
                    "unsupported scheme `{scheme}`: use sqlite://PATH or postgres://…"
                ))
            }
            None => url.strip_prefix("sqlite:").unwrap_or(url),
        };
        if path.is_empty() || path == ":memory:" {
            return Err("needs a file path for SQLite (in-memory databases are not shared between connections)".into());
        }
        Ok(Self::Sqlite { path: path.into() })
    }

    pub(crate) fn kind(&self) -> BackendKind {
        match self {
            Self::Sqlite { .. } => BackendKind::Sqlite,
            Self::Postgres { .. } => BackendKind::Postgres,
        }
    }

    /// A human description for logs, without credentials.
    pub fn describe(&self) -> String {
        match self {
            Self::Sqlite { path } => format!("SQLite file {}", path.display()),
            Self::Postgres { url } => format!("PostgreSQL {}", redact_url(url)),
        }
    }
}

/// Opens connections of one backend and prepares each SQLite connection.
pub struct Manager {
    pub(crate) backend: Backend,
}

#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error(transparent)]
    Connection(#[from] diesel::ConnectionError),
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
}

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = ConnectError;

    fn connect(&self) -> Result<DbConnection, ConnectError> {
        match &self.backend {
            Backend::Postgres { url } => {
                Ok(DbConnection::Postgresql(PgConnection::establish(url)?))
            }
            Backend::Sqlite { path } => {
                let mut conn = SqliteConnection::establish(&path.to_string_lossy())?;
                // busy_timeout first: the other pragmas may already need the lock.
                conn.batch_execute("PRAGMA busy_timeout = 10000;")?;
                conn.batch_execute("PRAGMA journal_mode = WAL;")?;
                conn.batch_execute("PRAGMA synchronous = NORMAL;")?;
                conn.batch_execute("PRAGMA foreign_keys = ON;")?;
                // SQLite's own LOWER folds ASCII only, so "Тонер" would
                // never match "тонер"; this one folds every script, as
                // PostgreSQL's does.
                super::lower_utils::register_impl(&mut conn, |text: String| text.to_lowercase())?;
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), ConnectError> {
        Ok(conn.batch_execute("SELECT 1")?)
    }

    /// A connection handed back while its thread unwinds from a panic may
    /// still be inside `BEGIN IMMEDIATE`; it is dropped, never reused (on
    /// SQLite it is the only writer, so reusing it would fail every write).
    fn has_broken(&self, _conn: &mut DbConnection) -> bool {
        std::thread::panicking()
    }
}
