//! Queries on `departments`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::departments;
use super::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = departments)]
pub struct DepartmentRow {
    pub id: String,
    pub code: String,
    pub name: String,
    pub parent_id: Option<String>,
    pub head_user_id: Option<String>,
    pub is_it: bool,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = departments)]
pub struct DepartmentChangeset {
    pub code: Option<String>,
    pub name: Option<String>,
    pub parent_id: Option<Option<String>>,
    pub head_user_id: Option<Option<String>>,
    pub is_it: Option<bool>,
    pub version: Option<i64>,
    pub updated_at: Option<NaiveDateTime>,
}

pub fn insert(conn: &mut DbConnection, row: &DepartmentRow) -> QueryResult<()> {
    diesel::insert_into(departments::table)
        .values(row)
        .execute(conn)
        .map(|_| ())
}

pub fn find(conn: &mut DbConnection, id: &str) -> QueryResult<Option<DepartmentRow>> {
    departments::table
        .find(id)
        .select(DepartmentRow::as_select())
        .first(conn)
        .optional()
}

pub fn exists(conn: &mut DbConnection, id: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(departments::table.find(id))).get_result(conn)
}

pub fn code_taken_by_other(conn: &mut DbConnection, code: &str, id: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        departments::table
            .filter(departments::code.eq(code))
            .filter(departments::id.ne(id)),
    ))
    .get_result(conn)
}

/// The chain of parents above `id`, nearest first. Bounded so a corrupt
/// loop in the data cannot hang the request.
pub fn ancestors(conn: &mut DbConnection, id: &str) -> QueryResult<Vec<String>> {
    let mut chain = Vec::new();
    let mut current = id.to_owned();
    for _ in 0..64 {
        let parent: Option<Option<String>> = departments::table
            .find(&current)
            .select(departments::parent_id)
            .first(conn)
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

pub fn list(
    conn: &mut DbConnection,
    parent_id: Option<&str>,
    after: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<DepartmentRow>> {
    let mut query = departments::table
        .select(DepartmentRow::as_select())
        .into_boxed();
    if let Some(parent) = parent_id {
        query = query.filter(departments::parent_id.eq(parent.to_owned()));
    }
    if let Some(after) = after {
        query = query.filter(departments::id.gt(after.to_owned()));
    }
    query.order(departments::id).limit(limit).load(conn)
}

pub fn update_versioned(
    conn: &mut DbConnection,
    id: &str,
    expected_version: i64,
    changes: &DepartmentChangeset,
) -> QueryResult<bool> {
    let n = diesel::update(
        departments::table
            .filter(departments::id.eq(id))
            .filter(departments::version.eq(expected_version)),
    )
    .set(changes)
    .execute(conn)?;
    Ok(n == 1)
}

pub fn find_by_code(conn: &mut DbConnection, code: &str) -> QueryResult<Option<DepartmentRow>> {
    departments::table
        .filter(departments::code.eq(code))
        .select(DepartmentRow::as_select())
        .first(conn)
        .optional()
}

/// The department marked as IT (the oldest, if several are).
pub fn it_department(conn: &mut DbConnection) -> QueryResult<Option<DepartmentRow>> {
    departments::table
        .filter(departments::is_it.eq(true))
        .select(DepartmentRow::as_select())
        .order(departments::id)
        .first(conn)
        .optional()
}
