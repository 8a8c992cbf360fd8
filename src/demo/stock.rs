//! The demo catalogue, locations and a year of stock ledger. The ledger is
//! simulated in time order the way a store room runs: opening receipts at
//! the maximum level, issues to employees (popular items far more often),
//! transfers and write-offs, and a replenishment order whenever a balance
//! falls to its reorder point, arriving after the item's lead time. An
//! outflow larger than what is on hand does not happen, so every balance
//! stays ≥ 0 and equals the sum of its movements.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use chrono::{DateTime, Duration, Utc};

use super::dice::Dice;
use crate::db::catalogue::{ItemRow, LocationRow};
use crate::db::stock::{BalanceRow, MovementRow};
use crate::db::time;
use crate::domain::applications::Category;
use crate::domain::ids::UserId;
use crate::domain::stock::LocationKind;
use crate::domain::stock::MovementKind;

const PRODUCTS: [(&str, &str, i64, i64); 20] = [
    ("Toner cartridge", "pcs", 4_500, 12_000),
    ("Drum unit", "pcs", 6_000, 15_000),
    ("Ink cartridge", "pcs", 1_500, 4_500),
    ("Copy paper A4 80 g/m²", "ream", 350, 600),
    ("Copy paper A3 80 g/m²", "ream", 700, 1_100),
    ("USB-C cable 1 m", "pcs", 500, 1_500),
    ("HDMI cable 2 m", "pcs", 600, 1_800),
    ("Patch cord Cat6 3 m", "pcs", 200, 600),
    ("Wireless mouse", "pcs", 1_200, 3_500),
    ("USB keyboard", "pcs", 1_500, 4_000),
    ("Batteries AA, pack of 4", "pack", 300, 800),
    ("Batteries AAA, pack of 4", "pack", 300, 800),
    ("Headset", "pcs", 2_500, 9_000),
    ("Webcam", "pcs", 3_500, 9_000),
    ("USB flash drive 64 GB", "pcs", 800, 1_800),
    ("Power adapter 65 W", "pcs", 2_500, 5_000),
    ("Laptop dock", "pcs", 9_000, 22_000),
    ("Label tape 12 mm", "pcs", 900, 2_000),
    ("Screen wipes", "pack", 300, 700),
    ("Thermal paper roll", "pcs", 100, 300),
];
const BRANDS: [&str; 10] = [
    "HP", "Canon", "Brother", "Xerox", "Kyocera", "Lexmark", "Logitech", "Dell", "Lenovo",
    "Samsung",
];
pub(crate) const SUPPLIERS: [&str; 6] = [
    "Office Supply Co",
    "TechDistrib",
    "PrintPro Wholesale",
    "NetParts Ltd",
    "Euro IT Trade",
    "Local Reseller",
];
const LOCATIONS: [(&str, &str, LocationKind); 5] = [
    ("WH-CENTRAL", "Central warehouse", LocationKind::Warehouse),
    ("BR-LVIV", "Lviv branch", LocationKind::Branch),
    ("BR-KHARKIV", "Kharkiv branch", LocationKind::Branch),
    ("OF-HQ", "Head office supply room", LocationKind::Office),
    ("BR-ODESA", "Odesa branch", LocationKind::Branch),
];
/// Days of use a reorder point holds beyond the lead time.
const SAFETY_DAYS: f64 = 5.0;
/// Days of use between the reorder point and the maximum level.
const COVER_DAYS: f64 = 30.0;

