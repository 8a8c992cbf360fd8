//! What a client reads of the budget position (docs/design.md#budget-check):
//! one line per category of an application, in its department and month,
//! with the amounts to the cent. `budget_position` computes it.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::domain::applications::Category;
use crate::domain::budget::in_cents;
use crate::domain::budget_check::{Rule, Standing};
use crate::domain::ids::DepartmentId;
use crate::domain::roles::Role;

/// One (department, category, month) as the approver reads it; amounts
/// with two decimals.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PositionView {
    pub category: Category,
    /// `null` when the month has no limit for the department and category.
    pub limit: Option<Decimal>,
    /// Approved, not yet ordered (estimated prices).
    pub approved: Decimal,
    /// Ordered, still to be received (ordered prices).
    pub committed: Decimal,
    /// Received (ordered prices).
    pub actual: Decimal,
    pub this_application: Decimal,
    /// The limit minus all of the above; `null` without a limit.
    pub remaining: Option<Decimal>,
    /// What is missing when over, else `null`.
    pub shortfall: Option<Decimal>,
    pub standing: Standing,
    /// What approving does here: `none` within the limit, else the
    /// policy's rule for the category (or for a month without a limit).
    pub rule: Rule,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct BudgetPositionView {
    pub department_id: DepartmentId,
    /// `YYYY-MM`: the month of the expected delivery, else of the need.
    pub month: String,
    pub positions: Vec<PositionView>,
    /// The strictest rule of the positions: what approving now requires.
    pub rule: Rule,
    /// Who may approve past a block (`null`: nobody).
    pub override_role: Option<Role>,
}

impl BudgetPositionView {
    /// The positions that ask something of the approver.
    pub(crate) fn problems(&self) -> impl Iterator<Item = &PositionView> {
        self.positions.iter().filter(|p| p.rule != Rule::None)
    }

    /// One sentence per problem, for a refusal and the history.
    pub(crate) fn describe(&self) -> String {
        let month = &self.month;
        let parts: Vec<String> = self
            .problems()
            .map(|p| match (p.limit, p.shortfall) {
                (Some(limit), Some(short)) => format!(
                    "{} {month}: limit {limit}, held {}, this application {}, short by {short}",
                    p.category,
                    held(p),
                    p.this_application
                ),
                _ => format!("{} {month}: no limit set", p.category),
            })
            .collect();
        parts.join("; ")
    }
}

/// What other applications already hold: approved, committed and actual.
pub(crate) fn held(p: &PositionView) -> Decimal {
    in_cents(p.approved + p.committed + p.actual)
}

impl PositionView {
    /// The row an email's budget table shows: "already held" as one
    /// column beside the limit, this application and what remains.
    pub(crate) fn mail_row(&self) -> serde_json::Value {
        serde_json::json!({
            "category": self.category, "limit": self.limit, "held": held(self),
            "this_application": self.this_application, "remaining": self.remaining,
            "shortfall": self.shortfall, "standing": self.standing,
        })
    }
}

impl BudgetPositionView {
    /// The position as an email shows it: the month, the rule, and the
    /// rows `rows` picks.
    pub(crate) fn mail_context<'a>(
        &'a self,
        rows: impl Iterator<Item = &'a PositionView>,
    ) -> serde_json::Value {
        let rows: Vec<serde_json::Value> = rows.map(PositionView::mail_row).collect();
        serde_json::json!({ "month": self.month, "rule": self.rule, "positions": rows })
    }
}
