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
