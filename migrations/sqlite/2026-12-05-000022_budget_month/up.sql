-- The budget check at approval (docs/design.md#budget-check) reads what a
-- department's other applications hold in one month: an application counts
-- in the month of its expected delivery once ordered, else of its need.
-- The query filters on the same expression, so the index serves it.
CREATE INDEX applications_budget_month
    ON applications (department_id, COALESCE(expected_on, needed_by));
