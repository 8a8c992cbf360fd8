ALTER TABLE application_history DROP COLUMN via;
DROP TABLE decision_links;
