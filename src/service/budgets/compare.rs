//! Two revisions of one budget period side by side: each department's and
//! category's total before and after, and the lines that were added,
//! removed or changed (`domain::budget_compare`). The compare page shows
//! any two; every revision after the first carries what changed since the
//! one before it ([`since_previous`]), in the API, the XLSX and the email.

use rust_decimal::Decimal;

use super::views::{
    view, BudgetLineView, BudgetView, LineChange, Lookups, RevisionChanges, TotalChange, TotalView,
};
use crate::db::{self, DbConnection};
use crate::domain::budget_compare::{compare_lines, Change};
use crate::error::{AppError, AppResult};
use crate::service::identity::Actor;
use crate::service::AppContext;

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
    let (first, _) = super::read(ctx, actor, a, false).await?;
    let (second, _) = super::read(ctx, actor, b, false).await?;
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
    let (departments, categories, lines) = between(&before, &after)?;
    Ok(Comparison {
        before,
        after,
        departments,
        categories,
        lines,
    })
}

/// What `budget` changed since the revision of its period before it
/// (`None` for a first revision). Both are stored snapshots that never
/// change, so this reads the same every time.
pub(crate) fn since_previous(
    conn: &mut DbConnection,
    budget: &BudgetView,
    lookups: &Lookups,
) -> AppResult<Option<RevisionChanges>> {
    let earlier = budget.revision - 1;
    let Some(row) = db::budgets::find_revision(conn, budget.kind, budget.period_start, earlier)?
    else {
        return Ok(None);
    };
    let lines = db::budgets::lines_of(conn, &row.id)?;
    let before = view(&row, Some(&lines), lookups)?;
    let (departments, categories, lines) = between(&before, budget)?;
    let moved = |g: &TotalChange| !g.difference.is_zero();
    let count = |kind: &str| lines.iter().filter(|c| c.change == kind).count();
    let (added, removed, changed) = (count("added"), count("removed"), count("changed"));
    Ok(Some(RevisionChanges {
        previous_id: before.id.clone(),
        previous_revision: before.revision,
        total_before: before.total,
        total_after: budget.total,
        difference: budget.total - before.total,
        added,
        removed,
        changed,
        by_department: departments.into_iter().filter(moved).collect(),
        by_category: categories.into_iter().filter(moved).collect(),
        lines,
    }))
}

/// Fills the full view's `changes_since_previous`.
pub(crate) fn attach_changes(
    conn: &mut DbConnection,
    budget: &mut BudgetView,
    lookups: &Lookups,
) -> AppResult<()> {
    budget.changes_since_previous = Some(since_previous(conn, budget, lookups)?);
    Ok(())
}

/// The groups' totals and the lines that differ from `before` to `after`.
fn between(
    before: &BudgetView,
    after: &BudgetView,
) -> AppResult<(Vec<TotalChange>, Vec<TotalChange>, Vec<LineChange>)> {
    let department = |d: &super::views::DepartmentTotal| (d.department_id.clone(), d.name.clone());
    let departments = totals(
        before
            .by_department
            .iter()
            .map(|d| (department(d), &d.total)),
        after
            .by_department
            .iter()
            .map(|d| (department(d), &d.total)),
    );
    let category = |c: &super::views::CategoryTotal| (Some(c.category.clone()), c.category.clone());
    let categories = totals(
        before.by_category.iter().map(|c| (category(c), &c.total)),
        after.by_category.iter().map(|c| (category(c), &c.total)),
    );
    let lines = line_changes(
        before.lines.as_deref().unwrap_or_default(),
        after.lines.as_deref().unwrap_or_default(),
    )?;
    Ok((departments, categories, lines))
}

/// Every group of either revision, in the later revision's order, then the
/// groups only the earlier one had; a group is its `(key, label)`.
fn totals<'a>(
    before: impl Iterator<Item = ((Option<String>, String), &'a TotalView)>,
    after: impl Iterator<Item = ((Option<String>, String), &'a TotalView)>,
) -> Vec<TotalChange> {
    type Group = (Option<String>, String);
    let before: Vec<(Group, Decimal)> = before.map(|(k, t)| (k, t.total)).collect();
    let after: Vec<(Group, Decimal)> = after.map(|(k, t)| (k, t.total)).collect();
    let mut out: Vec<TotalChange> = after
        .iter()
        .map(|(group, total)| {
            let old = before
                .iter()
                .find(|(k, _)| k == group)
                .map_or(Decimal::ZERO, |(_, t)| *t);
            change(group, old, *total)
        })
        .collect();
    for (group, total) in &before {
        if !after.iter().any(|(k, _)| k == group) {
            out.push(change(group, *total, Decimal::ZERO));
        }
    }
    out
}

fn change((key, label): &(Option<String>, String), before: Decimal, after: Decimal) -> TotalChange {
    TotalChange {
        key: key.clone(),
        label: label.clone(),
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
            let (change, old, new) = match c {
                Change::Added(l) => ("added", None, Some(l)),
                Change::Removed(l) => ("removed", Some(l), None),
                Change::Changed { before, after } => ("changed", Some(before), Some(after)),
            };
            let amount = |l: Option<&BudgetLineView>| l.map_or(Decimal::ZERO, |l| l.amount);
            let difference = amount(new)
                .checked_sub(amount(old))
                .ok_or_else(|| AppError::internal("a line's difference overflowed"))?;
            Ok(LineChange {
                change,
                before: old.cloned(),
                after: new.cloned(),
                difference,
            })
        })
        .collect()
}
