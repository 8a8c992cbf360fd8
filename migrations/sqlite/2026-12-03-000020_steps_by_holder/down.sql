DROP INDEX approval_steps_by_role;
DROP INDEX approval_steps_holder;
