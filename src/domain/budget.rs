//! Budget rules without I/O (docs/design.md#procurement-budgets): periods (ISO
//! weeks Monday–Sunday, calendar months), which period a scheduled run produces,
//! limits pro rata by days, and the totals beside their limits. Money is exact:
//! totals are sums of lines already rounded to the cent, so lines add up to
//! totals: the new and carried-over lines to `total`, the stale ones to
//! `stale` (sections: `domain::carry`).

use std::collections::BTreeMap;

use chrono::{Datelike, Days, Duration, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::applications::round_money;
use super::carry::Section;

super::vocabulary::text_enum!(
    /// The two budget cadences.
    BudgetKind {
        Weekly = "weekly",
        Monthly = "monthly",
    }
);

impl BudgetKind {
    /// The scheduled job that produces budgets of this kind.
    pub(crate) fn job(self) -> &'static str {
        match self {
            Self::Weekly => "weekly_budget",
            Self::Monthly => "monthly_budget",
        }
    }

    pub(crate) fn from_job(job: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|k| k.job() == job)
    }
}

/// One budget period; `end` is inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    pub kind: BudgetKind,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

pub(crate) fn month_start(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.day0()))
}

fn next_month_start(date: NaiveDate) -> NaiveDate {
    month_start(date) + Months::new(1)
}

/// Days in the month of `date`.
pub(crate) fn days_in_month(date: NaiveDate) -> i64 {
    (next_month_start(date) - month_start(date)).num_days()
}

impl Period {
    /// The period of `kind` that contains `date`.
    pub(crate) fn containing(kind: BudgetKind, date: NaiveDate) -> Period {
        match kind {
            BudgetKind::Weekly => {
                let start = date - Duration::days(i64::from(date.weekday().num_days_from_monday()));
                Period {
                    kind,
                    start,
                    end: start + Duration::days(6),
                }
            }
            BudgetKind::Monthly => Period {
                kind,
                start: month_start(date),
                end: next_month_start(date) - Duration::days(1),
            },
        }
    }

    /// The period starting on `start`, which must be a Monday (weekly) or
    /// the 1st (monthly).
    pub(crate) fn starting(kind: BudgetKind, start: NaiveDate) -> Result<Period, &'static str> {
        let period = Self::containing(kind, start);
        if period.start == start {
            Ok(period)
        } else {
            Err(match kind {
                BudgetKind::Weekly => "a weekly period starts on a Monday",
                BudgetKind::Monthly => "a monthly period starts on the 1st",
            })
        }
    }

    pub(crate) fn next(&self) -> Period {
        Self::containing(self.kind, self.end + Duration::days(1))
    }

    /// The months the period touches, with how many of its days fall in each.
    pub(crate) fn days_by_month(&self) -> Vec<(String, i64, i64)> {
        let mut out: Vec<(String, i64, i64)> = Vec::new();
        let mut day = self.start;
        while day <= self.end {
            let key = month_key(day);
            match out.last_mut() {
                Some((k, n, _)) if *k == key => *n += 1,
                _ => out.push((key, 1, days_in_month(day))),
            }
            day += Duration::days(1);
        }
        out
    }
}

/// `YYYY-MM`, the key budget limits are set under.
pub(crate) fn month_key(date: NaiveDate) -> String {
    format!("{:04}-{:02}", date.year(), date.month())
}

/// Parses `YYYY-MM`.
pub(crate) fn parse_month(s: &str) -> Option<NaiveDate> {
    let (y, m) = s.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)
}

/// The month after `month` (`2026-12` → `2027-01`), for copying limits forward.
pub(crate) fn month_after(month: &str) -> Option<String> {
    let next = parse_month(month)?.checked_add_months(chrono::Months::new(1))?;
    Some(next.format("%Y-%m").to_string())
}

/// The scheduled run at local date `fired_on` produces the next period.
pub fn period_for_run(kind: BudgetKind, fired_on: NaiveDate) -> Period {
    Period::containing(kind, fired_on).next()
}

/// A limit for `period` from monthly limits: each month's limit × its days
/// in the period / days in that month, rounded to the cent. `None` when no
/// month the period touches has a limit.
pub(crate) fn pro_rata(
    period: &Period,
    monthly: impl Fn(&str) -> Option<Decimal>,
) -> Option<Decimal> {
    let mut any = false;
    let mut sum = Decimal::ZERO;
    for (month, days, month_days) in period.days_by_month() {
        if let Some(limit) = monthly(&month) {
            any = true;
            sum += limit * Decimal::from(days) / Decimal::from(month_days);
        }
    }
    any.then(|| round_money(sum))
}

