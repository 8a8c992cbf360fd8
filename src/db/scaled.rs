//! Money and quantities are stored as scaled `BIGINT` (money in 1/100, quantities
//! in 1/1000: docs/design.md#storage) and are `Decimal` everywhere else.
//! Conversion refuses values that would lose digits instead of rounding.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

pub(crate) const MONEY_SCALE: u32 = 2;
pub(crate) const QUANTITY_SCALE: u32 = 3;

/// `Decimal` → integer in units of 10^-scale; `None` when it has more
/// decimals than the scale holds or does not fit in an `i64`.
pub(crate) fn to_scaled(value: Decimal, scale: u32) -> Option<i64> {
    let normalized = value.normalize();
    if normalized.scale() > scale {
        return None;
    }
    // Checked: a value near Decimal's own limit (~7.9e28) must be refused
    // like any other that does not fit, never panic.
    normalized
        .checked_mul(Decimal::from(10_i64.pow(scale)))?
        .to_i64()
}

/// Integer in units of 10^-scale → `Decimal` with exactly `scale` decimals.
pub(crate) fn from_scaled(raw: i64, scale: u32) -> Decimal {
    Decimal::new(raw, scale)
}

pub(crate) fn money_to_db(value: Decimal) -> Option<i64> {
    to_scaled(value, MONEY_SCALE)
}

pub(crate) fn money_from_db(raw: i64) -> Decimal {
    from_scaled(raw, MONEY_SCALE)
}

pub(crate) fn quantity_to_db(value: Decimal) -> Option<i64> {
    to_scaled(value, QUANTITY_SCALE)
}

pub(crate) fn quantity_from_db(raw: i64) -> Decimal {
    from_scaled(raw, QUANTITY_SCALE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn money_round_trips_exactly() {
        for (text, raw) in [
            ("54.99", 5499),
            ("0", 0),
            ("-12.5", -1250),
            ("1000000.00", 100_000_000),
        ] {
            assert_eq!(money_to_db(d(text)), Some(raw), "{text}");
            assert_eq!(money_from_db(raw), d(text), "{text}");
        }
        assert_eq!(money_from_db(5499).to_string(), "54.99");
        assert_eq!(money_from_db(1250).to_string(), "12.50");
    }

    #[test]
    fn extra_digits_are_refused_not_rounded() {
        assert_eq!(money_to_db(d("0.001")), None);
        assert_eq!(
            money_to_db(d("1.230")),
            Some(123),
            "trailing zeros are fine"
        );
        assert_eq!(quantity_to_db(d("1.0005")), None);
        assert_eq!(quantity_to_db(d("2.5")), Some(2500));
    }

    #[test]
    fn values_beyond_i64_are_refused() {
        assert_eq!(money_to_db(d("999999999999999999999")), None);
    }

    #[test]
    fn values_near_decimals_own_limit_are_refused_not_a_panic() {
        for value in [Decimal::MAX, Decimal::MIN, d("100000000000000000000000000")] {
            assert_eq!(money_to_db(value), None, "{value}");
            assert_eq!(quantity_to_db(value), None, "{value}");
        }
    }
}
