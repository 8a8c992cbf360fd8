//! Pure business rules: no database, no HTTP, no clock reads. Everything
//! here takes its inputs (including "now") as arguments and is unit-tested
//! table-driven.

pub mod accounts;
pub mod applications;
pub mod approval;
pub mod backoff;
pub mod budget;
pub mod input;
pub mod receipt;
pub mod logsafe;
pub mod replenishment;
pub mod roles;
pub mod schedule;
pub mod spreadsheet;
pub mod stock;
pub mod throttle;
pub mod vocabulary;
