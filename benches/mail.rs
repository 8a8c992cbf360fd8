//! Mail benchmark: how long queuing a notification adds to a write
//! transaction, and how fast the dispatcher delivers to a real SMTP server
//! on loopback: the test suite's sink, and Postfix's `smtp-sink` when it is
//! installed (Debian package `postfix`), with the ceiling `smtp-source`
//! reaches against the same `smtp-sink` in the same run, so the
//! dispatcher's rate reads as a ratio. Prints figures; never fails on a
//! timing.
//!
//! `cargo bench --bench mail`. `BENCH_MESSAGES` sets the count (10000).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the failure report

// The same loopback SMTP server the integration tests use.
#[path = "../tests/api/smtp.rs"]
#[allow(dead_code)]
mod smtp;

use std::sync::Arc;
use std::time::Instant;

use procura::clock::{SharedClock, SystemClock};
use procura::db::{migrate, Backend, Db};
use procura::domain::locale::Locale;
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
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().unwrap();
    let backend = match std::env::var("DATABASE_URL") {
        Ok(url) if url.starts_with("postgres") => Backend::from_url(&url).unwrap(),
        _ => Backend::Sqlite {
            path: dir.path().join("bench.db"),
        },
    };
    let db = Db::connect(&backend, 4).unwrap();
    migrate::run_pending(&mut db.connection().unwrap()).unwrap();
    let templates = Arc::new(
        Templates::load(None, "http://127.0.0.1:8080", chrono_tz::UTC, Locale::En).unwrap(),
    );
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
    let (sent, elapsed) = dispatch(&db, &clock, &sink.url(), dir.path()).await;
    assert_eq!(sink.received().len(), sent);
    let python = python_row(&db, &templates, &clock, dir.path(), count).await;
    let postfix = postfix_rows(&db, &templates, &clock, dir.path(), count).await;

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
        "| dispatcher → test sink (tests/api/smtp.rs) | {:>6.0} msg/s ({sent} sent in {elapsed:.2} s) |",
        sent as f64 / elapsed,
    );
    match python {
        Some((sent, elapsed)) => println!(
            "| dispatcher → Python sink (scripts/drill.d) | {:>6.0} msg/s ({sent} sent in {elapsed:.2} s) |",
            sent as f64 / elapsed
        ),
        None => println!("| Python sink                              | skipped: python3 not found |"),
    }
    match postfix {
        Some((sent, elapsed, ceiling)) => {
            let rate = sent as f64 / elapsed;
            println!("| dispatcher → Postfix smtp-sink           | {rate:>6.0} msg/s ({sent} sent in {elapsed:.2} s) |");
            println!("| smtp-source → smtp-sink, 16 sessions      | {ceiling:>6.0} msg/s (the ceiling) |");
            println!("| dispatcher / ceiling                     | {:>6.0} % |", 100.0 * rate / ceiling);
        }
        None => println!("| Postfix smtp-sink                        | skipped: /usr/sbin/smtp-sink not installed (apt install postfix) |"),
    }
}

/// Delivers everything queued to `url`; (sent, seconds).
async fn dispatch(db: &Db, clock: &SharedClock, url: &str, dir: &std::path::Path) -> (usize, f64) {
    let mailer = Mailer::new(Some(url), "procura@example.com", dir).unwrap();
    let dispatcher = Dispatcher::new(db.clone(), clock.clone(), Arc::new(mailer));
    let started = Instant::now();
    let report = dispatcher.run_once().await.unwrap();
    (report.sent, started.elapsed().as_secs_f64())
}

const SMTP_SINK: &str = "/usr/sbin/smtp-sink";
const SMTP_SOURCE: &str = "/usr/sbin/smtp-source";

/// Against Postfix's smtp-sink: the dispatcher's (sent, seconds) for
/// `count` new messages, and smtp-source's messages/s to the same sink.
async fn postfix_rows(
    db: &Db,
    templates: &Arc<Templates>,
    clock: &SharedClock,
    dir: &std::path::Path,
    count: usize,
) -> Option<(usize, f64, f64)> {
    if !std::path::Path::new(SMTP_SINK).exists() || !std::path::Path::new(SMTP_SOURCE).exists() {
        return None;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .ok()?
        .local_addr()
        .ok()?
        .port();
    let mut command = std::process::Command::new(SMTP_SINK);
    if running_as_root() {
        // smtp-sink refuses to keep root's privileges.
        command.args(["-u", "postfix"]);
    }
    let mut sink = command
        .args([&format!("127.0.0.1:{port}"), "1024"])
        .spawn()
        .ok()?;
    std::thread::sleep(std::time::Duration::from_millis(300));
    queue_busy(db, templates, clock, count).await;
    let (sent, elapsed) = dispatch(db, clock, &format!("smtp://127.0.0.1:{port}"), dir).await;
    // The same size of message, 16 sessions at once, as the dispatcher.
    let started = Instant::now();
    let status = std::process::Command::new(SMTP_SOURCE)
        .args([
            "-s",
            "16",
            "-m",
            &count.to_string(),
            "-l",
            "6000",
            "-f",
            "procura@example.com",
        ])
        .args(["-t", "approver@example.com", &format!("127.0.0.1:{port}")])
        .status()
        .ok()?;
    let ceiling = count as f64 / started.elapsed().as_secs_f64();
    let _ = sink.kill();
    let _ = sink.wait();
    status.success().then_some((sent, elapsed, ceiling))
}

/// The drills' Python sink: the dispatcher's (sent, seconds) for `count`
/// new messages.
async fn python_row(
    db: &Db,
    templates: &Arc<Templates>,
    clock: &SharedClock,
    dir: &std::path::Path,
    count: usize,
) -> Option<(usize, f64)> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .ok()?
        .local_addr()
        .ok()?
        .port();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/drill.d/smtp_sink.py");
    let received = dir.join("python-sink.txt");
    let mut sink = std::process::Command::new("python3")
        .args([script, &port.to_string(), received.to_str()?])
        .spawn()
        .ok()?;
    std::thread::sleep(std::time::Duration::from_millis(500));
    queue_busy(db, templates, clock, count).await;
    let result = dispatch(db, clock, &format!("smtp://127.0.0.1:{port}"), dir).await;
    let _ = sink.kill();
    let _ = sink.wait();
    Some(result)
}

/// Queues `count` messages as a busy queue has them: 50 approvers, each
/// message about an application of its own.
async fn queue_busy(db: &Db, templates: &Arc<Templates>, clock: &SharedClock, count: usize) {
    let (templates, now) = (templates.clone(), clock.now());
    db.write(move |conn| {
        for n in 0..count {
            let mut context = sample_context("application_submitted");
            context["application"]["id"] = serde_json::json!(format!("application-{n}"));
            let notification = Notification {
                kind: "application_submitted",
                to: vec![format!("approver{}@example.com", n % 50)],
                context,
                attachments: Vec::new(),
            };
            enqueue(conn, &templates, now, notification)?;
        }
        Ok(())
    })
    .await
    .unwrap();
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

fn running_as_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .map(|s| {
            s.lines()
                .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}
