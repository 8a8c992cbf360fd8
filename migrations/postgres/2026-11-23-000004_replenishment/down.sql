DROP INDEX stock_movements_kind_time;
DROP INDEX applications_location;
ALTER TABLE applications DROP COLUMN location_id;
