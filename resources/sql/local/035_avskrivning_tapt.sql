-- Two clients avskriver the same incoming document while offline (issue 12): the central store
-- keeps the first avskrivning it accepted, and every client ends with that one. The avskrivning
-- made here that lost is not dropped silently: it is kept in this table, shown to the person
-- among the sync problems until they have seen it, and the replacement is in the audit trail.

CREATE TABLE journal_avskrivning_tapt (
    id              INTEGER PRIMARY KEY,
    journalpost_id  TEXT NOT NULL REFERENCES journalpost (id),
    sak_id          TEXT NOT NULL,
    -- the avskrivning made here that the central store did not keep
    dato            TEXT NOT NULL,
    av              TEXT,
    maate           TEXT NOT NULL,
    med             TEXT,
    merknad         TEXT,
    -- the central store's, which replaced it
    sentral_dato    TEXT NOT NULL,
    sentral_av      TEXT,
    sentral_maate   TEXT NOT NULL,
    sentral_med     TEXT,
    sentral_merknad TEXT,
    registrert      TEXT NOT NULL,             -- UTC, ISO 8601
    sett_av         TEXT,                      -- who has seen it (then no longer an open problem)
    sett            TEXT
);
CREATE INDEX journal_avskrivning_tapt_post ON journal_avskrivning_tapt (journalpost_id);
CREATE INDEX journal_avskrivning_tapt_aapne ON journal_avskrivning_tapt (id) WHERE sett IS NULL;
CREATE TRIGGER journal_avskrivning_tapt_slettes_ikke BEFORE DELETE ON journal_avskrivning_tapt
BEGIN
    SELECT RAISE(ABORT, 'en tapt avskrivning kan ikke slettes');
END;
-- Only marking it seen, once.
CREATE TRIGGER journal_avskrivning_tapt_endres_ikke BEFORE UPDATE ON journal_avskrivning_tapt
    WHEN OLD.sett IS NOT NULL OR NEW.sett IS NULL OR NEW.sett_av IS NULL
      OR NEW.id IS NOT OLD.id OR NEW.journalpost_id IS NOT OLD.journalpost_id OR NEW.sak_id IS NOT OLD.sak_id
      OR NEW.dato IS NOT OLD.dato OR NEW.av IS NOT OLD.av OR NEW.maate IS NOT OLD.maate
      OR NEW.med IS NOT OLD.med OR NEW.merknad IS NOT OLD.merknad
      OR NEW.sentral_dato IS NOT OLD.sentral_dato OR NEW.sentral_av IS NOT OLD.sentral_av
      OR NEW.sentral_maate IS NOT OLD.sentral_maate OR NEW.sentral_med IS NOT OLD.sentral_med
      OR NEW.sentral_merknad IS NOT OLD.sentral_merknad OR NEW.registrert IS NOT OLD.registrert
BEGIN
    SELECT RAISE(ABORT, 'en tapt avskrivning endres ikke; den kan bare merkes som sett, én gang');
END;

-- A post's avskrivning is still set once, except that it is replaced by the central store's when
-- the one made here is recorded as lost (above) with exactly these old and new values.
DROP TRIGGER journalpost_endres_ikke;
CREATE TRIGGER journalpost_endres_ikke BEFORE UPDATE ON journalpost
    WHEN NEW.id IS NOT OLD.id OR NEW.sak_id IS NOT OLD.sak_id OR NEW.type IS NOT OLD.type
      OR NEW.journaldato IS NOT OLD.journaldato OR NEW.dokumentdato IS NOT OLD.dokumentdato
      OR NEW.tittel IS NOT OLD.tittel OR NEW.offentlig_tittel IS NOT OLD.offentlig_tittel
      OR NEW.parter IS NOT OLD.parter OR NEW.brev_sha256 IS NOT OLD.brev_sha256
      OR NEW.fil_sha256 IS NOT OLD.fil_sha256 OR NEW.registrert IS NOT OLD.registrert
      OR (OLD.avskrevet_dato IS NOT NULL
          AND (NEW.avskrevet_dato IS NOT OLD.avskrevet_dato OR NEW.avskrivningsmaate IS NOT OLD.avskrivningsmaate
               OR NEW.avskrevet_med IS NOT OLD.avskrevet_med OR NEW.avskrevet_av IS NOT OLD.avskrevet_av
               OR NEW.avskrivning_merknad IS NOT OLD.avskrivning_merknad)
          AND NOT EXISTS (SELECT 1 FROM journal_avskrivning_tapt t
                          WHERE t.journalpost_id = OLD.id AND t.dato IS OLD.avskrevet_dato
                            AND t.av IS OLD.avskrevet_av AND t.maate IS OLD.avskrivningsmaate
                            AND t.med IS OLD.avskrevet_med AND t.merknad IS OLD.avskrivning_merknad
                            AND t.sentral_dato IS NEW.avskrevet_dato AND t.sentral_av IS NEW.avskrevet_av
                            AND t.sentral_maate IS NEW.avskrivningsmaate AND t.sentral_med IS NEW.avskrevet_med
                            AND t.sentral_merknad IS NEW.avskrivning_merknad))
BEGIN
    SELECT RAISE(ABORT, 'en journalpost endres ikke; bare avskrivningen (én gang, eller erstattet av sentralens) og nummeret kan settes');
END;
