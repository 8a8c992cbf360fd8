DROP TABLE job_runs;
DROP TABLE schedules;
DROP TABLE budget_lines;
DROP TABLE budgets;
DROP TABLE budget_limits;
