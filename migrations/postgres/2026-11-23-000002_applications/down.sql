DROP TABLE app_settings;
DROP TABLE delegations;
DROP TABLE application_history;
DROP TABLE approval_steps;
DROP TABLE application_lines;
DROP TABLE applications;
