//! `procura demo seed --scale small|medium|large [--seed N] [--now …]`:
//! migrates, seeds an empty database and prints what it wrote and how to
//! sign in.

use std::time::Instant;

use chrono::{DateTime, Utc};

use crate::clock::{Clock, SystemClock};
use crate::config::Settings;
use crate::demo::{self, Scale, DEMO_PASSWORD};
use crate::startup::{connect_and_migrate, StartupError};

pub(crate) async fn seed(
    settings: Settings,
    scale: Scale,
    seed: u64,
    at: Option<DateTime<Utc>>,
) -> Result<(), StartupError> {
    let now = at.unwrap_or_else(|| SystemClock.now());
    let db = connect_and_migrate(&settings).await?;
    let started = Instant::now();
    let summary = tokio::task::spawn_blocking(move || demo::seed(&db, scale, seed, now))
        .await
        .map_err(|e| format!("the seed stopped: {e}"))??;
    println!(
        "seeded {} in {:.1} s (seed {seed}, as of {now}):",
        settings.database.describe(),
        started.elapsed().as_secs_f64()
    );
    println!(
        "  {} departments, {} users, {} items × {} locations, {} movements \
         ({} balances at or below their reorder point), {} applications, {} budget limits",
        summary.departments,
        summary.users,
        summary.items,
        summary.locations,
        summary.movements,
        summary.low_stock,
        summary.applications,
        summary.budget_limits
    );
    println!("every demo user's password is {DEMO_PASSWORD}; for example:");
    for (login, what) in &summary.logins {
        println!("  {login:32} {what}");
    }
    Ok(())
}
