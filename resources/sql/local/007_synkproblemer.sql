-- Sync problems a caseworker deals with (schema version 7): resolved conflicts, rejected ops that
-- were sent again or discarded, and finalised letters sent to the central store.

-- A rejected op the caseworker has dealt with gets the status 'forkastet' (its answer and error
-- stay for the record). SQLite cannot change a CHECK constraint in place, so the outbox is
-- rebuilt with the same rows; nothing refers to it.
CREATE TABLE outbox_ny (
    seq       INTEGER PRIMARY KEY,
    op_id     TEXT NOT NULL UNIQUE,
    sak_id    TEXT NOT NULL,
    opprettet TEXT NOT NULL,
    status    TEXT NOT NULL DEFAULT 'ventende'
              CHECK (status IN ('ventende', 'sendt', 'avvist', 'ferdig', 'forkastet')),
    base_rev  INTEGER,
    dokument  TEXT,
    feil      TEXT,
    forsok    INTEGER NOT NULL DEFAULT 0,
    svar      TEXT,
    epoke     TEXT,
    behandlet TEXT      -- for 'forkastet': 'sendt på nytt' or 'forkastet', by whom and when
);
INSERT INTO outbox_ny (seq, op_id, sak_id, opprettet, status, base_rev, dokument, feil, forsok, svar, epoke)
    SELECT seq, op_id, sak_id, opprettet, status, base_rev, dokument, feil, forsok, svar, epoke FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_ny RENAME TO outbox;
CREATE INDEX outbox_sak ON outbox (sak_id, status);
CREATE INDEX outbox_avvist ON outbox (seq) WHERE status = 'avvist';

-- How a conflict was resolved: the choice (mine, deres, redigert), the new edit that carries it
-- (its op id), who and when; loest_sendt once the central store has marked it resolved too.
ALTER TABLE sync_konflikt ADD COLUMN loest_valg TEXT;
ALTER TABLE sync_konflikt ADD COLUMN loest_op TEXT;
ALTER TABLE sync_konflikt ADD COLUMN loest_av TEXT;
ALTER TABLE sync_konflikt ADD COLUMN loest_tidspunkt TEXT;
ALTER TABLE sync_konflikt ADD COLUMN loest_sendt INTEGER NOT NULL DEFAULT 0;

-- Finalised letters copied to the central archive (table brev there). A letter without a row
-- here has not been sent yet; feil holds the last refusal.
CREATE TABLE sync_brev (
    brev_id INTEGER PRIMARY KEY REFERENCES brev (id),
    sendt   TEXT,
    feil    TEXT
);
