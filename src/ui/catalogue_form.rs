//! The catalogue item form's fields: as typed, as stored, and read into
//! the use case's `NewItem` with every bad field named beside itself.

use std::str::FromStr;

use super::form::FormData;
use crate::domain::applications::Category;
use crate::domain::input::{Money, Quantity, Text};
use crate::domain::locale::Locale;
use crate::error::{AppError, FieldError, FieldErrors};
use crate::service::catalogue::{ItemView, NewItem};

/// The item form as typed (or as stored, to edit).
#[derive(Default)]
pub(crate) struct Typed {
    pub(crate) sku: String,
    pub(crate) name: String,
    pub(crate) category: String,
    pub(crate) unit: String,
    pub(crate) unit_cost: String,
    pub(crate) supplier: String,
    pub(crate) lead_time_days: String,
    pub(crate) order_multiple: String,
    pub(crate) version: String,
    pub(crate) key: String,
}

/// The fields the form shows, by their API names.
pub(crate) const FIELDS: [&str; 8] = [
    "sku",
    "name",
    "category",
    "unit",
    "unit_cost",
    "supplier",
    "lead_time_days",
    "order_multiple",
];

/// The form filled in from the stored item.
pub(crate) fn stored(item: &ItemView, t: &crate::i18n::Tr) -> Typed {
    Typed {
        sku: item.sku.clone(),
        name: item.name.clone(),
        category: item.category.as_str().to_owned(),
        unit: item.unit.clone(),
        unit_cost: t.money(item.unit_cost),
        supplier: item.supplier.clone().unwrap_or_default(),
        lead_time_days: item.lead_time_days.to_string(),
        order_multiple: t.quantity(item.order_multiple),
        version: item.version.to_string(),
        key: String::new(),
    }
}

pub(crate) fn read(form: &FormData) -> Typed {
    Typed {
        sku: form.text("sku"),
        name: form.text("name"),
        category: form.text("category"),
        unit: form.text("unit"),
        unit_cost: form.text("unit_cost"),
        supplier: form.text("supplier"),
        lead_time_days: form.text("lead_time_days"),
        order_multiple: form.text("order_multiple"),
        version: form.text("version"),
        key: form.text("key"),
    }
}

/// The typed item as the use case's input; every bad field named.
pub(crate) fn to_new_item(typed: &Typed, locale: Locale) -> Result<NewItem, Vec<FieldError>> {
    let mut errors = FieldErrors::new();
    let sku = required::<32>(&mut errors, "sku", &typed.sku);
    let name = required::<200>(&mut errors, "name", &typed.name);
    let unit = required::<20>(&mut errors, "unit", &typed.unit);
    let supplier = match typed.supplier.trim() {
        "" => Ok(None),
        s => Text::<200>::new(s).map(Some),
    };
    let category = Category::from_str(&typed.category)
        .map_err(|_| errors.add("category", "invalid_value", "is not a category"))
        .ok();
    let unit_cost = match typed.unit_cost.trim() {
        "" => Err("enter the price of one unit".to_owned()),
        t => locale.parse_decimal(t).and_then(Money::new),
    };
    let lead_time_days = match typed.lead_time_days.trim() {
        "" => Ok(0),
        t => t
            .parse::<i32>()
            .map_err(|_| "enter a whole number of days".to_owned()),
    };
    let order_multiple = match typed.order_multiple.trim() {
        "" => Quantity::new(rust_decimal::Decimal::ONE),
        t => locale.parse_decimal(t).and_then(Quantity::new),
    };
    let supplier = checked(&mut errors, "supplier", supplier);
    let unit_cost = checked(&mut errors, "unit_cost", unit_cost);
    let lead_time_days = checked(&mut errors, "lead_time_days", lead_time_days);
    let order_multiple = checked(&mut errors, "order_multiple", order_multiple);
    let item = (|| {
        Some(NewItem {
            sku: sku?,
            name: name?,
            category: category?,
            unit: unit?,
            unit_cost: unit_cost?,
            supplier: supplier?,
            lead_time_days: lead_time_days?,
            order_multiple: order_multiple?,
        })
    })();
    match (errors.into_result(), item) {
        (Ok(()), Some(item)) => Ok(item),
        (Err(AppError::Validation(list)), _) => Err(list),
        _ => Err(Vec::new()),
    }
}

/// The value, or its problem noted as `field`'s.
fn checked<T>(errors: &mut FieldErrors, field: &str, value: Result<T, String>) -> Option<T> {
    value.map_err(|m| errors.add(field, "invalid", m)).ok()
}

/// A text field that must not be blank, within its bound.
fn required<const N: usize>(errors: &mut FieldErrors, field: &str, value: &str) -> Option<Text<N>> {
    match value.trim() {
        "" => {
            errors.add(field, "required", "is required");
            None
        }
        v => Text::<N>::new(v)
            .map_err(|m| errors.add(field, "invalid", m))
            .ok(),
    }
}
