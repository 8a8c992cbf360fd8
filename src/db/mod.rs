//! Persistence: the connection type over SQLite and PostgreSQL, the pools,
//! the transaction helpers every use case goes through, and the queries
//! (one file per table group). Nothing above this layer sees SQL.

pub mod application_lists;
pub mod applications;
pub mod audit;
pub mod budgets;
pub mod bulk;
pub mod catalogue;
pub mod connection;
pub mod delegations;
pub mod departments;
pub mod idempotency;
pub mod login_throttle;
pub mod migrate;
pub mod outbox;
pub mod pool;
pub mod replenishment;
pub(crate) mod run;
pub mod scaled;
pub mod schedules;
pub mod schema;
pub mod sessions;
pub mod settings;
pub mod stock;
pub mod stock_counts;
pub mod time;
pub mod users;
pub mod vocabulary;
pub mod writer;

pub use connection::{Backend, BackendKind, DbConnection};
pub use pool::Db;

/// True when `err` is a unique-constraint violation (same on both backends).
pub fn is_unique_violation(err: &diesel::result::Error) -> bool {
    matches!(
        err,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}
