//! Background work that runs beside the HTTP server: delivering the outbox
//! (and, later, scheduled budgets and low-stock digests). Each job exposes a
//! `run_once` that tests call directly with a manual clock, and a loop that
//! `serve` runs.

pub mod budget_scheduler;
pub mod dispatcher;
pub mod housekeeping;
