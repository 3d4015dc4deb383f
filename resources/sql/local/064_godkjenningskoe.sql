-- The approval queue as a table of its own, kept where the queue changes (session 16): a leader's
-- count of letters waiting for approval was the whole queue read on the GUI thread after every
-- sync (Dokumentflyt::tilGodkjenning: every version of every letter, its newest step, its case).
-- One row per letter (case and Dokumentflyt::brevnoekkel) whose newest version's newest step that
-- the central store has not refused asks for approval, exactly what tilGodkjenning() lists before
-- its leader filter; Dokumentflyt::antallTilGodkjenning() is one COUNT on the index
-- godkjenningskoe_leder. The triggers recompute the one letter a new version, a new step or a
-- step's new order (rev) or refusal (avvist) touches, whoever writes it (this client or sync).
-- Re-runnable: IF NOT EXISTS, triggers dropped and made again, the rows made again from the
-- letters and steps themselves.
CREATE TABLE IF NOT EXISTS godkjenningskoe (
    sak_id    TEXT NOT NULL,
    brev      TEXT NOT NULL,
    utkast_id TEXT NOT NULL, -- the version waiting
    til       TEXT NOT NULL, -- a leader's login, or '' for the office's leaders
    embete    TEXT NOT NULL, -- the case's office
    PRIMARY KEY (sak_id, brev)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS godkjenningskoe_leder ON godkjenningskoe (embete, til);

-- The queue's row of a letter, written once: its newest version (by laget, then rowid) whose newest
-- step not refused by the central store (by rev, unsent steps first, then sendt, then rowid) asks
-- for approval. The triggers and the rebuild below select from it for the letters they touch.
DROP VIEW IF EXISTS godkjenningskoe_rad;
CREATE VIEW godkjenningskoe_rad AS
SELECT v.sak_id, v.brev, v.id AS utkast_id, f.til, s.embete FROM brevutkast v
JOIN dokumentflyt f ON f.rowid = (SELECT f2.rowid FROM dokumentflyt f2 WHERE f2.utkast_id = v.id
    AND f2.avvist IS NULL ORDER BY f2.rev IS NULL DESC, f2.rev DESC, f2.sendt DESC, f2.rowid DESC LIMIT 1)
JOIN tilsynssak s ON s.id = v.sak_id
WHERE v.rowid = (SELECT n.rowid FROM brevutkast n WHERE n.sak_id = v.sak_id AND n.brev = v.brev
    ORDER BY n.laget DESC, n.rowid DESC LIMIT 1)
  AND f.status = 'Til godkjenning';

DROP TRIGGER IF EXISTS godkjenningskoe_ny_versjon;
CREATE TRIGGER godkjenningskoe_ny_versjon AFTER INSERT ON brevutkast
BEGIN
    DELETE FROM godkjenningskoe WHERE sak_id = NEW.sak_id AND brev = NEW.brev;
    INSERT INTO godkjenningskoe (sak_id, brev, utkast_id, til, embete)
    SELECT sak_id, brev, utkast_id, til, embete FROM godkjenningskoe_rad WHERE sak_id = NEW.sak_id AND brev = NEW.brev;
END;

DROP TRIGGER IF EXISTS godkjenningskoe_nytt_steg;
CREATE TRIGGER godkjenningskoe_nytt_steg AFTER INSERT ON dokumentflyt
BEGIN
    DELETE FROM godkjenningskoe WHERE (sak_id, brev) = (SELECT sak_id, brev FROM brevutkast WHERE id = NEW.utkast_id);
    INSERT INTO godkjenningskoe (sak_id, brev, utkast_id, til, embete)
    SELECT sak_id, brev, utkast_id, til, embete FROM godkjenningskoe_rad
    WHERE (sak_id, brev) = (SELECT sak_id, brev FROM brevutkast WHERE id = NEW.utkast_id);
END;

DROP TRIGGER IF EXISTS godkjenningskoe_steg_endret;
CREATE TRIGGER godkjenningskoe_steg_endret AFTER UPDATE OF rev, avvist, til ON dokumentflyt
WHEN OLD.rev IS NOT NEW.rev OR OLD.avvist IS NOT NEW.avvist OR OLD.til IS NOT NEW.til
BEGIN
    DELETE FROM godkjenningskoe WHERE (sak_id, brev) = (SELECT sak_id, brev FROM brevutkast WHERE id = NEW.utkast_id);
    INSERT INTO godkjenningskoe (sak_id, brev, utkast_id, til, embete)
    SELECT sak_id, brev, utkast_id, til, embete FROM godkjenningskoe_rad
    WHERE (sak_id, brev) = (SELECT sak_id, brev FROM brevutkast WHERE id = NEW.utkast_id);
END;

DROP TRIGGER IF EXISTS godkjenningskoe_embete;
CREATE TRIGGER godkjenningskoe_embete AFTER UPDATE OF embete ON tilsynssak
WHEN OLD.embete IS NOT NEW.embete
BEGIN
    UPDATE godkjenningskoe SET embete = NEW.embete WHERE sak_id = NEW.id;
END;

DELETE FROM godkjenningskoe;
INSERT INTO godkjenningskoe (sak_id, brev, utkast_id, til, embete)
SELECT sak_id, brev, utkast_id, til, embete FROM godkjenningskoe_rad;
