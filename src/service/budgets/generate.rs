//! Generating one budget revision (docs/design.md#procurement-budgets): lines
//! from approved applications not yet ordered and due by the period's end, from
//! ordered applications expected by then (committed, what remains to be
//! received), and from the replenishment forecast over the period plus lead time;
//! totals beside the limits pro rata. Runs inside the caller's transaction.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;

use crate::db::budgets::{BudgetLineRow, BudgetRow, SourceLine};
use crate::db::scaled::{money_from_db, money_to_db, quantity_from_db, quantity_to_db};
use crate::db::{self, time, DbConnection};
use crate::domain::applications::round_money;
use crate::domain::applications::Category;
use crate::domain::applications::Status;
use crate::domain::budget::{
    add_month_to_date, pro_rata, totals, BudgetKind, LineAmount, Period, Totals,
};
use crate::domain::carry::{place, Days, Section};
use crate::domain::ids::UserId;
use crate::error::{AppError, AppResult};
use crate::service::policy::load_policy;
use crate::service::replenishment::{self, Scope};
use crate::service::{local_midnight, new_id};

/// Who or what asked for the revision.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    pub period: Period,
    pub now: DateTime<Utc>,
    /// Today in the configured timezone: the forecast runs from here.
    pub today: NaiveDate,
    /// The configured timezone: months start at its midnight.
    pub tz: chrono_tz::Tz,
    pub scheduled: bool,
    pub late: bool,
    pub actor_id: Option<&'a UserId>,
    pub currency: &'a str,
}

/// A line before it is numbered and stored.
struct Draft {
    source: &'static str,
    source_ref: String,
    description: String,
    department_id: Option<String>,
    category: Category,
    quantity_milli: i64,
    unit_price_cents: i64,
    due_on: Option<NaiveDate>,
    section: Section,
    days_overdue: Option<i64>,
}

impl Draft {
    fn amount(&self) -> Decimal {
        round_money(quantity_from_db(self.quantity_milli) * money_from_db(self.unit_price_cents))
    }
}

/// A line of an open application, placed in the period by its due date:
/// the expected delivery for ordered lines (the need's date when none was
/// given), the need's date for approved ones.
fn from_application(
    source: &'static str,
    s: SourceLine,
    committed: bool,
    place_in: &dyn Fn(Option<NaiveDate>) -> Option<(Section, Option<i64>)>,
) -> Option<Draft> {
    let due_on = if committed {
        s.expected_on.or(s.needed_by)
    } else {
        s.needed_by
    };
    let (section, days_overdue) = place_in(due_on)?;
    let quantity = if committed {
        s.line.quantity_milli - s.line.received_milli - s.line.closed_milli
    } else {
        s.line.quantity_milli
    };
    if quantity <= 0 {
        return None;
    }
    let price = match committed {
        true => s
            .line
            .ordered_unit_price_cents
            .unwrap_or(s.line.unit_price_cents),
        false => s.line.unit_price_cents,
    };
    Some(Draft {
        source,
        source_ref: format!("application:{}#{}", s.application_id, s.line.position + 1),
        description: format!("{} — {}", s.title, s.line.description),
        department_id: s.department_id,
        category: s.line.category,
        quantity_milli: quantity,
        unit_price_cents: price,
        due_on,
        section,
        days_overdue,
    })
}

fn gather(conn: &mut DbConnection, req: &Request) -> AppResult<Vec<Draft>> {
    let end = req.period.end;
    let stale_after = load_policy(conn)?.0.stale_after_days;
    let days = Days {
        start: req.period.start,
        end: req.period.end,
    };
    let place_in = |due| place(due, days, stale_after);
    let mut drafts: Vec<Draft> = db::budgets::source_lines(conn, &[Status::Approved], end)?
        .into_iter()
        .filter_map(|s| from_application("approved", s, false, &place_in))
        .collect();
    let ordered =
        db::budgets::source_lines(conn, &[Status::Ordered, Status::PartiallyReceived], end)?;
    drafts.extend(
        ordered
            .into_iter()
            .filter_map(|s| from_application("committed", s, true, &place_in)),
    );
    // Enough stock to last from today to the period's end, plus lead time.
    let horizon = ((end - req.today).num_days() + 1).max(0);
    let it_department = db::departments::it_department(conn)?.map(|d| String::from(d.id));
    crate::service::stock::usage::keep_current(conn, req.now)?;
    for s in replenishment::compute(conn, horizon, &Scope::default())? {
        drafts.push(Draft {
            source: "replenishment",
            source_ref: format!("stock:{}@{}", s.item_id, s.location_id),
            description: format!("{} ({}) — replenishment", s.name, s.sku),
            department_id: it_department.clone(),
            category: Category::Consumables,
            quantity_milli: quantity_to_db(s.suggested_quantity).unwrap_or_default(),
            unit_price_cents: money_to_db(s.unit_cost).unwrap_or_default(),
            due_on: None,
            section: Section::New,
            days_overdue: None,
        });
    }
    // New lines first, then what is carried over, then the stale; each
    // section keeps the sources' order.
    drafts.sort_by_key(|d| d.section as u8);
    Ok(drafts)
}

