//! Queries on budgets, their lines and the monthly limits, plus the reads
//! a budget is generated from (applications approved or ordered).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::applications::LineRow;
use super::run::{on_backend, RunOnBackend};
use super::schema::{application_lines, applications, budget_limits, budget_lines, budgets};
use super::DbConnection;
use crate::domain::applications::Category;
use crate::domain::applications::Status;
use crate::domain::budget::BudgetKind;
use crate::domain::carry::Section;
use crate::domain::ids::UserId;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_limits, treat_none_as_default_value = false)]
pub(crate) struct LimitRow {
    pub month: String,
    pub department_id: String,
    pub category: Category,
    pub amount_cents: i64,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budgets, treat_none_as_default_value = false)]
pub struct BudgetRow {
    pub id: String,
    pub kind: BudgetKind,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub revision: i32,
    pub late: bool,
    pub trigger_kind: String,
    pub currency: String,
    pub total_cents: i64,
    pub totals: String,
    pub generated_at: NaiveDateTime,
    pub generated_by: Option<UserId>,
    pub approved_by: Option<UserId>,
    pub approved_at: Option<NaiveDateTime>,
    /// Approved by the finance user who generated it, as the policy allows.
    pub self_approved: bool,
    /// How many lines it has (they never change after generation).
    pub line_count: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_lines, treat_none_as_default_value = false)]
pub struct BudgetLineRow {
    pub id: String,
    pub budget_id: String,
    pub position: i32,
    pub source: String,
    pub source_ref: String,
    pub description: String,
    pub department_id: Option<String>,
    pub category: Category,
    pub quantity_milli: i64,
    pub unit_price_cents: i64,
    pub amount_cents: i64,
    pub due_on: Option<NaiveDate>,
    pub section: Section,
    /// Carried over and stale lines: days from the due date to the period's start.
    pub days_overdue: Option<i32>,
}

/// Sets (or replaces) one monthly limit.
pub(crate) fn upsert_limit(conn: &mut DbConnection, row: &LimitRow) -> QueryResult<()> {
    let target = (
        budget_limits::month,
        budget_limits::department_id,
        budget_limits::category,
    );
    let changes = (
        budget_limits::amount_cents.eq(row.amount_cents),
        budget_limits::updated_at.eq(row.updated_at),
    );
    match conn {
        DbConnection::Sqlite(c) => diesel::insert_into(budget_limits::table)
            .values(row)
            .on_conflict(target)
            .do_update()
            .set(changes)
            .execute(c)?,
        DbConnection::Postgresql(c) => diesel::insert_into(budget_limits::table)
            .values(row)
            .on_conflict(target)
            .do_update()
            .set(changes)
            .execute(c)?,
    };
    Ok(())
}

/// Removes one monthly limit (the department's category then has none).
pub(crate) fn delete_limit(
    conn: &mut DbConnection,
    month: &str,
    department_id: &str,
    category: Category,
) -> QueryResult<usize> {
    diesel::delete(
        budget_limits::table
            .filter(budget_limits::month.eq(month))
            .filter(budget_limits::department_id.eq(department_id))
            .filter(budget_limits::category.eq(category)),
    )
    .run_execute(conn)
}

/// The limits of the given months (`YYYY-MM`), or of every month.
pub(crate) fn limits(
    conn: &mut DbConnection,
    months: Option<&[String]>,
) -> QueryResult<Vec<LimitRow>> {
    on_backend!(conn, |c| {
        let mut query = budget_limits::table
            .select(LimitRow::as_select())
            .into_boxed();
        if let Some(months) = months {
            query = query.filter(budget_limits::month.eq_any(months.to_vec()));
        }
        query
            .order((
                budget_limits::month,
                budget_limits::department_id,
                budget_limits::category,
            ))
            .load(c)
    })
}

/// The last revision of a period, holding (on PostgreSQL) a transaction
/// lock on that period so two generations at once number 1 and 2 instead
/// of colliding on the unique key. SQLite has one writer anyway.
pub(crate) fn last_revision(
    conn: &mut DbConnection,
    kind: &str,
    start: NaiveDate,
) -> QueryResult<i32> {
    if let DbConnection::Postgresql(c) = conn {
        diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext($1))")
            .bind::<diesel::sql_types::Text, _>(format!("budget:{kind}:{start}"))
            .execute(c)?;
    }
    budgets::table
        .filter(budgets::kind.eq(kind))
        .filter(budgets::period_start.eq(start))
        .select(diesel::dsl::max(budgets::revision))
        .run_first::<Option<i32>>(conn)
        .map(|r| r.unwrap_or(0))
}