pub(crate) fn catalogue(dice: &mut Dice, count: usize, now: DateTime<Utc>) -> Vec<ItemRow> {
    let stamp = time::to_db(now - Duration::days(400));
    (0..count)
        .map(|i| {
            let (product, unit, low, high) = PRODUCTS[i % PRODUCTS.len()];
            let brand = dice.pick(&BRANDS);
            let multiple = *dice.pick(&[1, 1, 1, 2, 5, 10, 12]);
            ItemRow {
                id: dice.id(now - Duration::days(400)),
                sku: format!("{}-{:05}", &brand[..2].to_uppercase(), i + 1),
                name: format!(
                    "{product} {brand} {}{}",
                    (b'A' + (i % 26) as u8) as char,
                    100 + i
                ),
                category: Category::Consumables,
                unit: unit.into(),
                unit_cost_cents: dice.between(low, high),
                currency: "EUR".into(),
                supplier: Some(dice.pick(&SUPPLIERS).to_string()),
                lead_time_days: dice.between(2, 21) as i32,
                order_multiple_milli: multiple * 1_000,
                active: !dice.chance(0.02),
                version: 1,
                created_at: stamp,
                updated_at: stamp,
            }
        })
        .collect()
}

pub(crate) fn locations(dice: &mut Dice, count: usize, now: DateTime<Utc>) -> Vec<LocationRow> {
    LOCATIONS
        .iter()
        .take(count)
        .map(|(code, name, kind)| LocationRow {
            id: dice.id(now - Duration::days(400)),
            code: code.to_string(),
            name: name.to_string(),
            kind: *kind,
            created_at: time::to_db(now - Duration::days(400)),
        })
        .collect()
}

/// The year of stock, produced in batches so a million rows never sit in
/// memory at once.
pub(crate) struct Ledger<'a> {
    items: &'a [ItemRow],
    locations: &'a [LocationRow],
    location_weights: Vec<f64>,
    recipients: &'a [UserId],
    actor: &'a UserId,
    pub on_hand: Vec<i64>,
    pub reorder_point: Vec<i64>,
    pub max_level: Vec<i64>,
    pub last_moved: Vec<Option<DateTime<Utc>>>,
    on_order: Vec<bool>,
    /// Replenishment orders under way: (arrival ms, pair, quantity).
    arriving: BinaryHeap<Reverse<(i64, usize, i64)>>,
    start: DateTime<Utc>,
    step_ms: i64,
    slot: usize,
    slots: usize,
    opened: bool,
    pub emitted: usize,
    target: usize,
    /// What the receipts cost, for calibrating the demo's budget limits.
    pub received_cents: i64,
}

impl<'a> Ledger<'a> {
    /// `target` movements spread over the year before `now`.
    pub(crate) fn new(
        items: &'a [ItemRow],
        locations: &'a [LocationRow],
        recipients: &'a [UserId],
        actor: &'a UserId,
        target: usize,
        now: DateTime<Utc>,
    ) -> Self {
        let location_weights: Vec<f64> = (0..locations.len())
            .map(|l| if l == 0 { 3.0 } else { 1.0 })
            .collect();
        let start = now - Duration::days(365);
        let span_ms = (now - Duration::days(2) - start).num_milliseconds();
        // Opening receipts and replenishments take about a tenth of the rows.
        let slots = (target as f64 * 0.9) as usize;
        let mut ledger = Self {
            items,
            locations,
            location_weights,
            recipients,
            actor,
            on_hand: vec![0; items.len() * locations.len()],
            reorder_point: vec![0; items.len() * locations.len()],
            max_level: vec![0; items.len() * locations.len()],
            last_moved: vec![None; items.len() * locations.len()],
            on_order: vec![false; items.len() * locations.len()],
            arriving: BinaryHeap::new(),
            start,
            step_ms: span_ms / slots.max(1) as i64,
            slot: 0,
            slots,
            opened: false,
            emitted: 0,
            target,
            received_cents: 0,
        };
        ledger.set_policies(slots as f64 / 363.0);
        ledger
    }

    /// Reorder point and maximum from each pair's expected daily use: item
    /// `i` is drawn as ⌊n·u²⌋, so its share is √((i+1)/n) − √(i/n).
    /// The rates are `f64` only to pick believable sizes; what is stored is
    /// a whole number of units, rounded up, never a float sum.
    fn set_policies(&mut self, demands_per_day: f64) {
        let n = self.items.len() as f64;
        let total_weight: f64 = self.location_weights.iter().sum();
        for (i, item) in self.items.iter().enumerate() {
            let share = ((i + 1) as f64 / n).sqrt() - (i as f64 / n).sqrt();
            for l in 0..self.locations.len() {
                let daily = demands_per_day * share * self.location_weights[l] / total_weight * 1.6;
                let reorder = (daily * (f64::from(item.lead_time_days) + SAFETY_DAYS))
                    .ceil()
                    .max(1.0);
                let max = reorder + (daily * COVER_DAYS).ceil().max(2.0);
                let pair = self.pair(i, l);
                self.reorder_point[pair] = reorder as i64 * 1_000;
                self.max_level[pair] = max as i64 * 1_000;
            }
        }
    }

