//! Background work that runs beside the HTTP server: delivering the outbox,
//! generating the scheduled budgets, the day's approval reminders, and hourly
//! housekeeping. (Low-stock
//! digests are queued by the stock changes themselves.) Each job exposes one
//! pass (`run_once`, or `run_due(now)` for the scheduler) that tests call
//! directly with a manual clock, and a loop that `serve` runs.

pub mod budget_scheduler;
pub mod dispatcher;
pub mod housekeeping;
pub mod reminder_scheduler;
