//! A short-lived in-process cache of checked bearer tokens, so the hot path
//! (every authenticated request) usually costs a hash and a map lookup
//! instead of a database round trip. Changes made through this instance
//! (sign-out, user edits) evict at once; changes made by another instance
//! are seen within `ttl` (see docs/architecture/identity.md).

use std::collections::HashMap;
use std::sync::{PoisonError, RwLock};

use chrono::{DateTime, Duration, Utc};

use super::identity::UserView;
use crate::domain::ids::UserId;

/// What the token check needs to know about a session.
#[derive(Debug, Clone)]
pub(crate) struct SessionFacts {
    pub id: String,
    pub expires_at: DateTime<Utc>,
    pub revoked: bool,
}

#[derive(Debug, Clone)]
struct Entry {
    fetched_at: DateTime<Utc>,
    session: SessionFacts,
    user: UserView,
}

pub struct SessionCache {
    ttl: Duration,
    max_entries: usize,
    entries: RwLock<HashMap<String, Entry>>,
}

impl SessionCache {
    pub(crate) fn new(ttl: Duration, max_entries: usize) -> Self {
        Self {
            ttl,
            max_entries,
            entries: RwLock::new(HashMap::new()),
        }
    }

    /// The cached facts for `token_hash`, unless older than the TTL.
    pub(crate) fn get(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Option<(SessionFacts, UserView)> {
        let entries = self.entries.read().unwrap_or_else(PoisonError::into_inner);
        let entry = entries.get(token_hash)?;
        (entry.fetched_at + self.ttl > now).then(|| (entry.session.clone(), entry.user.clone()))
    }

    pub(crate) fn put(
        &self,
        token_hash: String,
        session: SessionFacts,
        user: UserView,
        now: DateTime<Utc>,
    ) {
        let mut entries = self.entries.write().unwrap_or_else(PoisonError::into_inner);
        if entries.len() >= self.max_entries {
            let ttl = self.ttl;
            entries.retain(|_, e| e.fetched_at + ttl > now);
            if entries.len() >= self.max_entries {
                entries.clear();
            }
        }
        entries.insert(
            token_hash,
            Entry {
                fetched_at: now,
                session,
                user,
            },
        );
    }

    pub(crate) fn forget_session(&self, session_id: &str) {
        let mut entries = self.entries.write().unwrap_or_else(PoisonError::into_inner);
        entries.retain(|_, e| e.session.id != session_id);
    }

    pub(crate) fn forget_user(&self, user_id: &UserId) {
        let mut entries = self.entries.write().unwrap_or_else(PoisonError::into_inner);
        entries.retain(|_, e| &e.user.id != user_id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::roles::Role;

    fn user(id: &str) -> UserView {
        let t = DateTime::from_timestamp(0, 0).unwrap();
        UserView {
            id: id.into(),
            email: "a@b.co".into(),
            name: "A".into(),
            roles: vec![Role::Employee],
            department_id: None,
            active: true,
            must_change_password: false,
            locale: None,
            version: 1,
            created_at: t,
            updated_at: t,
        }
    }

    fn facts(id: &str) -> SessionFacts {
        SessionFacts {
            id: id.into(),
            expires_at: DateTime::from_timestamp(1_000_000, 0).unwrap(),
            revoked: false,
        }
    }

    #[test]
    fn entries_expire_and_can_be_evicted() {
        let cache = SessionCache::new(Duration::seconds(5), 10);
        let t0 = DateTime::from_timestamp(100, 0).unwrap();
        cache.put("h1".into(), facts("s1"), user("u1"), t0);
        cache.put("h2".into(), facts("s2"), user("u2"), t0);
        assert!(cache.get("h1", t0 + Duration::seconds(4)).is_some());
        assert!(
            cache.get("h1", t0 + Duration::seconds(5)).is_none(),
            "stale after the TTL"
        );
        cache.forget_session("s1");
        assert!(cache.get("h1", t0).is_none());
        cache.forget_user(&"u2".into());
        assert!(cache.get("h2", t0).is_none());
    }

    #[test]
    fn size_is_bounded() {
        let cache = SessionCache::new(Duration::seconds(5), 2);
        let t0 = DateTime::from_timestamp(100, 0).unwrap();
        for i in 0..5 {
            cache.put(format!("h{i}"), facts("s"), user("u"), t0);
        }
        assert!(cache.entries.read().unwrap().len() <= 2);
    }
}
