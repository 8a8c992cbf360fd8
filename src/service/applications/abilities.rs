//! What the actor may do with an application now: the buttons a page
//! offers. The use cases check the same rules again when the action
//! arrives (and may still refuse, e.g. the four-eyes rule); this only
//! spares people buttons that could never work.

use chrono::NaiveDate;

use super::access::{holding, load_visible, Holding};
use super::budget_position;
use super::names::load_view_with_steps;
use super::today;
use super::views::ApplicationView;
use crate::db::applications::{ApplicationRow, StepRow};
use crate::db::DbConnection;
use crate::domain::applications::{transition, Action, Status};
use crate::domain::approval::StepStatus;
use crate::domain::budget_check::{outcome, Outcome};
use crate::domain::ids::ApplicationId;
use crate::domain::roles::Role;
use crate::error::AppResult;
use crate::service::identity::Actor;
use crate::service::AppContext;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Abilities {
    /// Change the draft or the returned application.
    pub edit: bool,
    pub submit: bool,
    pub cancel: bool,
    /// Approve, return or reject the deciding step.
    pub decide: bool,
    /// Deciding as the delegate of the step's approver.
    pub as_delegate: bool,
    /// Record the order (IT specialists, an approved application).
    pub order: bool,
    /// Record a delivery (IT specialists, an ordered application).
    pub receive: bool,
    /// Approving goes past the budget: the "approve anyway" box is needed
    /// (docs/design.md#budget-check) — overriding a block when
    /// `override_budget`.
    pub confirm_budget: bool,
    pub override_budget: bool,
    /// The budget blocks approving, and the actor may not override it.
    pub budget_blocked: bool,
}

/// The application as the actor may see it (404 otherwise) and what they
/// may do with it.
pub(crate) async fn with_abilities(
    ctx: &AppContext,
    actor: &Actor,
    id: ApplicationId,
) -> AppResult<(ApplicationView, Abilities)> {
    let today = today(ctx);
    let actor = actor.clone();
    ctx.db
        .read(move |conn| {
            let (row, steps) = load_visible(conn, &actor, &id, today)?;
            let mut abilities = abilities(conn, &actor, &row, &steps, today)?;
            let mut view = load_view_with_steps(conn, row, &steps)?;
            budget_position::as_of(conn, &mut view, &actor, today)?;
            if let (true, Some(p)) = (abilities.decide, &view.budget_position) {
                let may_override = p.override_role.is_some_and(|r| actor.has(r));
                match outcome(p.rule, may_override, false) {
                    Outcome::NeedsConfirmation { block } => {
                        abilities.confirm_budget = true;
                        abilities.override_budget = block;
                    }
                    Outcome::Blocked => abilities.budget_blocked = true,
                    Outcome::Within | Outcome::Confirmed { .. } => {}
                }
            }
            Ok((view, abilities))
        })
        .await
}

fn abilities(
    conn: &mut DbConnection,
    actor: &Actor,
    row: &ApplicationRow,
    steps: &[StepRow],
    today: NaiveDate,
) -> AppResult<Abilities> {
    let own = row.requester_id == actor.user_id;
    // Their own application too: the use case refuses it unless the
    // policy allows self-fulfilment, and says why.
    let it = actor.has(Role::ItSpecialist);
    let can = |action| transition(row.status, action).is_some();
    let pending = steps.iter().find(|s| s.status == StepStatus::Pending);
    let held = match pending {
        // Nobody decides on their own application.
        Some(step) if !own && row.status == Status::Submitted => holding(conn, actor, step, today)?,
        _ => None,
    };
    Ok(Abilities {
        edit: own && can(Action::Edit),
        submit: own && can(Action::Submit),
        cancel: own && can(Action::Cancel),
        decide: held.is_some(),
        as_delegate: matches!(held, Some(Holding::OnBehalfOf(_))),
        order: it && row.status == Status::Approved,
        receive: it && matches!(row.status, Status::Ordered | Status::PartiallyReceived),
        ..Abilities::default()
    })
}
