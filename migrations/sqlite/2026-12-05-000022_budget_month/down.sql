DROP INDEX applications_budget_month;
