//! Replenishment maths (docs/design.md#replenishment), pure: forecast use, the
//! suggestion `max_level − projected` rounded up to the order multiple when
//! `projected = on_hand + on_order − forecast ≤ reorder point`, and a stock
//! policy suggested from past consumption. Quantities are exact decimals in the
//! item's unit; forecasts round up to 1/1000 so a shortage is never understated.
//! Use is kept as the rational "issued over so many days" and a forecast
//! multiplies before it divides, so a forecast that is a whole number of
//! thousandths comes out exactly (5 issued in 90 days over 18 days is 1, not
//! the 1.001 that rounding 5/90 first gives).

use chrono::{Days, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};

/// How many past days of issues the average daily use is taken over.
pub(crate) const USAGE_WINDOW_DAYS: i64 = 90;

/// The first day of the issue window on `today` (UTC days): the
/// [`USAGE_WINDOW_DAYS`] days before today, and today so far. Whole days
/// let the window be kept as counters moved once a day
/// (`service::stock::usage`) instead of summed over the ledger per request.
pub(crate) fn usage_window_start(today: NaiveDate) -> NaiveDate {
    today
        .checked_sub_days(Days::new(USAGE_WINDOW_DAYS.unsigned_abs()))
        .unwrap_or(today)
}

/// Where one item stands at one location.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Position {
    pub on_hand: Decimal,
    pub on_order: Decimal,
    pub usage: Usage,
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

/// What was issued over a window of days: the rate of use as an exact ratio.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Usage {
    pub issued: Decimal,
    pub window_days: i64,
}

impl Usage {
    pub(crate) fn new(issued: Decimal, window_days: i64) -> Self {
        Self {
            issued,
            window_days,
        }
    }

    /// Average use per day, for people to read (never for further maths).
    pub(crate) fn daily(&self) -> Decimal {
        if self.window_days <= 0 || self.issued <= Decimal::ZERO {
            return Decimal::ZERO;
        }
        (self.issued / Decimal::from(self.window_days)).round_dp(3)
    }

    /// Expected use over `days`: issued × days ÷ window, rounded up to 1/1000.
    /// Multiplying first keeps a quotient that is a whole number of
    /// thousandths exact; any other quotient is at least 1/(1000 × window)
    /// from the next thousandth, far above the division's last digit, so the
    /// rounding up is exact too.
    pub(crate) fn over(&self, days: i64) -> Decimal {
        if self.window_days <= 0 || self.issued <= Decimal::ZERO || days <= 0 {
            return Decimal::ZERO;
        }
        let total = self
            .issued
            .checked_mul(Decimal::from(days))
            .and_then(|t| t.checked_div(Decimal::from(self.window_days)))
            .unwrap_or(Decimal::MAX);
        round_up_milli(total)
    }
}

fn round_up_milli(q: Decimal) -> Decimal {
    q.round_dp_with_strategy(3, RoundingStrategy::ToPositiveInfinity)
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
    let forecast = position.usage.over(supply.lead_time_days + extra_days);
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
    usage: Usage,
    lead_time_days: i64,
    safety_days: i64,
    cover_days: i64,
) -> SuggestedPolicy {
    let safety_stock = usage.over(safety_days);
    let reorder_point = usage.over(lead_time_days) + safety_stock;
    let max_level = reorder_point + usage.over(cover_days);
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
            usage: Usage::new(d(daily), 1),
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
        assert_eq!(Usage::new(d("90"), 90).daily(), d("1"));
        assert_eq!(Usage::new(d("0"), 90).daily(), Decimal::ZERO);
        assert_eq!(Usage::new(d("5"), 0).daily(), Decimal::ZERO);
        let p = suggest_policy(Usage::new(d("2"), 1), 10, 5, 30);
        assert_eq!(
            (p.safety_stock, p.reorder_point, p.max_level),
            (d("10"), d("30"), d("90"))
        );
        let none = suggest_policy(Usage::new(Decimal::ZERO, 90), 10, 5, 30);
        assert_eq!(none.reorder_point, Decimal::ZERO);
    }

    /// The example: 5 issued in 90 days, lead time 18 days, order
    /// multiple 1, nothing on hand, reorder point 0, max 5. Rounding 5/90
    /// first made the forecast 1.001 and the suggestion 7; it is 1 and 6.
    #[test]
    fn a_whole_forecast_stays_whole() {
        let usage = Usage::new(d("5"), 90);
        assert_eq!(usage.over(18), d("1"));
        let p = Position {
            on_hand: d("0"),
            on_order: d("0"),
            usage,
            reorder_point: d("0"),
            max_level: d("5"),
        };
        let s = suggest(&p, &supply(18, "1"), 0).unwrap();
        assert_eq!((s.forecast, s.quantity), (d("1"), d("6")));
        let policy = suggest_policy(usage, 18, 18, 18);
        assert_eq!(policy.reorder_point, d("2"));
    }

    /// Exact reference: ⌈issued_milli × days ÷ window⌉ thousandths, in
    /// integers. Every issued quantity up to 40 units in steps of 1/1000 …
    /// would be 40,000 × 60 × 4 cases; a stride keeps it under a second
    /// while still crossing every residue of the windows tried.
    #[test]
    fn forecasts_equal_the_exact_rational_ceiling() {
        for window in [1_i64, 7, 30, 90] {
            for issued_milli in (0_i64..40_000).step_by(7) {
                for days in 0_i64..=60 {
                    let numerator = i128::from(issued_milli) * i128::from(days);
                    let w = i128::from(window);
                    let want_milli = (numerator + w - 1) / w;
                    let want = Decimal::from_i128_with_scale(want_milli, 3);
                    let got = Usage::new(Decimal::new(issued_milli, 3), window).over(days);
                    assert_eq!(got, want, "{issued_milli}/1000 over {window} days × {days}");
                }
            }
        }
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
