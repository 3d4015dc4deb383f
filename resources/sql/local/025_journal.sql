-- The journal of a case (issue 12 item 4): every document in it as a Noark 5 journalpost.
-- Incoming documents (type I, the henvendelse among them) are registered by the caseworker, each
-- finalised letter gets its outgoing post (U) when it is finalised, notes are N (for follow-up)
-- or X (without). A post is never deleted; what may change afterwards is its avskrivning (once)
-- and the number the central store settles.

-- An incoming document's file, stored once by its content (two posts with the same bytes share
-- it). Never changed or removed.
CREATE TABLE dokumentfil (
    sha256    TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    innhold   BLOB NOT NULL,
    storrelse INTEGER NOT NULL CHECK (storrelse = length(innhold))
) WITHOUT ROWID;
CREATE TRIGGER dokumentfil_endres_ikke BEFORE UPDATE ON dokumentfil
BEGIN
    SELECT RAISE(ABORT, 'en lagret dokumentfil kan ikke endres');
END;
CREATE TRIGGER dokumentfil_slettes_ikke BEFORE DELETE ON dokumentfil
BEGIN
    SELECT RAISE(ABORT, 'en lagret dokumentfil kan ikke slettes');
END;

CREATE TABLE journalpost (
    id                   TEXT PRIMARY KEY,          -- UUID: the same in every client and centrally
    sak_id               TEXT NOT NULL REFERENCES tilsynssak (id),
    type                 TEXT NOT NULL CHECK (type IN ('I', 'U', 'N', 'X')),
    -- The document number in the case (saksnummer-N). `nummer` is settled: by the central store,
    -- or here when this store has never synced. Until then the post shows `foreloepig`.
    nummer               INTEGER CHECK (nummer IS NULL OR nummer > 0),
    foreloepig           INTEGER NOT NULL CHECK (foreloepig > 0),
    journaldato          TEXT NOT NULL,             -- YYYY-MM-DD
    dokumentdato         TEXT NOT NULL,             -- dokumentets dato, YYYY-MM-DD
    tittel               TEXT NOT NULL,
    offentlig_tittel     TEXT NOT NULL,
    parter               TEXT NOT NULL DEFAULT '[]', -- JSON [{"rolle": "Avsender", "navn": "…"}]
    unntatt_offentlighet INTEGER NOT NULL CHECK (unntatt_offentlighet IN (0, 1)),
    hjemmel              TEXT NOT NULL DEFAULT '',
    status               TEXT NOT NULL,             -- Noark 5 journalstatus
    brev_sha256          TEXT,                      -- U: the finalised letter (table brev)
    trykt_nummer         INTEGER,                   -- U: the number printed as Vår ref, if any
    fil_sha256           TEXT CHECK (fil_sha256 IS NULL OR length(fil_sha256) = 64),
    filnavn              TEXT,
    avskrevet_dato       TEXT,
    avskrevet_av         TEXT,
    avskrivningsmaate    TEXT,                      -- Noark 5 avskrivningsmåte
    avskrevet_med        TEXT,                      -- the answering letter's post (its id)
    avskrivning_merknad  TEXT,
    registrert_av        TEXT NOT NULL,
    registrert           TEXT NOT NULL,             -- UTC, ISO 8601
    CHECK ((avskrevet_dato IS NULL) = (avskrivningsmaate IS NULL)),
    CHECK (type = 'I' OR avskrevet_dato IS NULL)
);
CREATE INDEX journalpost_sak ON journalpost (sak_id, foreloepig);
CREATE UNIQUE INDEX journalpost_nummer ON journalpost (sak_id, nummer) WHERE nummer IS NOT NULL;
CREATE INDEX journalpost_brev ON journalpost (brev_sha256) WHERE brev_sha256 IS NOT NULL;
CREATE INDEX journalpost_aapne ON journalpost (sak_id) WHERE type = 'I' AND avskrevet_dato IS NULL;

CREATE TRIGGER journalpost_slettes_ikke BEFORE DELETE ON journalpost
BEGIN
    SELECT RAISE(ABORT, 'en journalpost kan ikke slettes');
END;
-- What a post is never changes; its avskrivning is set once, its number settled once.
CREATE TRIGGER journalpost_endres_ikke BEFORE UPDATE ON journalpost
    WHEN NEW.id IS NOT OLD.id OR NEW.sak_id IS NOT OLD.sak_id OR NEW.type IS NOT OLD.type
      OR NEW.journaldato IS NOT OLD.journaldato OR NEW.dokumentdato IS NOT OLD.dokumentdato
      OR NEW.tittel IS NOT OLD.tittel OR NEW.offentlig_tittel IS NOT OLD.offentlig_tittel
      OR NEW.parter IS NOT OLD.parter OR NEW.brev_sha256 IS NOT OLD.brev_sha256
      OR NEW.fil_sha256 IS NOT OLD.fil_sha256 OR NEW.registrert IS NOT OLD.registrert
      OR (OLD.avskrevet_dato IS NOT NULL AND (NEW.avskrevet_dato IS NOT OLD.avskrevet_dato
          OR NEW.avskrivningsmaate IS NOT OLD.avskrivningsmaate OR NEW.avskrevet_med IS NOT OLD.avskrevet_med))
BEGIN
    SELECT RAISE(ABORT, 'en journalpost endres ikke; bare avskrivningen (én gang) og nummeret kan settes');
END;

-- Every letter finalised before this version gets its outgoing post, numbered in the order the
-- letters were finalised. A store that never synced settles them here.
INSERT INTO journalpost (id, sak_id, type, nummer, foreloepig, journaldato, dokumentdato, tittel,
                         offentlig_tittel, parter, unntatt_offentlighet, hjemmel, status, brev_sha256,
                         registrert_av, registrert)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
             || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       b.sak_id, 'U',
       CASE WHEN NOT EXISTS (SELECT 1 FROM meta WHERE noekkel = 'sentral_epoke' AND verdi <> '')
            THEN (SELECT count(*) FROM brev b2 WHERE b2.sak_id = b.sak_id AND b2.id <= b.id) END,
       (SELECT count(*) FROM brev b2 WHERE b2.sak_id = b.sak_id AND b2.id <= b.id),
       substr(b.ferdigstilt, 1, 10), b.dato, b.offentlig_tittel, b.offentlig_tittel,
       json_array(json_object('rolle', 'Mottaker', 'navn', b.mottaker)),
       b.unntatt_offentlighet, b.hjemmel, 'Ekspedert', b.sha256, b.ferdigstilt_av, b.ferdigstilt
FROM brev b ORDER BY b.id;
