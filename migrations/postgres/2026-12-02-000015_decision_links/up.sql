-- Decide from the email (docs/architecture/ui.md#decide-from-the-email):
-- one single-use link per recipient of an "approval needed" mail, scoped
-- to one step. Only the token's SHA-256 is kept; a link is claimed by
-- setting used_at in the decision's own transaction.
CREATE TABLE decision_links (
    token_hash TEXT PRIMARY KEY NOT NULL,
    application_id TEXT NOT NULL REFERENCES applications(id),
    step_id TEXT NOT NULL REFERENCES approval_steps(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX decision_links_expiry ON decision_links (expires_at);

-- How a transition was made when not on a page or the API: "email_link".
ALTER TABLE application_history ADD COLUMN via TEXT;
