-- Assignment of cases (issue 12, schema version 24). tildeling is the audited history (who
-- assigned which case to whom, when; mottatt/avvist as for dokumentflyt). sak_tildelt is the
-- current assignment per case, kept by Tildeling in the same transaction, so the case list's
-- "Mine saker" and "Ufordelte" filters read one indexed row per case. sentral_bruker lists the
-- users of the offices as the central store reported them at the last sync (login, leader).

CREATE TABLE tildeling (
    id        TEXT PRIMARY KEY,
    sak_id    TEXT NOT NULL REFERENCES tilsynssak (id),
    bruker    TEXT,                                   -- login of the caseworker; NULL: unassigned
    av        TEXT NOT NULL,
    tidspunkt TEXT NOT NULL,
    mottatt   TEXT,
    avvist    TEXT,
    rev       INTEGER
);
CREATE INDEX tildeling_sak ON tildeling (sak_id, tidspunkt);
CREATE TRIGGER tildeling_slettes_ikke BEFORE DELETE ON tildeling
BEGIN
    SELECT RAISE(ABORT, 'en tildeling slettes aldri');
END;

CREATE TABLE sak_tildelt (
    sak_id TEXT PRIMARY KEY REFERENCES tilsynssak (id),
    bruker TEXT                                       -- NULL: unassigned by a leader
);
CREATE INDEX sak_tildelt_bruker ON sak_tildelt (bruker);

CREATE TABLE sentral_bruker (
    embete TEXT NOT NULL,
    bruker TEXT NOT NULL,
    leder  INTEGER NOT NULL CHECK (leder IN (0, 1)),
    PRIMARY KEY (embete, bruker)
);
