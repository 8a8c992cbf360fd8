ALTER TABLE delegations DROP COLUMN end_noticed_at;
