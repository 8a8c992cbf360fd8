//! The budget check as an approval meets it (docs/design.md#budget-check):
//! inside the decision's transaction the position is computed again, and
//! the policy's rule decides — approve, ask for "approve anyway", or
//! refuse with 409 `over_budget` naming the limit, the position and the
//! shortfall. An approval past the budget is recorded in the history (in
//! the organisation's language), audited, and emailed to finance.

use serde_json::json;

use super::budget_position::for_row;
use super::notify::Mail;
use super::position_view::BudgetPositionView;
use crate::db::applications::ApplicationRow;
use crate::db::{self, DbConnection};
use crate::domain::budget_check::{outcome, Outcome, Standing};
use crate::domain::ids::UserId;
use crate::error::{AppError, AppResult, ErrorCode};
use crate::i18n::{Arg, TextArg, Tr};
use crate::service::audit;
use crate::service::identity::Actor;
use crate::service::policy::load_policy;

/// An approval that went past the budget, confirmed.
pub(crate) struct Overrun {
    pub position: BudgetPositionView,
    /// A `block` passed by the holder of the override role.
    pub overrode_block: bool,
}

/// Whether `actor` may approve `row` as far as the budget goes:
/// `Ok(None)` within it, `Ok(Some(_))` past it and confirmed, or the
/// refusal (409) with the position in its body.
pub(crate) fn gate(
    conn: &mut DbConnection,
    actor: &Actor,
    row: &ApplicationRow,
    today: chrono::NaiveDate,
    confirmed: bool,
) -> AppResult<Option<Overrun>> {
    let check = load_policy(conn)?.0.budget_check;
    let lines = db::applications::lines_of(conn, &row.id)?;
    let Some(position) = for_row(conn, row, &lines, &check, today)? else {
        return Ok(None);
    };
    let may_override = check.override_role.is_some_and(|r| actor.has(r));
    match outcome(position.rule, may_override, confirmed) {
        Outcome::Within => Ok(None),
        Outcome::Confirmed { overrode_block } => Ok(Some(Overrun {
            position,
            overrode_block,
        })),
        Outcome::NeedsConfirmation { block } => {
            let detail = format!(
                "this approval goes past the budget ({}): approve again with approve_anyway to confirm{}",
                position.describe(),
                if block { " the override" } else { "" }
            );
            Err(refusal(ErrorCode::OverBudgetUnconfirmed, detail, &position))
        }
        Outcome::Blocked => {
            let who = match check.override_role {
                Some(role) => format!("only a {role} user may override it"),
                None => "the policy lets nobody override it".to_owned(),
            };
            let detail = format!(
                "over budget, and the policy blocks it ({}); {who}",
                position.describe()
            );
            Err(refusal(ErrorCode::OverBudget, detail, &position))
        }
    }
}

fn refusal(code: ErrorCode, detail: String, position: &BudgetPositionView) -> AppError {
    AppError::Conflict {
        code,
        detail,
        extra: serde_json::to_value(position)
            .ok()
            .map(|p| json!({ "budget_position": p })),
    }
}

/// The history's note on an approval past the budget, in the
/// organisation's language: "Approved over budget: Hardware 2026-12,
/// 120.00 short".
pub(crate) fn history_note(mail: &Mail, overrun: &Overrun) -> String {
    let tr = Tr::new(mail.templates.default_locale(), chrono_tz::UTC);
    let month = &overrun.position.month;
    let parts: Vec<String> = overrun
        .position
        .problems()
        .map(|p| {
            let category = tr.term("category", &p.category);
            match (p.standing, p.shortfall) {
                (Standing::Over, Some(short)) => tr.message(
                    "mail-over-budget-history-short",
                    vec![
                        ("category".into(), Arg::from(TextArg(category))),
                        ("month".into(), Arg::from(TextArg(month.clone()))),
                        ("shortfall".into(), Arg::from(TextArg(tr.money(short)))),
                    ],
                ),
                _ => tr.texts(
                    "mail-over-budget-history-no-limit",
                    &[("category", category), ("month", month.clone())],
                ),
            }
        })
        .collect();
    let key = if overrun.overrode_block {
        "mail-over-budget-history-override"
    } else {
        "mail-over-budget-history"
    };
    tr.text(key, "details", parts.join("; "))
}

/// Audits the approval past the budget and tells every active finance user.
pub(crate) fn record(
    conn: &mut DbConnection,
    mail: &Mail,
    row: &ApplicationRow,
    actor: &UserId,
    overrun: &Overrun,
) -> AppResult<()> {
    let position = serde_json::to_value(&overrun.position).map_err(AppError::internal)?;
    audit::record(
        conn,
        mail.now,
        Some(actor),
        "application.approved_over_budget",
        "application",
        row.id.as_str(),
        json!({ "overrode_block": overrun.overrode_block, "budget_position": position }),
    )?;
    let context = overrun.position.mail_context(overrun.position.problems());
    super::notify::over_budget(conn, mail, row, actor, overrun.overrode_block, context)
}
