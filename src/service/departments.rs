//! Departments: the organisation tree that approvals route through. The
//! head of the root department is the director; `is_it` marks the IT
//! department whose head checks hardware and software standards.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::idempotency::{self, IdempotencyKey, Idempotent};
use super::identity::Actor;
use super::pagination::{Page, PageRequest};
use super::{audit, AppContext};
use crate::db::departments::{DepartmentChangeset, DepartmentRow};
use crate::db::{self, time, DbConnection};
use crate::domain::accounts::{check_code, check_text, creates_cycle};
use crate::domain::ids::{DepartmentId, UserId};
use crate::domain::input::Text;
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult, ErrorCode, FieldErrors};

#[derive(Debug, Clone, Serialize)]
pub(crate) struct DepartmentView {
    pub id: DepartmentId,
    pub code: String,
    pub name: String,
    pub parent_id: Option<DepartmentId>,
    pub head_user_id: Option<UserId>,
    pub is_it: bool,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<DepartmentRow> for DepartmentView {
    fn from(r: DepartmentRow) -> Self {
        Self {
            id: r.id,
            code: r.code,
            name: r.name,
            parent_id: r.parent_id,
            head_user_id: r.head_user_id,
            is_it: r.is_it,
            version: r.version,
            created_at: time::from_db(r.created_at),
            updated_at: time::from_db(r.updated_at),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewDepartment {
    pub code: Text<32>,
    pub name: Text<200>,
    #[serde(default)]
    pub parent_id: Option<DepartmentId>,
    #[serde(default)]
    pub head_user_id: Option<UserId>,
    #[serde(default)]
    pub is_it: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DepartmentPatch {
    #[serde(default, deserialize_with = "crate::service::present")]
    pub code: Option<Text<32>>,
    #[serde(default, deserialize_with = "crate::service::present")]
    pub name: Option<Text<200>>,
    #[serde(default, deserialize_with = "crate::service::double_option")]
    pub parent_id: Option<Option<DepartmentId>>,
    #[serde(default, deserialize_with = "crate::service::double_option")]
    pub head_user_id: Option<Option<UserId>>,
    #[serde(default, deserialize_with = "crate::service::present")]
    pub is_it: Option<bool>,
}

impl DepartmentPatch {
    fn is_empty(&self) -> bool {
        self.code.is_none()
            && self.name.is_none()
            && self.parent_id.is_none()
            && self.head_user_id.is_none()
            && self.is_it.is_none()
    }
}

fn code_taken(code: &str) -> AppError {
    AppError::Conflict {
        code: ErrorCode::AlreadyExists,
        detail: format!("a department with code {code} already exists"),
        extra: Some(
            json!({"errors": [{"field": "code", "code": "taken", "message": "is already used by another department"}]}),
        ),
    }
}

/// Checks the references of a department: parent exists and closes no loop,
/// head is an existing active user.
fn check_links(
    conn: &mut DbConnection,
    id: &DepartmentId,
    parent_id: Option<&DepartmentId>,
    head_user_id: Option<&UserId>,
) -> AppResult<()> {
    let mut errors = FieldErrors::new();
    if let Some(parent) = parent_id {
        if !db::departments::exists(conn, parent)? {
            errors.add("parent_id", "not_found", "no department has this id");
        } else if creates_cycle(id, parent, &db::departments::ancestors(conn, parent)?) {
            errors.add(
                "parent_id",
                "creates_cycle",
                "a department cannot be below itself",
            );
        }
    }
    if let Some(head) = head_user_id {
        match db::users::find(conn, head)? {
            None => errors.add("head_user_id", "not_found", "no user has this id"),
            Some(u) if !u.active => errors.add("head_user_id", "inactive", "this user is disabled"),
            Some(_) => {}
        }
    }
    errors.into_result()
}

pub(crate) async fn create(
    ctx: &AppContext,
    actor: &Actor,
    input: NewDepartment,
    key: Option<IdempotencyKey>,
) -> AppResult<Idempotent<DepartmentView>> {
    actor.require(Role::Admin)?;
    let mut errors = FieldErrors::new();
    check_code(&mut errors, "code", &input.code);
    check_text(&mut errors, "name", &input.name, 200);
    errors.into_result()?;
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    ctx.db
        .write(move |conn| {
            idempotency::run(conn, key.as_ref(), now, 201, |conn| {
                insert_department(conn, &actor_id, &input, now)
            })
        })
        .await
}

fn insert_department(
    conn: &mut DbConnection,
    actor_id: &UserId,
    input: &NewDepartment,
    now: DateTime<Utc>,
) -> AppResult<DepartmentView> {
    if db::departments::code_taken_by_other(conn, &input.code, None)? {
        return Err(code_taken(&input.code));
    }
    let id = DepartmentId::generate();
    check_links(
        conn,
        &id,
        input.parent_id.as_ref(),
        input.head_user_id.as_ref(),
    )?;
    let row = DepartmentRow {
        id: id.clone(),
        code: input.code.clone().into_string(),
        name: input.name.trim().to_owned(),
        parent_id: input.parent_id.clone(),
        head_user_id: input.head_user_id.clone(),
        is_it: input.is_it,
        version: 1,
        created_at: time::to_db(now),
        updated_at: time::to_db(now),
    };
    db::departments::insert(conn, &row).map_err(|e| {
        if db::is_unique_violation(&e) {
            code_taken(&row.code)
        } else {
            e.into()
        }
    })?;
    let summary = json!({"code": row.code, "name": row.name, "parent_id": row.parent_id,
        "head_user_id": row.head_user_id, "is_it": row.is_it});
    audit::record(
        conn,
        now,
        Some(actor_id),
        "department.created",
        "department",
        id.as_str(),
        summary,
    )?;
    Ok(row.into())
}

/// Every signed-in user may read departments (needed to file applications).
pub(crate) async fn get(
    ctx: &AppContext,
    _actor: &Actor,
    id: DepartmentId,
) -> AppResult<DepartmentView> {
    ctx.db
        .read(move |conn| {
            db::departments::find(conn, &id)?
                .map(Into::into)
                .ok_or(AppError::NotFound {
                    entity: "department",
                })
        })
        .await
}

/// Every department as a form offers it to choose: id, code and name, by
/// code. Anyone signed in may read the organisation's departments.
pub(crate) async fn choices(
    ctx: &AppContext,
    _actor: &Actor,
) -> AppResult<Vec<(DepartmentId, String, String)>> {
    ctx.db
        .read(|conn| Ok(db::departments::choices(conn)?))
        .await
}

pub(crate) async fn list(
    ctx: &AppContext,
    _actor: &Actor,
    parent_id: Option<DepartmentId>,
    page: PageRequest,
) -> AppResult<Page<DepartmentView>> {
    ctx.db
        .read(move |conn| {
            let rows = db::departments::list(
                conn,
                parent_id.as_ref(),
                page.after.as_deref(),
                page.fetch_limit(),
            )?;
            Ok(Page::from_rows(rows, &page, |r| r.id.to_string()).map(Into::into))
        })
        .await
}

pub(crate) async fn update(
    ctx: &AppContext,
    actor: &Actor,
    id: DepartmentId,
    patch: DepartmentPatch,
    if_match: Option<i64>,
) -> AppResult<DepartmentView> {
    actor.require(Role::Admin)?;
    let mut errors = FieldErrors::new();
    if let Some(code) = &patch.code {
        check_code(&mut errors, "code", code);
    }
    if let Some(name) = &patch.name {
        check_text(&mut errors, "name", name, 200);
    }
    errors.into_result()?;
    let now = ctx.now();
    let actor_id = actor.user_id.clone();
    ctx.db
        .write(move |conn| apply_update(conn, &actor_id, &id, patch, if_match, now))
        .await
}

fn apply_update(
    conn: &mut DbConnection,
    actor_id: &UserId,
    id: &DepartmentId,
    patch: DepartmentPatch,
    if_match: Option<i64>,
    now: DateTime<Utc>,
) -> AppResult<DepartmentView> {
    let current = db::departments::find(conn, id)?.ok_or(AppError::NotFound {
        entity: "department",
    })?;
    let expected = if_match.unwrap_or(current.version);
    if expected != current.version {
        return Err(AppError::VersionConflict {
            current: current.version,
            yours: false,
        });
    }
    if patch.is_empty() {
        return Ok(current.into());
    }
    if let Some(code) = &patch.code {
        if db::departments::code_taken_by_other(conn, code, Some(id))? {
            return Err(code_taken(code));
        }
    }
    // Only links being changed are checked: a rename must not fail because
    // the current head has since been disabled.
    check_links(
        conn,
        id,
        patch.parent_id.clone().flatten().as_ref(),
        patch.head_user_id.clone().flatten().as_ref(),
    )?;
    let changes = DepartmentChangeset {
        code: patch.code.clone().map(String::from),
        name: patch.name.as_ref().map(|n| n.trim().to_owned()),
        parent_id: patch.parent_id.clone(),
        head_user_id: patch.head_user_id.clone(),
        is_it: patch.is_it,
        version: Some(current.version + 1),
        updated_at: Some(time::to_db(now)),
    };
    if !db::departments::update_versioned(conn, id, expected, &changes)? {
        return Err(AppError::VersionConflict {
            current: current.version + 1,
            yours: false,
        });
    }
    let summary = json!({"code": patch.code, "name": changes.name, "parent_id": patch.parent_id,
        "head_user_id": patch.head_user_id, "is_it": patch.is_it});
    audit::record(
        conn,
        now,
        Some(actor_id),
        "department.updated",
        "department",
        id.as_str(),
        summary,
    )?;
    db::departments::find(conn, id)?
        .map(Into::into)
        .ok_or(AppError::NotFound {
            entity: "department",
        })
}
