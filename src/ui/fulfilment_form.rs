//! The order and receipt forms as typed, and their reading into the
//! order and receipt use cases' inputs: numbers as the person's language
//! types them, every format problem at once, named by the form's own line
//! (`lines[2].quantity`) so it is shown beside the field it is about.

use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::form::FormData;
use crate::domain::input::{Date, Id, Money, Prose, Quantity, Text};
use crate::domain::locale::Locale;
use crate::error::{FieldError, FieldErrors};
use crate::service::applications::fulfilment::{Receipt, ReceiptLine};
use crate::service::applications::order::{Order, OrderLine};
use crate::service::applications::views::{ApplicationView, LineView};

/// The order form: the supplier's details and each line's actual price.
#[derive(Debug, Clone, Default)]
pub(crate) struct OrderForm {
    pub supplier: String,
    pub reference: String,
    pub expected_on: String,
    /// By the application's line, in its order.
    pub prices: Vec<String>,
}

impl OrderForm {
    /// The blank form: each line's price as approved.
    pub(crate) fn of(app: &ApplicationView, locale: Locale) -> Self {
        Self {
            supplier: app.supplier.clone().unwrap_or_default(),
            reference: app.order_reference.clone().unwrap_or_default(),
            expected_on: app.expected_on.map(|d| d.to_string()).unwrap_or_default(),
            prices: app
                .lines
                .iter()
                .map(|l| locale.plain(l.ordered_unit_price.unwrap_or(l.unit_price).round_dp(2)))
                .collect(),
        }
    }

    /// Every field name the form shows, for placing problems beside them.
    pub(crate) fn field_names(lines: usize) -> Vec<String> {
        let mut names: Vec<String> = ["supplier", "reference", "expected_on"]
            .map(String::from)
            .to_vec();
        names.extend((0..lines).map(|i| format!("lines[{i}].unit_price")));
        names
    }

    pub(crate) fn read(form: &FormData, lines: usize) -> Self {
        Self {
            supplier: form.text("supplier").trim().to_owned(),
            reference: form.text("reference").trim().to_owned(),
            expected_on: form.text("expected_on").trim().to_owned(),
            prices: (0..lines)
                .map(|i| form.text(&format!("lines[{i}].unit_price")))
                .collect(),
        }
    }

    /// The order use case's input for `app`, or every format problem.
    pub(crate) fn to_input(
        &self,
        app: &ApplicationView,
        locale: Locale,
    ) -> Result<Order, Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        let supplier = checked(
            &mut errors,
            "supplier",
            Text::<200>::new(self.supplier.clone()),
        );
        let reference = checked(
            &mut errors,
            "reference",
            Text::<100>::new(self.reference.clone()),
        );
        let expected_on = date(&mut errors, "expected_on", &self.expected_on);
        let mut lines = Vec::new();
        for (i, (line, typed)) in app.lines.iter().zip(&self.prices).enumerate() {
            let field = format!("lines[{i}].unit_price");
            let price = decimal(typed, locale).and_then(Money::new);
            if let (Some(price), Some(id)) = (checked(&mut errors, &field, price), line_id(line)) {
                lines.push(OrderLine {
                    line_id: id,
                    unit_price: price,
                });
            }
        }
        finish(errors)?;
        Ok(Order {
            supplier: supplier.unwrap_or_default(),
            reference: reference.unwrap_or_default(),
            expected_on: expected_on.flatten(),
            lines,
        })
    }
}

/// One line of the receipt form.
#[derive(Debug, Clone, Default)]
pub(crate) struct ReceiptRow {
    pub quantity: String,
    pub rejected: String,
    pub reason: String,
}

/// The receipt form: where stocked goods go and what arrived per line.
#[derive(Debug, Clone, Default)]
pub(crate) struct ReceiptForm {
    pub location_id: String,
    /// By the application's line, in its order.
    pub rows: Vec<ReceiptRow>,
}

impl ReceiptForm {
    /// The blank form: everything still to come, arriving now.
    pub(crate) fn of(app: &ApplicationView, locale: Locale) -> Self {
        Self {
            location_id: app.location_id.clone().unwrap_or_default(),
            rows: app
                .lines
                .iter()
                .map(|l| ReceiptRow {
                    quantity: locale.plain(remaining(l).normalize()),
                    ..ReceiptRow::default()
                })
                .collect(),
        }
    }

