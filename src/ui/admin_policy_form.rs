//! The approval policy's form on `/admin/policy`: its fields as typed or as
//! stored, read into the use case's `Policy` with each field the types
//! cannot read named beside itself (the ranges and the rest are the
//! policy's own check, said the same way), and the preview's three fields.

use std::str::FromStr;

use super::form::FormData;
use crate::domain::applications::Category;
use crate::domain::approval::{Policy, StepKind};
use crate::domain::budget_check::{BudgetCheck, PerCategory, Rule};
use crate::domain::ids::{DepartmentId, UserId};
use crate::domain::input::{Amount, Id, Text};
use crate::domain::locale::Locale;
use crate::domain::roles::Role;
use crate::error::{AppError, FieldError, FieldErrors};

/// The policy's fields the form shows, by their API names.
pub(crate) const FIELDS: [&str; 21] = [
    "steps",
    "finance_threshold",
    "director_threshold",
    "it_review_categories",
    "fallback_approver_id",
    "four_eyes",
    "distinct_steps",
    "currency",
    "order_tolerance_percent",
    "order_tolerance_amount",
    "allow_self_fulfilment",
    "other_payer_roles",
    "max_delegation_days",
    "budget_self_approval",
    "stale_after_days",
    "remind_after_business_days",
    "escalate_after_business_days",
    "escalation_moves_step",
    "reminder_hour",
    "no_limit",
    "override_role",
];

/// The policy as typed (or as stored).
#[derive(Default)]
pub(crate) struct Typed {
    pub(crate) steps: Vec<String>,
    pub(crate) finance_threshold: String,
    pub(crate) director_threshold: String,
    pub(crate) it_review_categories: Vec<String>,
    pub(crate) fallback_approver_id: String,
    pub(crate) four_eyes: bool,
    pub(crate) distinct_steps: bool,
    pub(crate) currency: String,
    pub(crate) order_tolerance_percent: String,
    pub(crate) order_tolerance_amount: String,
    pub(crate) allow_self_fulfilment: bool,
    pub(crate) other_payer_roles: Vec<String>,
    pub(crate) max_delegation_days: String,
    pub(crate) budget_self_approval: bool,
    pub(crate) stale_after_days: String,
    pub(crate) remind_after_business_days: String,
    pub(crate) escalate_after_business_days: String,
    pub(crate) escalation_moves_step: bool,
    pub(crate) reminder_hour: String,
    /// The budget check's rule per category, as `(category, rule)`.
    pub(crate) over_limit: Vec<(String, String)>,
    pub(crate) no_limit: String,
    /// A role's name, or empty for nobody.
    pub(crate) override_role: String,
    pub(crate) version: String,
}

impl Typed {
    pub(crate) fn keeps(&self, step: &StepKind) -> bool {
        self.steps.iter().any(|s| s == step.as_str())
    }

    pub(crate) fn reviews(&self, category: &Category) -> bool {
        self.it_review_categories
            .iter()
            .any(|c| c == category.as_str())
    }

    pub(crate) fn lets_charge(&self, role: &Role) -> bool {
        self.other_payer_roles.iter().any(|r| r == role.as_str())
    }

    /// Whether going over in `category` does `rule`.
    pub(crate) fn over_limit_is(&self, category: &Category, rule: &Rule) -> bool {
        self.over_limit
            .iter()
            .any(|(c, r)| c == category.as_str() && r == rule.as_str())
    }
}

/// A category's field name in the form: `over_limit_hardware`.
pub(crate) fn over_limit_field(category: &Category) -> String {
    format!("over_limit_{category}")
}

/// The preview's question as typed: an application of `total` for
/// `category` from `department_id`.
#[derive(Default, serde::Deserialize)]
pub(crate) struct Question {
    #[serde(default)]
    pub(crate) total: String,
    #[serde(default)]
    pub(crate) category: String,
    #[serde(default)]
    pub(crate) department_id: String,
}

