DROP INDEX outbox_sent;
ALTER TABLE outbox DROP COLUMN lane;
