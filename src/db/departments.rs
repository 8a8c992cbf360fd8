//! Queries on `departments`.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_query;
use diesel::sql_types::{Integer, Nullable, Text};

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

/// One department of an approval chain, with its head when that head's
/// account is active (a disabled head is a vacancy).
#[derive(Debug, Clone, QueryableByName)]
pub struct ChainLink {
    #[diesel(sql_type = Text)]
    pub id: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub active_head_id: Option<String>,
    #[diesel(sql_type = Integer)]
    pub depth: i32,
}

/// Where a chain starts: a named department, or the IT department (the
/// first by id when several are marked).
pub enum ChainStart<'a> {
    Department(&'a str),
    It,
}

/// The department a chain starts from and its parents up to the root,
/// nearest first, each with its active head: one recursive query whatever
/// the depth. Bounded at 64 levels, and cut at the first department seen
/// twice, so a corrupt loop in the data cannot hang the request.
pub fn chain_with_heads(conn: &mut DbConnection, start: ChainStart) -> QueryResult<Vec<ChainLink>> {
    let (placeholder, department) = match (&start, &*conn) {
        (ChainStart::It, _) => ("", None),
        (ChainStart::Department(id), DbConnection::Sqlite(_)) => ("?", Some(*id)),
        (ChainStart::Department(id), DbConnection::Postgresql(_)) => ("$1", Some(*id)),
    };
    let first = match department {
        Some(_) => format!("id = {placeholder}"),
        None => "id = (SELECT id FROM departments WHERE is_it ORDER BY id LIMIT 1)".to_owned(),
    };
    let sql = format!(
        "WITH RECURSIVE chain(id, parent_id, head_user_id, depth) AS ( \
           SELECT id, parent_id, head_user_id, 0 FROM departments WHERE {first} \
           UNION ALL \
           SELECT d.id, d.parent_id, d.head_user_id, c.depth + 1 \
           FROM departments d JOIN chain c ON d.id = c.parent_id WHERE c.depth < 63) \
         SELECT c.id, CASE WHEN u.active THEN c.head_user_id END AS active_head_id, c.depth \
         FROM chain c LEFT JOIN users u ON u.id = c.head_user_id ORDER BY c.depth"
    );
    let rows: Vec<ChainLink> = match (conn, department) {
        (DbConnection::Sqlite(c), Some(id)) => sql_query(sql).bind::<Text, _>(id).load(c)?,
        (DbConnection::Sqlite(c), None) => sql_query(sql).load(c)?,
        (DbConnection::Postgresql(c), Some(id)) => sql_query(sql).bind::<Text, _>(id).load(c)?,
        (DbConnection::Postgresql(c), None) => sql_query(sql).load(c)?,
    };
    let mut seen = std::collections::HashSet::new();
    Ok(rows
        .into_iter()
        .take_while(|link| seen.insert(link.id.clone()))
        .collect())
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
