-- Consumables: catalogue, locations, the stock ledger and its balances.
-- Quantities in 1/1000 of the item's unit, money in 1/100 (DESIGN §7).

CREATE TABLE items (
    id                   TEXT PRIMARY KEY NOT NULL,
    sku                  TEXT NOT NULL UNIQUE,
    name                 TEXT NOT NULL,
    category             TEXT NOT NULL,
    unit                 TEXT NOT NULL,
    unit_cost_cents      BIGINT NOT NULL,
    currency             TEXT NOT NULL,
    supplier             TEXT,
    lead_time_days       INTEGER NOT NULL,
    order_multiple_milli BIGINT NOT NULL,
    active               BOOLEAN NOT NULL,
    version              BIGINT NOT NULL,
    created_at           TIMESTAMP NOT NULL,
    updated_at           TIMESTAMP NOT NULL
);

CREATE TABLE locations (
    id         TEXT PRIMARY KEY NOT NULL,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- One row per item × location: the balance kept with every movement, and
-- the stock policy. The CHECK is the last line of defence for balance ≥ 0.
CREATE TABLE stock_balances (
    item_id             TEXT NOT NULL REFERENCES items (id),
    location_id         TEXT NOT NULL REFERENCES locations (id),
    on_hand_milli       BIGINT NOT NULL CHECK (on_hand_milli >= 0),
    reorder_point_milli BIGINT,
    max_level_milli     BIGINT,
    updated_at          TIMESTAMP NOT NULL,
    PRIMARY KEY (item_id, location_id)
);
CREATE INDEX stock_balances_location ON stock_balances (location_id, item_id);

-- Append-only: a movement is never changed or deleted.
CREATE TABLE stock_movements (
    id                TEXT PRIMARY KEY NOT NULL,
    item_id           TEXT NOT NULL REFERENCES items (id),
    location_id       TEXT NOT NULL REFERENCES locations (id),
    kind              TEXT NOT NULL,
    delta_milli       BIGINT NOT NULL,
    unit_cost_cents   BIGINT,
    transfer_id       TEXT,
    issued_to_user_id TEXT REFERENCES users (id),
    note              TEXT,
    actor_id          TEXT REFERENCES users (id),
    created_at        TIMESTAMP NOT NULL
);
CREATE INDEX stock_movements_item_location ON stock_movements (item_id, location_id, id);
CREATE INDEX stock_movements_location ON stock_movements (location_id, id);

-- A physical count of a location: kept as a document; each difference is
-- posted as one `adjustment` movement.
CREATE TABLE stock_counts (
    id          TEXT PRIMARY KEY NOT NULL,
    location_id TEXT NOT NULL REFERENCES locations (id),
    actor_id    TEXT REFERENCES users (id),
    note        TEXT,
    created_at  TIMESTAMP NOT NULL
);

CREATE TABLE stock_count_lines (
    count_id       TEXT NOT NULL REFERENCES stock_counts (id) ON DELETE CASCADE,
    item_id        TEXT NOT NULL REFERENCES items (id),
    expected_milli BIGINT NOT NULL,
    counted_milli  BIGINT NOT NULL,
    PRIMARY KEY (count_id, item_id)
);

-- Low-stock alerts: one open alert per item × location while at or below
-- the reorder point; cleared when stock rises above it again.
CREATE TABLE stock_alerts (
    id          TEXT PRIMARY KEY NOT NULL,
    item_id     TEXT NOT NULL REFERENCES items (id),
    location_id TEXT NOT NULL REFERENCES locations (id),
    raised_at   TIMESTAMP NOT NULL,
    cleared_at  TIMESTAMP
);
CREATE INDEX stock_alerts_open ON stock_alerts (item_id, location_id, cleared_at);
