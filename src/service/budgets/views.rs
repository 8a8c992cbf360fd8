//! What clients, exports and the email see of a budget revision: the
//! stored totals with department codes and names, and its lines.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::db::budgets::{BudgetLineRow, BudgetRow};
use crate::db::scaled::{money_from_db, quantity_from_db};
use crate::db::{self, time, DbConnection};
use crate::domain::applications::Category;
use crate::domain::budget::{authoritative_revision, BudgetKind, GroupTotal, Totals};
use crate::domain::carry::Section;
use crate::domain::ids::UserId;
use crate::error::{AppError, AppResult};

#[derive(Debug, Clone, Serialize)]
pub(crate) struct TotalView {
    /// New and carried-over lines: what is compared with the limit.
    pub total: Decimal,
    pub new: Decimal,
    pub carried_over: Decimal,
    /// Stale lines, beside the total and not in it.
    pub stale: Decimal,
    pub limit: Option<Decimal>,
    pub remaining: Option<Decimal>,
    pub overrun: bool,
    /// Weekly budgets only: ordered so far in the month the week starts in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month_to_date_committed: Option<Decimal>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct DepartmentTotal {
    /// `None` for lines that belong to no department.
    pub department_id: Option<String>,
    pub code: Option<String>,
    pub name: String,
    #[serde(flatten)]
    pub total: TotalView,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct CategoryTotal {
    pub category: String,
    #[serde(flatten)]
    pub total: TotalView,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct BudgetLineView {
    pub position: i32,
    pub source: String,
    pub source_ref: String,
    pub description: String,
    pub department_id: Option<String>,
    pub category: Category,
    pub quantity: Decimal,
    pub unit_price: Decimal,
    pub amount: Decimal,
    pub due_on: Option<NaiveDate>,
    pub section: Section,
    /// Carried over and stale: days from `due_on` to the period's start.
    pub days_overdue: Option<i32>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct BudgetView {
    pub id: String,
    pub kind: BudgetKind,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub revision: i32,
    pub late: bool,
    /// `scheduled` or `manual`.
    pub trigger: String,
    pub currency: String,
    pub total: Decimal,
    pub overall: TotalView,
    pub by_department: Vec<DepartmentTotal>,
    pub by_category: Vec<CategoryTotal>,
    pub generated_at: DateTime<Utc>,
    pub generated_by: Option<UserId>,
    pub approved_by: Option<UserId>,
    pub approved_at: Option<DateTime<Utc>>,
    /// Approved by the finance user who generated it (the policy's
    /// `budget_self_approval`).
    pub self_approved: bool,
    /// The revision of this period that counts: the latest approved one,
    /// or the latest when none is approved.
    pub authoritative_revision: i32,
    pub authoritative: bool,
    /// Absent in lists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<BudgetLineView>>,
    /// What changed since the revision before (`null` for a first
    /// revision); absent in lists (`compare::attach_changes` fills it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes_since_previous: Option<Option<RevisionChanges>>,
}

fn total_view(g: &GroupTotal) -> TotalView {
    // Revisions made before sections existed counted everything as new.
    let zero = Decimal::new(0, 2);
    TotalView {
        total: g.total,
        new: g.new.unwrap_or(g.total),
        carried_over: g.carried_over.unwrap_or(zero),
        stale: g.stale.unwrap_or(zero),
        limit: g.limit,
        remaining: g.remaining,
        overrun: g.overrun,
        month_to_date_committed: g.month_to_date_committed,
    }
}

pub(crate) fn line_view(l: &BudgetLineRow) -> BudgetLineView {
    BudgetLineView {
        position: l.position,
        source: l.source.clone(),
        source_ref: l.source_ref.clone(),
        description: l.description.clone(),
        department_id: l.department_id.clone(),
        category: l.category,
        quantity: quantity_from_db(l.quantity_milli).normalize(),
        unit_price: money_from_db(l.unit_price_cents),
        amount: money_from_db(l.amount_cents),
        due_on: l.due_on,
        section: l.section,
        days_overdue: l.days_overdue,
    }
}

/// A group's total in both revisions (zero where a revision has none).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct TotalChange {
    /// The department id (`null` for lines of no department) or category.
    pub key: Option<String>,
    /// The department's name, or the category.
    pub label: String,
    pub before: Decimal,
    pub after: Decimal,
    pub difference: Decimal,
}

/// A line that differs, as each revision has it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct LineChange {
    /// `added`, `removed` or `changed`.
    pub change: &'static str,
    pub before: Option<BudgetLineView>,
    pub after: Option<BudgetLineView>,
    /// After minus before (what the line adds to the total).
    pub difference: Decimal,
}

/// What changed since the revision before: a revision after the first.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct RevisionChanges {
    pub previous_id: String,
    pub previous_revision: i32,
    pub total_before: Decimal,
    pub total_after: Decimal,
    pub difference: Decimal,
    /// How many lines were added, removed and changed.
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
    /// The departments and categories whose total moved.
    pub by_department: Vec<TotalChange>,
    pub by_category: Vec<TotalChange>,
    /// Every line added, removed or changed, this revision's order first.
    pub lines: Vec<LineChange>,
}

