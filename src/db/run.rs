//! Runs diesel queries on the backend's own connection instead of through
//! the `MultiConnection` adapter.
//!
//! Why: `DbConnection` derives diesel's `MultiConnection`, which hands every
//! query to the inner connection wrapped in an adapter that renders the whole
//! SQL text on each pass over it: the statement cache's "safe to cache"
//! check, its cache key and the bind pass. A statement found in the cache
//! was still rendered up to three times per run, about a quarter of the CPU
//! of creating and submitting an application. Matching on the variant and
//! running the query on the concrete connection lets each backend key its
//! cache by the query's type and bind the values directly.
//!
//! The methods mirror `RunQueryDsl`'s (`run_load` is `load`, …). A query
//! must compile for both backends, which the bounds check at each call.
//! Every query in `db` goes through here, through [`on_backend`], or through
//! an explicit `match` on the variant where the backends need different
//! SQL (row locks, upserts, the demo seed's batches); `DbConnection` itself
//! is left to transactions and pools.
//!
//! For the same reason the `Insertable` rows bind `None` as NULL
//! (`treat_none_as_default_value = false`; no nullable column has a
//! default): diesel's default writes `DEFAULT` for a `None`, which makes an
//! insert's text depend on which fields are set, so the statement was keyed
//! and rendered by its text on every run.

use diesel::dsl::Limit;
use diesel::query_dsl::methods::{ExecuteDsl, LimitDsl};
use diesel::query_dsl::LoadQuery;
use diesel::{PgConnection, QueryResult, RunQueryDsl, SqliteConnection};

use super::DbConnection;

pub(crate) trait RunOnBackend: Sized {
    /// `RunQueryDsl::execute` on the concrete connection.
    fn run_execute(self, conn: &mut DbConnection) -> QueryResult<usize>
    where
        Self: ExecuteDsl<SqliteConnection> + ExecuteDsl<PgConnection>,
    {
        match conn {
            DbConnection::Sqlite(c) => ExecuteDsl::execute(self, c),
            DbConnection::Postgresql(c) => ExecuteDsl::execute(self, c),
        }
    }

    /// `RunQueryDsl::load` on the concrete connection.
    fn run_load<'q, U>(self, conn: &mut DbConnection) -> QueryResult<Vec<U>>
    where
        Self: RunQueryDsl<SqliteConnection> + RunQueryDsl<PgConnection>,
        Self: LoadQuery<'q, SqliteConnection, U> + LoadQuery<'q, PgConnection, U>,
    {
        match conn {
            DbConnection::Sqlite(c) => RunQueryDsl::load(self, c),
            DbConnection::Postgresql(c) => RunQueryDsl::load(self, c),
        }
    }

    /// `RunQueryDsl::get_result` on the concrete connection.
    fn run_get_result<'q, U>(self, conn: &mut DbConnection) -> QueryResult<U>
    where
        Self: RunQueryDsl<SqliteConnection> + RunQueryDsl<PgConnection>,
        Self: LoadQuery<'q, SqliteConnection, U> + LoadQuery<'q, PgConnection, U>,
    {
        match conn {
            DbConnection::Sqlite(c) => RunQueryDsl::get_result(self, c),
            DbConnection::Postgresql(c) => RunQueryDsl::get_result(self, c),
        }
    }

    /// `RunQueryDsl::first` on the concrete connection.
    fn run_first<'q, U>(self, conn: &mut DbConnection) -> QueryResult<U>
    where
        Self: LimitDsl + RunQueryDsl<SqliteConnection> + RunQueryDsl<PgConnection>,
        Limit<Self>: LoadQuery<'q, SqliteConnection, U> + LoadQuery<'q, PgConnection, U>,
    {
        match conn {
            DbConnection::Sqlite(c) => RunQueryDsl::first(self, c),
            DbConnection::Postgresql(c) => RunQueryDsl::first(self, c),
        }
    }
}

impl<T> RunOnBackend for T {}

/// Runs `$body` with `$c` bound to the concrete connection inside `$conn`;
/// the body is compiled once per backend. For the queries `RunOnBackend`
/// cannot take: a query holding `Row::as_select()` or a boxed query has the
/// backend in its type, so it must be built inside each arm.
macro_rules! on_backend {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::db::DbConnection::Sqlite($c) => $body,
            $crate::db::DbConnection::Postgresql($c) => $body,
        }
    };
}
pub(crate) use on_backend;
