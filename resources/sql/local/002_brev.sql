-- Finalised letters (schema version 2). A finalised letter is the archive copy: PDF/A-1b bytes
-- with their SHA-256, stored in the case and never changed or removed afterwards.

CREATE TABLE brev (
    id                   INTEGER PRIMARY KEY,
    sak_id               TEXT NOT NULL REFERENCES tilsynssak (id),
    type                 TEXT NOT NULL,
    maalform             TEXT NOT NULL CHECK (maalform IN ('nb', 'nn')),
    mottaker             TEXT NOT NULL,
    kopi_til             TEXT NOT NULL DEFAULT '',    -- one copy recipient per line
    offentlig_tittel     TEXT NOT NULL,
    unntatt_offentlighet INTEGER NOT NULL CHECK (unntatt_offentlighet IN (0, 1)),
    hjemmel              TEXT NOT NULL DEFAULT '',
    dato                 TEXT NOT NULL,               -- Vår dato, YYYY-MM-DD
    pdf                  BLOB NOT NULL,
    sha256               TEXT NOT NULL CHECK (length(sha256) = 64),
    ferdigstilt_av       TEXT NOT NULL,
    ferdigstilt          TEXT NOT NULL                -- UTC timestamp, ISO 8601
);
CREATE INDEX brev_sak ON brev (sak_id, id);

CREATE TRIGGER brev_endres_ikke BEFORE UPDATE ON brev
BEGIN
    SELECT RAISE(ABORT, 'et ferdigstilt brev kan ikke endres');
END;
CREATE TRIGGER brev_slettes_ikke BEFORE DELETE ON brev
BEGIN
    SELECT RAISE(ABORT, 'et ferdigstilt brev kan ikke slettes');
END;
-- REPLACE deletes the old row without firing delete triggers: refuse an insert over an
-- existing id instead.
CREATE TRIGGER brev_erstattes_ikke BEFORE INSERT ON brev
    WHEN EXISTS (SELECT 1 FROM brev WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'et ferdigstilt brev kan ikke erstattes');
END;
