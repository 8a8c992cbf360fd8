//! IT Applications: the states of docs/design.md#it-application-workflow, which
//! moves are allowed, and the filling check that every submission must pass.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::error::FieldErrors;

use super::ids::DepartmentId;
use super::vocabulary::text_enum;

text_enum!(
    /// Where an application is in its life.
    Status {
    Draft = "draft",
    Submitted = "submitted",
    Approved = "approved",
    Ordered = "ordered",
    PartiallyReceived = "partially_received",
    Received = "received",
    Returned = "returned",
    Rejected = "rejected",
    Cancelled = "cancelled",
});

text_enum!(Category {
    Hardware = "hardware",
    Software = "software",
    Consumables = "consumables",
    Services = "services",
    Other = "other",
});

/// What someone does to an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Action {
    Edit,
    Submit,
    /// `last` when this approval decides the final step.
    Approve {
        last: bool,
    },
    Return,
    Reject,
    Cancel,
    Order,
    /// An order over the approved total beyond the policy's tolerance: the
    /// application goes back through a new round for the difference.
    Reapprove,
    /// `complete` when every line is now fully received; `received_any`
    /// when anything has been accepted so far (a delivery wholly rejected
    /// and returned leaves an order `ordered`).
    Receive {
        complete: bool,
        received_any: bool,
    },
    /// Lines closed short ("the rest will not come"); `complete` when
    /// nothing remains to come on any line.
    CloseShort {
        complete: bool,
    },
}

impl Action {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Action::Edit => "edit",
            Action::Submit => "submit",
            Action::Approve { .. } => "approve",
            Action::Return => "return",
            Action::Reject => "reject",
            Action::Cancel => "cancel",
            Action::Order => "order",
            Action::Reapprove => "reapproval",
            Action::Receive { .. } => "receive",
            Action::CloseShort { .. } => "close_short",
        }
    }
}

/// The state after `action`, or `None` when
/// docs/design.md#it-application-workflow does not allow it.
pub(crate) fn transition(from: Status, action: Action) -> Option<Status> {
    use Action as A;
    use Status as S;
    match (from, action) {
        (S::Draft | S::Returned, A::Edit) => Some(from),
        (S::Draft | S::Returned, A::Submit) => Some(S::Submitted),
        (S::Submitted, A::Approve { last: false }) => Some(S::Submitted),
        (S::Submitted, A::Approve { last: true }) => Some(S::Approved),
        (S::Submitted, A::Return) => Some(S::Returned),
        (S::Submitted, A::Reject) => Some(S::Rejected),
        (S::Draft | S::Submitted | S::Returned | S::Approved, A::Cancel) => Some(S::Cancelled),
        (S::Approved, A::Order) => Some(S::Ordered),
        (S::Approved, A::Reapprove) => Some(S::Submitted),
        (
            S::Ordered,
            A::Receive {
                complete: false,
                received_any: false,
            },
        ) => Some(S::Ordered),
        (
            S::Ordered | S::PartiallyReceived,
            A::Receive {
                complete: false, ..
            },
        ) => Some(S::PartiallyReceived),
        (S::Ordered | S::PartiallyReceived, A::Receive { complete: true, .. }) => Some(S::Received),
        (S::Ordered | S::PartiallyReceived, A::CloseShort { complete: false }) => Some(from),
        (S::Ordered | S::PartiallyReceived, A::CloseShort { complete: true }) => Some(S::Received),
        _ => None,
    }
}

/// The largest total one application may carry: catches typos like an
/// extra six zeros before they reach an approver.
pub(crate) fn max_total() -> Decimal {
    // 100,000,000.00
    Decimal::new(10_000_000_000, 2)
}

/// One line as the filling check sees it.
#[derive(Debug, Clone)]
pub(crate) struct LineInput {
    pub description: String,
    pub item_id: Option<String>,
    pub quantity: Decimal,
    pub unit_price: Decimal,
}