/// One line's contribution to the totals.
#[derive(Debug, Clone)]
pub(crate) struct LineAmount {
    pub department_id: Option<String>,
    pub category: String,
    pub amount: Decimal,
    pub section: Section,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct GroupTotal {
    /// The department id or category; absent for the overall total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// New and carried-over lines: what is compared with the limit.
    pub total: Decimal,
    /// The parts of the total and the stale lines beside it. Absent in
    /// revisions made before carrying over was told apart.
    #[serde(default)]
    pub new: Option<Decimal>,
    #[serde(default)]
    pub carried_over: Option<Decimal>,
    #[serde(default)]
    pub stale: Option<Decimal>,
    pub limit: Option<Decimal>,
    pub remaining: Option<Decimal>,
    pub overrun: bool,
    /// Weekly budgets: already committed (ordered) in the month so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month_to_date_committed: Option<Decimal>,
}

/// An amount with exactly two decimals, so a sum of nothing reads "0.00"
/// and not "0" (amounts here are whole cents already).
pub(crate) fn in_cents(amount: Decimal) -> Decimal {
    let mut amount = amount;
    amount.rescale(2);
    amount
}

/// A group's sums by section.
#[derive(Debug, Clone, Copy, Default)]
struct Sums {
    /// What counts against the limits (new and carried over).
    counted: Decimal,
    new: Decimal,
    carried_over: Decimal,
    stale: Decimal,
}

impl Sums {
    fn add(&mut self, section: Section, amount: Decimal) {
        if section.counts_against_limits() {
            self.counted += amount;
        }
        match section {
            Section::New => self.new += amount,
            Section::CarriedOver => self.carried_over += amount,
            Section::Stale => self.stale += amount,
        }
    }
}

impl GroupTotal {
    fn new(key: Option<String>, sums: Sums, limit: Option<Decimal>) -> Self {
        let total = in_cents(sums.counted);
        let limit = limit.map(in_cents);
        let remaining = limit.map(|l| l - total);
        Self {
            key,
            total,
            new: Some(in_cents(sums.new)),
            carried_over: Some(in_cents(sums.carried_over)),
            stale: Some(in_cents(sums.stale)),
            limit,
            remaining,
            overrun: remaining.is_some_and(|r| r < Decimal::ZERO),
            month_to_date_committed: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Totals {
    pub overall: GroupTotal,
    pub by_department: Vec<GroupTotal>,
    pub by_category: Vec<GroupTotal>,
}

/// Totals by department, by category and overall, each beside its limit.
/// `limits` are per (department, category) for this period (already pro
/// rata). Groups with a limit but no lines appear with a zero total; lines
/// without a department are grouped under the key `unassigned`.
/// The revision of a period that counts, of its `(revision, approved)`
/// pairs: the latest approved one, or the latest when none is approved
/// (docs/design.md#procurement-budgets).
pub(crate) fn authoritative_revision(revisions: &[(i32, bool)]) -> Option<i32> {
    let approved = revisions.iter().filter(|(_, a)| *a).map(|(r, _)| *r).max();
    approved.or_else(|| revisions.iter().map(|(r, _)| *r).max())
}

pub(crate) fn totals(lines: &[LineAmount], limits: &BTreeMap<(String, String), Decimal>) -> Totals {
    let mut by_dept: BTreeMap<String, (Sums, Option<Decimal>)> = BTreeMap::new();
    let mut by_cat: BTreeMap<String, (Sums, Option<Decimal>)> = BTreeMap::new();
    for ((dept, cat), limit) in limits {
        let d = by_dept.entry(dept.clone()).or_default();
        d.1 = Some(d.1.unwrap_or_default() + limit);
        let c = by_cat.entry(cat.clone()).or_default();
        c.1 = Some(c.1.unwrap_or_default() + limit);
    }
    let mut overall = Sums::default();
    for line in lines {
        let dept = line
            .department_id
            .clone()
            .unwrap_or_else(|| "unassigned".into());
        by_dept
            .entry(dept)
            .or_default()
            .0
            .add(line.section, line.amount);
        by_cat
            .entry(line.category.clone())
            .or_default()
            .0
            .add(line.section, line.amount);
        overall.add(line.section, line.amount);
    }
    let overall_limit = (!limits.is_empty()).then(|| limits.values().copied().sum());
    let group = |m: BTreeMap<String, (Sums, Option<Decimal>)>| {
        m.into_iter()
            .map(|(k, (t, l))| GroupTotal::new(Some(k), t, l))
            .collect()
    };
    Totals {
        overall: GroupTotal::new(None, overall, overall_limit),
        by_department: group(by_dept),
        by_category: group(by_cat),
    }
}

/// Adds what was committed in the month so far beside each total (every
/// group gets a figure, zero when nothing was ordered for it).
pub(crate) fn add_month_to_date(totals: &mut Totals, committed: &[LineAmount]) {
    let key_of = |l: &LineAmount| {
        l.department_id
            .clone()
            .unwrap_or_else(|| "unassigned".into())
    };
    let sum = |pick: &dyn Fn(&LineAmount) -> bool| {
        committed
            .iter()
            .filter(|l| pick(l))
            .map(|l| l.amount)
            .sum::<Decimal>()
    };
    let sum = |pick: &dyn Fn(&LineAmount) -> bool| in_cents(sum(pick));
    totals.overall.month_to_date_committed = Some(sum(&|_| true));
    for g in &mut totals.by_department {
        let key = g.key.clone();
        g.month_to_date_committed = Some(sum(&|l| Some(key_of(l)) == key));
    }
    for g in &mut totals.by_category {
        let key = g.key.clone();
        g.month_to_date_committed = Some(sum(&|l| Some(&l.category) == key.as_ref()));
    }
}

#[cfg(test)]
#[path = "budget_tests.rs"]
mod tests;
