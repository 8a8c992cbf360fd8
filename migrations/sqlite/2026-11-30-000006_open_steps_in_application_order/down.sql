DROP INDEX approval_steps_open;
DROP INDEX approval_steps_open_role;
CREATE INDEX approval_steps_open ON approval_steps (status, approver_id);
CREATE INDEX approval_steps_open_role ON approval_steps (status, approver_role);
