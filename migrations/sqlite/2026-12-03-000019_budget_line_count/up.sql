-- How many lines a budget revision has: its lines never change once it is
-- generated, so the budget page reads the count instead of counting tens
-- of thousands of index entries on every view (docs/architecture/budgets.md).
ALTER TABLE budgets ADD COLUMN line_count BIGINT NOT NULL DEFAULT 0;
UPDATE budgets
SET line_count = (SELECT COUNT(*) FROM budget_lines WHERE budget_lines.budget_id = budgets.id);
