ALTER TABLE application_lines DROP COLUMN closed_reason;
ALTER TABLE application_lines DROP COLUMN closed_milli;
