//! Pure business rules: no database, no HTTP, no clock reads. Everything
//! here takes its inputs (including "now") as arguments and is unit-tested
//! table-driven.

pub mod accounts;
pub mod applications;
pub mod approval;
pub mod backoff;
pub mod budget;
pub mod catalogue;
pub mod catalogue_csv;
pub mod input;
pub mod logsafe;
pub mod receipt;
pub mod replenishment;
pub mod roles;
pub mod schedule;
pub mod spreadsheet;
pub mod stock;
pub mod throttle;
pub mod vocabulary;