/// Department id → (code, name), for naming totals and export rows.
pub(crate) type DepartmentNames = HashMap<String, (String, String)>;

/// Every department's code and name, by id.
pub(crate) fn department_names(conn: &mut DbConnection) -> AppResult<DepartmentNames> {
    Ok(db::departments::list(conn, None, None, i64::MAX)?
        .into_iter()
        .map(|d| (String::from(d.id), (d.code, d.name)))
        .collect())
}

/// What a view needs beyond its own row: department names, and which
/// revision of each period shown is the authoritative one.
pub(crate) struct Lookups {
    pub names: DepartmentNames,
    authoritative: HashMap<(BudgetKind, NaiveDate), i32>,
}

impl Lookups {
    /// Two queries, whatever the number of `rows`.
    pub(crate) fn load(conn: &mut DbConnection, rows: &[&BudgetRow]) -> AppResult<Self> {
        let names = department_names(conn)?;
        let starts: Vec<NaiveDate> = rows.iter().map(|r| r.period_start).collect();
        let mut revisions: HashMap<(BudgetKind, NaiveDate), Vec<(i32, bool)>> = HashMap::new();
        for (kind, start, revision, approved) in db::budgets::revisions_starting(conn, &starts)? {
            revisions
                .entry((kind, start))
                .or_default()
                .push((revision, approved));
        }
        let authoritative = revisions
            .into_iter()
            .filter_map(|(period, revs)| authoritative_revision(&revs).map(|r| (period, r)))
            .collect();
        Ok(Self {
            names,
            authoritative,
        })
    }
}

pub(crate) fn view(
    row: &BudgetRow,
    lines: Option<&[BudgetLineRow]>,
    lookups: &Lookups,
) -> AppResult<BudgetView> {
    let names = &lookups.names;
    let authoritative_revision = lookups
        .authoritative
        .get(&(row.kind, row.period_start))
        .copied()
        .unwrap_or(row.revision);
    let totals: Totals = serde_json::from_str(&row.totals)
        .map_err(|e| AppError::internal(format!("budget {} totals: {e}", row.id)))?;
    let by_department = totals
        .by_department
        .iter()
        .map(|g| {
            let id = g.key.clone().filter(|k| k != "unassigned");
            let named = id.as_ref().and_then(|id| names.get(id));
            DepartmentTotal {
                code: named.map(|(code, _)| code.clone()),
                name: named.map_or_else(|| "(no department)".to_owned(), |(_, name)| name.clone()),
                department_id: id,
                total: total_view(g),
            }
        })
        .collect();
    let by_category = totals
        .by_category
        .iter()
        .map(|g| CategoryTotal {
            category: g.key.clone().unwrap_or_default(),
            total: total_view(g),
        })
        .collect();
    Ok(BudgetView {
        id: row.id.clone(),
        kind: row.kind,
        period_start: row.period_start,
        period_end: row.period_end,
        revision: row.revision,
        late: row.late,
        trigger: row.trigger_kind.clone(),
        currency: row.currency.clone(),
        total: money_from_db(row.total_cents),
        overall: total_view(&totals.overall),
        by_department,
        by_category,
        generated_at: time::from_db(row.generated_at),
        generated_by: row.generated_by.clone(),
        approved_by: row.approved_by.clone(),
        approved_at: row.approved_at.map(time::from_db),
        self_approved: row.self_approved,
        authoritative_revision,
        authoritative: authoritative_revision == row.revision,
        lines: lines.map(|ls| ls.iter().map(line_view).collect()),
        changes_since_previous: None,
    })
}
