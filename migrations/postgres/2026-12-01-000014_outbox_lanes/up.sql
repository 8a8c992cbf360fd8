-- Delivery order is kept per lane (one recipient, and one application
-- when the message is about one), so lanes go out in parallel however few
-- the recipients (docs/architecture/outbox.md). Sent rows are purged after
-- the retention period, found by this index; it also counts the send rate.
ALTER TABLE outbox ADD COLUMN lane TEXT NOT NULL DEFAULT '';
CREATE INDEX outbox_sent ON outbox (status, sent_at);
