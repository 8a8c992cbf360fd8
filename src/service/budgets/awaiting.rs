//! The budget revisions waiting for *my* approval, for finance's home
//! page: of the latest revisions, those that count for their period, are
//! not approved yet, and that the four-eyes rule lets me approve.

use super::views::BudgetView;
use super::{approval, list, Approval};
use crate::domain::roles::Role;
use crate::error::AppResult;
use crate::service::identity::Actor;
use crate::service::pagination::PageRequest;
use crate::service::AppContext;

/// How far back the home page looks: a revision left unapproved behind a
/// hundred newer ones has long been replaced by its period's later ones.
const LOOK_BACK: i64 = 100;

/// Up to `limit` of them, newest first; none for anyone but finance.
pub(crate) async fn awaiting_my_approval(
    ctx: &AppContext,
    actor: &Actor,
    limit: usize,
) -> AppResult<Vec<BudgetView>> {
    if !actor.has(Role::Finance) {
        return Ok(Vec::new());
    }
    let latest = PageRequest {
        limit: LOOK_BACK,
        after: None,
    };
    let mut out = Vec::new();
    for budget in list(ctx, actor, None, None, latest).await?.items {
        if out.len() == limit {
            break;
        }
        if budget.authoritative && approval(ctx, actor, &budget).await? == Approval::Open {
            out.push(budget);
        }
    }
    Ok(out)
}
