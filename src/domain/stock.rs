//! Stock rules that need no database: movement kinds and their sign, and
//! what a valid movement request looks like.

use rust_decimal::Decimal;

/// Most one balance may hold, in thousandths: 1,000,000,000,000 units, far
/// above any real stock and far below `i64`'s range, so a ledger sum can
/// never overflow whatever movements arrive.
pub(crate) const MAX_BALANCE_MILLI: i64 = 1_000_000_000_000_000;

use crate::error::FieldErrors;

super::vocabulary::text_enum!(
    /// What a ledger entry records.
    MovementKind {
        Receipt = "receipt",
        Issue = "issue",
        Transfer = "transfer",
        WriteOff = "write_off",
        // Posted by physical counts, never requested directly.
        Adjustment = "adjustment",
    }
);

super::vocabulary::text_enum!(
    /// What a stock location is.
    LocationKind {
        Warehouse = "warehouse",
        Branch = "branch",
        Office = "office",
    }
);

/// Where a balance is: an item at a location. Named fields where the two
/// ids meet, so an item id and a location id cannot trade places the way
/// they could in a `(String, String)` pair.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BalanceKey {
    pub item_id: String,
    pub location_id: String,
}

/// The checks on a requested movement that need no stored data.
pub(crate) fn check_request(
    errors: &mut FieldErrors,
    kind: MovementKind,
    quantity: Decimal,
    location_id: &str,
    to_location_id: Option<&str>,
    note: Option<&str>,
) {
    if quantity <= Decimal::ZERO {
        errors.add("quantity", "not_positive", "must be greater than 0");
    } else if quantity.normalize().scale() > 3 {
        errors.add(
            "quantity",
            "too_precise",
            "may have at most 3 decimal places",
        );
    } else if quantity > Decimal::from(1_000_000_000) {
        errors.add("quantity", "too_large", "must be at most 1000000000");
    }
    match (kind, to_location_id) {
        (MovementKind::Transfer, None) => errors.add(
            "to_location_id",
            "required",
            "a transfer needs a destination",
        ),
        (MovementKind::Transfer, Some(to)) if to == location_id => errors.add(
            "to_location_id",
            "same_location",
            "must differ from location_id",
        ),
        (MovementKind::Transfer, Some(_)) => {}
        (_, Some(_)) => errors.add(
            "to_location_id",
            "not_allowed",
            "only transfers have a destination",
        ),
        (_, None) => {}
    }
    if kind == MovementKind::WriteOff && note.is_none_or(|n| n.trim().is_empty()) {
        errors.add("note", "required", "a write-off needs a reason");
    }
    if kind == MovementKind::Adjustment {
        errors.add(
            "kind",
            "not_allowed",
            "adjustments are posted by physical counts",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn fields(kind: MovementKind, q: &str, to: Option<&str>, note: Option<&str>) -> Vec<String> {
        let mut e = FieldErrors::new();
        check_request(&mut e, kind, Decimal::from_str(q).unwrap(), "a", to, note);
        match e.into_result() {
            Ok(()) => vec![],
            Err(crate::error::AppError::Validation(v)) => v.into_iter().map(|f| f.field).collect(),
            Err(other) => panic!("{other:?}"),
        }
    }

    #[test]
    fn requests_are_checked() {
        use MovementKind::*;
        assert!(fields(Receipt, "1", None, None).is_empty());
        assert_eq!(fields(Issue, "0", None, None), ["quantity"]);
        assert_eq!(fields(Issue, "1.0001", None, None), ["quantity"]);
        assert_eq!(fields(Transfer, "1", None, None), ["to_location_id"]);
        assert_eq!(fields(Transfer, "1", Some("a"), None), ["to_location_id"]);
        assert!(fields(Transfer, "1", Some("b"), None).is_empty());
        assert_eq!(fields(Issue, "1", Some("b"), None), ["to_location_id"]);
        assert_eq!(fields(WriteOff, "1", None, Some(" ")), ["note"]);
        assert_eq!(fields(Adjustment, "1", None, None), ["kind"]);
    }
}
