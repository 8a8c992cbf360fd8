//! Queries on `users` and `user_roles`.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::lower;
use super::run::{on_backend, RunOnBackend};
use super::schema::{user_roles, users};
use super::DbConnection;
use crate::domain::ids::{DepartmentId, UserId};
use crate::domain::locale::Locale;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct UserRow {
    pub id: UserId,
    pub email: String,
    pub name: String,
    pub password_hash: String,
    pub department_id: Option<DepartmentId>,
    pub active: bool,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Signed in with a one-time password that must be replaced first.
    pub must_change_password: bool,
    /// The chosen language; `None` follows the browser, then the default.
    pub locale: Option<Locale>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = users, treat_none_as_default_value = false)]
pub struct NewUserRow<'a> {
    pub id: &'a UserId,
    pub email: &'a str,
    pub name: &'a str,
    pub password_hash: &'a str,
    pub department_id: Option<&'a DepartmentId>,
    pub active: bool,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// Columns a PATCH may change; `None` leaves a column alone.
#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = users)]
pub(crate) struct UserChangeset {
    pub email: Option<String>,
    pub name: Option<String>,
    pub password_hash: Option<String>,
    pub department_id: Option<Option<DepartmentId>>,
    pub active: Option<bool>,
    pub must_change_password: Option<bool>,
    pub locale: Option<Option<Locale>>,
    pub version: Option<i64>,
    pub updated_at: Option<NaiveDateTime>,
}

#[derive(Debug, Default)]
pub(crate) struct UserFilter {
    pub role: Option<String>,
    pub department_id: Option<DepartmentId>,
    pub active: Option<bool>,
    /// Case-insensitive match on name or email.
    pub query: Option<String>,
}

pub fn insert(conn: &mut DbConnection, row: &NewUserRow<'_>, roles: &[&str]) -> QueryResult<()> {
    diesel::insert_into(users::table)
        .values(row)
        .run_execute(conn)?;
    insert_roles(conn, row.id, roles)
}

fn insert_roles(conn: &mut DbConnection, user_id: &UserId, roles: &[&str]) -> QueryResult<()> {
    // One statement per role: the multi-backend connection has no batch insert.
    for role in roles {
        diesel::insert_into(user_roles::table)
            .values((user_roles::user_id.eq(user_id), user_roles::role.eq(*role)))
            .run_execute(conn)?;
    }
    Ok(())
}

pub(crate) fn replace_roles(
    conn: &mut DbConnection,
    user_id: &UserId,
    roles: &[&str],
) -> QueryResult<()> {
    diesel::delete(user_roles::table.filter(user_roles::user_id.eq(user_id))).run_execute(conn)?;
    insert_roles(conn, user_id, roles)
}

pub(crate) fn find(conn: &mut DbConnection, id: &UserId) -> QueryResult<Option<UserRow>> {
    on_backend!(conn, |c| {
        users::table
            .find(id)
            .select(UserRow::as_select())
            .first(c)
            .optional()
    })
}

pub fn find_by_email(conn: &mut DbConnection, email: &str) -> QueryResult<Option<UserRow>> {
    on_backend!(conn, |c| {
        users::table
            .filter(users::email.eq(email))
            .select(UserRow::as_select())
            .first(c)
            .optional()
    })
}

pub(crate) fn email_taken_by_other(
    conn: &mut DbConnection,
    email: &str,
    id: &UserId,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        users::table
            .filter(users::email.eq(email))
            .filter(users::id.ne(id)),
    ))
    .run_get_result(conn)
}

pub(crate) fn count(conn: &mut DbConnection) -> QueryResult<i64> {
    users::table.count().run_get_result(conn)
}

pub(crate) fn exists(conn: &mut DbConnection, id: &UserId) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(users::table.find(id))).run_get_result(conn)
}

pub(crate) fn roles_of(conn: &mut DbConnection, user_id: &UserId) -> QueryResult<Vec<String>> {
    user_roles::table
        .filter(user_roles::user_id.eq(user_id))
        .select(user_roles::role)
        .order(user_roles::role)
        .run_load(conn)
}

/// Roles of many users in one query (no N+1 in lists).
pub(crate) fn roles_of_many(
    conn: &mut DbConnection,
    user_ids: &[UserId],
) -> QueryResult<HashMap<UserId, Vec<String>>> {
    let pairs: Vec<(UserId, String)> = user_roles::table
        .filter(user_roles::user_id.eq_any(user_ids))
        .select((user_roles::user_id, user_roles::role))
        .order((user_roles::user_id, user_roles::role))
        .run_load(conn)?;
    let mut map: HashMap<UserId, Vec<String>> = HashMap::new();
    for (user, role) in pairs {
        map.entry(user).or_default().push(role);
    }
    Ok(map)
}

