ALTER TABLE budgets DROP COLUMN line_count;
