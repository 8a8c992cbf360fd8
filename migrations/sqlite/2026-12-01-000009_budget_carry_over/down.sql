ALTER TABLE budget_lines DROP COLUMN days_overdue;
ALTER TABLE budget_lines DROP COLUMN section;
