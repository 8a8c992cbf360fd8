-- Replenishment: an application may name the location it is bought for, so
-- its open consumable lines count as "on order" there (DESIGN §3); and the
-- 90-day consumption behind forecasts is read from an index on issues.

ALTER TABLE applications ADD COLUMN location_id TEXT REFERENCES locations (id);
CREATE INDEX applications_location ON applications (location_id, status);

CREATE INDEX stock_movements_kind_time
    ON stock_movements (kind, created_at, item_id, location_id, delta_milli);
