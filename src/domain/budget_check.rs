//! The budget check at approval (docs/design.md#budget-check): what an
//! application does to each (department, category, month) limit it
//! touches, and what the policy says happens when it goes over — or when
//! no limit was set, which is never read as "unlimited". Pure: the service
//! reads the rows and the limits, this adds them up and decides.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::applications::{round_money, Category, Status};
use super::roles::Role;
use super::vocabulary::text_enum;

text_enum!(
    /// What happens when an approval would go over a limit: `none` (the
    /// position is shown, the approval goes through), `warn` (the approver
    /// must tick "approve anyway"; recorded) or `block` (409 `over_budget`
    /// unless the decider holds the policy's override role and ticks
    /// "approve anyway").
    Rule {
        None = "none",
        Warn = "warn",
        Block = "block",
    }
);

impl Rule {
    fn strictness(self) -> u8 {
        match self {
            Rule::None => 0,
            Rule::Warn => 1,
            Rule::Block => 2,
        }
    }
}

fn warn() -> Rule {
    Rule::Warn
}

fn finance() -> Option<Role> {
    Some(Role::Finance)
}

/// The rule for going over, per category of line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PerCategory {
    #[serde(default = "warn")]
    pub hardware: Rule,
    #[serde(default = "warn")]
    pub software: Rule,
    #[serde(default = "warn")]
    pub consumables: Rule,
    #[serde(default = "warn")]
    pub services: Rule,
    #[serde(default = "warn")]
    pub other: Rule,
}

impl Default for PerCategory {
    fn default() -> Self {
        Self {
            hardware: Rule::Warn,
            software: Rule::Warn,
            consumables: Rule::Warn,
            services: Rule::Warn,
            other: Rule::Warn,
        }
    }
}

impl PerCategory {
    pub(crate) fn rule(&self, category: Category) -> Rule {
        match category {
            Category::Hardware => self.hardware,
            Category::Software => self.software,
            Category::Consumables => self.consumables,
            Category::Services => self.services,
            Category::Other => self.other,
        }
    }
}

/// The policy's part on budgets at approval time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BudgetCheck {
    /// What happens when an approval would go over the month's limit.
    #[serde(default)]
    pub over_limit: PerCategory,
    /// What happens when the month has no limit for the department and
    /// category: fail closed, `warn` unless the policy says otherwise.
    #[serde(default = "warn")]
    pub no_limit: Rule,
    /// Who may approve past a `block` (`null`: nobody).
    #[serde(default = "finance")]
    pub override_role: Option<Role>,
}

impl Default for BudgetCheck {
    fn default() -> Self {
        Self {
            over_limit: PerCategory::default(),
            no_limit: Rule::Warn,
            override_role: finance(),
        }
    }
}

/// The first day of the month `day` falls in: a position's month.
pub(crate) fn month_of(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// The first day of the month after `month`'s.
pub(crate) fn next_month(month: NaiveDate) -> Option<NaiveDate> {
    month_of(month).checked_add_months(chrono::Months::new(1))
}

/// One line of another application counted in a month, in scaled units
/// as stored; its stage follows its application's status.
#[derive(Debug, Clone)]
pub(crate) struct CountedLine {
    pub status: Status,
    pub quantity: Decimal,
    pub received: Decimal,
    pub closed: Decimal,
    pub unit_price: Decimal,
    pub ordered_unit_price: Option<Decimal>,
}

/// What a month already holds for one department and category, with the
/// meanings the budget documents use: approved and not yet ordered (at the
/// estimated price), committed (ordered, still to be received, at the
/// ordered price) and actual (received, at the ordered price).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Spent {
    pub approved: Decimal,
    pub committed: Decimal,
    pub actual: Decimal,
}

