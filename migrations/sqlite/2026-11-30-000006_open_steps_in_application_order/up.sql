-- The open-steps indexes also carry the application id, so "what awaits me"
-- reads a page in application order straight off the index: no sort, and
-- only the page's applications are fetched, not every one awaiting.

DROP INDEX approval_steps_open;
DROP INDEX approval_steps_open_role;
CREATE INDEX approval_steps_open ON approval_steps (status, approver_id, application_id);
CREATE INDEX approval_steps_open_role ON approval_steps (status, approver_role, application_id);
