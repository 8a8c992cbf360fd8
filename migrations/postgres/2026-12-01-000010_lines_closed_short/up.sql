-- An ordered line closed short: what will not come stops being committed
-- (docs/design.md#it-application-workflow).
ALTER TABLE application_lines ADD COLUMN closed_milli BIGINT NOT NULL DEFAULT 0;
ALTER TABLE application_lines ADD COLUMN closed_reason TEXT;
