-- When the delegate was told that a delegation ran out: claimed once, by
-- one instance, by housekeeping (docs/design.md#delegation). Delegations
-- that ended before this change count as told.
ALTER TABLE delegations ADD COLUMN end_noticed_at TIMESTAMP;
UPDATE delegations SET end_noticed_at = CURRENT_TIMESTAMP WHERE ends_on < CURRENT_DATE;
