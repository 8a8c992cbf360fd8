ALTER TABLE application_lines DROP COLUMN rejected_milli;
