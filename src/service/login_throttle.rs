//! Sign-in throttling over the shared `login_throttle` table: which keys an
//! attempt is judged by, and what a failure or a success changes. The rules
//! are `domain::throttle`; keys are SHA-256 hashes of a normalised account
//! and client, so what is stored is bounded whatever a client sends.

use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};

use crate::db::{self, login_throttle::ThrottleRow, time, DbConnection};
use crate::domain::throttle::{self, Attempt, Counter, WINDOW_MINUTES};
use crate::error::AppResult;

/// The three keys of one attempt.
pub struct Keys {
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
    pub fn new(account: &str, client: &str) -> Self {
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

/// `Err(seconds to wait)` when the attempt must be refused unchecked.
pub fn admit(
    conn: &mut DbConnection,
    keys: &Keys,
    now: DateTime<Utc>,
) -> AppResult<Result<(), u64>> {
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
pub fn failed(conn: &mut DbConnection, keys: &Keys, now: DateTime<Utc>) -> AppResult<()> {
    for key in keys.all() {
        db::login_throttle::record_failure(conn, &key, time::to_db(now), window_cutoff(now))?;
    }
    Ok(())
}

/// A correct password clears its pair; the account's count ages out, so a
/// guesser cannot reset it by signing in to an account of their own.
pub fn succeeded(conn: &mut DbConnection, keys: &Keys) -> AppResult<()> {
    Ok(db::login_throttle::clear(conn, &keys.pair)?)
}

/// Housekeeping: counters whose window has ended count for nothing.
pub fn purge(conn: &mut DbConnection, now: DateTime<Utc>) -> AppResult<usize> {
    Ok(db::login_throttle::purge_ended(conn, window_cutoff(now))?)
}