/// One page in id order (ids are UUIDv7, so this is creation order).
pub(crate) fn list(
    conn: &mut DbConnection,
    filter: &UserFilter,
    after: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<UserRow>> {
    on_backend!(conn, |c| {
        let mut query = users::table.select(UserRow::as_select()).into_boxed();
        if let Some(role) = &filter.role {
            let with_role = user_roles::table
                .filter(user_roles::role.eq(role.clone()))
                .select(user_roles::user_id);
            query = query.filter(users::id.eq_any(with_role));
        }
        if let Some(dep) = &filter.department_id {
            query = query.filter(users::department_id.eq(dep.clone()));
        }
        if let Some(active) = filter.active {
            query = query.filter(users::active.eq(active));
        }
        if let Some(q) = &filter.query {
            let pattern = format!("%{}%", q.to_lowercase().replace(['%', '_'], ""));
            query = query.filter(
                users::email
                    .like(pattern.clone())
                    .or(lower(users::name).like(pattern)),
            );
        }
        if let Some(after) = after {
            query = query.filter(users::id.gt(after.to_owned()));
        }
        query.order(users::id).limit(limit).load(c)
    })
}

/// Applies `changes` only if the row is still at `expected_version`;
/// returns false when someone else changed it first.
pub(crate) fn update_versioned(
    conn: &mut DbConnection,
    id: &UserId,
    expected_version: i64,
    changes: &UserChangeset,
) -> QueryResult<bool> {
    let n = diesel::update(
        users::table
            .filter(users::id.eq(id))
            .filter(users::version.eq(expected_version)),
    )
    .set(changes)
    .run_execute(conn)?;
    Ok(n == 1)
}

/// Serialises changes that could remove the last admin. SQLite writers are
/// already serialised; on PostgreSQL a transaction-scoped advisory lock
/// stops two demotions from each seeing the other admin still in place.
pub(crate) fn lock_admin_changes(conn: &mut DbConnection) -> QueryResult<()> {
    use diesel::connection::SimpleConnection;
    match conn {
        DbConnection::Postgresql(c) => c.batch_execute("SELECT pg_advisory_xact_lock(7340032001)"),
        DbConnection::Sqlite(_) => Ok(()),
    }
}

type HoldersOf = diesel::dsl::Select<
    diesel::dsl::Filter<user_roles::table, diesel::dsl::Eq<user_roles::role, String>>,
    user_roles::user_id,
>;

/// The ids of users holding `role`, as a subquery.
fn holders_of(role: &str) -> HoldersOf {
    user_roles::table
        .filter(user_roles::role.eq(role.to_owned()))
        .select(user_roles::user_id)
}

/// Ids and emails of active users holding `role`.
pub(crate) fn active_with_role(
    conn: &mut DbConnection,
    role: &str,
) -> QueryResult<Vec<(UserId, String)>> {
    users::table
        .filter(users::active.eq(true))
        .filter(users::id.eq_any(holders_of(role)))
        .select((users::id, users::email))
        .order(users::id)
        .run_load(conn)
}

/// The first `limit` active users with `role`, by id: enough to know
/// whether someone other than a given user holds it without loading all.
pub(crate) fn first_active_with_role(
    conn: &mut DbConnection,
    role: &str,
    limit: i64,
) -> QueryResult<Vec<UserId>> {
    users::table
        .filter(users::active.eq(true))
        .filter(users::id.eq_any(holders_of(role)))
        .select(users::id)
        .order(users::id)
        .limit(limit)
        .run_load(conn)
}

/// Emails of the given users that are active.
pub(crate) fn emails_of(conn: &mut DbConnection, ids: &[UserId]) -> QueryResult<Vec<String>> {
    users::table
        .filter(users::id.eq_any(ids))
        .filter(users::active.eq(true))
        .select(users::email)
        .run_load(conn)
}

/// The chosen language of each of `emails` that is a user's address
/// (those without a choice, or not a user's, are not listed).
pub(crate) fn locales_of_emails(
    conn: &mut DbConnection,
    emails: &[String],
) -> QueryResult<Vec<(String, Locale)>> {
    let chosen: Vec<(String, Option<Locale>)> = users::table
        .filter(users::email.eq_any(emails))
        .filter(users::locale.is_not_null())
        .select((users::email, users::locale))
        .run_load(conn)?;
    Ok(chosen
        .into_iter()
        .filter_map(|(email, locale)| Some((email, locale?)))
        .collect())
}

/// Marks `id`'s password as one to replace at the next sign-in.
pub(crate) fn require_password_change(conn: &mut DbConnection, id: &UserId) -> QueryResult<()> {
    diesel::update(users::table.find(id))
        .set(users::must_change_password.eq(true))
        .run_execute(conn)
        .map(|_| ())
}

/// The ids and emails of the active accounts among `ids`, by id.
pub(crate) fn addresses_of(
    conn: &mut DbConnection,
    ids: &[UserId],
) -> QueryResult<Vec<(UserId, String)>> {
    users::table
        .filter(users::id.eq_any(ids))
        .filter(users::active.eq(true))
        .order(users::id)
        .select((users::id, users::email))
        .run_load(conn)
}

/// The names of `ids` (a page's people), in one statement that stays
/// prepared on both backends (`any_of`).
pub(crate) fn names_of(
    conn: &mut DbConnection,
    ids: &[UserId],
) -> QueryResult<Vec<(UserId, String)>> {
    users::table
        .select((users::id, users::name))
        .filter(super::any_of::any_of(users::id, ids))
        .run_load(conn)
}