impl Spent {
    /// Adds `line`; `None` on overflow. Lines closed short stop counting;
    /// goods rejected at receipt are still owed, so still committed.
    pub(crate) fn add(&mut self, line: &CountedLine) -> Option<()> {
        let ordered = line.ordered_unit_price.unwrap_or(line.unit_price);
        let open = line
            .quantity
            .checked_sub(line.closed)?
            .checked_sub(line.received)?
            .max(Decimal::ZERO);
        let at = |qty: Decimal, price: Decimal| qty.checked_mul(price).map(round_money);
        match line.status {
            Status::Approved => {
                let open = line.quantity.checked_sub(line.closed)?.max(Decimal::ZERO);
                self.approved = self.approved.checked_add(at(open, line.unit_price)?)?;
            }
            Status::Ordered | Status::PartiallyReceived | Status::Received => {
                self.committed = self.committed.checked_add(at(open, ordered)?)?;
                self.actual = self.actual.checked_add(at(line.received, ordered)?)?;
            }
            _ => {}
        }
        Some(())
    }

    fn total(&self) -> Option<Decimal> {
        self.approved
            .checked_add(self.committed)?
            .checked_add(self.actual)
    }
}

text_enum!(
    /// Where a position stands once this application is counted.
    Standing {
        Within = "within",
        Over = "over",
        NoLimit = "no_limit",
    }
);

/// One (department, category, month) as the approver sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Position {
    pub category: Category,
    pub month: NaiveDate,
    pub limit: Option<Decimal>,
    pub spent: Spent,
    pub this_application: Decimal,
    /// The limit minus everything, this application included (`None`
    /// without a limit).
    pub remaining: Option<Decimal>,
    /// How much is missing when over (`None` otherwise).
    pub shortfall: Option<Decimal>,
    pub standing: Standing,
    /// What the policy says happens here: `none` when within.
    pub rule: Rule,
}

/// The position of one category in one month; `None` on overflow.
pub(crate) fn position(
    check: &BudgetCheck,
    category: Category,
    month: NaiveDate,
    limit: Option<Decimal>,
    spent: Spent,
    this_application: Decimal,
) -> Option<Position> {
    let total = spent.total()?.checked_add(this_application)?;
    let remaining = match limit {
        Some(limit) => Some(limit.checked_sub(total)?),
        None => None,
    };
    let (standing, rule) = match remaining {
        None => (Standing::NoLimit, check.no_limit),
        Some(r) if r < Decimal::ZERO => (Standing::Over, check.over_limit.rule(category)),
        Some(_) => (Standing::Within, Rule::None),
    };
    Some(Position {
        category,
        month,
        limit,
        spent,
        this_application,
        remaining,
        shortfall: remaining.filter(|r| *r < Decimal::ZERO).map(|r| -r),
        standing,
        rule,
    })
}

/// The strictest rule among `positions`: what the approval must satisfy.
pub(crate) fn strictest(positions: &[Position]) -> Rule {
    positions
        .iter()
        .map(|p| p.rule)
        .max_by_key(|r| r.strictness())
        .unwrap_or(Rule::None)
}

/// What an approval may do given the strictest rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Nothing to confirm.
    Within,
    /// Approved past the budget, confirmed; `overrode_block` when a block
    /// was overridden by its role.
    Confirmed { overrode_block: bool },
    /// The approver must tick "approve anyway" first.
    NeedsConfirmation { block: bool },
    /// Blocked, and the decider may not override.
    Blocked,
}

/// Decides an approval: `may_override` when the decider holds the
/// override role, `confirmed` when they ticked "approve anyway".
pub(crate) fn outcome(rule: Rule, may_override: bool, confirmed: bool) -> Outcome {
    match (rule, may_override, confirmed) {
        (Rule::None, _, _) => Outcome::Within,
        (Rule::Block, false, _) => Outcome::Blocked,
        (rule, _, false) => Outcome::NeedsConfirmation {
            block: rule == Rule::Block,
        },
        (rule, _, true) => Outcome::Confirmed {
            overrode_block: rule == Rule::Block,
        },
    }
}

#[cfg(test)]
#[path = "budget_check_tests.rs"]
mod tests;
