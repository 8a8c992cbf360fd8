//! The lines of a demo application: hardware, software, consumables from
//! the catalogue (which send the goods to a location), services and the
//! odd small item, at believable prices.

use chrono::{DateTime, Utc};

use super::dice::Dice;
use super::org::DemoOrg;
use crate::db::applications::LineRow;
use crate::db::catalogue::{ItemRow, LocationRow};
use crate::domain::applications::Category;
use crate::domain::approval::Policy;
use crate::domain::ids::ApplicationId;

/// What demo applications are drawn from: the organisation, the catalogue,
/// the policy that plans their chains, and the seed's "now".
pub(crate) struct Sources<'a> {
    pub org: &'a DemoOrg,
    pub items: &'a [ItemRow],
    pub locations: &'a [LocationRow],
    pub policy: &'a Policy,
    pub now: DateTime<Utc>,
}

/// One to four lines; consumables name a catalogue item and the
/// application then names the location the goods go to.
pub(crate) fn draw_lines(
    dice: &mut Dice,
    src: &Sources<'_>,
    application_id: &ApplicationId,
) -> (Vec<LineRow>, Option<String>) {
    let count = 1 + dice.weighted(&[50.0, 25.0, 15.0, 10.0]);
    let mut location = None;
    let lines = (0..count)
        .map(|position| {
            let kind = dice.weighted(&[30.0, 15.0, 35.0, 10.0, 10.0]);
            let (category, description, quantity, price, item_id) = match kind {
                0 => (
                    Category::Hardware,
                    *dice.pick(&[
                        "Laptop 14\"",
                        "Monitor 27\"",
                        "Docking station",
                        "Desktop PC",
                        "Tablet",
                        "Smartphone",
                    ]),
                    dice.between(1, 3),
                    dice.between(15_000, 250_000),
                    None,
                ),
                1 => (
                    Category::Software,
                    *dice.pick(&[
                        "Office suite licence",
                        "CAD seat",
                        "Design tool seat",
                        "Antivirus licence",
                        "Project tool seat",
                    ]),
                    dice.between(1, 20),
                    dice.between(2_000, 80_000),
                    None,
                ),
                2 if !src.items.is_empty() => {
                    let item = dice.pick(src.items);
                    location.get_or_insert_with(|| dice.pick(src.locations).id.clone());
                    (
                        Category::Consumables,
                        item.name.as_str(),
                        dice.between(1, 20),
                        item.unit_cost_cents,
                        Some(item.id.clone()),
                    )
                }
                3 => (
                    Category::Services,
                    *dice.pick(&[
                        "Printer maintenance visit",
                        "Network cabling",
                        "Data recovery",
                        "Training course",
                    ]),
                    1,
                    dice.between(30_000, 800_000),
                    None,
                ),
                _ => (
                    Category::Other,
                    *dice.pick(&[
                        "Cable ties",
                        "Desk lamp",
                        "Whiteboard markers",
                        "Power strip",
                    ]),
                    dice.between(1, 10),
                    dice.between(500, 5_000),
                    None,
                ),
            };
            LineRow {
                id: dice.id(src.now),
                application_id: application_id.clone(),
                position: position as i32,
                description: description.to_owned(),
                category,
                item_id,
                quantity_milli: quantity * 1_000,
                unit_price_cents: price,
                ordered_unit_price_cents: None,
                received_milli: 0,
                closed_milli: 0,
                closed_reason: None,
                rejected_milli: 0,
            }
        })
        .collect();
    (lines, location)
}
