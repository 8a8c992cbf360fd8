//! Pure business rules: no database, no HTTP, no clock reads. Everything
//! here takes its inputs (including "now") as arguments and is unit-tested
//! table-driven.

pub(crate) mod accounts;
pub mod applications;
pub mod approval;
pub mod backoff;
pub mod budget;
pub(crate) mod budget_check;
pub mod budget_compare;
pub(crate) mod budget_execution;
pub(crate) mod business_days;
pub(crate) mod carry;
pub(crate) mod catalogue;
pub(crate) mod catalogue_csv;
pub mod ids;
pub(crate) mod input;
pub mod locale;
pub mod logsafe;
pub(crate) mod receipt;
pub(crate) mod reminders;
pub(crate) mod replenishment;
pub(crate) mod roles;
pub(crate) mod schedule;
pub(crate) mod spreadsheet;
pub mod stock;
pub mod stock_history;
pub(crate) mod throttle;
pub(crate) mod vocabulary;