pub(crate) fn insert(
    conn: &mut DbConnection,
    budget: &BudgetRow,
    lines: &[BudgetLineRow],
) -> QueryResult<()> {
    diesel::insert_into(budgets::table)
        .values(budget)
        .run_execute(conn)?;
    // Batches keep a large replenishment forecast to a few statements.
    for chunk in lines.chunks(500) {
        match conn {
            DbConnection::Sqlite(c) => diesel::insert_into(budget_lines::table)
                .values(chunk)
                .execute(c)?,
            DbConnection::Postgresql(c) => diesel::insert_into(budget_lines::table)
                .values(chunk)
                .execute(c)?,
        };
    }
    Ok(())
}

pub(crate) fn find(conn: &mut DbConnection, id: &str) -> QueryResult<Option<BudgetRow>> {
    on_backend!(conn, |c| {
        budgets::table
            .find(id)
            .select(BudgetRow::as_select())
            .first(c)
            .optional()
    })
}

/// Revision `revision` of the period `kind` starting on `start`, if any.
pub(crate) fn find_revision(
    conn: &mut DbConnection,
    kind: BudgetKind,
    start: NaiveDate,
    revision: i32,
) -> QueryResult<Option<BudgetRow>> {
    on_backend!(conn, |c| {
        budgets::table
            .filter(budgets::kind.eq(kind))
            .filter(budgets::period_start.eq(start))
            .filter(budgets::revision.eq(revision))
            .select(BudgetRow::as_select())
            .first(c)
            .optional()
    })
}

pub(crate) fn lines_of(
    conn: &mut DbConnection,
    budget_id: &str,
) -> QueryResult<Vec<BudgetLineRow>> {
    on_backend!(conn, |c| {
        budget_lines::table
            .filter(budget_lines::budget_id.eq(budget_id))
            .order(budget_lines::position)
            .select(BudgetLineRow::as_select())
            .load(c)
    })
}

/// Which of a budget's lines to read (each `None` is "any").
#[derive(Debug, Clone, Default)]
pub(crate) struct LineQuery {
    /// `Some(None)`: the lines of no department.
    pub department: Option<Option<String>>,
    pub category: Option<Category>,
    pub section: Option<Section>,
}

/// One page of a budget's matching lines in their order, and how many
/// match: `line_count` (the budget's stored count) when nothing narrows
/// them, else counted.
pub(crate) fn lines_page(
    conn: &mut DbConnection,
    budget: &BudgetRow,
    q: &LineQuery,
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<BudgetLineRow>, i64)> {
    let budget_id = budget.id.as_str();
    let narrowed = q.department.is_some() || q.category.is_some() || q.section.is_some();
    on_backend!(conn, |c| {
        let filtered = || {
            let mut query = budget_lines::table
                .filter(budget_lines::budget_id.eq(budget_id.to_owned()))
                .into_boxed();
            match &q.department {
                None => {}
                Some(None) => query = query.filter(budget_lines::department_id.is_null()),
                Some(Some(id)) => query = query.filter(budget_lines::department_id.eq(id.clone())),
            }
            if let Some(category) = q.category {
                query = query.filter(budget_lines::category.eq(category));
            }
            if let Some(section) = q.section {
                query = query.filter(budget_lines::section.eq(section));
            }
            query
        };
        let matched = if narrowed {
            filtered().count().get_result(c)?
        } else {
            budget.line_count
        };
        let rows = filtered()
            .order(budget_lines::position)
            .offset(offset)
            .limit(limit)
            .select(BudgetLineRow::as_select())
            .load(c)?;
        Ok((rows, matched))
    })
}

