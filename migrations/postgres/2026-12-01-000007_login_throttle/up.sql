-- Failed sign-ins per key (pair, client or account, each a SHA-256), in
-- fixed windows, shared by every instance on the database (docs/security.md).
CREATE TABLE login_throttle (
    throttle_key      TEXT PRIMARY KEY NOT NULL,
    failures          INTEGER NOT NULL,
    window_started_at TIMESTAMP NOT NULL,
    last_failure_at   TIMESTAMP NOT NULL
);
CREATE INDEX login_throttle_window ON login_throttle (window_started_at);
-- Housekeeping purges expired sessions by their expiry.
CREATE INDEX sessions_expiry ON sessions (expires_at);
