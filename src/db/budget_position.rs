//! The reads of the budget check at approval (docs/design.md#budget-check):
//! the lines other applications of a department hold in one month, and
//! that month's limits; and the year's lines of every department for the
//! budget execution (docs/design.md#budget-execution). An application counts in the month of its expected
//! delivery once ordered, else of its need — `COALESCE(expected_on,
//! needed_by)`, the expression `applications_budget_month` indexes.

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::sql_types::{Date, Nullable};

use super::run::on_backend;
use super::schema::{application_lines, applications, budget_limits};
use super::DbConnection;
use crate::domain::applications::{Category, Status};
use crate::domain::ids::{ApplicationId, DepartmentId};

diesel::define_sql_function! {
    /// SQL `COALESCE` of two dates: an application's budget day.
    fn coalesce(x: Nullable<Date>, y: Nullable<Date>) -> Nullable<Date>;
}

/// The statuses whose applications hold money in a month: approved and
/// not ordered, ordered (partly) to come, received.
pub(crate) const HOLDING: [Status; 4] = [
    Status::Approved,
    Status::Ordered,
    Status::PartiallyReceived,
    Status::Received,
];

#[derive(Debug, Clone, Queryable)]
pub(crate) struct CountedRow {
    pub status: Status,
    pub category: Category,
    pub quantity_milli: i64,
    pub received_milli: i64,
    pub closed_milli: i64,
    pub unit_price_cents: i64,
    pub ordered_unit_price_cents: Option<i64>,
}

/// The lines of `categories` that `department`'s applications other than
/// `except` hold in the month from `from` to before `until`.
pub(crate) fn counted_lines(
    conn: &mut DbConnection,
    department: &DepartmentId,
    categories: &[Category],
    (from, until): (NaiveDate, NaiveDate),
    except: &ApplicationId,
) -> QueryResult<Vec<CountedRow>> {
    let day = coalesce(applications::expected_on, applications::needed_by);
    on_backend!(conn, |c| {
        applications::table
            .inner_join(application_lines::table)
            .filter(applications::department_id.eq(department))
            .filter(day.ge(from))
            .filter(day.lt(until))
            .filter(applications::status.eq_any(HOLDING))
            .filter(applications::id.ne(except))
            .filter(application_lines::category.eq_any(categories))
            .select((
                applications::status,
                application_lines::category,
                application_lines::quantity_milli,
                application_lines::received_milli,
                application_lines::closed_milli,
                application_lines::unit_price_cents,
                application_lines::ordered_unit_price_cents,
            ))
            .load(c)
    })
}

/// A line of the year's execution: its application's department and
/// budget day, and what `CountedRow` has.
#[derive(Debug, Clone, Queryable)]
pub(crate) struct YearRow {
    pub department_id: Option<DepartmentId>,
    pub day: Option<NaiveDate>,
    pub line: CountedRow,
}

/// Every line that applications of any department hold from `from` to
/// before `until`.
pub(crate) fn year_lines(
    conn: &mut DbConnection,
    (from, until): (NaiveDate, NaiveDate),
) -> QueryResult<Vec<YearRow>> {
    let day = coalesce(applications::expected_on, applications::needed_by);
    on_backend!(conn, |c| {
        applications::table
            .inner_join(application_lines::table)
            .filter(day.ge(from))
            .filter(day.lt(until))
            .filter(applications::status.eq_any(HOLDING))
            .select((
                applications::department_id,
                day,
                (
                    applications::status,
                    application_lines::category,
                    application_lines::quantity_milli,
                    application_lines::received_milli,
                    application_lines::closed_milli,
                    application_lines::unit_price_cents,
                    application_lines::ordered_unit_price_cents,
                ),
            ))
            .load(c)
    })
}

/// The limits `month` (`YYYY-MM`) has for `department`, by category.
pub(crate) fn month_limits(
    conn: &mut DbConnection,
    month: &str,
    department: &DepartmentId,
) -> QueryResult<Vec<(Category, i64)>> {
    on_backend!(conn, |c| {
        budget_limits::table
            .filter(budget_limits::month.eq(month))
            .filter(budget_limits::department_id.eq(department.as_str()))
            .select((budget_limits::category, budget_limits::amount_cents))
            .load(c)
    })
}
