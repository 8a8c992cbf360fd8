DROP TABLE stock_usage_window;
ALTER TABLE stock_balances DROP COLUMN issued_window_milli;
