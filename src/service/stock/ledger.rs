//! Reading the stock ledger as people do: by item and location, between two
//! dates (in the organisation's time zone), newest or oldest first, each
//! movement with its item's SKU and name, its location's code and name,
//! and the names of whom it was issued to and who recorded it.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::MovementView;
use crate::db::stock::MovementFilter;
use crate::db::{self, time};
use crate::domain::ids::UserId;
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult};
use crate::service::identity::Actor;
use crate::service::pagination::{Page, PageRequest};
use crate::service::{local_midnight, AppContext};

/// Which movements to list (the api fills it from the query string).
#[derive(Debug, Default)]
pub(crate) struct LedgerQuery {
    pub item_id: Option<String>,
    pub location_id: Option<String>,
    /// First and last day, both included, in the configured time zone.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub newest_first: bool,
}

/// A movement with the names a person reads it by.
#[derive(Debug, Serialize)]
pub(crate) struct LedgerEntry {
    #[serde(flatten)]
    pub movement: MovementView,
    pub sku: String,
    pub item_name: String,
    pub location_code: String,
    pub location_name: String,
    /// The names of whom it was issued to and who recorded it.
    pub issued_to_name: Option<String>,
    pub actor_name: Option<String>,
}

pub(crate) async fn movements(
    ctx: &AppContext,
    actor: &Actor,
    query: LedgerQuery,
    page: PageRequest,
) -> AppResult<Page<LedgerEntry>> {
    actor.require_any(&[Role::ItSpecialist, Role::Finance, Role::Admin])?;
    if let (Some(from), Some(to)) = (query.from, query.to) {
        if to < from {
            return Err(AppError::field(
                "to",
                "before_from",
                "must not be before `from`",
            ));
        }
    }
    let tz = ctx.settings.timezone;
    let day_start = |day: NaiveDate| local_midnight(tz, day).map(time::to_db);
    let filter = MovementFilter {
        item_id: query.item_id,
        location_id: query.location_id,
        from: query.from.and_then(day_start),
        before: query.to.and_then(|d| d.succ_opt()).and_then(day_start),
        newest_first: query.newest_first,
    };
    ctx.db
        .read(move |conn| {
            let rows =
                db::stock::movements(conn, &filter, page.after.as_deref(), page.fetch_limit())?;
            let page = Page::from_rows(rows, &page, |r| r.id.clone());
            let items = db::catalogue::item_names(
                conn,
                &page
                    .items
                    .iter()
                    .map(|r| r.item_id.clone())
                    .collect::<Vec<_>>(),
            )?;
            let locations = db::catalogue::location_names(
                conn,
                &page
                    .items
                    .iter()
                    .map(|r| r.location_id.clone())
                    .collect::<Vec<_>>(),
            )?;
            let people: Vec<UserId> = page
                .items
                .iter()
                .flat_map(|r| [r.issued_to_user_id.clone(), r.actor_id.clone()])
                .flatten()
                .collect();
            let names: HashMap<UserId, String> =
                db::users::names_of(conn, &people)?.into_iter().collect();
            let name = |id: &Option<UserId>| id.as_ref().and_then(|id| names.get(id)).cloned();
            Ok(page.map(|row| {
                let (sku, item_name) = items.get(&row.item_id).cloned().unwrap_or_default();
                let (location_code, location_name) =
                    locations.get(&row.location_id).cloned().unwrap_or_default();
                LedgerEntry {
                    issued_to_name: name(&row.issued_to_user_id),
                    actor_name: name(&row.actor_id),
                    movement: row.into(),
                    sku,
                    item_name,
                    location_code,
                    location_name,
                }
            }))
        })
        .await
}
