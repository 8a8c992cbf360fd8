DROP TABLE reference_counters;
DROP INDEX applications_reference;
ALTER TABLE applications DROP COLUMN reference;
