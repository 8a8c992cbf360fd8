//! Catalogue items: what a new or imported item must satisfy, pure.

use rust_decimal::Decimal;
use serde::Deserialize;

use super::accounts::{check_code, check_text};
use super::applications::Category;
use super::input::{Money, Quantity, Text};
use crate::error::{AppResult, FieldErrors};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewItem {
    pub sku: Text<32>,
    pub name: Text<200>,
    #[serde(default = "consumables")]
    pub category: Category,
    pub unit: Text<20>,
    pub unit_cost: Money,
    #[serde(default)]
    pub supplier: Option<Text<200>>,
    #[serde(default)]
    pub lead_time_days: i32,
    #[serde(default = "one")]
    pub order_multiple: Quantity,
}

fn consumables() -> Category {
    Category::Consumables
}

fn one() -> Quantity {
    Quantity::new(Decimal::ONE).unwrap_or_default()
}

/// Every problem with an item at once: the code and texts, a cost of at
/// least 0 in cents, a lead time of 0–3650 days, an order multiple above 0
/// in thousandths.
pub(crate) fn check_item(input: &NewItem) -> AppResult<()> {
    let mut errors = FieldErrors::new();
    check_code(&mut errors, "sku", &input.sku);
    check_text(&mut errors, "name", &input.name, 200);
    check_text(&mut errors, "unit", &input.unit, 20);
    let cost = input.unit_cost.get();
    if cost < Decimal::ZERO || cost.normalize().scale() > 2 {
        errors.add(
            "unit_cost",
            "invalid_amount",
            "must be ≥ 0 with at most 2 decimal places",
        );
    }
    if !(0..=3650).contains(&input.lead_time_days) {
        errors.add(
            "lead_time_days",
            "out_of_range",
            "must be between 0 and 3650",
        );
    }
    let multiple = input.order_multiple.get();
    if multiple <= Decimal::ZERO || multiple.normalize().scale() > 3 {
        errors.add(
            "order_multiple",
            "not_positive",
            "must be greater than 0 with at most 3 decimal places",
        );
    }
    errors.into_result()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::AppError;

    fn item(sku: &str, cost: &str, lead: i32, multiple: &str) -> NewItem {
        NewItem {
            sku: Text::new(sku).unwrap(),
            name: Text::new("Toner").unwrap(),
            category: Category::Consumables,
            unit: Text::new("pcs").unwrap(),
            unit_cost: Money::new(cost.parse().unwrap()).unwrap(),
            supplier: None,
            lead_time_days: lead,
            order_multiple: Quantity::new(multiple.parse().unwrap()).unwrap(),
        }
    }

    fn fields(result: AppResult<()>) -> Vec<String> {
        match result {
            Ok(()) => vec![],
            Err(AppError::Validation(list)) => list.into_iter().map(|e| e.field).collect(),
            Err(other) => panic!("{other}"),
        }
    }

    #[test]
    fn items_table() {
        let cases: [(NewItem, &[&str]); 7] = [
            (item("TN-1", "12.50", 5, "1"), &[]),
            (item("TN-1", "0", 0, "0.001"), &[]),
            (item("TN-1", "12.505", 5, "1"), &["unit_cost"]),
            (item("TN-1", "-1", 5, "1"), &["unit_cost"]),
            (item("TN-1", "1", 3651, "1"), &["lead_time_days"]),
            (
                item("TN-1", "1", -1, "0"),
                &["lead_time_days", "order_multiple"],
            ),
            (item("TN-1", "1", 1, "0.0001"), &["order_multiple"]),
        ];
        for (input, expected) in cases {
            assert_eq!(fields(check_item(&input)), expected, "{input:?}");
        }
    }
}
