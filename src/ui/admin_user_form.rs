//! The account form of `/admin/users`: its fields as typed or as stored,
//! read into the use case's `NewUser` or `UserPatch` with every bad field
//! named beside itself.

use std::str::FromStr;

use super::form::FormData;
use crate::domain::ids::DepartmentId;
use crate::domain::input::{Id, Text};
use crate::domain::roles::Role;
use crate::error::{AppError, FieldError, FieldErrors};
use crate::service::identity::UserView;
use crate::service::users::{NewUser, UserPatch};

/// The fields the form shows, by their API names.
pub(crate) const FIELDS: [&str; 5] = ["email", "name", "password", "roles", "department_id"];

/// The account form as typed (or as stored, to edit).
#[derive(Default)]
pub(crate) struct Typed {
    pub(crate) email: String,
    pub(crate) name: String,
    /// A new account's first password (never shown back).
    pub(crate) password: String,
    pub(crate) roles: Vec<String>,
    pub(crate) department_id: String,
    pub(crate) version: String,
    pub(crate) key: String,
}

impl Typed {
    pub(crate) fn has_role(&self, role: &Role) -> bool {
        self.roles.iter().any(|r| r == role.as_str())
    }
}

pub(crate) fn read(form: &FormData) -> Typed {
    Typed {
        email: form.text("email"),
        name: form.text("name"),
        password: form.get("password").unwrap_or("").to_owned(),
        roles: form
            .fields()
            .filter(|(k, _)| *k == "roles")
            .map(|(_, v)| v.to_owned())
            .collect(),
        department_id: form.text("department_id"),
        version: form.text("version"),
        key: form.text("key"),
    }
}

pub(crate) fn stored(user: &UserView) -> Typed {
    Typed {
        email: user.email.clone(),
        name: user.name.clone(),
        password: String::new(),
        roles: user.roles.iter().map(|r| r.as_str().to_owned()).collect(),
        department_id: user
            .department_id
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
        version: user.version.to_string(),
        key: String::new(),
    }
}

/// The parts both forms share, checked.
struct Common {
    email: Option<Text<254>>,
    name: Option<Text<200>>,
    roles: Option<Vec<Role>>,
    department_id: Option<Option<DepartmentId>>,
}

/// Only what the types need is checked here; blank fields, the email's
/// form, the password's length and the roles are the use case's rules,
/// so every problem of a form is said at once.
fn common(typed: &Typed, errors: &mut FieldErrors) -> Common {
    let email = Text::new(typed.email.trim())
        .map_err(|m| errors.add("email", "invalid", m))
        .ok();
    let name = Text::new(typed.name.trim())
        .map_err(|m| errors.add("name", "invalid", m))
        .ok();
    let roles: Result<Vec<Role>, _> = typed.roles.iter().map(|r| Role::from_str(r)).collect();
    let roles = roles
        .map_err(|_| errors.add("roles", "invalid_value", "is not a role"))
        .ok();
    let department_id = match typed.department_id.as_str() {
        "" => Some(None),
        id => Id::from_str(id)
            .map(|id| Some(DepartmentId::from(id)))
            .map_err(|m| errors.add("department_id", "invalid", m))
            .ok(),
    };
    Common {
        email,
        name,
        roles,
        department_id,
    }
}

fn finish<T>(errors: FieldErrors, value: Option<T>) -> Result<T, Vec<FieldError>> {
    match (errors.into_result(), value) {
        (Ok(()), Some(v)) => Ok(v),
        (Err(AppError::Validation(list)), _) => Err(list),
        _ => Err(Vec::new()),
    }
}

pub(crate) fn to_new_user(typed: &Typed) -> Result<NewUser, Vec<FieldError>> {
    let mut errors = FieldErrors::new();
    let c = common(typed, &mut errors);
    let password = Text::new(&typed.password)
        .map_err(|m| errors.add("password", "invalid", m))
        .ok();
    let user = (|| {
        Some(NewUser {
            email: c.email?,
            name: c.name?,
            password: password?,
            roles: c.roles?,
            department_id: c.department_id?,
        })
    })();
    finish(errors, user)
}

pub(crate) fn to_patch(typed: &Typed) -> Result<UserPatch, Vec<FieldError>> {
    let mut errors = FieldErrors::new();
    let c = common(typed, &mut errors);
    let patch = (|| {
        Some(UserPatch {
            email: Some(c.email?),
            name: Some(c.name?),
            roles: Some(c.roles?),
            department_id: Some(c.department_id?),
            ..UserPatch::default()
        })
    })();
    finish(errors, patch)
}
