-- Goods delivered but rejected at receipt (quality) and returned to the
-- supplier: still owed, so still committed; the reasons are in history
-- (docs/design.md#it-application-workflow).
ALTER TABLE application_lines ADD COLUMN rejected_milli BIGINT NOT NULL DEFAULT 0;
