-- A short human reference per application, A-<year>-<sequence>, sequential
-- per year (docs/design.md#it-application-workflow). Existing applications
-- are numbered in creation order; the counters continue from there.
ALTER TABLE applications ADD COLUMN reference TEXT NOT NULL DEFAULT '';
UPDATE applications
SET reference = numbered.reference
FROM (
    SELECT id AS numbered_id,
           'A-' || strftime('%Y', created_at) || '-' ||
           printf('%05d', ROW_NUMBER() OVER (
               PARTITION BY strftime('%Y', created_at) ORDER BY created_at, id)) AS reference
    FROM applications
) AS numbered
WHERE applications.id = numbered.numbered_id;
CREATE UNIQUE INDEX applications_reference ON applications (reference);
CREATE TABLE reference_counters (
    year INTEGER PRIMARY KEY NOT NULL,
    last BIGINT NOT NULL
);
INSERT INTO reference_counters (year, last)
SELECT CAST(strftime('%Y', created_at) AS INTEGER), COUNT(*) FROM applications
GROUP BY strftime('%Y', created_at);
