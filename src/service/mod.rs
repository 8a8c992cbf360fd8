//! Use cases: one public function per action. Each opens its transaction
//! (through [`Db::write`] / [`Db::read`]), applies the domain rules, writes
//! the rows, the audit entry and any outbox notification together.

pub(crate) mod applications;
pub(crate) mod audit;
pub mod auth;
pub(crate) mod bootstrap;
pub mod budgets;
pub(crate) mod catalogue;
pub(crate) mod delegation_notices;
pub(crate) mod delegations;
pub(crate) mod departments;
pub(crate) mod health;
pub(crate) mod idempotency;
pub(crate) mod identity;
pub(crate) mod links;
pub(crate) mod login_throttle;
pub(crate) mod mail_queue;
pub(crate) mod notifications;
pub mod outbox;
pub(crate) mod own_password;
pub(crate) mod own_profile;
pub(crate) mod pagination;
pub mod passwords;
pub(crate) mod people;
pub(crate) mod policy;
pub(crate) mod policy_preview;
pub mod reminders;
pub(crate) mod replenishment;
pub(crate) mod schedules;
pub(crate) mod session_cache;
pub(crate) mod stock;
pub(crate) mod user_sessions;
pub mod users;

use std::sync::Arc;

use chrono::{DateTime, Utc};

use tokio::sync::Notify;

use crate::clock::SharedClock;
use crate::config::Settings;
use crate::db::Db;
use crate::mail::templates::Templates;

/// Everything a use case needs, shared by all requests.
#[derive(Clone)]
pub struct AppContext {
    pub db: Db,
    pub clock: SharedClock,
    pub settings: Arc<Settings>,
    pub sessions: Arc<session_cache::SessionCache>,
    pub templates: Arc<Templates>,
    /// Wakes the mail dispatcher after a commit that queued mail.
    pub outbox_wakeup: Arc<Notify>,
    /// Wakes the budget scheduler after a schedule edit.
    pub scheduler_wakeup: Arc<Notify>,
}

impl AppContext {
    pub(crate) fn new(
        db: Db,
        clock: SharedClock,
        settings: Settings,
        templates: Templates,
    ) -> Self {
        let cache_ttl = chrono::Duration::seconds(settings.session_cache_seconds);
        Self {
            db,
            clock,
            settings: Arc::new(settings),
            sessions: Arc::new(session_cache::SessionCache::new(cache_ttl, 100_000)),
            templates: Arc::new(templates),
            outbox_wakeup: Arc::new(Notify::new()),
            scheduler_wakeup: Arc::new(Notify::new()),
        }
    }

    pub(crate) fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }
}

/// A new time-ordered id (UUIDv7): sorting by id is sorting by creation,
/// which is what keyset pagination relies on.
/// Local midnight at the start of `day` in `tz`, as an instant: the first
/// valid instant of the day where a clock change skips midnight (Santiago,
/// Havana, Beirut do).
pub(crate) fn local_midnight(tz: chrono_tz::Tz, day: chrono::NaiveDate) -> Option<DateTime<Utc>> {
    crate::domain::schedule::first_instant_from(tz, day.and_time(chrono::NaiveTime::MIN))
}

pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// Refuses a referenced id that is not even a UUID, before anything is
/// looked up or a version compared, so a malformed request is always a 422.
pub(crate) fn check_id_format(
    errors: &mut crate::error::FieldErrors,
    field: &str,
    id: Option<&str>,
) {
    if id.is_some_and(|id| uuid::Uuid::parse_str(id).is_err()) {
        errors.add(field, "invalid_id", "must be an id (a UUID)");
    }
}

/// For PATCH fields that may be left out but not cleared: absent → `None`,
/// value → `Some(v)`, and `null` is refused (422 naming the field) instead
/// of being read as "leave unchanged".
pub(crate) fn present<'de, T, D>(deserializer: D) -> Result<Option<T>, D::Error>
where
    T: serde::Deserialize<'de>,
    D: serde::Deserializer<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// For PATCH fields where `null` means "clear" and absence means "keep":
/// absent → `None`, `null` → `Some(None)`, value → `Some(Some(v))`.
pub(crate) fn double_option<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    T: serde::Deserialize<'de>,
    D: serde::Deserializer<'de>,
{
    serde::Deserialize::deserialize(deserializer).map(Some)
}
