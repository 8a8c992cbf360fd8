//! Replenishment maths (docs/design.md#replenishment), pure: forecast use, the
//! suggestion `max_level − projected` rounded up to the order multiple when
//! `projected = on_hand + on_order − forecast ≤ reorder point`, and a stock
//! policy suggested from past consumption. Quantities are exact decimals in the
//! item's unit; forecasts round up to 1/1000 so a shortage is never understated.

use rust_decimal::{Decimal, RoundingStrategy};

/// How many past days of issues the average daily use is taken over.
pub(crate) const USAGE_WINDOW_DAYS: i64 = 90;

/// Where one item stands at one location.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Position {
    pub on_hand: Decimal,
    pub on_order: Decimal,
    /// Average issues per day over the usage window.
    pub daily_use: Decimal,
    pub reorder_point: Decimal,
    pub max_level: Decimal,
}

/// How the item is bought.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Supply {
    pub lead_time_days: i64,
    pub order_multiple: Decimal,
    pub active: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Suggestion {
    /// Forecast use over the lead time (plus any extra horizon).
    pub forecast: Decimal,
    pub projected: Decimal,
    pub quantity: Decimal,
}

fn round_up_milli(q: Decimal) -> Decimal {
    q.round_dp_with_strategy(3, RoundingStrategy::ToPositiveInfinity)
}

/// Average daily use from what was issued over `window_days`.
pub(crate) fn daily_use(issued: Decimal, window_days: i64) -> Decimal {
    if window_days <= 0 || issued <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    issued / Decimal::from(window_days)
}

/// Expected use over `days`, rounded up to 1/1000.
pub(crate) fn forecast_use(daily_use: Decimal, days: i64) -> Decimal {
    round_up_milli(daily_use * Decimal::from(days.max(0)))
}

/// `quantity` rounded up to a whole number of `multiple`s (a multiple of
/// zero or less means "any quantity").
pub(crate) fn round_up_to_multiple(quantity: Decimal, multiple: Decimal) -> Decimal {
    if multiple <= Decimal::ZERO {
        return round_up_milli(quantity);
    }
    (quantity / multiple).ceil() * multiple
}

/// What to order so stock lasts the lead time plus `extra_days` (0 for
/// the live suggestion, the period's length for a budget forecast).
/// `None` when nothing is needed or the item is no longer stocked.
pub(crate) fn suggest(position: &Position, supply: &Supply, extra_days: i64) -> Option<Suggestion> {
    if !supply.active {
        return None;
    }
    let forecast = forecast_use(position.daily_use, supply.lead_time_days + extra_days);
    let projected = position.on_hand + position.on_order - forecast;
    if projected > position.reorder_point {
        return None;
    }
    let shortfall = position.max_level - projected;
    if shortfall <= Decimal::ZERO {
        return None;
    }
    Some(Suggestion {
        forecast,
        projected,
        quantity: round_up_to_multiple(shortfall, supply.order_multiple).normalize(),
    })
}

/// A stock policy from consumption: the reorder point covers the lead time
/// plus `safety_days` of use; the maximum adds `cover_days` more, so one
/// order lasts about that long.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct SuggestedPolicy {
    pub safety_stock: Decimal,
    pub reorder_point: Decimal,
    pub max_level: Decimal,
}

pub(crate) fn suggest_policy(
    daily_use: Decimal,
    lead_time_days: i64,
    safety_days: i64,
    cover_days: i64,
) -> SuggestedPolicy {
    let safety_stock = forecast_use(daily_use, safety_days);
    let reorder_point = forecast_use(daily_use, lead_time_days) + safety_stock;
    let max_level = reorder_point + forecast_use(daily_use, cover_days);
    SuggestedPolicy {
        safety_stock: safety_stock.normalize(),
        reorder_point: reorder_point.normalize(),
        max_level: max_level.normalize(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn position(on_hand: &str, on_order: &str, daily: &str, rop: &str, max: &str) -> Position {
        Position {
            on_hand: d(on_hand),
            on_order: d(on_order),
            daily_use: d(daily),
            reorder_point: d(rop),
            max_level: d(max),
        }
    }

    fn supply(lead: i64, multiple: &str) -> Supply {
        Supply {
            lead_time_days: lead,
            order_multiple: d(multiple),
            active: true,
        }
    }

    #[test]
    fn suggestions_follow_the_formula() {
        // (on_hand, on_order, daily, rop, max, lead, multiple, extra) → quantity
        let cases = [
            // Zero consumption: only the reorder point matters.
            ("10", "0", "0", "10", "30", 5, "1", 0, Some("20")),
            ("11", "0", "0", "10", "30", 5, "1", 0, None),
            // Zero lead time: no forecast.
            ("4", "0", "2", "5", "20", 0, "1", 0, Some("16")),
            // Forecast over the lead time pushes it under: 20 − 2×7 = 6.
            ("20", "0", "2", "10", "40", 7, "1", 0, Some("34")),
            // Order multiples round up: 34 → 36 in packs of 12.
            ("20", "0", "2", "10", "40", 7, "12", 0, Some("36")),
            // Already on order: nothing suggested twice.
            ("20", "34", "2", "10", "40", 7, "12", 0, None),
            // Partly on order: only the rest.
            ("20", "2", "2", "10", "40", 7, "1", 0, Some("32")),
            // A budget horizon adds its days to the forecast: 20 − 2×(7+7) = −8.
            ("20", "0", "2", "10", "40", 7, "1", 7, Some("48")),
            // Fractional use rounds the forecast up: 1/3 × 10 = 3.334.
            ("5", "0", "0.333333", "2", "10", 10, "0", 0, Some("8.334")),
            // Reorder point equal to max and projected equal to both: nothing to add.
            ("10", "0", "0", "10", "10", 0, "1", 0, None),
        ];
        for (oh, oo, du, rop, max, lead, mult, extra, want) in cases {
            let got = suggest(&position(oh, oo, du, rop, max), &supply(lead, mult), extra);
            assert_eq!(
                got.map(|s| s.quantity),
                want.map(d),
                "case {oh} {oo} {du} {rop} {max} {lead} {mult} {extra}"
            );
        }
    }

    #[test]
    fn inactive_items_are_never_suggested() {
        let mut s = supply(5, "1");
        s.active = false;
        assert_eq!(suggest(&position("0", "0", "1", "10", "30"), &s, 0), None);
    }

    #[test]
    fn daily_use_and_policy() {
        assert_eq!(daily_use(d("90"), 90), d("1"));
        assert_eq!(daily_use(d("0"), 90), Decimal::ZERO);
        assert_eq!(daily_use(d("5"), 0), Decimal::ZERO);
        let p = suggest_policy(d("2"), 10, 5, 30);
        assert_eq!(
            (p.safety_stock, p.reorder_point, p.max_level),
            (d("10"), d("30"), d("90"))
        );
        let none = suggest_policy(Decimal::ZERO, 10, 5, 30);
        assert_eq!(none.reorder_point, Decimal::ZERO);
    }

    #[test]
    fn multiples() {
        assert_eq!(round_up_to_multiple(d("1"), d("12")), d("12"));
        assert_eq!(round_up_to_multiple(d("12"), d("12")), d("12"));
        assert_eq!(round_up_to_multiple(d("12.001"), d("12")), d("24"));
        assert_eq!(round_up_to_multiple(d("0.3"), d("0.25")), d("0.5"));
        assert_eq!(round_up_to_multiple(d("1.0001"), d("0")), d("1.001"));
    }
}
