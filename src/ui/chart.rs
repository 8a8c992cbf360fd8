//! Charts drawn on the server as SVG: no chart library and no JavaScript,
//! so a chart reads the same in every browser, prints, and carries its own
//! text alternative. This module turns values into coordinates and labels;
//! the templates only place them.

use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::i18n::Tr;
use crate::service::stock::history::BalanceHistory;

/// The drawing's size in SVG units (it scales to the page's width).
pub(crate) const WIDTH: f64 = 720.0;
pub(crate) const HEIGHT: f64 = 240.0;
/// Room left of the plot for the quantity labels, and below for the dates.
pub(crate) const LEFT: f64 = 64.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 14.0;
pub(crate) const BOTTOM: f64 = HEIGHT - 30.0;

/// A labelled position on an axis.
pub(crate) struct Tick {
    /// The coordinate along the axis, formatted for SVG.
    pub at: String,
    pub label: String,
    /// How the label sits on its coordinate (`middle`, or `end` for the
    /// last date, which would otherwise run off the drawing).
    pub anchor: &'static str,
}

/// A horizontal line the balance is read against.
pub(crate) struct Guide {
    pub y: String,
    pub label: String,
    /// The CSS class: `reorder` or `max`.
    pub kind: &'static str,
}

/// A balance over days, as a step line over a filled area.
pub(crate) struct BalanceChart {
    pub line: String,
    pub area: String,
    pub y_ticks: Vec<Tick>,
    pub x_ticks: Vec<Tick>,
    pub guides: Vec<Guide>,
    /// What the chart shows, in one sentence: its text alternative.
    pub summary: String,
}

impl BalanceChart {
    pub(crate) fn draw(history: &BalanceHistory, t: &Tr) -> Self {
        let values: Vec<f64> = history.days.iter().map(|(_, q)| float(*q)).collect();
        let highest = values
            .iter()
            .copied()
            .chain(history.reorder_point.map(float))
            .chain(history.max_level.map(float))
            .fold(0.0, f64::max);
        let top = nice_ceiling(highest);
        let y = |v: f64| BOTTOM - (v / top) * (BOTTOM - TOP);
        let slot = (WIDTH - RIGHT - LEFT) / values.len().max(1) as f64;
        let x = |i: usize| LEFT + slot * i as f64;
        let mut line = String::new();
        for (i, v) in values.iter().enumerate() {
            let (x0, yv) = (x(i), y(*v));
            line.push_str(&match i {
                0 => format!("M{x0:.1} {yv:.1}"),
                _ => format!(" V{yv:.1}"),
            });
            line.push_str(&format!(" H{:.1}", x(i + 1)));
        }
        let area = match values.is_empty() {
            true => String::new(),
            false => format!("{line} V{BOTTOM:.1} H{LEFT:.1} Z"),
        };
        let guide = |value: Option<Decimal>, key: &str, kind| {
            value.map(|v| Guide {
                y: format!("{:.1}", y(float(v))),
                label: t.text(key, "value", t.quantity(v)),
                kind,
            })
        };
        let guides = [
            guide(history.max_level, "chart-max-level", "max"),
            guide(history.reorder_point, "chart-reorder-point", "reorder"),
        ];
        let y_ticks = [0.0, top / 2.0, top]
            .into_iter()
            .map(|v| Tick {
                at: format!("{:.1}", y(v)),
                label: t.quantity(Decimal::from_f64_retain(v).unwrap_or_default().round_dp(3)),
                anchor: "end",
            })
            .collect();
        Self {
            line,
            area,
            y_ticks,
            x_ticks: date_ticks(&history.days, slot, t),
            guides: guides.into_iter().flatten().collect(),
            summary: summary(history, t),
        }
    }
}

/// A date under the first day, every 30 days after it, and the last day.
fn date_ticks(days: &[(NaiveDate, Decimal)], slot: f64, t: &Tr) -> Vec<Tick> {
    let last = days.len().saturating_sub(1);
    let mut at: Vec<usize> = (0..days.len()).step_by(30).collect();
    if at.last().is_some_and(|i| last - i < 10) {
        at.pop();
    }
    if !days.is_empty() {
        at.push(last);
    }
    at.into_iter()
        .map(|i| match i == last && i > 0 {
            true => Tick {
                at: format!("{:.1}", LEFT + slot * (i as f64 + 1.0)),
                label: t.short_date(days[i].0),
                anchor: "end",
            },
            false => Tick {
                at: format!("{:.1}", LEFT + slot * (i as f64 + 0.5)),
                label: t.short_date(days[i].0),
                anchor: "middle",
            },
        })
        .collect()
}