/// Limits per (department, category) for the period, pro rata by days.
fn period_limits(
    conn: &mut DbConnection,
    period: &Period,
) -> AppResult<BTreeMap<(String, String), Decimal>> {
    let months: Vec<String> = period
        .days_by_month()
        .into_iter()
        .map(|(m, _, _)| m)
        .collect();
    let mut monthly: BTreeMap<(String, String), BTreeMap<String, Decimal>> = BTreeMap::new();
    for l in db::budgets::limits(conn, Some(&months))? {
        monthly
            .entry((l.department_id, l.category.as_str().to_owned()))
            .or_default()
            .insert(l.month, money_from_db(l.amount_cents));
    }
    Ok(monthly
        .into_iter()
        .filter_map(|(key, by_month)| {
            pro_rata(period, |m| by_month.get(m).copied()).map(|limit| (key, limit))
        })
        .collect())
}

/// Orders placed in the week's month (from its first local midnight to the
/// next month's, and never after now), as amounts: what the month's limit
/// has already been spent on. A week of a past month counts only that
/// month's orders.
fn committed_this_month(conn: &mut DbConnection, req: &Request) -> AppResult<Vec<LineAmount>> {
    let month = Period::containing(BudgetKind::Monthly, req.period.start);
    let from = local_midnight(req.tz, month.start).unwrap_or(req.now);
    let before = local_midnight(req.tz, month.next().start).unwrap_or(req.now);
    let rows = db::budgets::ordered_between(
        conn,
        time::to_db(from),
        time::to_db(before),
        time::to_db(req.now),
    )?;
    Ok(rows
        .into_iter()
        .map(|(department_id, category, quantity, price)| LineAmount {
            department_id,
            category,
            amount: round_money(quantity_from_db(quantity) * money_from_db(price)),
            section: Section::New,
        })
        .collect())
}

/// Builds, stores and returns the next revision of `req.period`.
pub fn generate(
    conn: &mut DbConnection,
    req: &Request,
) -> AppResult<(BudgetRow, Vec<BudgetLineRow>)> {
    let drafts = gather(conn, req)?;
    let limits = period_limits(conn, &req.period)?;
    let amounts: Vec<LineAmount> = drafts
        .iter()
        .map(|d| LineAmount {
            department_id: d.department_id.clone(),
            category: d.category.as_str().to_owned(),
            amount: d.amount(),
            section: d.section,
        })
        .collect();
    let mut totals: Totals = totals(&amounts, &limits);
    if req.period.kind == BudgetKind::Weekly {
        add_month_to_date(&mut totals, &committed_this_month(conn, req)?);
    }
    let total_cents = money_to_db(totals.overall.total)
        .ok_or_else(|| AppError::internal("budget total out of range"))?;
    let revision =
        db::budgets::last_revision(conn, req.period.kind.as_str(), req.period.start)? + 1;
    let id = new_id();
    let lines: Vec<BudgetLineRow> = drafts
        .into_iter()
        .zip(&amounts)
        .enumerate()
        .map(|(i, (d, a))| BudgetLineRow {
            id: new_id(),
            budget_id: id.clone(),
            position: i as i32 + 1,
            source: d.source.to_owned(),
            source_ref: d.source_ref,
            description: d.description,
            department_id: d.department_id,
            category: d.category,
            quantity_milli: d.quantity_milli,
            unit_price_cents: d.unit_price_cents,
            amount_cents: money_to_db(a.amount).unwrap_or_default(),
            due_on: d.due_on,
            section: d.section,
            days_overdue: d.days_overdue.and_then(|n| i32::try_from(n).ok()),
        })
        .collect();
    let row = BudgetRow {
        id,
        kind: req.period.kind,
        period_start: req.period.start,
        period_end: req.period.end,
        revision,
        late: req.late,
        trigger_kind: if req.scheduled { "scheduled" } else { "manual" }.to_owned(),
        currency: req.currency.to_owned(),
        total_cents,
        totals: serde_json::to_string(&totals).map_err(|e| AppError::internal(e.to_string()))?,
        generated_at: time::to_db(req.now),
        generated_by: req.actor_id.cloned(),
        approved_by: None,
        approved_at: None,
        self_approved: false,
        line_count: i64::try_from(lines.len()).unwrap_or(i64::MAX),
    };
    db::budgets::insert(conn, &row, &lines)?;
    Ok((row, lines))
}
