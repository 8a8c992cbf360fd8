//! The year's budget execution (docs/design.md#budget-execution): for each
//! department and category with a limit or a purchase in the year, month by
//! month, the limit against approved, committed, ordered and actual, with
//! what remains and the year to date. The API returns it as JSON, CSV and
//! XLSX; the page shows one department at a time.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::views::DepartmentNames;
use super::READERS;
use crate::db::budget_position::year_lines;
use crate::db::scaled::{money_from_db, quantity_from_db};
use crate::db::{self, DbConnection};
use crate::domain::applications::Category;
use crate::domain::budget::in_cents;
use crate::domain::budget_check::CountedLine;
use crate::domain::budget_execution::{year_to_date, Figures};
use crate::error::{AppError, AppResult};
use crate::service::identity::Actor;
use crate::service::policy::load_policy;
use crate::service::AppContext;

/// The years the report covers.
pub(crate) const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// One month's or the year to date's figures, amounts with two decimals.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct FiguresView {
    /// `YYYY-MM`, or `year_to_date`.
    pub month: String,
    pub limit: Option<Decimal>,
    pub approved: Decimal,
    pub committed: Decimal,
    pub ordered: Decimal,
    pub actual: Decimal,
    pub remaining: Option<Decimal>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ExecutionRow {
    pub department_id: Option<String>,
    pub department_code: Option<String>,
    pub department_name: String,
    pub category: Category,
    /// January to December.
    pub months: Vec<FiguresView>,
    pub year_to_date: FiguresView,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ExecutionView {
    pub year: i32,
    pub currency: String,
    /// The last month the year to date counts: this month for the current
    /// year, December for a past one, none yet for a future one (0).
    pub through_month: u32,
    pub rows: Vec<ExecutionRow>,
}

type Key = (Option<String>, Category);

/// The year `year` (this year when `None`), as of today.
pub(crate) async fn execution(
    ctx: &AppContext,
    actor: &Actor,
    year: Option<i32>,
) -> AppResult<ExecutionView> {
    let today = super::super::applications::today(ctx);
    let year = year.unwrap_or(today.year());
    actor.require_any(READERS)?;
    if !YEARS.contains(&year) {
        return Err(AppError::field(
            "year",
            "out_of_range",
            "must be a year from 2000 to 2100",
        ));
    }
    ctx.db
        .read(move |conn| {
            let names = super::views::department_names(conn)?;
            build(conn, year, today, &names)
        })
        .await
}

/// The months and the year to date of the rows of `department` (all when
/// `None`) and `category` (all when `None`), added up: what the page shows.
pub(crate) fn summed(
    view: &ExecutionView,
    department: Option<&str>,
    category: Option<Category>,
) -> AppResult<Vec<FiguresView>> {
    let rows: Vec<&ExecutionRow> = view
        .rows
        .iter()
        .filter(|r| department.is_none_or(|d| r.department_id.as_deref() == Some(d)))
        .filter(|r| category.is_none_or(|c| r.category == c))
        .collect();
    let mut out: Vec<FiguresView> = (0..12)
        .map(|m| zero(&format!("{}-{:02}", view.year, m + 1)))
        .chain(std::iter::once(zero("year_to_date")))
        .collect();
    for row in rows {
        let figures = row.months.iter().chain(std::iter::once(&row.year_to_date));
        for (sum, f) in out.iter_mut().zip(figures) {
            add_view(sum, f).ok_or_else(overflow)?;
        }
    }
    // What remains of the summed limit after everything summed: spending
    // in a category without a limit still uses the department's money.
    for sum in &mut out {
        sum.remaining = match sum.limit {
            Some(limit) => Some(
                limit
                    .checked_sub(sum.approved)
                    .and_then(|r| r.checked_sub(sum.ordered))
                    .ok_or_else(overflow)?,
            ),
            None => None,
        };
    }
    Ok(out)
}

fn zero(month: &str) -> FiguresView {
    let zero = in_cents(Decimal::ZERO);
    FiguresView {
        month: month.to_owned(),
        limit: None,
        approved: zero,
        committed: zero,
        ordered: zero,
        actual: zero,
        remaining: None,
    }
}

fn add_view(sum: &mut FiguresView, f: &FiguresView) -> Option<()> {
    let add = |a: Option<Decimal>, b: Option<Decimal>| match (a, b) {
        (Some(a), Some(b)) => a.checked_add(b).map(Some),
        (a, b) => Some(a.or(b)),
    };
    sum.limit = add(sum.limit, f.limit)?;
    sum.approved = sum.approved.checked_add(f.approved)?;
    sum.committed = sum.committed.checked_add(f.committed)?;
    sum.ordered = sum.ordered.checked_add(f.ordered)?;
    sum.actual = sum.actual.checked_add(f.actual)?;
    Some(())
}

fn overflow() -> AppError {
    AppError::internal("budget execution out of range")
}

fn build(
    conn: &mut DbConnection,
    year: i32,
    today: NaiveDate,
    names: &DepartmentNames,
) -> AppResult<ExecutionView> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(overflow)?;
    let next = NaiveDate::from_ymd_opt(year + 1, 1, 1).ok_or_else(overflow)?;
    let mut grid: HashMap<Key, [Figures; 12]> = HashMap::new();
    let months: Vec<String> = (1..=12).map(|m| format!("{year}-{m:02}")).collect();
    for limit in db::budgets::limits(conn, Some(&months))? {
        let month = limit.month[5..]
            .parse::<usize>()
            .map_err(AppError::internal)?;
        let key = (Some(limit.department_id.clone()), limit.category);
        let cell = &mut grid.entry(key).or_default()[month - 1];
        cell.limit = Some(money_from_db(limit.amount_cents));
    }
    for row in year_lines(conn, (first, next))? {
        let Some(day) = row.day else { continue };
        let key = (row.department_id.map(String::from), row.line.category);
        let cell = &mut grid.entry(key).or_default()[day.month0() as usize];
        let line = CountedLine {
            status: row.line.status,
            quantity: quantity_from_db(row.line.quantity_milli),
            received: quantity_from_db(row.line.received_milli),
            closed: quantity_from_db(row.line.closed_milli),
            unit_price: money_from_db(row.line.unit_price_cents),
            ordered_unit_price: row.line.ordered_unit_price_cents.map(money_from_db),
        };
        cell.spent.add(&line).ok_or_else(overflow)?;
    }
    let through = match year.cmp(&today.year()) {
        std::cmp::Ordering::Less => 12,
        std::cmp::Ordering::Equal => today.month(),
        std::cmp::Ordering::Greater => 0,
    };
    let mut rows = Vec::with_capacity(grid.len());
    for ((department, category), cells) in grid {
        let named = department.as_ref().and_then(|id| names.get(id));
        let ytd = match through {
            0 => Figures::default(),
            n => year_to_date(&cells, n).ok_or_else(overflow)?,
        };
        let months = cells
            .iter()
            .zip(&months)
            .map(|(f, m)| figures(m, f))
            .collect::<AppResult<Vec<_>>>()?;
        rows.push(ExecutionRow {
            department_code: named.map(|(code, _)| code.clone()),
            department_name: named.map_or_else(|| "(no department)".to_owned(), |(_, n)| n.clone()),
            department_id: department,
            category,
            months,
            year_to_date: figures("year_to_date", &ytd)?,
        });
    }
    rows.sort_by(|a, b| {
        (&a.department_name, a.category.as_str()).cmp(&(&b.department_name, b.category.as_str()))
    });
    Ok(ExecutionView {
        year,
        currency: load_policy(conn)?.0.currency.to_string(),
        through_month: through,
        rows,
    })
}

fn figures(month: &str, f: &Figures) -> AppResult<FiguresView> {
    let remaining = match f.limit {
        Some(_) => Some(f.remaining().ok_or_else(overflow)?),
        None => None,
    };
    Ok(FiguresView {
        month: month.to_owned(),
        limit: f.limit.map(in_cents),
        approved: in_cents(f.spent.approved),
        committed: in_cents(f.spent.committed),
        ordered: in_cents(f.ordered().ok_or_else(overflow)?),
        actual: in_cents(f.spent.actual),
        remaining: remaining.map(in_cents),
    })
}
