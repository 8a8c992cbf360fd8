-- Replenishment's 90-day use kept incrementally (docs/design.md#replenishment):
-- each balance carries what was issued from it since the window's first day,
-- raised by every issue in the issue's own transaction and lowered once a
-- day, when the oldest day leaves the window (service::stock::usage). The
-- one-row table says where the window starts: the counters hold exactly the
-- issues at or after 00:00 UTC of `starts_on`.
ALTER TABLE stock_balances ADD COLUMN issued_window_milli BIGINT NOT NULL DEFAULT 0;

CREATE TABLE stock_usage_window (
    id          INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    starts_on   DATE NOT NULL,
    advanced_at TIMESTAMP NOT NULL
);
INSERT INTO stock_usage_window (id, starts_on, advanced_at)
VALUES (1, (now() AT TIME ZONE 'UTC')::date - 90, now() AT TIME ZONE 'UTC');

UPDATE stock_balances
SET issued_window_milli = issued.milli
FROM (
    SELECT item_id, location_id, -SUM(delta_milli) AS milli
    FROM stock_movements
    WHERE kind = 'issue'
      AND created_at >= (SELECT starts_on FROM stock_usage_window)
    GROUP BY item_id, location_id
) AS issued
WHERE stock_balances.item_id = issued.item_id
  AND stock_balances.location_id = issued.location_id;
