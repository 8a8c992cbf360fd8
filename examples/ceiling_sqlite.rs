//! Reference ceiling for the benchmark suite: raw single-row SQLite write
//! transactions (`BEGIN IMMEDIATE`, one INSERT, COMMIT) with the pragmas
//! the service uses (WAL, synchronous=NORMAL), from one thread, as fast as
//! they go. Every write the service makes is at least this; the ratio
//! says what the HTTP layer, checks and ledger rows cost on top.
//!
//! `cargo run --release --example ceiling_sqlite -- /tmp/ceiling.db 5`

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the failure report

use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::{Connection, SqliteConnection};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "ceiling.db".into());
    let seconds: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(5);
    let _ = std::fs::remove_file(&path);
    let mut conn = SqliteConnection::establish(&path).expect("open the database");
    conn.batch_execute(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
         CREATE TABLE t (id INTEGER PRIMARY KEY, item TEXT NOT NULL, delta BIGINT NOT NULL);",
    )
    .expect("set up");
    let until = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut done = 0u64;
    while Instant::now() < until {
        conn.batch_execute(
            "BEGIN IMMEDIATE; INSERT INTO t (item, delta) VALUES ('item', -1000); COMMIT;",
        )
        .expect("write");
        done += 1;
    }
    println!(
        "{:.0} transactions/s",
        done as f64 / started.elapsed().as_secs_f64()
    );
}
