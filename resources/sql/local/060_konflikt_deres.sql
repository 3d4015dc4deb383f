-- Who made "theirs" of a sync conflict, and when (issue 10: the conflicts window never said whose
-- text a caseworker was about to replace). The central login and time of the revision that
-- brought the central store's value, read from the office's history when the push is answered;
-- no row for conflicts recorded before this version. Keyed like the conflict (sync_konflikt is
-- UNIQUE (op_id, felt)). A table of its own, not columns on sync_konflikt: every migration must
-- survive a second run (tests rewind user_version and migrate again), and ALTER TABLE … ADD
-- COLUMN does not (session 14's 061 was reverted for 'duplicate column name: deres_av').
CREATE TABLE IF NOT EXISTS sync_konflikt_deres (
    op_id     TEXT NOT NULL,
    felt      TEXT NOT NULL,
    av        TEXT NOT NULL, -- the central login
    tidspunkt TEXT,          -- ISO 8601, UTC (the central store's clock)
    PRIMARY KEY (op_id, felt)
) WITHOUT ROWID;
