//! Budget totals beside their limits as bars, one per department or
//! category row of a table: what is new, what was carried over (drawn
//! apart, lighter), the limit as a mark across the bar, and the part past
//! the limit in the overrun colour. Every row shares one scale, so bars
//! compare. The numbers stay in the table's cells: the bars only show
//! them, and are hidden from screen readers, which read the cells.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::service::budgets::views::TotalView;

/// The drawing's width in SVG units; its height is one bar.
pub(crate) const BAR_WIDTH: f64 = 240.0;

/// One row's bar, as SVG coordinates.
pub(crate) struct Bar {
    pub new_width: String,
    pub carried_x: String,
    pub carried_width: String,
    /// Where the part past the limit starts, and how wide it is.
    pub over_x: String,
    pub over_width: String,
    pub limit_x: Option<String>,
}

/// The bars of `rows`, on the scale of the largest total or limit among them.
pub(crate) fn bars<'a>(rows: impl Iterator<Item = &'a TotalView> + Clone) -> Vec<Bar> {
    let largest = rows
        .clone()
        .flat_map(|t| [float(t.total), t.limit.map_or(0.0, float)])
        .fold(0.0, f64::max);
    let scale = if largest > 0.0 {
        BAR_WIDTH / largest
    } else {
        0.0
    };
    rows.map(|t| {
        let (new, carried) = (float(t.new) * scale, float(t.carried_over) * scale);
        let end = new + carried;
        let limit = t.limit.map(|l| float(l) * scale);
        let over_from = limit.filter(|l| *l < end).unwrap_or(end);
        Bar {
            new_width: svg(new),
            carried_x: svg(new),
            carried_width: svg(carried),
            over_x: svg(over_from),
            over_width: svg(end - over_from),
            limit_x: limit.map(svg),
        }
    })
    .collect()
}

/// A coordinate: drawing only, never an amount that is shown or stored.
fn float(amount: Decimal) -> f64 {
    amount.to_f64().unwrap_or(0.0).max(0.0)
}

fn svg(v: f64) -> String {
    format!("{v:.1}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn total(new: i64, carried: i64, limit: Option<i64>) -> TotalView {
        TotalView {
            total: Decimal::from(new + carried),
            new: Decimal::from(new),
            carried_over: Decimal::from(carried),
            stale: Decimal::ZERO,
            limit: limit.map(Decimal::from),
            remaining: None,
            overrun: limit.is_some_and(|l| new + carried > l),
            month_to_date_committed: None,
        }
    }

    #[test]
    fn bars_share_a_scale_and_mark_what_is_past_the_limit() {
        let rows = [
            total(1500, 500, Some(1200)),
            total(600, 0, Some(2400)),
            total(300, 0, None),
        ];
        let bars = bars(rows.iter());
        // The largest is the second row's limit, 2400: 0.1 units per euro.
        assert_eq!(
            (bars[0].new_width.as_str(), bars[0].carried_width.as_str()),
            ("150.0", "50.0")
        );
        assert_eq!(bars[0].limit_x.as_deref(), Some("120.0"));
        assert_eq!(
            (bars[0].over_x.as_str(), bars[0].over_width.as_str()),
            ("120.0", "80.0")
        );
        assert_eq!(bars[1].limit_x.as_deref(), Some("240.0"));
        assert_eq!(bars[1].over_width, "0.0", "within its limit");
        assert_eq!(
            (bars[2].new_width.as_str(), bars[2].limit_x.as_deref()),
            ("30.0", None)
        );
    }

    #[test]
    fn nothing_to_draw_is_no_bar() {
        let bars = bars([total(0, 0, None)].iter());
        assert_eq!(bars[0].new_width, "0.0");
    }
}