    /// Every field name the form shows, for placing problems beside them.
    pub(crate) fn field_names(lines: usize) -> Vec<String> {
        let mut names = vec!["location_id".to_owned()];
        for i in 0..lines {
            for f in ["quantity", "rejected", "rejection_reason"] {
                names.push(format!("lines[{i}].{f}"));
            }
        }
        names
    }

    pub(crate) fn read(form: &FormData, lines: usize) -> Self {
        Self {
            location_id: form.text("location_id").trim().to_owned(),
            rows: (0..lines)
                .map(|i| ReceiptRow {
                    quantity: form.text(&format!("lines[{i}].quantity")),
                    rejected: form.text(&format!("lines[{i}].rejected")),
                    reason: form.text(&format!("lines[{i}].rejection_reason")),
                })
                .collect(),
        }
    }

    /// The receipt use case's input: the lines where something arrived,
    /// with the form's row of each (the use case names problems by the
    /// receipt's own line, which the page turns back into the form's).
    pub(crate) fn to_input(
        &self,
        app: &ApplicationView,
        locale: Locale,
    ) -> Result<(Receipt, Vec<usize>), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        let location_id = match self.location_id.as_str() {
            "" => None,
            id => checked(&mut errors, "location_id", Id::from_str(id)),
        };
        let mut lines = Vec::new();
        let mut rows = Vec::new();
        for (i, (line, row)) in app.lines.iter().zip(&self.rows).enumerate() {
            let field = |f: &str| format!("lines[{i}].{f}");
            let quantity = decimal(&row.quantity, locale).and_then(Quantity::new);
            let quantity = checked(&mut errors, &field("quantity"), quantity);
            let rejected = decimal(&row.rejected, locale).and_then(Quantity::new);
            let rejected = checked(&mut errors, &field("rejected"), rejected);
            let reason = checked(
                &mut errors,
                &field("rejection_reason"),
                Prose::<500>::new(row.reason.trim().to_owned()),
            );
            let (Some(quantity), Some(rejected), Some(reason), Some(id)) =
                (quantity, rejected, reason, line_id(line))
            else {
                continue;
            };
            if quantity.get().is_zero() && rejected.get().is_zero() {
                continue;
            }
            rows.push(i);
            lines.push(ReceiptLine {
                line_id: id,
                quantity,
                rejected: (!rejected.get().is_zero()).then_some(rejected),
                rejection_reason: (!reason.trim().is_empty()).then_some(reason),
            });
        }
        finish(errors)?;
        Ok((Receipt { location_id, lines }, rows))
    }
}

/// What is still to come on `line`: ordered, less received and closed.
pub(crate) fn remaining(line: &LineView) -> Decimal {
    (line.quantity - line.received_quantity - line.closed_quantity).max(Decimal::ZERO)
}

/// The receipt's `lines[k].…` problems renamed to the form's `lines[row].…`.
pub(crate) fn on_form_rows(errors: Vec<FieldError>, rows: &[usize]) -> Vec<FieldError> {
    errors
        .into_iter()
        .map(|mut e| {
            let sent = super::editor_form::line_field(&e.field);
            if let Some((k, name)) = sent {
                if let Some(row) = rows.get(k) {
                    e.field = format!("lines[{row}].{name}");
                }
            }
            e
        })
        .collect()
}

fn line_id(line: &LineView) -> Option<Id> {
    Id::from_str(&line.id).ok()
}

/// A number as typed in `locale`; blank is 0.
fn decimal(text: &str, locale: Locale) -> Result<Decimal, String> {
    match text.trim() {
        "" => Ok(Decimal::ZERO),
        typed => locale.parse_decimal(typed),
    }
}

/// A date field: blank is none; otherwise `YYYY-MM-DD`, as the date input sends.
fn date(errors: &mut FieldErrors, field: &str, text: &str) -> Option<Option<Date>> {
    if text.is_empty() {
        return Some(None);
    }
    let parsed = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| "must be a date (YYYY-MM-DD)".to_owned())
        .and_then(Date::new);
    checked(errors, field, parsed).map(Some)
}

fn checked<T>(errors: &mut FieldErrors, field: &str, result: Result<T, String>) -> Option<T> {
    result
        .map_err(|message| errors.add(field, "invalid", message))
        .ok()
}

fn finish(errors: FieldErrors) -> Result<(), Vec<FieldError>> {
    errors.into_result().map_err(|e| match e {
        crate::error::AppError::Validation(list) => list,
        _ => Vec::new(),
    })
}
