//! The people directory every signed-in user may read: active users' names,
//! emails and departments, to name a delegate or see who decides, without
//! the admin's view of roles, versions and disabled accounts.

use serde::Serialize;

use super::identity::Actor;
use super::pagination::{Page, PageRequest};
use super::AppContext;
use crate::db::users::UserFilter;
use crate::db::{self};
use crate::domain::ids::{DepartmentId, UserId};
use crate::error::AppResult;

#[derive(Debug, Serialize)]
pub(crate) struct Person {
    pub id: UserId,
    pub name: String,
    pub email: String,
    pub department_id: Option<DepartmentId>,
    pub department_name: Option<String>,
}

/// Active users whose name or email contains `q` (any case), by id.
pub(crate) async fn list(
    ctx: &AppContext,
    _actor: &Actor,
    q: Option<String>,
    page: PageRequest,
) -> AppResult<Page<Person>> {
    let filter = UserFilter {
        active: Some(true),
        query: q.filter(|t| !t.trim().is_empty()),
        ..Default::default()
    };
    ctx.db
        .read(move |conn| {
            let rows = db::users::list(conn, &filter, page.after.as_deref(), page.fetch_limit())?;
            let page = Page::from_rows(rows, &page, |r| r.id.to_string());
            let departments: Vec<_> = page
                .items
                .iter()
                .filter_map(|u| u.department_id.clone())
                .collect();
            let labels = db::departments::labels(conn, &departments)?;
            Ok(page.map(|u| Person {
                department_name: u
                    .department_id
                    .as_ref()
                    .and_then(|d| labels.get(d))
                    .map(|(_, name)| name.clone()),
                id: u.id,
                name: u.name,
                email: u.email,
                department_id: u.department_id,
            }))
        })
        .await
}

/// The names of `ids` (whoever generated, approved or recorded something a
/// page shows), disabled accounts included: history keeps their names.
pub(crate) async fn names(
    ctx: &AppContext,
    ids: Vec<UserId>,
) -> AppResult<std::collections::HashMap<UserId, String>> {
    ctx.db
        .read(move |conn| Ok(db::users::names_of(conn, &ids)?.into_iter().collect()))
        .await
}
