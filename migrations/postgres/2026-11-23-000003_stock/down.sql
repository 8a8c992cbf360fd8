DROP TABLE stock_alerts;
DROP TABLE stock_count_lines;
DROP TABLE stock_counts;
DROP TABLE stock_movements;
DROP TABLE stock_balances;
DROP TABLE locations;
DROP TABLE items;