    fn pair(&self, item: usize, location: usize) -> usize {
        item * self.locations.len() + location
    }

    fn movement(
        &self,
        dice: &mut Dice,
        pair: usize,
        kind: MovementKind,
        delta: i64,
        at: DateTime<Utc>,
    ) -> MovementRow {
        let item = &self.items[pair / self.locations.len()];
        MovementRow {
            id: dice.id(at),
            item_id: item.id.clone(),
            location_id: self.locations[pair % self.locations.len()].id.clone(),
            kind,
            delta_milli: delta,
            unit_cost_cents: (kind == MovementKind::Receipt).then_some(item.unit_cost_cents),
            transfer_id: None,
            issued_to_user_id: None,
            note: None,
            actor_id: Some(self.actor.clone()),
            created_at: time::to_db(at),
        }
    }

    fn book(
        &mut self,
        out: &mut Vec<MovementRow>,
        row: MovementRow,
        pair: usize,
        at: DateTime<Utc>,
    ) {
        self.on_hand[pair] += row.delta_milli;
        self.last_moved[pair] = Some(at);
        if let Some(cost) = row.unit_cost_cents {
            self.received_cents += cost * row.delta_milli / 1_000;
        }
        self.emitted += 1;
        out.push(row);
    }

    /// Up to `n` more movements, in time order; empty when the year is done.
    pub(crate) fn next_batch(&mut self, dice: &mut Dice, n: usize) -> Vec<MovementRow> {
        let mut out = Vec::with_capacity(n + 2);
        if !self.opened {
            self.opened = true;
            self.open(dice, &mut out);
        }
        while out.len() < n && self.slot < self.slots && self.emitted < self.target {
            let at = self.start + Duration::milliseconds(self.step_ms * self.slot as i64);
            self.slot += 1;
            self.deliver_arrivals(dice, &mut out, at);
            self.demand(dice, &mut out, at);
        }
        out
    }

    /// Every active item starts the year at its maximum level.
    fn open(&mut self, dice: &mut Dice, out: &mut Vec<MovementRow>) {
        for pair in 0..self.on_hand.len() {
            if self.items[pair / self.locations.len()].active && self.emitted < self.target {
                let row = self.movement(
                    dice,
                    pair,
                    MovementKind::Receipt,
                    self.max_level[pair],
                    self.start,
                );
                self.book(out, row, pair, self.start);
            }
        }
    }

    fn deliver_arrivals(
        &mut self,
        dice: &mut Dice,
        out: &mut Vec<MovementRow>,
        until: DateTime<Utc>,
    ) {
        while let Some(Reverse((ms, pair, quantity))) = self.arriving.peek().copied() {
            if ms > until.timestamp_millis() || self.emitted >= self.target {
                return;
            }
            self.arriving.pop();
            let at = DateTime::from_timestamp_millis(ms).unwrap_or(until);
            let row = self.movement(dice, pair, MovementKind::Receipt, quantity, at);
            self.book(out, row, pair, at);
            self.on_order[pair] = false;
        }
    }

