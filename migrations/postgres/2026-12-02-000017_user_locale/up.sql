-- The language a person reads Procura in (en, ro, ru, uk); NULL follows
-- their browser, then PROCURA_DEFAULT_LOCALE (docs/architecture/ui.md#languages).
ALTER TABLE users ADD COLUMN locale TEXT;