/// "From 3 March to 31 May the balance went from 12 to 4; lowest 2 on
/// 15 April; 6 days at or below the reorder point."
fn summary(history: &BalanceHistory, t: &Tr) -> String {
    let (Some(first), Some(last)) = (history.days.first(), history.days.last()) else {
        return String::new();
    };
    let lowest = history.days.iter().min_by_key(|(_, q)| *q).unwrap_or(first);
    let below = history.days_at_or_below_reorder();
    use crate::i18n::{Arg, TextArg};
    let args = vec![
        ("from".to_owned(), Arg::from(TextArg(t.date(first.0)))),
        ("to".to_owned(), Arg::from(TextArg(t.date(last.0)))),
        ("start".to_owned(), Arg::from(TextArg(t.quantity(first.1)))),
        ("end".to_owned(), Arg::from(TextArg(t.quantity(last.1)))),
        ("low".to_owned(), Arg::from(TextArg(t.quantity(lowest.1)))),
        ("lowday".to_owned(), Arg::from(TextArg(t.date(lowest.0)))),
        ("below".to_owned(), Arg::from(below as i64)),
    ];
    let key = match history.reorder_point {
        Some(_) => "chart-summary-policy",
        None => "chart-summary",
    };
    t.message(key, args)
}

/// The drawing's value for a quantity: coordinates only, never arithmetic
/// that is stored or shown.
fn float(q: Decimal) -> f64 {
    q.to_f64().unwrap_or(0.0)
}

/// The smallest of 1, 2, 2.5 or 5 × 10ⁿ at or above `v` (1 for nothing),
/// so the axis reads in round numbers.
fn nice_ceiling(v: f64) -> f64 {
    if v <= 0.0 || !v.is_finite() {
        return 1.0;
    }
    let magnitude = 10f64.powf(v.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|c| *c >= v)
        .unwrap_or(10.0 * magnitude)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::locale::Locale;

    fn history(values: &[i64], reorder: Option<i64>) -> BalanceHistory {
        let start = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        BalanceHistory {
            days: values
                .iter()
                .enumerate()
                .map(|(i, v)| (start + chrono::Days::new(i as u64), Decimal::from(*v)))
                .collect(),
            reorder_point: reorder.map(Decimal::from),
            max_level: reorder.map(|r| Decimal::from(r * 4)),
        }
    }

    #[test]
    fn axes_end_on_round_numbers() {
        assert_eq!(nice_ceiling(0.0), 1.0);
        assert_eq!(nice_ceiling(7.0), 10.0);
        assert_eq!(nice_ceiling(12.0), 20.0);
        assert_eq!(nice_ceiling(21.0), 25.0);
        assert_eq!(nice_ceiling(40.0), 50.0);
        assert_eq!(nice_ceiling(100.0), 100.0);
    }

    #[test]
    fn the_line_steps_through_each_day_and_the_guides_sit_on_their_values() {
        let t = Tr::new(Locale::En, chrono_tz::UTC);
        let chart = BalanceChart::draw(&history(&[10, 10, 5], Some(5)), &t);
        // Top is the maximum level, 20: 10 is half-way, 5 a quarter up.
        let half = BOTTOM - (BOTTOM - TOP) / 2.0;
        let quarter = BOTTOM - (BOTTOM - TOP) / 4.0;
        assert!(chart.line.starts_with(&format!("M{LEFT:.1} {half:.1} H")));
        assert!(chart.line.contains(&format!("V{quarter:.1}")));
        assert!(chart.line.ends_with(&format!("H{:.1}", WIDTH - RIGHT)));
        let reorder = chart.guides.iter().find(|g| g.kind == "reorder").unwrap();
        assert_eq!(reorder.y, format!("{quarter:.1}"));
        assert_eq!(reorder.label, "Reorder point 5");
        let labels: Vec<&str> = chart.y_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["0", "10", "20"]);
    }

    #[test]
    fn ninety_days_are_labelled_every_thirty_and_at_the_end() {
        let t = Tr::new(Locale::En, chrono_tz::UTC);
        let chart = BalanceChart::draw(&history(&[3; 90], None), &t);
        let labels: Vec<&str> = chart.x_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["1 March", "31 March", "30 April", "29 May"]);
        assert!(chart.guides.is_empty());
    }

    #[test]
    fn the_summary_names_the_lowest_day_and_the_days_below_the_point() {
        let t = Tr::new(Locale::En, chrono_tz::UTC);
        let chart = BalanceChart::draw(&history(&[10, 4, 2, 6], Some(4)), &t);
        assert_eq!(
            chart.summary,
            "From 1 March 2026 to 4 March 2026 the balance went from 10 to 6; \
             lowest 2 on 3 March 2026; 2 days at or below the reorder point."
        );
    }
}
