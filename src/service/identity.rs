//! Who is acting: the signed-in caller ([`Actor`]) and the account view
//! every layer shows of a user ([`UserView`]), with role parsing. Kept apart
//! from sign-in (`auth`) and user administration (`users`) so that both,
//! and the audit trail, depend on this module and not on each other.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::db::time;
use crate::db::users::UserRow;
use crate::domain::ids::{DepartmentId, UserId};
use crate::domain::locale::Locale;
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult};

/// The authenticated caller of a request.
#[derive(Debug, Clone)]
pub(crate) struct Actor {
    pub user_id: UserId,
    pub session_id: String,
    pub roles: Vec<Role>,
    pub department_id: Option<DepartmentId>,
    /// The caller's account as read when the token was checked.
    pub user: UserView,
}

impl Actor {
    /// `user` acting in the session `session_id` (a sign-in's, or the
    /// decision link's marker).
    pub(crate) fn of(user: UserView, session_id: String) -> Self {
        Self {
            user_id: user.id.clone(),
            session_id,
            roles: user.roles.clone(),
            department_id: user.department_id.clone(),
            user,
        }
    }

    pub(crate) fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// 403 unless the actor holds at least one of `roles`.
    pub(crate) fn require_any(&self, roles: &[Role]) -> AppResult<()> {
        if roles.iter().any(|r| self.has(*r)) {
            Ok(())
        } else {
            Err(AppError::forbidden())
        }
    }

    pub(crate) fn require(&self, role: Role) -> AppResult<()> {
        self.require_any(&[role])
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UserView {
    pub id: UserId,
    pub email: String,
    pub name: String,
    pub roles: Vec<Role>,
    pub department_id: Option<DepartmentId>,
    pub active: bool,
    /// The password is a one-time one: the pages ask for a new one first.
    pub must_change_password: bool,
    /// The language they chose (`None`: as their browser asks).
    pub locale: Option<Locale>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl UserView {
    pub(crate) fn from_row(row: UserRow, roles: &[String]) -> Self {
        Self {
            id: row.id,
            email: row.email,
            name: row.name,
            roles: parse_roles(roles),
            department_id: row.department_id,
            active: row.active,
            must_change_password: row.must_change_password,
            locale: row.locale,
            version: row.version,
            created_at: time::from_db(row.created_at),
            updated_at: time::from_db(row.updated_at),
        }
    }
}

/// Roles as stored; an unknown name (from a newer version) is ignored.
/// Listed in the order of [`Role::ALL`], whatever order they were stored in.
pub(crate) fn parse_roles(names: &[String]) -> Vec<Role> {
    let mut roles: Vec<Role> = names.iter().filter_map(|n| n.parse().ok()).collect();
    roles.sort();
    roles
}