    fn demand(&mut self, dice: &mut Dice, out: &mut Vec<MovementRow>, at: DateTime<Utc>) {
        let u = dice.unit();
        let item = ((u * u) * self.items.len() as f64) as usize;
        if !self.items[item].active {
            return;
        }
        let location = dice.weighted(&self.location_weights);
        let pair = self.pair(item, location);
        let quantity = *dice.pick(&[1, 1, 1, 1, 2, 2, 3]) * 1_000;
        if self.on_hand[pair] < quantity {
            return; // out of stock: the request waits for the next receipt
        }
        let roll = dice.unit();
        if roll < 0.02 {
            let mut row = self.movement(dice, pair, MovementKind::WriteOff, -1_000, at);
            row.note = Some(
                dice.pick(&["damaged in transit", "expired", "defective"])
                    .to_string(),
            );
            self.book(out, row, pair, at);
        } else if roll < 0.05 && self.locations.len() > 1 {
            self.transfer(dice, out, item, location, quantity, at);
        } else {
            let mut row = self.movement(dice, pair, MovementKind::Issue, -quantity, at);
            row.issued_to_user_id = Some(dice.pick(self.recipients).clone());
            self.book(out, row, pair, at);
        }
        self.reorder_if_low(dice, pair, at);
    }

    fn transfer(
        &mut self,
        dice: &mut Dice,
        out: &mut Vec<MovementRow>,
        item: usize,
        from: usize,
        quantity: i64,
        at: DateTime<Utc>,
    ) {
        let to = (from + 1 + dice.below(self.locations.len() - 1)) % self.locations.len();
        let transfer = dice.id(at);
        let (source, target) = (self.pair(item, from), self.pair(item, to));
        let mut out_row = self.movement(dice, source, MovementKind::Transfer, -quantity, at);
        out_row.transfer_id = Some(transfer.clone());
        let mut in_row = self.movement(dice, target, MovementKind::Transfer, quantity, at);
        in_row.transfer_id = Some(transfer);
        self.book(out, out_row, source, at);
        self.book(out, in_row, target, at);
    }

    fn reorder_if_low(&mut self, dice: &mut Dice, pair: usize, at: DateTime<Utc>) {
        if self.on_order[pair] || self.on_hand[pair] > self.reorder_point[pair] {
            return;
        }
        let item = &self.items[pair / self.locations.len()];
        let multiple = item.order_multiple_milli.max(1_000);
        let wanted = self.max_level[pair] - self.on_hand[pair];
        let quantity = (wanted + multiple - 1) / multiple * multiple;
        let lead =
            Duration::days(i64::from(item.lead_time_days)) + Duration::hours(dice.between(0, 23));
        self.arriving
            .push(Reverse(((at + lead).timestamp_millis(), pair, quantity)));
        self.on_order[pair] = true;
    }

    /// The balance rows the ledger ends with, policies included.
    pub(crate) fn balances(&self, now: DateTime<Utc>) -> Vec<BalanceRow> {
        (0..self.on_hand.len())
            .map(|pair| BalanceRow {
                item_id: self.items[pair / self.locations.len()].id.clone(),
                location_id: self.locations[pair % self.locations.len()].id.clone(),
                on_hand_milli: self.on_hand[pair],
                reorder_point_milli: Some(self.reorder_point[pair]),
                max_level_milli: Some(self.max_level[pair]),
                updated_at: time::to_db(self.last_moved[pair].unwrap_or(now)),
                issued_window_milli: 0,
            })
            .collect()
    }

    /// Adjusts a pair after a physical count: returns the movement, if any.
    pub(crate) fn adjust(
        &mut self,
        dice: &mut Dice,
        item: usize,
        location: usize,
        counted: i64,
        at: DateTime<Utc>,
        note: &str,
    ) -> Option<MovementRow> {
        let pair = self.pair(item, location);
        let delta = counted - self.on_hand[pair];
        if delta == 0 {
            return None;
        }
        let mut row = self.movement(dice, pair, MovementKind::Adjustment, delta, at);
        row.note = Some(note.to_owned());
        self.on_hand[pair] = counted;
        self.last_moved[pair] = Some(at);
        self.emitted += 1;
        Some(row)
    }

    pub(crate) fn on_hand_of(&self, item: usize, location: usize) -> i64 {
        self.on_hand[self.pair(item, location)]
    }

    pub(crate) fn is_low(&self, pair: usize) -> bool {
        self.on_hand[pair] <= self.reorder_point[pair]
    }
}
