-- IT Applications: purchase requests, their lines, approval steps, history;
-- delegations of approval; the approval policy (one JSON document).
-- Money in 1/100, quantities in 1/1000 (DESIGN §7).

CREATE TABLE applications (
    id              TEXT PRIMARY KEY NOT NULL,
    requester_id    TEXT NOT NULL REFERENCES users (id),
    department_id   TEXT REFERENCES departments (id),
    title           TEXT NOT NULL,
    justification   TEXT NOT NULL,
    needed_by       DATE,
    currency        TEXT NOT NULL,
    total_cents     BIGINT NOT NULL,
    status          TEXT NOT NULL,
    version         BIGINT NOT NULL,
    supplier        TEXT,
    order_reference TEXT,
    expected_on     DATE,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL
);
CREATE INDEX applications_requester ON applications (requester_id, id);
CREATE INDEX applications_department ON applications (department_id, id);
CREATE INDEX applications_status ON applications (status, id);

CREATE TABLE application_lines (
    id                       TEXT PRIMARY KEY NOT NULL,
    application_id           TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    position                 INTEGER NOT NULL,
    description              TEXT NOT NULL,
    category                 TEXT NOT NULL,
    item_id                  TEXT,
    quantity_milli           BIGINT NOT NULL,
    unit_price_cents         BIGINT NOT NULL,
    ordered_unit_price_cents BIGINT,
    received_milli           BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX application_lines_application ON application_lines (application_id, position);

CREATE TABLE approval_steps (
    id             TEXT PRIMARY KEY NOT NULL,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    round          INTEGER NOT NULL,
    position       INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    approver_id    TEXT REFERENCES users (id),
    approver_role  TEXT,
    status         TEXT NOT NULL,
    decided_by     TEXT REFERENCES users (id),
    on_behalf_of   TEXT REFERENCES users (id),
    comment        TEXT,
    decided_at     TIMESTAMP
);
CREATE INDEX approval_steps_application ON approval_steps (application_id, round, position);
CREATE INDEX approval_steps_open ON approval_steps (status, approver_id);
CREATE INDEX approval_steps_open_role ON approval_steps (status, approver_role);

CREATE TABLE application_history (
    id             TEXT PRIMARY KEY NOT NULL,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    at             TIMESTAMP NOT NULL,
    actor_id       TEXT REFERENCES users (id),
    on_behalf_of   TEXT REFERENCES users (id),
    action         TEXT NOT NULL,
    from_status    TEXT,
    to_status      TEXT NOT NULL,
    comment        TEXT
);
CREATE INDEX application_history_application ON application_history (application_id, id);

CREATE TABLE delegations (
    id          TEXT PRIMARY KEY NOT NULL,
    approver_id TEXT NOT NULL REFERENCES users (id),
    delegate_id TEXT NOT NULL REFERENCES users (id),
    starts_on   DATE NOT NULL,
    ends_on     DATE NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    revoked_at  TIMESTAMP
);
CREATE INDEX delegations_delegate ON delegations (delegate_id);
CREATE INDEX delegations_approver ON delegations (approver_id);

CREATE TABLE app_settings (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT NOT NULL,
    version    BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