/// The document as the filling check sees it.
#[derive(Debug, Clone)]
pub(crate) struct ApplicationInput<'a> {
    pub title: &'a str,
    pub justification: &'a str,
    pub department_id: Option<&'a DepartmentId>,
    pub needed_by: Option<NaiveDate>,
    pub lines: &'a [LineInput],
}

/// Checks that would make a stored value wrong whatever the state: text
/// lengths, quantity and price formats. Run on every create and edit.
pub(crate) fn check_format(errors: &mut FieldErrors, doc: &ApplicationInput<'_>) {
    if doc.title.chars().count() > 200 {
        errors.add("title", "too_long", "must be at most 200 characters");
    }
    if doc.justification.chars().count() > 4000 {
        errors.add(
            "justification",
            "too_long",
            "must be at most 4000 characters",
        );
    }
    if doc.lines.len() > 200 {
        errors.add("lines", "too_many", "may have at most 200 lines");
    }
    for (i, line) in doc.lines.iter().enumerate() {
        if line.description.chars().count() > 500 {
            errors.add(
                format!("lines[{i}].description"),
                "too_long",
                "must be at most 500 characters",
            );
        }
        if line.quantity.normalize().scale() > 3 {
            errors.add(
                format!("lines[{i}].quantity"),
                "too_precise",
                "may have at most 3 decimal places",
            );
        }
        if line.unit_price.normalize().scale() > 2 {
            errors.add(
                format!("lines[{i}].unit_price"),
                "too_precise",
                "may have at most 2 decimal places",
            );
        }
        if line.unit_price.is_sign_negative() && !line.unit_price.is_zero() {
            errors.add(
                format!("lines[{i}].unit_price"),
                "negative",
                "must not be negative",
            );
        }
        if line.quantity > max_quantity() {
            errors.add(
                format!("lines[{i}].quantity"),
                "too_large",
                format!("must be at most {}", max_quantity()),
            );
        }
        if line.unit_price > max_total() {
            errors.add(
                format!("lines[{i}].unit_price"),
                "too_large",
                format!("must be at most {}", max_total()),
            );
        }
        if line.quantity.is_sign_negative() && !line.quantity.is_zero() {
            errors.add(
                format!("lines[{i}].quantity"),
                "not_positive",
                "must be greater than 0",
            );
        }
    }
    if total_of(doc.lines).is_none_or(|t| t > max_total()) {
        errors.add(
            "lines",
            "total_too_large",
            format!("the total must not exceed {}", max_total()),
        );
    }
}

/// "Checks that they are filled out correctly": everything a submission
/// needs, reported all at once.
pub(crate) fn check_complete(
    errors: &mut FieldErrors,
    doc: &ApplicationInput<'_>,
    today: NaiveDate,
) {
    if doc.title.trim().is_empty() {
        errors.add("title", "required", "must not be empty");
    }
    if doc.justification.trim().is_empty() {
        errors.add(
            "justification",
            "required",
            "must explain why the purchase is needed",
        );
    }
    if doc.department_id.is_none() {
        errors.add(
            "department_id",
            "required",
            "must name the department that pays",
        );
    }
    match doc.needed_by {
        None => errors.add(
            "needed_by",
            "required",
            "must give the date the purchase is needed by",
        ),
        Some(date) if date < today => errors.add(
            "needed_by",
            "in_past",
            format!("must not be before today ({today})"),
        ),
        Some(_) => {}
    }
    if doc.lines.is_empty() {
        errors.add("lines", "required", "must have at least one line");
    }
    for (i, line) in doc.lines.iter().enumerate() {
        if line.description.trim().is_empty() && line.item_id.is_none() {
            errors.add(
                format!("lines[{i}].description"),
                "required",
                "needs a description or a catalogue item",
            );
        }
        if line.quantity <= Decimal::ZERO {
            errors.add(
                format!("lines[{i}].quantity"),
                "not_positive",
                "must be greater than 0",
            );
        }
    }
}

