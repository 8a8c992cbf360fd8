//! Two revisions of one budget period side by side: each department's and
//! category's total before and after, and the lines that were added,
//! removed or changed (`domain::budget_compare`).

use rust_decimal::Decimal;

use super::views::{BudgetLineView, BudgetView, TotalView};
use crate::domain::budget_compare::{compare_lines, Change};
use crate::error::{AppError, AppResult};
use crate::service::identity::Actor;
use crate::service::AppContext;

/// A group's total in both revisions (zero where a revision has none).
#[derive(Debug)]
pub(crate) struct TotalChange {
    pub label: String,
    pub before: Decimal,
    pub after: Decimal,
    pub difference: Decimal,
}

/// A line that differs, as each revision has it.
#[derive(Debug)]
pub(crate) struct LineChange {
    pub before: Option<BudgetLineView>,
    pub after: Option<BudgetLineView>,
    /// After minus before (what the line adds to the total).
    pub difference: Decimal,
}

#[derive(Debug)]
pub(crate) struct Comparison {
    pub before: BudgetView,
    pub after: BudgetView,
    pub departments: Vec<TotalChange>,
    pub categories: Vec<TotalChange>,
    pub lines: Vec<LineChange>,
}

/// Revisions `a` and `b` of one period, the earlier first whatever the
/// order asked; two periods cannot be compared (422 naming `with`).
pub(crate) async fn compare(
    ctx: &AppContext,
    actor: &Actor,
    a: String,
    b: String,
) -> AppResult<Comparison> {
    let (first, _) = super::get(ctx, actor, a).await?;
    let (second, _) = super::get(ctx, actor, b).await?;
    if (first.kind, first.period_start) != (second.kind, second.period_start) {
        return Err(AppError::field(
            "with",
            "other_period",
            "only revisions of the same period can be compared",
        ));
    }
    let (before, after) = match first.revision <= second.revision {
        true => (first, second),
        false => (second, first),
    };
    let departments = totals(
        before
            .by_department
            .iter()
            .map(|d| (d.name.clone(), &d.total)),
        after
            .by_department
            .iter()
            .map(|d| (d.name.clone(), &d.total)),
    );
    let categories = totals(
        before
            .by_category
            .iter()
            .map(|c| (c.category.clone(), &c.total)),
        after
            .by_category
            .iter()
            .map(|c| (c.category.clone(), &c.total)),
    );
    let lines = line_changes(
        before.lines.as_deref().unwrap_or_default(),
        after.lines.as_deref().unwrap_or_default(),
    )?;
    Ok(Comparison {
        before,
        after,
        departments,
        categories,
        lines,
    })
}

/// Every group of either revision, in the later revision's order, then the
/// groups only the earlier one had.
fn totals<'a>(
    before: impl Iterator<Item = (String, &'a TotalView)>,
    after: impl Iterator<Item = (String, &'a TotalView)>,
) -> Vec<TotalChange> {
    let before: Vec<(String, Decimal)> = before.map(|(k, t)| (k, t.total)).collect();
    let after: Vec<(String, Decimal)> = after.map(|(k, t)| (k, t.total)).collect();
    let mut out: Vec<TotalChange> = after
        .iter()
        .map(|(label, total)| {
            let old = before
                .iter()
                .find(|(k, _)| k == label)
                .map_or(Decimal::ZERO, |(_, t)| *t);
            change(label, old, *total)
        })
        .collect();
    for (label, total) in &before {
        if !after.iter().any(|(k, _)| k == label) {
            out.push(change(label, *total, Decimal::ZERO));
        }
    }
    out
}

fn change(label: &str, before: Decimal, after: Decimal) -> TotalChange {
    TotalChange {
        label: label.to_owned(),
        before,
        after,
        // Both are budget totals, far inside Decimal's range.
        difference: after - before,
    }
}

fn line_changes(before: &[BudgetLineView], after: &[BudgetLineView]) -> AppResult<Vec<LineChange>> {
    let key = |l: &BudgetLineView| (l.source.clone(), l.source_ref.clone());
    let same = |x: &BudgetLineView, y: &BudgetLineView| {
        (
            x.quantity,
            x.unit_price,
            x.amount,
            x.section,
            x.due_on,
            &x.description,
        ) == (
            y.quantity,
            y.unit_price,
            y.amount,
            y.section,
            y.due_on,
            &y.description,
        )
    };
    compare_lines(before, after, key, same)
        .into_iter()
        .map(|c| {
            let (old, new) = match c {
                Change::Added(l) => (None, Some(l)),
                Change::Removed(l) => (Some(l), None),
                Change::Changed { before, after } => (Some(before), Some(after)),
            };
            let amount = |l: Option<&BudgetLineView>| l.map_or(Decimal::ZERO, |l| l.amount);
            let difference = amount(new)
                .checked_sub(amount(old))
                .ok_or_else(|| AppError::internal("a line's difference overflowed"))?;
            Ok(LineChange {
                before: old.cloned(),
                after: new.cloned(),
                difference,
            })
        })
        .collect()
}
