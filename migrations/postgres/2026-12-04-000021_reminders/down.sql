DROP TABLE holidays;
DROP INDEX approval_steps_overdue;
ALTER TABLE approval_steps DROP COLUMN escalated_at;
ALTER TABLE approval_steps DROP COLUMN reminded;
ALTER TABLE approval_steps DROP COLUMN overdue_on;
ALTER TABLE approval_steps DROP COLUMN pending_since;