/// Σ quantity × unit price, rounded to cents (half away from zero).
/// `None` when the sum is beyond what a `Decimal` holds (absurd input).
pub(crate) fn total_of(lines: &[LineInput]) -> Option<Decimal> {
    lines
        .iter()
        .try_fold(Decimal::ZERO, |sum, l| {
            sum.checked_add(l.quantity.checked_mul(l.unit_price)?)
        })
        .map(round_money)
}

/// Money is rounded to cents half away from zero, everywhere.
pub(crate) fn round_money(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// Whether ordering at `ordered` what was approved at `approved` needs a new
/// approval: more than the tolerance above, the tolerance being the larger
/// of `percent` of the approved total and `amount`. Paying less never does.
pub(crate) fn needs_reapproval(
    approved: Decimal,
    ordered: Decimal,
    percent: Decimal,
    amount: Decimal,
) -> bool {
    let share = approved
        .checked_mul(percent)
        .and_then(|v| v.checked_div(Decimal::ONE_HUNDRED))
        .unwrap_or(Decimal::MAX);
    let allowed = approved
        .checked_add(share.max(amount))
        .unwrap_or(Decimal::MAX);
    ordered > allowed
}

/// The largest quantity one line may carry.
pub(crate) fn max_quantity() -> Decimal {
    Decimal::from(1_000_000)
}

/// An application's reference: `A-<year>-<number>`, the number with at
/// least five digits (`A-2026-00042`).
pub(crate) fn reference(year: i32, number: i64) -> String {
    format!("A-{year}-{number:05}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    const RECEIVED_SOME: Action = Action::Receive {
        complete: false,
        received_any: true,
    };
    const ALL_REJECTED: Action = Action::Receive {
        complete: false,
        received_any: false,
    };
    const RECEIVED_ALL: Action = Action::Receive {
        complete: true,
        received_any: true,
    };

    #[test]
    fn transitions_follow_design_section_2() {
        use Action as A;
        use Status as S;
        let allowed = [
            (S::Draft, A::Edit, S::Draft),
            (S::Returned, A::Edit, S::Returned),
            (S::Draft, A::Submit, S::Submitted),
            (S::Returned, A::Submit, S::Submitted),
            (S::Submitted, A::Approve { last: false }, S::Submitted),
            (S::Submitted, A::Approve { last: true }, S::Approved),
            (S::Submitted, A::Return, S::Returned),
            (S::Submitted, A::Reject, S::Rejected),
            (S::Draft, A::Cancel, S::Cancelled),
            (S::Submitted, A::Cancel, S::Cancelled),
            (S::Returned, A::Cancel, S::Cancelled),
            (S::Approved, A::Cancel, S::Cancelled),
            (S::Approved, A::Order, S::Ordered),
            (S::Approved, A::Reapprove, S::Submitted),
            (S::Ordered, RECEIVED_SOME, S::PartiallyReceived),
            (S::Ordered, ALL_REJECTED, S::Ordered),
            (S::PartiallyReceived, RECEIVED_SOME, S::PartiallyReceived),
            (S::PartiallyReceived, ALL_REJECTED, S::PartiallyReceived),
            (S::PartiallyReceived, RECEIVED_ALL, S::Received),
            (S::Ordered, RECEIVED_ALL, S::Received),
        ];
        let actions = [
            A::Edit,
            A::Submit,
            A::Approve { last: false },
            A::Approve { last: true },
            A::Return,
            A::Reject,
            A::Cancel,
            A::Order,
            RECEIVED_SOME,
            ALL_REJECTED,
            RECEIVED_ALL,
        ];
        for from in S::ALL {
            for action in actions {
                let expected = allowed
                    .iter()
                    .find(|(f, a, _)| f == from && *a == action)
                    .map(|(_, _, to)| *to);
                assert_eq!(transition(*from, action), expected, "{from} + {action:?}");
            }
        }
    }

    fn line(q: &str, p: &str) -> LineInput {
        LineInput {
            description: "Toner".into(),
            item_id: None,
            quantity: d(q),
            unit_price: d(p),
        }
    }

    fn fields(check: impl FnOnce(&mut FieldErrors)) -> Vec<String> {
        let mut e = FieldErrors::new();
        check(&mut e);
        match e.into_result() {
            Ok(()) => vec![],
            Err(crate::error::AppError::Validation(list)) => {
                list.into_iter().map(|f| f.field).collect()
            }
            Err(other) => panic!("{other:?}"),
        }
    }

    #[test]
    fn filling_check_reports_every_problem() {
        let today = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        let lines = vec![
            line("0", "10"),
            LineInput {
                description: " ".into(),
                ..line("1", "1")
            },
        ];
        let doc = ApplicationInput {
            title: " ",
            justification: "",
            department_id: None,
            needed_by: Some(NaiveDate::from_ymd_opt(2026, 5, 31).unwrap()),
            lines: &lines,
        };
        let got = fields(|e| check_complete(e, &doc, today));
        assert_eq!(
            got,
            [
                "title",
                "justification",
                "department_id",
                "needed_by",
                "lines[0].quantity",
                "lines[1].description"
            ]
        );

        let ok_lines = vec![line("2", "54.99")];
        let department = DepartmentId::new("d");
        let ok = ApplicationInput {
            title: "Toner",
            justification: "Empty",
            department_id: Some(&department),
            needed_by: Some(today),
            lines: &ok_lines,
        };
        assert!(
            fields(|e| check_complete(e, &ok, today)).is_empty(),
            "today is not in the past"
        );
        let none = ApplicationInput {
            lines: &[],
            ..ok.clone()
        };
        assert_eq!(fields(|e| check_complete(e, &none, today)), ["lines"]);
    }

    #[test]
    fn formats_are_checked_on_every_save() {
        let lines = vec![line("1.0001", "1.001"), line("1", "-1")];
        let doc = ApplicationInput {
            title: "t",
            justification: "j",
            department_id: None,
            needed_by: None,
            lines: &lines,
        };
        assert_eq!(
            fields(|e| check_format(e, &doc)),
            [
                "lines[0].quantity",
                "lines[0].unit_price",
                "lines[1].unit_price"
            ]
        );
        let huge = vec![line("1000", "100000.01")];
        let doc = ApplicationInput {
            lines: &huge,
            ..doc
        };
        assert_eq!(fields(|e| check_format(e, &doc)), ["lines"]);
    }

    #[test]
    fn totals_are_exact() {
        assert_eq!(
            total_of(&[line("3", "0.10"), line("0.5", "19.99")]),
            Some(d("10.30"))
        );
        assert_eq!(total_of(&[line("0.333", "1.00")]), Some(d("0.33")));
        assert_eq!(
            total_of(&[line("1", "0.1"), line("1", "0.2")]),
            Some(d("0.30"))
        );
        assert_eq!(
            total_of(&[line("0.005", "1")]),
            Some(d("0.01")),
            "half away from zero"
        );
        let absurd = "79228162514264337593543950335";
        assert_eq!(
            total_of(&[line(absurd, absurd)]),
            None,
            "overflow is reported, not a panic"
        );
    }

    #[test]
    fn an_order_needs_reapproval_only_beyond_the_larger_tolerance() {
        let (pct, amount) = (d("10"), d("50.00"));
        for (approved, ordered, needs) in [
            ("10.00", "60.00", false),
            ("10.00", "60.01", true),
            ("1000.00", "1100.00", false),
            ("1000.00", "1100.01", true),
            ("10.00", "99999999.99", true),
            ("1000.00", "900.00", false),
        ] {
            assert_eq!(
                needs_reapproval(d(approved), d(ordered), pct, amount),
                needs,
                "{approved} → {ordered}"
            );
        }
    }
}
