//! Demo budget limits: a twelfth of a year's committed spending per
//! department × category, with 90–130 % headroom, so some budget lines fit
//! and some overrun, as in a real year.

use std::collections::HashMap;

use chrono::{DateTime, Months, Utc};

use super::applications::Batch;
use super::dice::Dice;
use super::org::DemoOrg;
use crate::db::budgets::LimitRow;
use crate::db::{self, time, Db};
use crate::domain::applications::{Category, Status};
use crate::domain::budget::month_start;
use crate::error::AppResult;

/// A year's committed spending per department × category, in cents.
#[derive(Default)]
pub(crate) struct Spend(HashMap<(String, String), i64>);

impl Spend {
    pub(crate) fn add(&mut self, department: &str, category: &str, cents: i64) {
        *self
            .0
            .entry((department.to_owned(), category.to_owned()))
            .or_default() += cents;
    }

    /// Lines of applications that got approved count as spent.
    pub(crate) fn add_batch(&mut self, batch: &Batch) {
        let committed: HashMap<&str, &str> = batch
            .applications
            .iter()
            .filter(|a| {
                matches!(
                    a.status,
                    Status::Approved
                        | Status::Ordered
                        | Status::PartiallyReceived
                        | Status::Received
                )
            })
            .filter_map(|a| Some((a.id.as_str(), a.department_id.as_ref()?.as_str())))
            .collect();
        for line in &batch.lines {
            if let Some(department) = committed.get(line.application_id.as_str()) {
                self.add(
                    department,
                    line.category.as_str(),
                    line.quantity_milli * line.unit_price_cents / 1_000,
                );
            }
        }
    }
}

/// Monthly limits for the half year behind and ahead, per department and
/// category: a twelfth of last year's spending with 90–130 % headroom, so
/// some budget lines fit and some overrun, as in a real year.
pub(crate) fn write_limits(
    db: &Db,
    dice: &mut Dice,
    org: &DemoOrg,
    spend: &Spend,
    now: DateTime<Utc>,
) -> AppResult<usize> {
    let first = month_start(now.date_naive()) - Months::new(6);
    let mut rows = Vec::new();
    for department in &org.departments {
        for category in Category::ALL {
            let yearly = spend
                .0
                .get(&(department.id.to_string(), category.as_str().to_owned()))
                .copied()
                .unwrap_or(0);
            let monthly = (yearly / 12 * dice.between(90, 130) / 100).max(10_000) / 100 * 100;
            for m in 0..12 {
                rows.push(LimitRow {
                    month: (first + Months::new(m)).format("%Y-%m").to_string(),
                    department_id: department.id.to_string(),
                    category: *category,
                    amount_cents: monthly,
                    updated_at: time::to_db(now),
                });
            }
        }
    }
    db.write_blocking(|conn| Ok(db::bulk::budget_limits(conn, &rows)?))?;
    Ok(rows.len())
}
