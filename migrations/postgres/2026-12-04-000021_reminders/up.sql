-- Reminders and escalation of waiting approval steps
-- (docs/design.md#reminders). A step records when it began waiting, the
-- business day it is overdue from (computed with the holiday calendar),
-- how many reminders went and when it was escalated.
ALTER TABLE approval_steps ADD COLUMN pending_since TIMESTAMP;
ALTER TABLE approval_steps ADD COLUMN overdue_on DATE;
ALTER TABLE approval_steps ADD COLUMN reminded INTEGER NOT NULL DEFAULT 0;
ALTER TABLE approval_steps ADD COLUMN escalated_at TIMESTAMP;
-- A waiting step began waiting when its application last changed: on
-- submit, or when the step before it was decided. Its overdue day is
-- filled in by the first reminder run, which has the calendar.
UPDATE approval_steps
   SET pending_since = (SELECT updated_at FROM applications a WHERE a.id = approval_steps.application_id)
 WHERE status = 'pending';
-- The day's run reads the waiting steps that are due, by day.
CREATE INDEX approval_steps_overdue ON approval_steps (status, overdue_on);

-- The organisation's holidays: days not worked besides weekends.
CREATE TABLE holidays (
    day DATE PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
