ALTER TABLE budgets DROP COLUMN self_approved;
