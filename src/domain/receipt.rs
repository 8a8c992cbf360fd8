//! Receiving an order, pure: which quantities a receipt accepts on which
//! lines and which it rejects (refused on quality and returned to the
//! supplier, so they are still owed), every reason it cannot (all reported
//! at once), and whether the order is then complete. The service loads the
//! lines and stores the outcome.

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

/// One line of a receipt: how much of which ordered line arrived now and
/// was accepted, and how much arrived but was rejected.
#[derive(Debug, Clone)]
pub(crate) struct ReceivedLine<'a> {
    pub line_id: &'a str,
    pub quantity: Decimal,
    pub rejected: Decimal,
    /// Whether the receipt says why it rejected (required when it does).
    pub reason_given: bool,
}

/// What an accepted receipt does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Receiving {
    /// `(index of the ordered line, quantity added)`, in receipt order; one
    /// line may appear several times.
    pub added: Vec<(usize, Decimal)>,
    /// `(index of the ordered line, quantity rejected)`: returned to the
    /// supplier, still to come.
    pub rejected: Vec<(usize, Decimal)>,
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
    // What this receipt has taken of each line's remainder, accepted or not.
    let mut delivered: Vec<Decimal> = vec![Decimal::ZERO; lines.len()];
    let mut added = Vec::new();
    let mut rejected = Vec::new();
    for (i, asked) in receipt.iter().enumerate() {
        let Some(at) = lines.iter().position(|l| l.id == asked.line_id) else {
            let field = format!("lines[{i}].line_id");
            errors.add(field, "not_found", "is not a line of this application");
            continue;
        };
        if !quantities_valid(i, asked, errors) {
            continue;
        }
        // Checked: a body may name one line many times; together they must
        // still fit what remains.
        let remains = lines[at].ordered - received[at] - delivered[at];
        let arrived = asked.quantity.checked_add(asked.rejected);
        if arrived.is_none_or(|q| q > remains) {
            // Named by the application's line (the body may list them in
            // any order), with what is left, so the fix is plain.
            let field = if asked.quantity > Decimal::ZERO {
                format!("lines[{i}].quantity")
            } else {
                format!("lines[{i}].rejected")
            };
            errors.add(
                field,
                "over_receipt",
                format!(
                    "is more than remains to be received on line {} of the application: {} remain",
                    at + 1,
                    remains.max(Decimal::ZERO).normalize()
                ),
            );
            continue;
        }
        received[at] += asked.quantity;
        delivered[at] += asked.rejected;
        if asked.quantity > Decimal::ZERO {
            added.push((at, asked.quantity));
        }
        if asked.rejected > Decimal::ZERO {
            rejected.push((at, asked.rejected));
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
        rejected,
        into_stock,
        complete,
    }
}

/// Each quantity has at most 3 decimals and is not negative, together they
/// are more than nothing, and a rejection says why.
fn quantities_valid(i: usize, asked: &ReceivedLine<'_>, errors: &mut FieldErrors) -> bool {
    let before = errors.len();
    for (name, q) in [("quantity", asked.quantity), ("rejected", asked.rejected)] {
        let field = format!("lines[{i}].{name}");
        if q.normalize().scale() > 3 {
            errors.add(field, "too_precise", "may have at most 3 decimal places");
        } else if q < Decimal::ZERO {
            errors.add(field, "negative", "must not be negative");
        }
    }
    if errors.len() > before {
        return false;
    }
    if asked.quantity.is_zero() && asked.rejected.is_zero() {
        let field = format!("lines[{i}].quantity");
        errors.add(
            field,
            "not_positive",
            "must be greater than 0 unless some is rejected",
        );
    } else if asked.rejected > Decimal::ZERO && !asked.reason_given {
        let field = format!("lines[{i}].rejection_reason");
        errors.add(field, "required", "must say why the goods were rejected");
    }
    errors.len() == before
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
        ReceivedLine {
            line_id,
            quantity,
            rejected: Decimal::ZERO,
            reason_given: false,
        }
    }

    fn rejecting<'a>(line_id: &'a str, quantity: &str, rejected: &str) -> ReceivedLine<'a> {
        ReceivedLine {
            rejected: d(rejected),
            reason_given: true,
            ..asked(line_id, d(quantity))
        }
    }

    /// Rejected goods take their share of what remains in this receipt but
    /// are still owed afterwards: the line is not complete.
    #[test]
    fn rejections_are_owed_still() {
        let lines = [line("a", d("10"), d("4"), false)];
        let fields = |receipt: &[ReceivedLine<'_>]| {
            let mut errors = FieldErrors::new();
            let outcome = plan(&lines, receipt, true, &mut errors);
            let fields: Vec<String> = match errors.into_result() {
                Ok(()) => vec![],
                Err(crate::error::AppError::Validation(list)) => {
                    list.into_iter().map(|e| e.field).collect()
                }
                Err(other) => panic!("{other}"),
            };
            (fields, outcome)
        };
        let (errs, outcome) = fields(&[rejecting("a", "4", "2")]);
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(outcome.added, vec![(0, d("4"))]);
        assert_eq!(outcome.rejected, vec![(0, d("2"))]);
        assert!(!outcome.complete);
        // All of the rest arrived, all of it rejected: nothing accepted.
        let (errs, outcome) = fields(&[rejecting("a", "0", "6")]);
        assert!(errs.is_empty(), "{errs:?}");
        assert!(outcome.added.is_empty());
        assert!(!outcome.complete);
        // Accepted and rejected together must fit what remains (6).
        let (errs, _) = fields(&[rejecting("a", "5", "2")]);
        assert_eq!(errs, vec!["lines[0].quantity"]);
        let (errs, _) = fields(&[rejecting("a", "0", "7")]);
        assert_eq!(errs, vec!["lines[0].rejected"]);
        let (errs, _) = fields(&[rejecting("a", "3", "3"), asked("a", d("1"))]);
        assert_eq!(errs, vec!["lines[1].quantity"]);
        // A rejection needs its reason; a negative one is refused.
        let no_reason = ReceivedLine {
            reason_given: false,
            ..rejecting("a", "1", "1")
        };
        assert_eq!(fields(&[no_reason]).0, vec!["lines[0].rejection_reason"]);
        assert_eq!(
            fields(&[rejecting("a", "1", "-1")]).0,
            vec!["lines[0].rejected"]
        );
        assert_eq!(
            fields(&[rejecting("a", "0", "0")]).0,
            vec!["lines[0].quantity"]
        );
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
