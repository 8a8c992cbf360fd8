//! Names beside ids in what people read of applications: the requester, the
//! paying department (code and name), each step's approver, decider and
//! principal, each history entry's actor. Two queries for a whole page or
//! view, whatever its size. `load_view` reads a whole view with them.

use std::collections::HashMap;

use super::views::{assemble, ApplicationSummary, ApplicationView, StepView};
use crate::db::applications::{ApplicationRow, StepRow};
use crate::db::{self, DbConnection};
use crate::domain::ids::{DepartmentId, UserId};
use crate::error::AppResult;

pub(crate) struct Names {
    users: HashMap<UserId, String>,
    departments: HashMap<DepartmentId, (String, String)>,
}

impl Names {
    fn load(
        conn: &mut DbConnection,
        mut users: Vec<UserId>,
        mut departments: Vec<DepartmentId>,
    ) -> AppResult<Self> {
        users.sort();
        users.dedup();
        departments.sort();
        departments.dedup();
        Ok(Self {
            users: db::users::names_of(conn, &users)?.into_iter().collect(),
            departments: db::departments::labels(conn, &departments)?,
        })
    }

    fn user(&self, id: Option<&UserId>) -> Option<String> {
        id.and_then(|id| self.users.get(id).cloned())
    }

    fn step(&self, s: &mut StepView) {
        s.approver_name = self.user(s.approver_id.as_ref());
        s.decided_by_name = self.user(s.decided_by.as_ref());
        s.on_behalf_of_name = self.user(s.on_behalf_of.as_ref());
    }

    fn department(&self, id: Option<&DepartmentId>) -> (Option<String>, Option<String>) {
        id.and_then(|d| self.departments.get(d).cloned())
            .map_or((None, None), |(code, name)| (Some(code), Some(name)))
    }
}

fn step_people(s: &StepView) -> impl Iterator<Item = UserId> + '_ {
    [&s.approver_id, &s.decided_by, &s.on_behalf_of]
        .into_iter()
        .flatten()
        .cloned()
}

/// Names the people and departments of a page of summaries.
pub(crate) fn name_summaries(
    conn: &mut DbConnection,
    items: &mut [ApplicationSummary],
) -> AppResult<()> {
    let mut users: Vec<UserId> = items.iter().map(|a| a.requester_id.clone()).collect();
    users.extend(
        items
            .iter()
            .flat_map(|a| a.awaiting.iter().flat_map(step_people)),
    );
    let departments = items
        .iter()
        .filter_map(|a| a.department_id.clone())
        .collect();
    let names = Names::load(conn, users, departments)?;
    for a in items {
        a.requester_name = names.user(Some(&a.requester_id));
        (a.department_code, a.department_name) = names.department(a.department_id.as_ref());
        if let Some(s) = a.awaiting.as_mut() {
            names.step(s);
        }
    }
    Ok(())
}

/// Names the people and departments of one full view.
pub(crate) fn name_view(
    conn: &mut DbConnection,
    mut view: ApplicationView,
) -> AppResult<ApplicationView> {
    let mut users = vec![view.requester_id.clone()];
    users.extend(view.steps.iter().flat_map(step_people));
    users.extend(view.history.iter().flat_map(|h| {
        [&h.actor_id, &h.on_behalf_of]
            .into_iter()
            .flatten()
            .cloned()
    }));
    let departments = view.department_id.iter().cloned().collect();
    let names = Names::load(conn, users, departments)?;
    view.requester_name = names.user(Some(&view.requester_id));
    (view.department_code, view.department_name) = names.department(view.department_id.as_ref());
    view.steps.iter_mut().for_each(|s| names.step(s));
    if let Some(s) = view.awaiting.as_mut() {
        names.step(s);
    }
    for h in &mut view.history {
        h.actor_name = names.user(h.actor_id.as_ref());
        h.on_behalf_of_name = names.user(h.on_behalf_of.as_ref());
    }
    Ok(view)
}

/// The full view: five queries whatever the size (with the names).
pub(crate) fn load_view(
    conn: &mut DbConnection,
    row: ApplicationRow,
) -> AppResult<ApplicationView> {
    let steps = db::applications::steps_of(conn, &row.id)?;
    load_view_with_steps(conn, row, &steps)
}

/// The full view when the caller has already read the steps.
pub(crate) fn load_view_with_steps(
    conn: &mut DbConnection,
    row: ApplicationRow,
    steps: &[StepRow],
) -> AppResult<ApplicationView> {
    let lines = db::applications::lines_of(conn, &row.id)?;
    let history = db::applications::history_of(conn, &row.id)?;
    name_view(conn, assemble(row, &lines, steps, history))
}
