-- Procurement budgets (DESIGN §4): monthly limits per department × category,
-- budget revisions with their lines, the editable schedules, and the claims
-- that make each scheduled (job, period) run exactly once.

CREATE TABLE budget_limits (
    month         TEXT NOT NULL,            -- YYYY-MM
    department_id TEXT NOT NULL REFERENCES departments (id),
    category      TEXT NOT NULL,
    amount_cents  BIGINT NOT NULL CHECK (amount_cents >= 0),
    updated_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (month, department_id, category)
);

-- A stored snapshot: regenerating a period adds a revision. `totals` is the
-- JSON of the totals beside their limits as they were at generation.
CREATE TABLE budgets (
    id           TEXT PRIMARY KEY NOT NULL,
    kind         TEXT NOT NULL,
    period_start DATE NOT NULL,
    period_end   DATE NOT NULL,
    revision     INTEGER NOT NULL,
    late         BOOLEAN NOT NULL,
    trigger_kind TEXT NOT NULL,             -- scheduled | manual
    currency     TEXT NOT NULL,
    total_cents  BIGINT NOT NULL,
    totals       TEXT NOT NULL,
    generated_at TIMESTAMP NOT NULL,
    generated_by TEXT REFERENCES users (id),
    approved_by  TEXT REFERENCES users (id),
    approved_at  TIMESTAMP,
    UNIQUE (kind, period_start, revision)
);

CREATE TABLE budget_lines (
    id               TEXT PRIMARY KEY NOT NULL,
    budget_id        TEXT NOT NULL REFERENCES budgets (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    source           TEXT NOT NULL,         -- approved | committed | replenishment
    source_ref       TEXT NOT NULL,
    description      TEXT NOT NULL,
    department_id    TEXT REFERENCES departments (id),
    category         TEXT NOT NULL,
    quantity_milli   BIGINT NOT NULL,
    unit_price_cents BIGINT NOT NULL,
    amount_cents     BIGINT NOT NULL,
    due_on           DATE
);
CREATE INDEX budget_lines_budget ON budget_lines (budget_id, position);

CREATE TABLE schedules (
    job        TEXT PRIMARY KEY NOT NULL,   -- weekly_budget | monthly_budget
    cron       TEXT NOT NULL,
    timezone   TEXT NOT NULL,
    enabled    BOOLEAN NOT NULL,
    recipients TEXT NOT NULL,               -- JSON array; empty = every finance user
    version    BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- The claim: inserted before anything else in the run's transaction; the
-- primary key makes a second instance, a retry or a restart a no-op.
CREATE TABLE job_runs (
    job          TEXT NOT NULL,
    period_start DATE NOT NULL,
    due_at       TIMESTAMP NOT NULL,
    claimed_at   TIMESTAMP NOT NULL,
    late         BOOLEAN NOT NULL,
    budget_id    TEXT REFERENCES budgets (id),
    PRIMARY KEY (job, period_start)
);
