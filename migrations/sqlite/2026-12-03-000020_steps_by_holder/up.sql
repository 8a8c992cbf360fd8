-- The steps anyone ever held, and those of a role, by application: what a
-- list reads to show a person the applications they hold or held a step on
-- (and finance those with a finance step). The open-steps indexes start
-- with the status, so that read scanned every step ever stored on each
-- list page (docs/architecture/applications.md#lists).
CREATE INDEX approval_steps_holder ON approval_steps (approver_id, application_id);
CREATE INDEX approval_steps_by_role ON approval_steps (approver_role, application_id);
