//! Sign-in throttling over the shared `login_throttle` table: which keys an
//! attempt is judged by, and what a success gives back. An attempt is
//! judged and counted in one write *before* the password is checked
//! ([`reserve`]), so a burst of parallel guesses cannot all pass on the same
//! counts; a correct password then gives its count back ([`succeeded`]). The rules
//! are `domain::throttle`; keys are SHA-256 hashes of a normalised account
//! and client, so what is stored is bounded whatever a client sends.

use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};

use crate::db::{self, login_throttle::ThrottleRow, time, DbConnection};
use crate::domain::throttle::{self, Attempt, Counter, WINDOW_MINUTES};
use crate::error::AppResult;

/// The three keys of one attempt.
pub(crate) struct Keys {
    pair: String,
    client: String,
    account: String,
}

fn hashed(kind: &str, parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0]);
    }
    let hex: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    format!("{kind}:{hex}")
}

impl Keys {
    /// `account` is the normalised email; `client` the client's address.
    pub(crate) fn new(account: &str, client: &str) -> Self {
        Self {
            pair: hashed("pair", &[account, client]),
            client: hashed("client", &[client]),
            account: hashed("account", &[account]),
        }
    }

    fn all(&self) -> [String; 3] {
        [self.pair.clone(), self.client.clone(), self.account.clone()]
    }
}

fn counter(row: &ThrottleRow) -> Counter {
    Counter {
        failures: row.failures,
        window_started_at: time::from_db(row.window_started_at),
        last_failure_at: time::from_db(row.last_failure_at),
    }
}

/// Judges the attempt and, when it may go on, counts it as a failure at
/// once; `Err(seconds to wait)` when it must be refused unchecked. Runs in a
/// write transaction (the rows are locked on PostgreSQL).
pub(crate) fn reserve(
    conn: &mut DbConnection,
    keys: &Keys,
    now: DateTime<Utc>,
) -> AppResult<Result<(), u64>> {
    db::login_throttle::lock(conn, &keys.all(), time::to_db(now))?;
    let verdict = admit(conn, keys, now)?;
    if verdict.is_ok() {
        failed(conn, keys, now)?;
    }
    Ok(verdict)
}

/// `Err(seconds to wait)` when the attempt must be refused unchecked.
fn admit(conn: &mut DbConnection, keys: &Keys, now: DateTime<Utc>) -> AppResult<Result<(), u64>> {
    let rows = db::login_throttle::find(conn, &keys.all())?;
    let of = |key: &str| rows.iter().find(|r| r.throttle_key == key).map(counter);
    let attempt = Attempt {
        pair: of(&keys.pair),
        client: of(&keys.client),
        account: of(&keys.account),
    };
    Ok(throttle::verdict(&attempt, now))
}

fn window_cutoff(now: DateTime<Utc>) -> chrono::NaiveDateTime {
    time::to_db(now - Duration::minutes(WINDOW_MINUTES))
}

/// Counts a failed attempt under all three keys.
fn failed(conn: &mut DbConnection, keys: &Keys, now: DateTime<Utc>) -> AppResult<()> {
    for key in keys.all() {
        db::login_throttle::record_failure(conn, &key, time::to_db(now), window_cutoff(now))?;
    }
    Ok(())
}

/// A correct password clears its pair and gives back the attempt it
/// reserved under the client and the account; what others failed stays, so
/// a guesser cannot reset an account's count by signing in to their own.
pub(crate) fn succeeded(conn: &mut DbConnection, keys: &Keys) -> AppResult<()> {
    db::login_throttle::clear(conn, &keys.pair)?;
    db::login_throttle::give_back(conn, &keys.client)?;
    db::login_throttle::give_back(conn, &keys.account)?;
    // An ordinary sign-in leaves no row behind.
    Ok(db::login_throttle::forget_empty(
        conn,
        &[keys.client.clone(), keys.account.clone()],
    )?)
}

/// Housekeeping: counters whose window has ended count for nothing.
pub(crate) fn purge(conn: &mut DbConnection, now: DateTime<Utc>) -> AppResult<usize> {
    Ok(db::login_throttle::purge_ended(conn, window_cutoff(now))?)
}
