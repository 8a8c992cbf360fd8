//! One balance over the last days — the closing balance of each day in
//! the organisation's time zone, with the policy it is measured against —
//! rebuilt from the ledger (`domain::stock_history`) for the stock item
//! page's chart.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use crate::db::scaled::quantity_from_db;
use crate::db::{self, time};
use crate::domain::roles::Role;
use crate::domain::stock::BalanceKey;
use crate::domain::stock_history::daily_balances;
use crate::error::AppResult;
use crate::service::identity::Actor;
use crate::service::{local_midnight, AppContext};

/// How many days the item page draws.
pub(crate) const CHART_DAYS: u32 = 90;

/// A balance's closing value per day, oldest first.
#[derive(Debug)]
pub(crate) struct BalanceHistory {
    pub days: Vec<(NaiveDate, Decimal)>,
    pub reorder_point: Option<Decimal>,
    pub max_level: Option<Decimal>,
}

/// The last `days` days of one balance, today included; a balance that
/// never moved reads as zero throughout.
pub(crate) async fn history(
    ctx: &AppContext,
    actor: &Actor,
    key: BalanceKey,
    days: u32,
) -> AppResult<BalanceHistory> {
    actor.require_any(&[Role::ItSpecialist, Role::Finance, Role::Admin])?;
    let tz = ctx.settings.timezone;
    let today = ctx.now().with_timezone(&tz).date_naive();
    let first = today
        .checked_sub_days(Days::new(u64::from(days.saturating_sub(1))))
        .unwrap_or(today);
    let from = local_midnight(tz, first).unwrap_or_else(|| ctx.now());
    let (balance, deltas) = ctx
        .db
        .read(move |conn| {
            let balance = db::stock::balance(conn, &key)?;
            let deltas = db::stock::deltas_since(conn, &key, time::to_db(from))?;
            Ok((balance, deltas))
        })
        .await?;
    let moves: Vec<(NaiveDate, i64)> = deltas
        .into_iter()
        .map(|(at, delta)| (time::from_db(at).with_timezone(&tz).date_naive(), delta))
        .collect();
    let now_milli = balance.as_ref().map_or(0, |b| b.on_hand_milli);
    let series = daily_balances(now_milli, today, days, &moves);
    let quantity = |milli: i64| quantity_from_db(milli).normalize();
    Ok(BalanceHistory {
        days: series
            .into_iter()
            .map(|b| (b.day, quantity(b.on_hand_milli)))
            .collect(),
        reorder_point: balance
            .as_ref()
            .and_then(|b| b.reorder_point_milli)
            .map(quantity),
        max_level: balance
            .as_ref()
            .and_then(|b| b.max_level_milli)
            .map(quantity),
    })
}

impl BalanceHistory {
    /// How many of the days closed at or below the reorder point.
    pub(crate) fn days_at_or_below_reorder(&self) -> usize {
        self.reorder_point.map_or(0, |point| {
            self.days.iter().filter(|(_, q)| *q <= point).count()
        })
    }
}
