//! Receiving an order, pure: which quantities a receipt adds to which lines,
//! every reason it cannot (all reported at once), and whether the order is
//! then complete. The service loads the lines and stores the outcome.

use rust_decimal::Decimal;

use crate::error::FieldErrors;

/// One ordered line as the receipt sees it.
#[derive(Debug, Clone)]
pub(crate) struct OrderedLine<'a> {
    pub id: &'a str,
    pub ordered: Decimal,
    pub received: Decimal,
    /// A catalogue consumable: its receipt also goes into stock.
    pub stocked: bool,
}

/// One line of a receipt: how much of which ordered line arrived now.
#[derive(Debug, Clone)]
pub(crate) struct ReceivedLine<'a> {
    pub line_id: &'a str,
    pub quantity: Decimal,
}

/// What an accepted receipt does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Receiving {
    /// `(index of the ordered line, quantity added)`, in receipt order; one
    /// line may appear several times.
    pub added: Vec<(usize, Decimal)>,
    /// Whether any stocked line received something (it needs a location).
    pub into_stock: bool,
    /// Whether every line is then fully received.
    pub complete: bool,
}

/// Checks a receipt against the ordered lines. `location_known`: the
/// receipt or the application names where stocked goods go.
pub(crate) fn plan(
    lines: &[OrderedLine<'_>],
    receipt: &[ReceivedLine<'_>],
    location_known: bool,
    errors: &mut FieldErrors,
) -> Receiving {
    if receipt.is_empty() {
        errors.add("lines", "required", "must receive at least one line");
    }
    let mut received: Vec<Decimal> = lines.iter().map(|l| l.received).collect();
    let mut added = Vec::new();
    for (i, asked) in receipt.iter().enumerate() {
        let field = format!("lines[{i}].quantity");
        let Some(at) = lines.iter().position(|l| l.id == asked.line_id) else {
            let field = format!("lines[{i}].line_id");
            errors.add(field, "not_found", "is not a line of this application");
            continue;
        };
        let q = asked.quantity;
        // Checked: a body may name one line many times; together they must
        // still fit what remains.
        let after = received[at].checked_add(q);
        if q.normalize().scale() > 3 {
            errors.add(field, "too_precise", "may have at most 3 decimal places");
        } else if q <= Decimal::ZERO {
            errors.add(field, "not_positive", "must be greater than 0");
        } else if after.is_none_or(|total| total > lines[at].ordered) {
            // Named by the application's line (the body may list them in
            // any order), with what is left, so the fix is plain.
            let remains = (lines[at].ordered - received[at]).max(Decimal::ZERO);
            errors.add(
                field,
                "over_receipt",
                format!(
                    "is more than remains to be received on line {} of the application: {} remain",
                    at + 1,
                    remains.normalize()
                ),
            );
        } else if let Some(total) = after {
            received[at] = total;
            added.push((at, q));
        }
    }
    let into_stock = added.iter().any(|(at, _)| lines[*at].stocked);
    if into_stock && !location_known {
        errors.add(
            "location_id",
            "required",
            "catalogue consumables go into stock: name the location that receives them",
        );
    }
    let complete = lines.iter().zip(&received).all(|(l, r)| *r >= l.ordered);
    Receiving {
        added,
        into_stock,
        complete,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    fn line(id: &str, ordered: Decimal, received: Decimal, stocked: bool) -> OrderedLine<'_> {
        OrderedLine {
            id,
            ordered,
            received,
            stocked,
        }
    }

    fn asked(line_id: &str, quantity: Decimal) -> ReceivedLine<'_> {
        ReceivedLine { line_id, quantity }
    }

    /// `(receipt, location known) → (fields at fault, added, complete)`.
    #[test]
    fn receipts_table() {
        let lines = [
            line("a", d("10"), d("4"), false),
            line("b", d("2"), d("0"), true),
        ];
        type Case<'a> = (
            Vec<ReceivedLine<'a>>,
            bool,
            Vec<&'a str>,
            Vec<(usize, Decimal)>,
            bool,
        );
        let cases: Vec<Case> = vec![
            (vec![], true, vec!["lines"], vec![], false),
            (
                vec![asked("a", d("6"))],
                false,
                vec![],
                vec![(0, d("6"))],
                false,
            ),
            (
                vec![asked("a", d("6")), asked("b", d("2"))],
                true,
                vec![],
                vec![(0, d("6")), (1, d("2"))],
                true,
            ),
            (
                vec![asked("b", d("1"))],
                false,
                vec!["location_id"],
                vec![(1, d("1"))],
                false,
            ),
            (
                vec![asked("x", d("1"))],
                true,
                vec!["lines[0].line_id"],
                vec![],
                false,
            ),
            (
                vec![asked("a", d("0"))],
                true,
                vec!["lines[0].quantity"],
                vec![],
                false,
            ),
            (
                vec![asked("a", d("-1"))],
                true,
                vec!["lines[0].quantity"],
                vec![],
                false,
            ),
            (
                vec![asked("a", d("0.0001"))],
                true,
                vec!["lines[0].quantity"],
                vec![],
                false,
            ),
            (
                vec![asked("a", d("7"))],
                true,
                vec!["lines[0].quantity"],
                vec![],
                false,
            ),
            // Twice the same line: the second no longer fits what remains.
            (
                vec![asked("a", d("4")), asked("a", d("3"))],
                true,
                vec!["lines[1].quantity"],
                vec![(0, d("4"))],
                false,
            ),
        ];
        for (receipt, location_known, fields, added, complete) in cases {
            let mut errors = FieldErrors::new();
            let outcome = plan(&lines, &receipt, location_known, &mut errors);
            let at_fault: Vec<String> = match errors.into_result() {
                Ok(()) => vec![],
                Err(crate::error::AppError::Validation(list)) => {
                    list.into_iter().map(|e| e.field).collect()
                }
                Err(other) => panic!("{other}"),
            };
            assert_eq!(at_fault, fields, "{receipt:?}");
            assert_eq!(outcome.added, added, "{receipt:?}");
            assert_eq!(outcome.complete, complete, "{receipt:?}");
        }
    }
}
