//! Procura: IT Applications (purchase requests) with approvals, consumable
//! stock, scheduled procurement budgets and email notifications.
//!
//! Layers, each importing only those below it (docs/architecture/README.md):
//! `api` and `ui` → `service` → `domain` and `db`; `web` holds what the two
//! HTTP front ends share.

pub mod api;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod service;
pub mod startup;
pub mod telemetry;
pub mod ui;
pub mod web;
