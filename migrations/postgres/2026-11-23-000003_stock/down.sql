DROP TABLE stock_movements;
DROP TABLE stock_balances;
DROP TABLE locations;
DROP TABLE items;
