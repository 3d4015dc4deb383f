-- Two-step approval (issue 12): persisted letter drafts and their dokumentflyt (schema version 23).
--
-- brevutkast: one frozen version of a draft: the draft as compact JSON and its approval key
-- (SHA-256 over the case as it will stand and the draft, Dokumentflyt::noekkel). An edit of a
-- draft makes a new version (forrige names the one it replaces); a version never changes, except
-- that sync records when the central store has it (sentral).
-- dokumentflyt: the audited steps of a version (from, to, sent, received, status, comment).
-- mottatt is NULL while only this client has the step (e.g. a leader's approval made offline):
-- such a step is not final; it becomes final when the central store accepts it (mottatt is the
-- server's time). A step the central store refuses keeps its reason (avvist) and never counts.

CREATE TABLE brevutkast (
    id        TEXT PRIMARY KEY,                         -- uuid of this version
    sak_id    TEXT NOT NULL REFERENCES tilsynssak (id),
    type      TEXT NOT NULL,
    brev      TEXT NOT NULL,                            -- which letter of the case: type|recipient|copy
    innhold   TEXT NOT NULL,                            -- the draft (Brevutkast) as compact JSON
    noekkel   TEXT NOT NULL CHECK (length(noekkel) = 64),
    forrige   TEXT REFERENCES brevutkast (id),
    laget_av  TEXT NOT NULL,
    laget     TEXT NOT NULL,                            -- UTC, ISO 8601
    sentral   TEXT,                                     -- when the central store had it; NULL: not yet
    avvist    TEXT                                      -- the central store's refusal, if any
);
CREATE INDEX brevutkast_sak ON brevutkast (sak_id, brev, laget);
CREATE INDEX brevutkast_usendt ON brevutkast (sentral) WHERE sentral IS NULL;

CREATE TRIGGER brevutkast_uendret BEFORE UPDATE OF id, sak_id, type, brev, innhold, noekkel, forrige, laget_av, laget
    ON brevutkast
BEGIN
    SELECT RAISE(ABORT, 'en utkastversjon endres aldri; en endring er en ny versjon');
END;
CREATE TRIGGER brevutkast_slettes_ikke BEFORE DELETE ON brevutkast
BEGIN
    SELECT RAISE(ABORT, 'en utkastversjon slettes aldri');
END;

CREATE TABLE dokumentflyt (
    id                TEXT PRIMARY KEY,                 -- uuid of the step
    utkast_id         TEXT NOT NULL REFERENCES brevutkast (id),
    sak_id            TEXT NOT NULL REFERENCES tilsynssak (id),
    fra               TEXT NOT NULL,
    til               TEXT NOT NULL,                    -- a user, or '' for the office's leaders
    status            TEXT NOT NULL CHECK (status IN ('Til godkjenning', 'Godkjent', 'Ikke godkjent',
                                                      'Sendt tilbake med kommentarer')),
    merknad           TEXT NOT NULL DEFAULT '',
    godkjenner_navn   TEXT NOT NULL DEFAULT '',
    godkjenner_tittel TEXT NOT NULL DEFAULT '',
    sendt             TEXT NOT NULL,                    -- when the step was made, UTC ISO 8601
    mottatt           TEXT,                             -- when the central store accepted it; NULL: not yet
    avvist            TEXT,                             -- the central store's refusal
    rev               INTEGER                           -- the central store's order
);
CREATE INDEX dokumentflyt_utkast ON dokumentflyt (utkast_id, sendt);
CREATE INDEX dokumentflyt_status ON dokumentflyt (status);

CREATE TRIGGER dokumentflyt_uendret BEFORE UPDATE OF id, utkast_id, sak_id, status, merknad, sendt ON dokumentflyt
BEGIN
    SELECT RAISE(ABORT, 'et flytsteg endres aldri');
END;
CREATE TRIGGER dokumentflyt_slettes_ikke BEFORE DELETE ON dokumentflyt
BEGIN
    SELECT RAISE(ABORT, 'et flytsteg slettes aldri');
END;
