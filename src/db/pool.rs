//! The pools over the connection types of `connection` (whose backend is
//! chosen from the URL scheme once at start, never by trial: SQLite would
//! accept any string as a file name). SQLite gets a one-connection write pool so writers queue inside the
//! process instead of spinning on `busy_timeout`; every write transaction is
//! still `BEGIN IMMEDIATE` so a second process can never deadlock us.

use std::path::Path;
use std::time::Duration;

use diesel::connection::{AnsiTransactionManager, TransactionManager};
use diesel::r2d2::{ManageConnection, Pool, PooledConnection};
use diesel::Connection;

use super::connection::{Backend, BackendKind, DbConnection, Manager};
use super::writer::GroupWriter;
use crate::error::{AppError, AppResult};

type DbPool = Pool<Manager>;
pub(crate) type PooledConn = PooledConnection<Manager>;

/// The application's handle on the database: a read pool and a write pool
/// (the same pool on PostgreSQL). On SQLite, [`Db::write`] goes through the
/// group-commit writer thread instead (`db::writer`).
#[derive(Clone)]
pub struct Db {
    read: DbPool,
    write: DbPool,
    writer: Option<GroupWriter>,
}

impl Db {
    /// Connects once eagerly so a wrong URL or a down server fails at start
    /// with its real error.
    pub fn connect(backend: &Backend, max_connections: u32) -> Result<Self, String> {
        if let Backend::Sqlite { path } = backend {
            ensure_parent_dir(path)?;
        }
        let manager = Manager {
            backend: backend.clone(),
        };
        // One direct connection first: a down server or bad credentials
        // report their real error now, not a pool timeout later.
        manager
            .connect()
            .map_err(|e| format!("cannot connect to {}: {e}", backend.describe()))?;
        // Checking a PostgreSQL connection on checkout finds one the server
        // dropped; an SQLite connection is a file handle that cannot go
        // stale, and the check would run an extra statement per request.
        let test_on_check_out = backend.kind() == BackendKind::Postgres;
        let build = |size: u32| {
            Pool::builder()
                .max_size(size)
                .min_idle(Some(1))
                .test_on_check_out(test_on_check_out)
                .connection_timeout(Duration::from_secs(10))
                .build(Manager {
                    backend: backend.clone(),
                })
                .map_err(|e| format!("cannot connect to {}: {e}", backend.describe()))
        };
        let read = build(max_connections.max(1))?;
        let (write, writer) = match backend.kind() {
            BackendKind::Sqlite => {
                let writer = GroupWriter::start(Manager {
                    backend: backend.clone(),
                })?;
                (build(1)?, Some(writer))
            }
            BackendKind::Postgres => (read.clone(), None),
        };
        Ok(Self {
            read,
            write,
            writer,
        })
    }

    /// Pool figures for metrics: (connections open, idle) of the read pool.
    pub(crate) fn pool_state(&self) -> (u32, u32) {
        let state = self.read.state();
        (state.connections, state.idle_connections)
    }

    /// Runs `f` on a pooled connection on the blocking thread pool.
    pub async fn read<T, F>(&self, f: F) -> AppResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> AppResult<T> + Send + 'static,
    {
        let pool = self.read.clone();
        run_blocking(move || {
            let mut conn = pool.get()?;
            f(&mut conn)
        })
        .await
    }

    /// Runs `f` atomically as a write: commits on `Ok`, rolls back on `Err`.
    /// On SQLite it runs in its own savepoint of a group-committed
    /// transaction on the writer thread (`db::writer`); on PostgreSQL in its
    /// own transaction on the blocking thread pool.
    pub async fn write<T, F>(&self, f: F) -> AppResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> AppResult<T> + Send + 'static,
    {
        match &self.writer {
            Some(writer) => {
                let (reply, outcome) = tokio::sync::oneshot::channel();
                writer.submit(f, move |result| {
                    let _ = reply.send(result);
                })?;
                outcome
                    .await
                    .map_err(|_| AppError::internal("the database writer dropped a write"))?
            }
            None => {
                let db = self.clone();
                run_blocking(move || db.write_blocking(f)).await
            }
        }
    }

    /// A write in its own transaction on the write pool's connection, for
    /// the CLI and benchmarks (whose closures borrow). On SQLite it is a
    /// second writer beside the writer thread; SQLite's lock and
    /// `busy_timeout` keep the two apart.
    pub fn write_blocking<T>(
        &self,
        f: impl FnOnce(&mut DbConnection) -> AppResult<T>,
    ) -> AppResult<T> {
        let mut conn = self.write.get()?;
        write_transaction(&mut conn, f)
    }