fn all(form: &FormData, name: &str) -> Vec<String> {
    form.fields()
        .filter(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
        .collect()
}

pub(crate) fn read(form: &FormData) -> Typed {
    Typed {
        steps: all(form, "steps"),
        finance_threshold: form.text("finance_threshold"),
        director_threshold: form.text("director_threshold"),
        it_review_categories: all(form, "it_review_categories"),
        fallback_approver_id: form.text("fallback_approver_id"),
        four_eyes: form.get("four_eyes").is_some(),
        distinct_steps: form.get("distinct_steps").is_some(),
        currency: form.text("currency"),
        order_tolerance_percent: form.text("order_tolerance_percent"),
        order_tolerance_amount: form.text("order_tolerance_amount"),
        allow_self_fulfilment: form.get("allow_self_fulfilment").is_some(),
        other_payer_roles: all(form, "other_payer_roles"),
        max_delegation_days: form.text("max_delegation_days"),
        budget_self_approval: form.get("budget_self_approval").is_some(),
        stale_after_days: form.text("stale_after_days"),
        remind_after_business_days: form.text("remind_after_business_days"),
        escalate_after_business_days: form.text("escalate_after_business_days"),
        escalation_moves_step: form.get("escalation_moves_step").is_some(),
        reminder_hour: form.text("reminder_hour"),
        over_limit: Category::ALL
            .iter()
            .map(|c| (c.to_string(), form.text(&over_limit_field(c))))
            .collect(),
        no_limit: form.text("no_limit"),
        override_role: form.text("override_role"),
        version: form.text("version"),
    }
}

pub(crate) fn read_question(form: &FormData) -> Question {
    Question {
        total: form.text("preview_total"),
        category: form.text("preview_category"),
        department_id: form.text("preview_department_id"),
    }
}

/// The stored policy as the form shows it, numbers in the reader's way.
pub(crate) fn stored(policy: &Policy, version: i64, locale: Locale) -> Typed {
    let names = |list: Vec<&str>| list.into_iter().map(String::from).collect();
    Typed {
        steps: names(policy.steps.iter().map(|s| s.as_str()).collect()),
        finance_threshold: locale.plain(policy.finance_threshold.get()),
        director_threshold: locale.plain(policy.director_threshold.get()),
        it_review_categories: names(
            policy
                .it_review_categories
                .iter()
                .map(|c| c.as_str())
                .collect(),
        ),
        fallback_approver_id: policy
            .fallback_approver_id
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
        four_eyes: policy.four_eyes,
        distinct_steps: policy.distinct_steps,
        currency: policy.currency.to_string(),
        order_tolerance_percent: locale.plain(policy.order_tolerance_percent.get()),
        order_tolerance_amount: locale.plain(policy.order_tolerance_amount.get()),
        allow_self_fulfilment: policy.allow_self_fulfilment,
        other_payer_roles: names(
            policy
                .other_payer_roles
                .iter()
                .map(|r| r.as_str())
                .collect(),
        ),
        max_delegation_days: policy.max_delegation_days.to_string(),
        budget_self_approval: policy.budget_self_approval,
        stale_after_days: policy.stale_after_days.to_string(),
        remind_after_business_days: policy.remind_after_business_days.to_string(),
        escalate_after_business_days: policy.escalate_after_business_days.to_string(),
        escalation_moves_step: policy.escalation_moves_step,
        reminder_hour: policy.reminder_hour.to_string(),
        over_limit: Category::ALL
            .iter()
            .map(|c| {
                let rule = policy.budget_check.over_limit.rule(*c);
                (c.to_string(), rule.to_string())
            })
            .collect(),
        no_limit: policy.budget_check.no_limit.to_string(),
        override_role: policy
            .budget_check
            .override_role
            .map(|r| r.to_string())
            .unwrap_or_default(),
        version: version.to_string(),
    }
}

fn amount(text: &str, field: &str, locale: Locale, errors: &mut FieldErrors) -> Option<Amount> {
    locale
        .parse_decimal(text)
        .and_then(Amount::new)
        .map_err(|m| errors.add(field, "invalid", m))
        .ok()
}

fn days(text: &str, field: &str, errors: &mut FieldErrors) -> Option<i64> {
    text.trim()
        .parse()
        .map_err(|_| errors.add(field, "invalid", "must be a whole number of days"))
        .ok()
}

/// A whole number ≥ 0 (business days, an hour).
fn count(text: &str, field: &str, errors: &mut FieldErrors) -> Option<u32> {
    text.trim()
        .parse()
        .map_err(|_| errors.add(field, "invalid", "must be a whole number, 0 or more"))
        .ok()
}

fn choices<T: FromStr>(typed: &[String], field: &str, errors: &mut FieldErrors) -> Vec<T> {
    let mut out = Vec::with_capacity(typed.len());
    for value in typed {
        match T::from_str(value) {
            Ok(v) => out.push(v),
            Err(_) => errors.add(field, "invalid_value", "is not one of the choices"),
        }
    }
    out
}

/// The typed policy as the use case's input.
pub(crate) fn to_policy(typed: &Typed, locale: Locale) -> Result<Policy, Vec<FieldError>> {
    let mut errors = FieldErrors::new();
    let steps = choices(&typed.steps, "steps", &mut errors);
    let it_review_categories = choices(
        &typed.it_review_categories,
        "it_review_categories",
        &mut errors,
    );
    let other_payer_roles = choices(&typed.other_payer_roles, "other_payer_roles", &mut errors);
    let e = &mut errors;
    let finance_threshold = amount(&typed.finance_threshold, "finance_threshold", locale, e);
    let director_threshold = amount(&typed.director_threshold, "director_threshold", locale, e);
    let percent = amount(
        &typed.order_tolerance_percent,
        "order_tolerance_percent",
        locale,
        e,
    );
    let tolerance = amount(
        &typed.order_tolerance_amount,
        "order_tolerance_amount",
        locale,
        e,
    );
    let max_delegation_days = days(&typed.max_delegation_days, "max_delegation_days", e);
    let stale_after_days = days(&typed.stale_after_days, "stale_after_days", e);
    let remind_after = count(
        &typed.remind_after_business_days,
        "remind_after_business_days",
        e,
    );
    let escalate_after = count(
        &typed.escalate_after_business_days,
        "escalate_after_business_days",
        e,
    );
    let reminder_hour = count(&typed.reminder_hour, "reminder_hour", e);
    let currency = Text::new(typed.currency.trim())
        .map_err(|m| e.add("currency", "invalid_currency", m))
        .ok();
    let fallback_approver_id = match typed.fallback_approver_id.as_str() {
        "" => Some(None),
        id => Id::from_str(id)
            .map(|id| Some(UserId::from(id)))
            .map_err(|m| e.add("fallback_approver_id", "invalid", m))
            .ok(),
    };
    let budget_check = read_budget_check(typed, e);
    let policy = (|| {
        Some(Policy {
            currency: currency?,
            it_review_categories,
            finance_threshold: finance_threshold?,
            director_threshold: director_threshold?,
            fallback_approver_id: fallback_approver_id?,
            steps,
            max_delegation_days: max_delegation_days?,
            order_tolerance_percent: percent?,
            order_tolerance_amount: tolerance?,
            allow_self_fulfilment: typed.allow_self_fulfilment,
            four_eyes: typed.four_eyes,
            other_payer_roles,
            budget_self_approval: typed.budget_self_approval,
            distinct_steps: typed.distinct_steps,
            stale_after_days: stale_after_days?,
            remind_after_business_days: remind_after?,
            escalate_after_business_days: escalate_after?,
            escalation_moves_step: typed.escalation_moves_step,
            reminder_hour: reminder_hour?,
            budget_check: budget_check?,
        })
    })();
    match (errors.into_result(), policy) {
        (Ok(()), Some(p)) => Ok(p),
        (Err(AppError::Validation(list)), _) => Err(list),
        _ => Err(Vec::new()),
    }
}

/// The budget check's selects; a value no select offers is named.
fn read_budget_check(typed: &Typed, e: &mut FieldErrors) -> Option<BudgetCheck> {
    let mut rule = |field: &str, text: &str| {
        Rule::from_str(text)
            .map_err(|_| e.add(field, "invalid_value", "is not one of the choices"))
            .ok()
    };
    let mut over_limit = PerCategory::default();
    let mut complete = true;
    for (category, text) in &typed.over_limit {
        let field = format!("over_limit_{category}");
        let read = rule(&field, text);
        match (Category::from_str(category), read) {
            (Ok(Category::Hardware), Some(r)) => over_limit.hardware = r,
            (Ok(Category::Software), Some(r)) => over_limit.software = r,
            (Ok(Category::Consumables), Some(r)) => over_limit.consumables = r,
            (Ok(Category::Services), Some(r)) => over_limit.services = r,
            (Ok(Category::Other), Some(r)) => over_limit.other = r,
            _ => complete = false,
        }
    }
    let no_limit = rule("no_limit", &typed.no_limit);
    let override_role = match typed.override_role.as_str() {
        "" => Some(None),
        role => Role::from_str(role)
            .map(Some)
            .map_err(|_| {
                e.add(
                    "override_role",
                    "invalid_value",
                    "is not one of the choices",
                )
            })
            .ok(),
    };
    Some(BudgetCheck {
        over_limit: complete.then_some(over_limit)?,
        no_limit: no_limit?,
        override_role: override_role?,
    })
}

/// The question read, or the problems of its fields (by their form names).
pub(crate) fn to_question(
    q: &Question,
    locale: Locale,
) -> Result<(Amount, Category, DepartmentId), Vec<FieldError>> {
    let mut errors = FieldErrors::new();
    let total = amount(&q.total, "preview_total", locale, &mut errors);
    let category = Category::from_str(&q.category)
        .map_err(|_| errors.add("preview_category", "invalid_value", "is not a category"))
        .ok();
    let department = Id::from_str(&q.department_id)
        .map(DepartmentId::from)
        .map_err(|m| errors.add("preview_department_id", "required", m))
        .ok();
    match (errors.into_result(), total, category, department) {
        (Ok(()), Some(t), Some(c), Some(d)) => Ok((t, c, d)),
        (Err(AppError::Validation(list)), ..) => Err(list),
        _ => Err(Vec::new()),
    }
}
