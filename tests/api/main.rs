//! Integration suite: every test starts the real application on a fresh
//! database (SQLite by default, PostgreSQL when PROCURA_TEST_POSTGRES_URL is
//! set) and talks to it over HTTP. One test binary keeps link time down.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the failure report

mod app_fixtures;
mod contract;
mod fixtures;
mod helpers;
mod smtp;
mod stock;
mod ui_admin;
mod ui_admin_departments;
mod ui_admin_policy;
mod ui_admin_schedules;
mod ui_admin_users;
mod ui_budget_limits;
mod ui_budgets;
mod ui_catalogue;
mod ui_catalogue_pick;
mod ui_client;

mod accounts;
mod applications;
mod approval_rules;
mod auth;
mod awaiting;
mod browser;
mod budget_changes;
mod budget_check;
mod budget_execution;
mod budget_periods;
mod budgets;
mod catalogue;
mod cli;
mod demo;
mod departments;
mod docs;
mod errors;
mod fulfilment_rules;
mod hardening;
mod idempotency;
mod inbox_filters;
mod layers;
mod ledger;
mod limits;
mod mail_languages;
mod mail_queue;
mod notifications;
mod openapi;
mod ops;
mod people;
mod reminders;
mod replenishment;
mod ui_admin_holidays;
mod ui_decision_links;
mod ui_delegations;
mod ui_editor_inline;
mod ui_errors;
mod ui_fulfilment;
mod ui_home;
mod ui_languages;
mod ui_pages;
mod ui_replenishment;
mod ui_resume;
mod ui_stock;
mod ui_stock_count;
mod ui_stock_item;
mod usage_window;
