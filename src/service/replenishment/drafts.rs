//! Turning selected replenishment suggestions into draft IT Applications:
//! one draft of category consumables per location, naming that location,
//! so its lines count as on order there and are not suggested again.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Duration, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{compute, Scope, SuggestionView};
use crate::db::catalogue::{ItemRow, LocationRow};
use crate::db::scaled::{money_from_db, quantity_to_db};
use crate::db::{self, DbConnection};
use crate::domain::applications::Category;
use crate::domain::input::{Date, Id, Money, Prose, Quantity, Text};
use crate::domain::roles::Role;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::service::applications::create::{insert_draft, NewApplication, NewLine};
use crate::service::applications::views::ApplicationView;
use crate::service::idempotency::{self, IdempotencyKey, Idempotent};
use crate::service::identity::Actor;
use crate::service::AppContext;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SelectedPosition {
    pub item_id: Id,
    pub location_id: Id,
    /// Defaults to the suggested quantity.
    #[serde(default)]
    pub quantity: Option<Quantity>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Selection {
    pub items: Vec<SelectedPosition>,
    /// Defaults to today plus the longest lead time among the lines.
    #[serde(default)]
    pub needed_by: Option<Date>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Drafted {
    pub items: Vec<ApplicationView>,
}

/// One checked line of the selection.
struct Chosen {
    item: ItemRow,
    location: LocationRow,
    quantity: Decimal,
}

pub(crate) async fn draft_applications(
    ctx: &AppContext,
    actor: &Actor,
    selection: Selection,
    key: Option<IdempotencyKey>,
) -> AppResult<Idempotent<Drafted>> {
    actor.require(Role::ItSpecialist)?;
    if selection.items.is_empty() {
        return Err(AppError::field(
            "items",
            "required",
            "select at least one suggestion",
        ));
    }
    let (now, today) = (ctx.now(), crate::service::applications::today(ctx));
    let actor = actor.clone();
    ctx.db
        .write(move |conn| {
            idempotency::run(conn, key.as_ref(), now, 201, |conn| {
                crate::service::stock::usage::keep_current(conn, now)?;
                // Only the chosen items' positions: the check needs no others.
                let scope = Scope {
                    items: selection
                        .items
                        .iter()
                        .map(|p| p.item_id.as_str().to_owned())
                        .collect(),
                    location_id: None,
                };
                let suggested = compute(conn, 0, &scope)?;
                let chosen = check_selection(conn, &selection.items, &suggested)?;
                let mut by_location: BTreeMap<String, Vec<Chosen>> = BTreeMap::new();
                for c in chosen {
                    by_location
                        .entry(c.location.id.clone())
                        .or_default()
                        .push(c);
                }
                let mut items = Vec::new();
                for lines in by_location.into_values() {
                    let draft = draft_for(&lines, selection.needed_by.map(Date::get), today)?;
                    items.push(insert_draft(conn, &actor, &draft, (now, today.year()))?);
                }
                Ok(Drafted { items })
            })
        })
        .await
}

fn check_selection(
    conn: &mut DbConnection,
    selected: &[SelectedPosition],
    suggested: &[SuggestionView],
) -> AppResult<Vec<Chosen>> {
    let suggestions: HashMap<(&str, &str), &SuggestionView> = suggested
        .iter()
        .map(|s| ((s.item_id.as_str(), s.location_id.as_str()), s))
        .collect();
    let mut errors = FieldErrors::new();
    let mut seen = std::collections::HashSet::new();
    let mut chosen = Vec::new();
    for (i, p) in selected.iter().enumerate() {
        let item = db::catalogue::find_item(conn, &p.item_id)?;
        let location = db::catalogue::find_location(conn, &p.location_id)?;
        if item.is_none() {
            errors.add(
                format!("items[{i}].item_id"),
                "not_found",
                "no catalogue item has this id",
            );
        }
        if location.is_none() {
            errors.add(
                format!("items[{i}].location_id"),
                "not_found",
                "no location has this id",
            );
        }
        if !seen.insert((p.item_id.as_str(), p.location_id.as_str())) {
            errors.add(
                format!("items[{i}]"),
                "duplicate",
                "this item and location are selected twice",
            );
            continue;
        }
        let suggestion = suggestions.get(&(p.item_id.as_str(), p.location_id.as_str()));
        let quantity =
            match (p.quantity, suggestion) {
                (Some(q), _) if q.get() <= Decimal::ZERO || quantity_to_db(q.get()).is_none() => {
                    errors.add(
                        format!("items[{i}].quantity"),
                        "invalid_quantity",
                        "must be > 0 with at most 3 decimal places",
                    );
                    continue;
                }
                (Some(q), _) => q.get(),
                // A suggestion is bounded like a quantity typed in.
                (None, Some(s)) if Quantity::new(s.suggested_quantity).is_err() => {
                    errors.add(
                        format!("items[{i}].quantity"),
                        "too_large",
                        format!(
                            "the suggestion is above {}: give a quantity",
                            Quantity::MAX_UNITS
                        ),
                    );
                    continue;
                }
                (None, Some(s)) => s.suggested_quantity,
                (None, None) => {
                    errors.add(format!("items[{i}].quantity"), "nothing_suggested",
                    "nothing is suggested for this item here: give a quantity to order it anyway");
                    continue;
                }
            };
        if let (Some(item), Some(location)) = (item, location) {
            chosen.push(Chosen {
                item,
                location,
                quantity,
            });
        }
    }
    errors.into_result()?;
    Ok(chosen)
}

fn draft_for(
    lines: &[Chosen],
    needed_by: Option<NaiveDate>,
    today: NaiveDate,
) -> AppResult<NewApplication> {
    let location = &lines[0].location;
    let longest_lead = lines
        .iter()
        .map(|c| c.item.lead_time_days)
        .max()
        .unwrap_or(0);
    // Built from stored, bounded values; the cuts only guard the types.
    let lines = lines
        .iter()
        .map(|c| {
            Ok(NewLine {
                description: Text::truncated(&format!("{} ({})", c.item.name, c.item.sku)),
                category: Category::Consumables,
                quantity: Quantity::new(c.quantity).map_err(AppError::internal)?,
                unit_price: Money::new(money_from_db(c.item.unit_cost_cents))
                    .map_err(AppError::internal)?,
                item_id: Some(Id::stored(c.item.id.clone())),
            })
        })
        .collect::<AppResult<Vec<_>>>()?;
    Ok(NewApplication {
        title: Text::truncated(&format!("Replenishment: {}", location.name)),
        justification: Prose::truncated(&format!(
            "{} consumable item(s) at or below their reorder point at {} ({}), from Procura's replenishment suggestions of {today}.",
            lines.len(),
            location.name,
            location.code
        )),
        department_id: None,
        needed_by: Some(
            Date::new(needed_by.unwrap_or(today + Duration::days(i64::from(longest_lead.max(1)))))
                .map_err(AppError::internal)?,
        ),
        location_id: Some(Id::stored(location.id.clone())),
        lines,
    })
}
