//! Mail benchmark: how long queuing a notification adds to a write
//! transaction, and how fast the dispatcher delivers to a real SMTP server
//! on loopback. Prints figures; never fails on a timing.
//!
//! `cargo bench --bench mail`. `BENCH_MESSAGES` sets the count.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the failure report

// The same loopback SMTP server the integration tests use.
#[path = "../tests/api/smtp.rs"]
#[allow(dead_code)]
mod smtp;

use std::sync::Arc;
use std::time::Instant;

use procura::clock::{SharedClock, SystemClock};
use procura::db::{migrate, Backend, Db};
use procura::jobs::dispatcher::Dispatcher;
use procura::mail::defaults::sample_context;
use procura::mail::templates::Templates;
use procura::mail::Mailer;
use procura::service::outbox::{enqueue, Notification};

#[tokio::main]
async fn main() {
    let count: usize = std::env::var("BENCH_MESSAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let dir = tempfile::tempdir().unwrap();
    let backend = match std::env::var("DATABASE_URL") {
        Ok(url) if url.starts_with("postgres") => Backend::from_url(&url).unwrap(),
        _ => Backend::Sqlite {
            path: dir.path().join("bench.db"),
        },
    };
    let db = Db::connect(&backend, 4).unwrap();
    migrate::run_pending(&mut db.connection().unwrap()).unwrap();
    let templates = Arc::new(Templates::load(None, "http://127.0.0.1:8080").unwrap());
    let clock: SharedClock = Arc::new(SystemClock);

    // Baseline: an empty write transaction; then the same with one enqueue.
    let empty = time_transactions(&db, count, |_| Ok(())).await;
    let with_enqueue = {
        let templates = templates.clone();
        let clock = clock.clone();
        let sequence = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        time_transactions(&db, count, move |conn| {
            // 50 different approvers, as in a real queue.
            let n = sequence.fetch_add(1, std::sync::atomic::Ordering::Relaxed) % 50;
            let notification = Notification {
                kind: "application_submitted",
                to: vec![format!("approver{n}@example.com")],
                context: sample_context("application_submitted"),
                attachments: Vec::new(),
            };
            enqueue(conn, &templates, clock.now(), notification).map(|_| ())
        })
        .await
    };

    let sink = smtp::SmtpSink::start().await;
    let mailer = Mailer::new(Some(&sink.url()), "procura@example.com", dir.path()).unwrap();
    let dispatcher = Dispatcher::new(db.clone(), clock.clone(), Arc::new(mailer));
    let started = Instant::now();
    let report = dispatcher.run_once().await.unwrap();
    let elapsed = started.elapsed().as_secs_f64();
    assert_eq!(sink.received().len(), report.sent);

    println!(
        "mail benchmark — {} backend, {count} messages",
        backend.describe().split(' ').next().unwrap_or("")
    );
    println!("| figure                                   | measured |");
    println!("|------------------------------------------|---------:|");
    println!(
        "| write transaction, empty (mean)          | {:>6.3} ms |",
        empty * 1e3
    );
    println!(
        "| write transaction with one enqueue (mean) | {:>6.3} ms |",
        with_enqueue * 1e3
    );
    println!(
        "| time enqueue adds to a request           | {:>6.3} ms |",
        (with_enqueue - empty) * 1e3
    );
    println!(
        "| dispatcher → loopback SMTP               | {:>6.0} msg/s ({} sent in {:.2} s) |",
        report.sent as f64 / elapsed,
        report.sent,
        elapsed
    );
}

/// Mean seconds per write transaction running `body`, one after another.
async fn time_transactions<F>(db: &Db, count: usize, body: F) -> f64
where
    F: Fn(&mut procura::db::DbConnection) -> procura::error::AppResult<()>
        + Send
        + Sync
        + Clone
        + 'static,
{
    let db = db.clone();
    tokio::task::spawn_blocking(move || {
        let started = Instant::now();
        for _ in 0..count {
            db.write_blocking(|conn| body(conn)).unwrap();
        }
        started.elapsed().as_secs_f64() / count as f64
    })
    .await
    .unwrap()
}
