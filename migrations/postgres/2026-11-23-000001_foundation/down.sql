ALTER TABLE departments DROP CONSTRAINT departments_head_user_fk;
DROP TABLE idempotency_keys;
DROP TABLE outbox_attachments;
DROP TABLE outbox;
DROP TABLE audit_log;
DROP TABLE sessions;
DROP TABLE user_roles;
DROP TABLE users;
DROP TABLE departments;
