//! Editing and reading one application (creating is `create`, lists are `lists`).

use serde::Deserialize;

use super::access::{ensure_requester, ensure_visible, load_visible};
use super::budget_position;
use super::create::{check_department, check_items, check_location, prepare, NewLine};
use super::names::{load_view, load_view_with_steps};
use super::views::ApplicationView;
use super::{load_row, next_status, save_transition, today, Transition};
use crate::db::applications::ApplicationRow;
use crate::db::{self, DbConnection};
use crate::domain::applications::Action;
use crate::domain::ids::{ApplicationId, DepartmentId};
use crate::domain::input::{Date, Id, Prose, Text};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::service::identity::Actor;
use crate::service::AppContext;

/// Changes to a draft or returned application; `lines` replaces all lines.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ApplicationPatch {
    #[serde(default, deserialize_with = "crate::service::present")]
    pub title: Option<Text<200>>,
    #[serde(default, deserialize_with = "crate::service::present")]
    pub justification: Option<Prose<4000>>,
    #[serde(default, deserialize_with = "crate::service::double_option")]
    pub department_id: Option<Option<DepartmentId>>,
    #[serde(default, deserialize_with = "crate::service::double_option")]
    pub needed_by: Option<Option<Date>>,
    #[serde(default, deserialize_with = "crate::service::double_option")]
    pub location_id: Option<Option<Id>>,
    #[serde(default, deserialize_with = "crate::service::present")]
    pub lines: Option<Vec<NewLine>>,
}

impl ApplicationPatch {
    fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.justification.is_none()
            && self.department_id.is_none()
            && self.needed_by.is_none()
            && self.location_id.is_none()
            && self.lines.is_none()
    }
}

pub(crate) async fn update(
    ctx: &AppContext,
    actor: &Actor,
    id: ApplicationId,
    patch: ApplicationPatch,
    if_match: Option<i64>,
) -> AppResult<ApplicationView> {
    let mut errors = FieldErrors::new();
    crate::service::check_id_format(
        &mut errors,
        "location_id",
        patch.location_id.clone().flatten().as_deref(),
    );
    errors.into_result()?;
    let now = ctx.now();
    let today = today(ctx);
    let actor = actor.clone();
    ctx.db
        .write(move |conn| {
            let mut row = load_row(conn, &id)?;
            let steps = db::applications::steps_of(conn, &id)?;
            ensure_visible(conn, &actor, &row, &steps, today)?;
            ensure_requester(&actor, &row)?;
            let status = row.status;
            next_status(status, Action::Edit)?;
            if patch.is_empty() {
                return load_view(conn, row);
            }
            if let Some(expected) = if_match {
                if expected != row.version {
                    // Whose change it was: the caller's own is worth saying.
                    let history = db::applications::history_of(conn, &row.id)?;
                    let last = history.last().and_then(|h| h.actor_id.as_ref());
                    return Err(AppError::VersionConflict {
                        current: row.version,
                        yours: last == Some(&actor.user_id),
                    });
                }
            }

            apply_patch(conn, &mut row, patch)?;
            let t = Transition::by(&actor.user_id, "edit", Some(status), status, now);
            save_transition(conn, &mut row, t)?;
            load_view(conn, row)
        })
        .await
}

fn apply_patch(
    conn: &mut DbConnection,
    row: &mut ApplicationRow,
    patch: ApplicationPatch,
) -> AppResult<()> {
    if let Some(title) = patch.title {
        row.title = title.trim().to_owned();
    }
    if let Some(justification) = patch.justification {
        row.justification = justification.trim().to_owned();
    }
    if let Some(department_id) = patch.department_id {
        row.department_id = department_id;
    }
    if let Some(needed_by) = patch.needed_by {
        row.needed_by = needed_by.map(Date::get);
    }
    if let Some(location_id) = patch.location_id {
        row.location_id = location_id.map(String::from);
    }
    check_department(conn, row.department_id.as_ref())?;
    check_location(conn, row.location_id.as_deref())?;
    match patch.lines {
        Some(lines) => {
            let (rows, total) = prepare(
                &row.id,
                &row.title,
                &row.justification,
                row.department_id.as_ref(),
                row.needed_by,
                &lines,
            )?;
            check_items(conn, &rows)?;
            db::applications::replace_lines(conn, &row.id, &rows)?;
            row.total_cents = total;
        }
        None => {
            prepare(
                &row.id,
                &row.title,
                &row.justification,
                row.department_id.as_ref(),
                row.needed_by,
                &[],
            )?;
        }
    }
    Ok(())
}

pub(crate) async fn get(
    ctx: &AppContext,
    actor: &Actor,
    id: ApplicationId,
) -> AppResult<ApplicationView> {
    let today = today(ctx);
    let actor = actor.clone();
    ctx.db
        .read(move |conn| {
            let (row, steps) = load_visible(conn, &actor, &id, today)?;
            let mut view = load_view_with_steps(conn, row, &steps)?;
            budget_position::as_of(conn, &mut view, &actor, today)?;
            Ok(view)
        })
        .await
}
