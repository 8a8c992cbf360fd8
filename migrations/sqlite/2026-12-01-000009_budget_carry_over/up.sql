-- Where a budget line stands in its period: new, carried over from before,
-- or stale (docs/design.md#procurement-budgets), and how many days overdue.
ALTER TABLE budget_lines ADD COLUMN section TEXT NOT NULL DEFAULT 'new';
ALTER TABLE budget_lines ADD COLUMN days_overdue INTEGER;