/// Newest first within a period; pages by id (UUIDv7, creation order).
pub(crate) fn list(
    conn: &mut DbConnection,
    kind: Option<&str>,
    period_start: Option<NaiveDate>,
    after: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<BudgetRow>> {
    on_backend!(conn, |c| {
        let mut query = budgets::table.select(BudgetRow::as_select()).into_boxed();
        if let Some(kind) = kind {
            query = query.filter(budgets::kind.eq(kind.to_owned()));
        }
        if let Some(start) = period_start {
            query = query.filter(budgets::period_start.eq(start));
        }
        if let Some(after) = after {
            query = query.filter(budgets::id.lt(after.to_owned()));
        }
        query.order(budgets::id.desc()).limit(limit).load(c)
    })
}

/// Every revision of the periods starting on `starts`: (kind, start,
/// revision, approved).
pub(crate) fn revisions_starting(
    conn: &mut DbConnection,
    starts: &[NaiveDate],
) -> QueryResult<Vec<(BudgetKind, NaiveDate, i32, bool)>> {
    let rows: Vec<(BudgetKind, NaiveDate, i32, Option<NaiveDateTime>)> = budgets::table
        .filter(budgets::period_start.eq_any(starts))
        .select((
            budgets::kind,
            budgets::period_start,
            budgets::revision,
            budgets::approved_at,
        ))
        .run_load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(kind, start, revision, at)| (kind, start, revision, at.is_some()))
        .collect())
}

/// Marks a revision approved; false when it already was.
pub(crate) fn approve(
    conn: &mut DbConnection,
    id: &str,
    by: &UserId,
    self_approved: bool,
    at: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        budgets::table
            .find(id)
            .filter(budgets::approved_at.is_null()),
    )
    .set((
        budgets::approved_by.eq(by),
        budgets::approved_at.eq(at),
        budgets::self_approved.eq(self_approved),
    ))
    .run_execute(conn)
    .map(|n| n == 1)
}

/// What an application line contributes to a budget.
#[derive(Debug, Clone, Queryable)]
pub(crate) struct SourceLine {
    pub line: LineRow,
    pub application_id: String,
    pub title: String,
    pub department_id: Option<String>,
    pub needed_by: Option<NaiveDate>,
    pub expected_on: Option<NaiveDate>,
}

/// Lines of applications in `statuses` whose date (`needed_by` for
/// approved, `expected_on` for ordered) is on or before `until`, or unset.
pub(crate) fn source_lines(
    conn: &mut DbConnection,
    statuses: &[Status],
    until: NaiveDate,
) -> QueryResult<Vec<SourceLine>> {
    on_backend!(conn, |c| {
        let due = applications::needed_by
            .le(until)
            .or(applications::needed_by.is_null());
        let expected = applications::expected_on
            .le(until)
            .or(applications::expected_on.is_null());
        let base = application_lines::table
            .inner_join(applications::table)
            .filter(applications::status.eq_any(statuses.to_vec()))
            .select((
                LineRow::as_select(),
                applications::id,
                applications::title,
                applications::department_id,
                applications::needed_by,
                applications::expected_on,
            ))
            .order((applications::id, application_lines::position));
        if statuses.contains(&Status::Approved) {
            base.filter(due).load(c)
        } else {
            base.filter(expected).load(c)
        }
    })
}

/// (department, category, quantity in milli, unit price in cents).
pub(crate) type OrderedLine = (Option<String>, String, i64, i64);

/// What was ordered at or after `from`, before `before` and not after
/// `not_after` (by the time of the `order` transition), per line:
/// (department, category, quantity, price), the price being the ordered
/// unit price.
pub(crate) fn ordered_between(
    conn: &mut DbConnection,
    from: NaiveDateTime,
    before: NaiveDateTime,
    not_after: NaiveDateTime,
) -> QueryResult<Vec<OrderedLine>> {
    use super::schema::application_history as h;
    let ordered_then = h::table
        .filter(h::action.eq("order"))
        .filter(h::at.ge(from))
        .filter(h::at.lt(before))
        .filter(h::at.le(not_after))
        .select(h::application_id);
    type Row = (Option<String>, String, i64, i64, Option<i64>, i64);
    let rows: Vec<Row> = application_lines::table
        .inner_join(applications::table)
        .filter(applications::id.eq_any(ordered_then))
        .filter(applications::status.eq_any([
            Status::Ordered,
            Status::PartiallyReceived,
            Status::Received,
        ]))
        .select((
            applications::department_id,
            application_lines::category,
            application_lines::quantity_milli,
            application_lines::closed_milli,
            application_lines::ordered_unit_price_cents,
            application_lines::unit_price_cents,
        ))
        .run_load(conn)?;
    // What was closed short was never going to be spent.
    Ok(rows
        .into_iter()
        .map(|(d, c, q, closed, ordered, planned)| (d, c, q - closed, ordered.unwrap_or(planned)))
        .collect())
}