    /// The synchronous form of [`Db::read`].
    pub fn read_blocking<T>(
        &self,
        f: impl FnOnce(&mut DbConnection) -> AppResult<T>,
    ) -> AppResult<T> {
        let mut conn = self.read.get()?;
        f(&mut conn)
    }

    /// A dedicated connection (migrations, maintenance).
    pub fn connection(&self) -> AppResult<PooledConn> {
        Ok(self.write.get()?)
    }
}

async fn run_blocking<T: Send + 'static>(
    f: impl FnOnce() -> AppResult<T> + Send + 'static,
) -> AppResult<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(AppError::internal)?
}

/// Begins `BEGIN IMMEDIATE` on SQLite (so the write lock is taken up front
/// and `busy_timeout` applies) or a plain transaction on PostgreSQL, then
/// lets diesel's transaction manager commit or roll back.
pub(crate) fn write_transaction<T>(
    conn: &mut DbConnection,
    f: impl FnOnce(&mut DbConnection) -> AppResult<T>,
) -> AppResult<T> {
    match conn {
        DbConnection::Sqlite(c) => {
            AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")?
        }
        DbConnection::Postgresql(c) => AnsiTransactionManager::begin_transaction(c)?,
    }
    type Tm = <DbConnection as Connection>::TransactionManager;
    match f(conn) {
        Ok(value) => {
            Tm::commit_transaction(conn)?;
            Ok(value)
        }
        Err(err) => {
            if let Err(rollback) = Tm::rollback_transaction(conn) {
                tracing::error!(error = %rollback, "rollback failed");
            }
            Err(err)
        }
    }
}

fn ensure_parent_dir(path: &Path) -> Result<(), String> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create the data directory {}: {e}", dir.display())),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backend_is_chosen_from_the_scheme() {
        let cases = [
            (
                "sqlite://./data/procura.db",
                Ok(Backend::Sqlite {
                    path: "./data/procura.db".into(),
                }),
            ),
            (
                "sqlite:///var/lib/p.db",
                Ok(Backend::Sqlite {
                    path: "/var/lib/p.db".into(),
                }),
            ),
            (
                "data/p.db",
                Ok(Backend::Sqlite {
                    path: "data/p.db".into(),
                }),
            ),
            (
                "postgres://u:p@h/db",
                Ok(Backend::Postgres {
                    url: "postgres://u:p@h/db".into(),
                }),
            ),
            (
                "postgresql://h/db",
                Ok(Backend::Postgres {
                    url: "postgresql://h/db".into(),
                }),
            ),
        ];
        for (url, expected) in cases {
            assert_eq!(Backend::from_url(url), expected, "{url}");
        }
        for bad in ["", "mysql://h/db", "sqlite://", "sqlite::memory:"] {
            assert!(Backend::from_url(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn descriptions_hide_passwords() {
        let b = Backend::from_url("postgres://app:secret@db:5432/procura").unwrap();
        assert_eq!(
            b.describe(),
            "PostgreSQL postgres://app:***@db:5432/procura"
        );
    }

    /// `.cargo/config.toml` builds SQLite with the query planner stability
    /// guarantee (without it every `LIMIT`ed statement is re-prepared on each
    /// run), without the unified page cache and without memory statistics
    /// (each a process-wide mutex on every page fetch or allocation). A build
    /// that lost its flags fails here.
    #[test]
    fn bundled_sqlite_is_built_with_our_compile_options() {
        use diesel::prelude::*;

        #[derive(QueryableByName)]
        struct CompileOption {
            #[diesel(sql_type = diesel::sql_types::Text)]
            compile_options: String,
        }
        let mut conn = SqliteConnection::establish(":memory:").unwrap();
        let options: Vec<String> = diesel::sql_query("PRAGMA compile_options")
            .load::<CompileOption>(&mut conn)
            .unwrap()
            .into_iter()
            .map(|o| o.compile_options)
            .collect();
        let has = |name: &str| options.iter().any(|o| o == name);
        assert!(has("ENABLE_QPSG"), "built without SQLITE_ENABLE_QPSG");
        assert!(
            !has("ENABLE_MEMORY_MANAGEMENT"),
            "built with SQLITE_ENABLE_MEMORY_MANAGEMENT"
        );
        assert!(
            has("DEFAULT_MEMSTATUS=0"),
            "built with memory statistics: {options:?}"
        );
    }
}
