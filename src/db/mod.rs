//! Persistence: the connection type over SQLite and PostgreSQL, the pools,
//! the transaction helpers every use case goes through, and the queries
//! (one file per table group). Nothing above this layer sees SQL.

pub(crate) mod any_of;
pub(crate) mod application_lists;
pub mod applications;
pub(crate) mod audit;
pub(crate) mod budget_position;
pub(crate) mod budgets;
pub(crate) mod bulk;
pub mod catalogue;
pub(crate) mod connection;
pub(crate) mod decision_links;
pub(crate) mod delegations;
pub(crate) mod departments;
pub(crate) mod idempotency;
pub(crate) mod login_throttle;
pub mod migrate;
pub mod outbox;
pub(crate) mod pool;
pub(crate) mod reminders;
pub(crate) mod replenishment;
pub(crate) mod run;
pub(crate) mod scaled;
pub(crate) mod schedules;
pub mod schema;
pub mod sessions;
pub mod settings;
pub mod stock;
pub(crate) mod stock_counts;
pub(crate) mod stock_usage;
pub mod time;
pub mod users;
pub(crate) mod vocabulary;
pub(crate) mod writer;

diesel::define_sql_function! {
    /// SQL `LOWER`, for the case-insensitive searches of users and items;
    /// on SQLite, whose own folds ASCII only, every connection replaces it
    /// with Rust's Unicode lowercase (`connection.rs`).
    fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

pub use connection::{Backend, BackendKind, DbConnection};
pub use pool::Db;

/// True when `err` is a unique-constraint violation (same on both backends).
pub(crate) fn is_unique_violation(err: &diesel::result::Error) -> bool {
    matches!(
        err,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}
