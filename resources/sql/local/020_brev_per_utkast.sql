-- Finalising is idempotent per draft (issue 10 item 8). A finalised letter remembers the key of
-- the draft it was made from (BrevRepository::utkastnoekkel: SHA-256 over the case as it stands
-- after finalising and every field of the draft); a second finalising of the same draft, from a
-- second press or a second process, finds that letter instead of storing another one. The
-- unique index holds even when two writers race. Letters finalised before this version have no
-- key and stay as they are.

ALTER TABLE brev ADD COLUMN utkast_noekkel TEXT CHECK (utkast_noekkel IS NULL OR length(utkast_noekkel) = 64);
CREATE UNIQUE INDEX brev_utkast_noekkel ON brev (utkast_noekkel) WHERE utkast_noekkel IS NOT NULL;

-- The saksnummer a letter was finalised under cannot change afterwards: the archive copy names
-- it (issue 10 item 2). A case without letters may still have its number corrected.
CREATE TRIGGER saksnummer_med_brev_endres_ikke BEFORE UPDATE OF saksnummer ON tilsynssak
    WHEN OLD.saksnummer IS NOT NEW.saksnummer
     AND EXISTS (SELECT 1 FROM brev WHERE brev.sak_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'saksnummeret kan ikke endres: saken har ferdigstilte brev med dette nummeret');
END;
