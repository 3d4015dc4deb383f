-- Client-side sync state (schema version 3).

-- Per case: the server version whose content the local case is based on (the merge base: rev,
-- dokument), and the newest server revision seen (siste_rev, also when the local case was kept
-- because it had unpushed edits). epoke: the central store's epoch these revisions belong to.
CREATE TABLE sync_sak (
    sak_id    TEXT PRIMARY KEY,
    embete    TEXT NOT NULL,
    rev       INTEGER,
    dokument  TEXT,
    siste_rev INTEGER NOT NULL,
    epoke     TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sync_sak_embete ON sync_sak (embete, epoke);

-- Pull cursor per office: every revision up to `rev` has been applied (or deliberately kept).
CREATE TABLE sync_markor (
    embete TEXT PRIMARY KEY,
    rev    INTEGER NOT NULL
) WITHOUT ROWID;

-- Same-field clashes reported by the central store; the server kept "deres" for the field.
CREATE TABLE sync_konflikt (
    id         INTEGER PRIMARY KEY,
    sak_id     TEXT NOT NULL,
    op_id      TEXT NOT NULL,
    server_rev INTEGER NOT NULL,
    felt       TEXT NOT NULL,
    base       TEXT,
    mine       TEXT,
    deres      TEXT,
    registrert TEXT NOT NULL,
    loest      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (op_id, felt)
);
CREATE INDEX sync_konflikt_aapne ON sync_konflikt (sak_id) WHERE loest = 0;

-- Outbox extensions: how often an op was sent, and the server's answer (for rejected ops).
ALTER TABLE outbox ADD COLUMN forsok INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN svar TEXT;
-- The central epoch that base_rev belongs to.
ALTER TABLE outbox ADD COLUMN epoke TEXT;
