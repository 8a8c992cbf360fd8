//! Budget generation at three sizes (issue: a monthly budget with 10,000
//! items × 5 locations, 1,000,000 ledger movements and 20,000 applications
//! in < 2 s on SQLite, memory < 200 MB, growing no worse than linearly).
//! Seeds rows directly (deterministic), then times `generate` for next
//! month. Prints a table; never fails on a timing.
//!
//! `cargo bench --bench budgets` (BENCH_SCALES=0.1,0.5,1 by default).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the failure report

use std::sync::Arc;
use std::time::Instant;

use chrono::{Duration, NaiveDate, Utc};
use diesel::RunQueryDsl;
use procura::clock::SystemClock;
use procura::config::Settings;
use procura::db::applications::{ApplicationRow, LineRow};
use procura::db::catalogue::{ItemRow, LocationRow};
use procura::db::stock::MovementRow;
use procura::db::{self, schema, time, Db, DbConnection};
use procura::domain::budget::{period_for_run, BudgetKind};
use procura::domain::ids::ApplicationId;
use procura::service::budgets::generate::{generate, Request};
use procura::service::new_id;
use procura::startup::Application;

const LOCATIONS: usize = 5;

/// A small deterministic generator (no dependency needed for a bench).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % below.max(1)
    }
}

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(str::to_owned)
        })
        .and_then(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

async fn app_db(dir: &std::path::Path) -> Db {
    let env = [
        (
            "DATABASE_URL",
            format!("sqlite://{}", dir.join("bench.db").display()),
        ),
        ("PROCURA_BIND", "127.0.0.1:0".into()),
        ("PROCURA_MAIL_DIR", dir.join("mail").display().to_string()),
        ("PROCURA_LOG", "warn".into()),
        ("PROCURA_ADMIN_EMAIL", "admin@example.com".into()),
        ("PROCURA_ADMIN_PASSWORD", "bench-password-1".into()),
    ];
    let settings = Settings::load(
        &env.iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    )
    .unwrap();
    Application::build(settings, Arc::new(SystemClock))
        .await
        .unwrap()
        .context
        .db
        .clone()
}

fn insert_movements(conn: &mut DbConnection, rows: &[MovementRow]) {
    if let DbConnection::Sqlite(c) = conn {
        for chunk in rows.chunks(2_000) {
            diesel::insert_into(schema::stock_movements::table)
                .values(chunk)
                .execute(c)
                .unwrap();
        }
    }
}

fn seed(db: &Db, items: usize, movements: usize, applications: usize) {
    let now = Utc::now();
    let stamp = time::to_db(now);
    let mut rng = Lcg(42);
    let mut item_ids = Vec::with_capacity(items);
    let locations: Vec<String> = (0..LOCATIONS).map(|_| new_id()).collect();
    db.write_blocking(|conn| {
        for (i, id) in locations.iter().enumerate() {
            let row = LocationRow {
                id: id.clone(),
                code: format!("L{i}"),
                name: format!("Location {i}"),
                kind: procura::domain::stock::LocationKind::Warehouse,
                created_at: stamp,
            };
            db::catalogue::insert_location(conn, &row)?;
        }
        for i in 0..items {
            let id = new_id();
            let row = ItemRow {
                id: id.clone(),
                sku: format!("SKU-{i:06}"),
                name: format!("Item {i}"),
                category: procura::domain::applications::Category::Consumables,
                unit: "pcs".into(),
                unit_cost_cents: 100 + (i as i64 % 9_000),
                currency: "EUR".into(),
                supplier: None,
                lead_time_days: (i % 21) as i32,
                order_multiple_milli: 1_000 * (1 + (i % 12) as i64),
                active: i % 50 != 0,
                version: 0,
                created_at: stamp,
                updated_at: stamp,
            };
            db::catalogue::insert_item(conn, &row)?;
            for loc in &locations {
                let key = procura::domain::stock::BalanceKey {
                    item_id: id.clone(),
                    location_id: loc.clone(),
                };
                db::stock::set_policy(conn, &key, 20_000, 60_000, stamp)?;
            }
            item_ids.push(id);
        }
        Ok::<_, procura::error::AppError>(())
    })
    .unwrap();
    for chunk in 0..movements.div_ceil(100_000) {
        let rows: Vec<MovementRow> = (chunk * 100_000..((chunk + 1) * 100_000).min(movements))
            .map(|n| MovementRow {
                id: new_id(),
                item_id: item_ids[rng.next(items)].clone(),
                location_id: locations[rng.next(LOCATIONS)].clone(),
                kind: if n % 10 == 0 {
                    procura::domain::stock::MovementKind::Receipt
                } else {
                    procura::domain::stock::MovementKind::Issue
                },
                delta_milli: if n % 10 == 0 { 50_000 } else { -1_000 },
                unit_cost_cents: None,
                transfer_id: None,
                issued_to_user_id: None,
                note: None,
                actor_id: None,
                created_at: time::to_db(now - Duration::minutes(rng.next(365 * 24 * 60) as i64)),
            })
            .collect();
        db.write_blocking(|conn| {
            insert_movements(conn, &rows);
            Ok::<_, procura::error::AppError>(())
        })
        .unwrap();
    }
    let requester = db
        .read_blocking(|c| Ok(db::users::find_by_email(c, "admin@example.com")?.map(|u| u.id)))
        .unwrap()
        .expect("the first admin");
    db.write_blocking(|conn| {
        for i in 0..applications {
            let id = ApplicationId::generate();
            let status = [
                "approved",
                "ordered",
                "partially_received",
                "received",
                "draft",
            ][i % 5];
            let soon =
                NaiveDate::from_ymd_opt(2026, 12, 1).unwrap() + Duration::days((i % 60) as i64);
            let row = ApplicationRow {
                id: id.clone(),
                requester_id: requester.clone(),
                department_id: None,
                title: format!("Seeded {i}"),
                justification: "bench".into(),
                needed_by: Some(soon),
                currency: "EUR".into(),
                total_cents: 0,
                status: status.parse().unwrap(),
                version: 1,
                supplier: None,
                order_reference: None,
                expected_on: Some(soon),
                location_id: None,
                created_at: stamp,
                updated_at: stamp,
                reference: format!("B-{i}"),
            };
            db::applications::insert(conn, &row)?;
            let lines: Vec<LineRow> = (0..3)
                .map(|p| LineRow {
                    id: new_id(),
                    application_id: id.clone(),
                    position: p,
                    description: "Line".into(),
                    category: ["hardware", "software", "consumables"][p as usize]
                        .parse()
                        .unwrap(),
                    item_id: None,
                    quantity_milli: 2_000,
                    unit_price_cents: 12_345,
                    ordered_unit_price_cents: Some(12_000),
                    received_milli: 0,
                    closed_milli: 0,
                    closed_reason: None,
                    rejected_milli: 0,
                })
                .collect();
            db::applications::replace_lines(conn, &id, &lines)?;
        }
        Ok::<_, procura::error::AppError>(())
    })
    .unwrap();
}

#[tokio::main]
async fn main() {
    let scales: Vec<f64> = std::env::var("BENCH_SCALES")
        .unwrap_or_else(|_| "0.1,0.5,1".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    println!(
        "budget generation — SQLite, release, {} cores",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!("| items × locations | movements | applications | lines | generate | peak RSS |");
    println!("|---:|---:|---:|---:|---:|---:|");
    for scale in scales {
        let (items, movements, applications) = (
            (10_000.0 * scale) as usize,
            (1_000_000.0 * scale) as usize,
            (20_000.0 * scale) as usize,
        );
        let dir = tempfile::tempdir().unwrap();
        let db = app_db(dir.path()).await;
        seed(&db, items, movements, applications);
        let now = Utc::now();
        let period = period_for_run(BudgetKind::Monthly, now.date_naive());
        let started = Instant::now();
        let (_, lines) = db
            .write_blocking(|conn| {
                let req = Request {
                    period,
                    now,
                    today: now.date_naive(),
                    tz: chrono_tz::UTC,
                    scheduled: true,
                    late: false,
                    actor_id: None,
                    currency: "EUR",
                };
                generate(conn, &req)
            })
            .unwrap();
        let took = started.elapsed().as_secs_f64();
        println!(
            "| {items} × {LOCATIONS} | {movements} | {applications} | {} | {:.2} s | {:.0} MB |",
            lines.len(),
            took,
            peak_rss_mb()
        );
    }
}
