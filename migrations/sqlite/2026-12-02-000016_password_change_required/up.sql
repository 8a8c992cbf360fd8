-- The first admin's generated one-time password must be replaced at the
-- first sign-in (docs/architecture/identity.md, "The first admin"): until then
-- the pages lead only to the password form.
ALTER TABLE users ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
