//! Who may see an application and who holds its open step. Seeing is
//! checked before anything else so that an application someone may not see
//! answers 404, as if it did not exist (docs/design.md#roles).

use chrono::NaiveDate;

use crate::db::applications::{ApplicationRow, StepRow};
use crate::db::{self, DbConnection};
use crate::domain::ids::{ApplicationId, UserId};
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult, ErrorCode};
use crate::service::identity::Actor;

/// How the actor relates to a step: directly, as a delegate, or by role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Holding {
    Direct,
    OnBehalfOf(UserId),
    ByRole,
}

/// Whether `actor` may decide `step` on `today`.
pub(crate) fn holding(
    conn: &mut DbConnection,
    actor: &Actor,
    step: &StepRow,
    today: NaiveDate,
) -> AppResult<Option<Holding>> {
    if step.approver_role.as_deref() == Some(Role::Finance.as_str()) {
        return Ok(actor.has(Role::Finance).then_some(Holding::ByRole));
    }
    let Some(approver) = &step.approver_id else {
        return Ok(None);
    };
    if approver == &actor.user_id {
        return Ok(Some(Holding::Direct));
    }
    let principals = db::delegations::principals_of(conn, &actor.user_id, today)?;
    Ok(principals
        .contains(approver)
        .then(|| Holding::OnBehalfOf(approver.clone())))
}

/// 404 unless `actor` may see the application.
pub(crate) fn ensure_visible(
    conn: &mut DbConnection,
    actor: &Actor,
    app: &ApplicationRow,
    steps: &[StepRow],
    today: NaiveDate,
) -> AppResult<()> {
    if app.requester_id == actor.user_id || actor.has(Role::ItSpecialist) {
        return Ok(());
    }
    if actor.has(Role::Approver)
        && app.department_id.is_some()
        && app.department_id == actor.department_id
    {
        return Ok(());
    }
    for step in steps {
        if holding(conn, actor, step, today)?.is_some()
            || step.decided_by.as_ref() == Some(&actor.user_id)
        {
            return Ok(());
        }
    }
    Err(AppError::NotFound {
        entity: "application",
    })
}

/// The application and its steps, 404 when it is missing or the actor may
/// not see it: what every read of one application starts with.
pub(crate) fn load_visible(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &ApplicationId,
    today: NaiveDate,
) -> AppResult<(ApplicationRow, Vec<StepRow>)> {
    let row = db::applications::find(conn, id)?.ok_or(AppError::NotFound {
        entity: "application",
    })?;
    let steps = db::applications::steps_of(conn, id)?;
    ensure_visible(conn, actor, &row, &steps, today)?;
    Ok((row, steps))
}

/// 403 unless the actor filed the application.
pub(crate) fn ensure_requester(actor: &Actor, app: &ApplicationRow) -> AppResult<()> {
    if app.requester_id == actor.user_id {
        Ok(())
    } else {
        Err(AppError::Forbidden {
            code: ErrorCode::NotRequester,
            detail: "only the employee who filed this application may do this".into(),
        })
    }
}
