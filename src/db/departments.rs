//! Queries on `departments`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::run::{on_backend, RunOnBackend};
use super::schema::{departments, users};
use super::DbConnection;
use crate::domain::ids::{DepartmentId, UserId};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = departments, treat_none_as_default_value = false)]
pub(crate) struct DepartmentRow {
    pub id: DepartmentId,
    pub code: String,
    pub name: String,
    pub parent_id: Option<DepartmentId>,
    pub head_user_id: Option<UserId>,
    pub is_it: bool,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = departments)]
pub(crate) struct DepartmentChangeset {
    pub code: Option<String>,
    pub name: Option<String>,
    pub parent_id: Option<Option<DepartmentId>>,
    pub head_user_id: Option<Option<UserId>>,
    pub is_it: Option<bool>,
    pub version: Option<i64>,
    pub updated_at: Option<NaiveDateTime>,
}

pub(crate) fn insert(conn: &mut DbConnection, row: &DepartmentRow) -> QueryResult<()> {
    diesel::insert_into(departments::table)
        .values(row)
        .run_execute(conn)
        .map(|_| ())
}

pub(crate) fn find(
    conn: &mut DbConnection,
    id: &DepartmentId,
) -> QueryResult<Option<DepartmentRow>> {
    on_backend!(conn, |c| {
        departments::table
            .find(id)
            .select(DepartmentRow::as_select())
            .first(c)
            .optional()
    })
}

pub(crate) fn exists(conn: &mut DbConnection, id: &DepartmentId) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(departments::table.find(id))).run_get_result(conn)
}

pub(crate) fn code_taken_by_other(
    conn: &mut DbConnection,
    code: &str,
    other_than: Option<&DepartmentId>,
) -> QueryResult<bool> {
    // An id no row has when there is none to leave out: one query shape.
    let other_than = other_than.map_or("", DepartmentId::as_str);
    diesel::select(diesel::dsl::exists(
        departments::table
            .filter(departments::code.eq(code))
            .filter(departments::id.ne(other_than)),
    ))
    .run_get_result(conn)
}

/// The chain of parents above `id`, nearest first. Bounded so a corrupt
/// loop in the data cannot hang the request.
pub(crate) fn ancestors(
    conn: &mut DbConnection,
    id: &DepartmentId,
) -> QueryResult<Vec<DepartmentId>> {
    let mut chain = Vec::new();
    let mut current = id.to_owned();
    for _ in 0..64 {
        let parent: Option<Option<DepartmentId>> = departments::table
            .find(&current)
            .select(departments::parent_id)
            .run_first(conn)
            .optional()?;
        match parent.flatten() {
            Some(p) if !chain.contains(&p) => {
                chain.push(p.clone());
                current = p;
            }
            _ => break,
        }
    }
    Ok(chain)
}

/// One department of an approval chain, with its head when that head's
/// account is active (a disabled head is a vacancy).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ChainLink {
    pub id: DepartmentId,
    pub active_head_id: Option<UserId>,
}

/// Where a chain starts: a named department, or the IT department (the
/// first by id when several are marked).
pub(crate) enum ChainStart<'a> {
    Department(&'a DepartmentId),
    It,
}

/// The department a chain starts from and its parents up to the root,
/// nearest first, each with its active head. One primary-key lookup per
/// level, each a statement diesel keeps prepared (department trees are a
/// few levels deep; a recursive query would be one statement, but diesel
/// parses raw SQL anew on every run). Bounded at 64 levels and cut at the
/// first department seen twice, so a corrupt loop cannot hang a request.
pub(crate) fn chain_with_heads(
    conn: &mut DbConnection,
    start: ChainStart,
) -> QueryResult<Vec<ChainLink>> {
    let mut next = match start {
        ChainStart::Department(id) => Some(id.to_owned()),
        ChainStart::It => departments::table
            .filter(departments::is_it.eq(true))
            .select(departments::id)
            .order(departments::id)
            .run_first(conn)
            .optional()?,
    };
    let mut chain: Vec<ChainLink> = Vec::new();
    while let Some(id) = next.take() {
        if chain.len() >= 64 || chain.iter().any(|l| l.id == id) {
            break;
        }
        let Some((id, parent_id, head_id, head_active)) = departments::table
            .left_join(users::table.on(users::id.nullable().eq(departments::head_user_id)))
            .filter(departments::id.eq(&id))
            .select((
                departments::id,
                departments::parent_id,
                departments::head_user_id,
                users::active.nullable(),
            ))
            .run_get_result::<(
                DepartmentId,
                Option<DepartmentId>,
                Option<UserId>,
                Option<bool>,
            )>(conn)
            .optional()?
        else {
            break;
        };
        chain.push(ChainLink {
            id,
            active_head_id: head_id.filter(|_| head_active == Some(true)),
        });
        next = parent_id;
    }
    Ok(chain)
}

pub(crate) fn list(
    conn: &mut DbConnection,
    parent_id: Option<&DepartmentId>,
    after: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<DepartmentRow>> {
    on_backend!(conn, |c| {
        let mut query = departments::table
            .select(DepartmentRow::as_select())
            .into_boxed();
        if let Some(parent) = parent_id {
            query = query.filter(departments::parent_id.eq(parent.clone()));
        }
        if let Some(after) = after {
            query = query.filter(departments::id.gt(after.to_owned()));
        }
        query.order(departments::id).limit(limit).load(c)
    })
}

pub(crate) fn update_versioned(
    conn: &mut DbConnection,
    id: &DepartmentId,
    expected_version: i64,
    changes: &DepartmentChangeset,
) -> QueryResult<bool> {
    let n = diesel::update(
        departments::table
            .filter(departments::id.eq(id))
            .filter(departments::version.eq(expected_version)),
    )
    .set(changes)
    .run_execute(conn)?;
    Ok(n == 1)
}

pub(crate) fn find_by_code(
    conn: &mut DbConnection,
    code: &str,
) -> QueryResult<Option<DepartmentRow>> {
    on_backend!(conn, |c| {
        departments::table
            .filter(departments::code.eq(code))
            .select(DepartmentRow::as_select())
            .first(c)
            .optional()
    })
}

/// The department marked as IT (the oldest, if several are).
pub(crate) fn it_department(conn: &mut DbConnection) -> QueryResult<Option<DepartmentRow>> {
    on_backend!(conn, |c| {
        departments::table
            .filter(departments::is_it.eq(true))
            .select(DepartmentRow::as_select())
            .order(departments::id)
            .first(c)
            .optional()
    })
}

/// Every department's id, code and name, by code: what a form's choice of
/// department lists (none of the rest, whose timestamps cost a parse each).
pub(crate) fn choices(conn: &mut DbConnection) -> QueryResult<Vec<(DepartmentId, String, String)>> {
    departments::table
        .select((departments::id, departments::code, departments::name))
        .order(departments::code)
        .run_load(conn)
}

/// Code and name of each of `ids` (the departments a page shows), in one
/// statement that stays prepared on both backends (`any_of`).
pub(crate) fn labels(
    conn: &mut DbConnection,
    ids: &[DepartmentId],
) -> QueryResult<std::collections::HashMap<DepartmentId, (String, String)>> {
    let rows: Vec<(DepartmentId, String, String)> = departments::table
        .select((departments::id, departments::code, departments::name))
        .filter(super::any_of::any_of(departments::id, ids))
        .run_load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, code, name)| (id, (code, name)))
        .collect())
}
