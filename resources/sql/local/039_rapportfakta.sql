-- Report facts (models/store/rapportfakta.h, docs/reports.md "Speed"): for every closed case one
-- narrow row with what the temaer, kilder and vurderinger reports read from the child tables, as
-- lists, so those reports are one range scan over (sektor, avsluttet) instead of a lookup per case
-- into sak_tema, sak_kilde, tilsynsobjekt and vurdering (keyed by random UUIDs). Derived data only:
-- rapport_sak_beregnet is its one definition; the triggers below keep rapport_sak equal to it in
-- the transaction that writes a case, and Rapportfakta::bygg() makes it again in one
-- INSERT ... SELECT (after a bulk load that drops the triggers, see RapportfaktaPause).
-- Lists are the child rows' values separated by char(31), as stored (a code may repeat; the reports
-- count distinct codes per case); a vurdering is bestemmelse char(30) 1|0 (1: the konklusjon is
-- lovbrudd or oversendt-htil, as the vurderinger report counts it).
CREATE TABLE IF NOT EXISTS rapport_sak (
    sektor      TEXT NOT NULL,
    avsluttet   TEXT NOT NULL,
    sak_id      TEXT NOT NULL,
    embete      TEXT NOT NULL,
    bm          INTEGER,
    temaer      TEXT NOT NULL,
    typer       TEXT NOT NULL,
    kilder      TEXT NOT NULL,
    vurderinger TEXT NOT NULL,
    PRIMARY KEY (sektor, avsluttet, sak_id)
) WITHOUT ROWID;

DROP VIEW IF EXISTS rapport_sak_beregnet;
CREATE VIEW rapport_sak_beregnet AS
SELECT t.sektor AS sektor, t.avsluttet AS avsluttet, t.id AS sak_id, t.embete AS embete,
       t.behandlingsmaate AS bm,
       coalesce((SELECT group_concat(kode, char(31)) FROM sak_tema WHERE sak_id = t.id), '') AS temaer,
       coalesce((SELECT group_concat(type, char(31)) FROM tilsynsobjekt WHERE sak_id = t.id), '') AS typer,
       coalesce((SELECT group_concat(kode, char(31)) FROM sak_kilde WHERE sak_id = t.id), '') AS kilder,
       coalesce((SELECT group_concat(bestemmelse || char(30) || (konklusjon IN ('lovbrudd', 'oversendt-htil')),
                                     char(31)) FROM vurdering WHERE sak_id = t.id), '') AS vurderinger,
       t.rowid AS rad
FROM tilsynssak t WHERE t.avsluttet IS NOT NULL;

DELETE FROM rapport_sak;
INSERT INTO rapport_sak (sektor, avsluttet, sak_id, embete, bm, temaer, typer, kilder, vurderinger)
    SELECT sektor, avsluttet, sak_id, embete, bm, temaer, typer, kilder, vurderinger FROM rapport_sak_beregnet;

-- The case: a change of what the key or the reports' filters read moves or removes its row.
DROP TRIGGER IF EXISTS rapport_sak_ny;
CREATE TRIGGER rapport_sak_ny AFTER INSERT ON tilsynssak WHEN NEW.avsluttet IS NOT NULL BEGIN
    INSERT OR REPLACE INTO rapport_sak (sektor, avsluttet, sak_id, embete, bm, temaer, typer, kilder, vurderinger)
        SELECT sektor, avsluttet, sak_id, embete, bm, temaer, typer, kilder, vurderinger
        FROM rapport_sak_beregnet WHERE sak_id = NEW.id;
END;
DROP TRIGGER IF EXISTS rapport_sak_endre;
CREATE TRIGGER rapport_sak_endre AFTER UPDATE OF id, sektor, avsluttet, embete, behandlingsmaate ON tilsynssak
WHEN OLD.id IS NOT NEW.id OR OLD.sektor IS NOT NEW.sektor OR OLD.avsluttet IS NOT NEW.avsluttet
     OR OLD.embete IS NOT NEW.embete OR OLD.behandlingsmaate IS NOT NEW.behandlingsmaate BEGIN
    DELETE FROM rapport_sak WHERE sektor = OLD.sektor AND avsluttet = OLD.avsluttet AND sak_id = OLD.id;
    INSERT OR REPLACE INTO rapport_sak (sektor, avsluttet, sak_id, embete, bm, temaer, typer, kilder, vurderinger)
        SELECT sektor, avsluttet, sak_id, embete, bm, temaer, typer, kilder, vurderinger
        FROM rapport_sak_beregnet WHERE sak_id = NEW.id;
END;
DROP TRIGGER IF EXISTS rapport_sak_slett;
CREATE TRIGGER rapport_sak_slett AFTER DELETE ON tilsynssak WHEN OLD.avsluttet IS NOT NULL BEGIN
    DELETE FROM rapport_sak WHERE sektor = OLD.sektor AND avsluttet = OLD.avsluttet AND sak_id = OLD.id;
END;

-- The children, when their case is closed (its row exists): an insert appends its item to the list
-- it feeds (writers insert a case's children in pos order, so the list stays as the view makes
-- it, and the reports do not depend on the order anyway); a delete or an update makes that list
-- again from the child table. The repository replaces a case's children (DELETE then INSERT).
DROP TRIGGER IF EXISTS rapport_sak_tema_ny;
CREATE TRIGGER rapport_sak_tema_ny AFTER INSERT ON sak_tema BEGIN
    UPDATE rapport_sak SET temaer = CASE temaer WHEN '' THEN '' ELSE temaer || char(31) END || NEW.kode
        WHERE (sektor, avsluttet, sak_id) = (SELECT sektor, avsluttet, id FROM tilsynssak WHERE id = NEW.sak_id);
END;
DROP TRIGGER IF EXISTS rapport_sak_tema_slett;
CREATE TRIGGER rapport_sak_tema_slett AFTER DELETE ON sak_tema BEGIN
    UPDATE rapport_sak SET temaer = (SELECT temaer FROM rapport_sak_beregnet WHERE sak_id = OLD.sak_id)
        WHERE (sektor, avsluttet, sak_id) = (SELECT sektor, avsluttet, id FROM tilsynssak WHERE id = OLD.sak_id);
END;
DROP TRIGGER IF EXISTS rapport_sak_tema_endre;
CREATE TRIGGER rapport_sak_tema_endre AFTER UPDATE OF sak_id, kode ON sak_tema BEGIN
    UPDATE rapport_sak SET temaer = (SELECT temaer FROM rapport_sak_beregnet WHERE sak_id = OLD.sak_id)
        WHERE (sektor, avsluttet, sak_id) = (SELECT sektor, avsluttet, id FROM tilsynssak WHERE id = OLD.sak_id);
    UPDATE rapport_sak SET temaer = (SELECT temaer FROM rapport_sak_beregnet WHERE sak_id = NEW.sak_id)
        WHERE (sektor, avsluttet, sak_id) = (SELECT sektor, avsluttet, id FROM tilsynssak WHERE id = NEW.sak_id);
END;
DROP TRIGGER IF EXISTS rapport_sak_kilde_ny;
CREATE TRIGGER rapport_sak_kilde_ny AFTER INSERT ON sak_kilde BEGIN
    UPDATE rapport_sak SET kilder = CASE kilder WHEN '' THEN '' ELSE kilder || char(31) END || NEW.kode
        WHERE (sektor, avsluttet, sak_id) = (SELECT sektor, avsluttet, id FROM tilsynssak WHERE id = NEW.sak_id);
END;
DROP TRIGGER IF EXISTS rapport_sak_kilde_slett;
CREATE TRIGGER rapport_sak_kilde_slett AFTER DELETE ON sak_kilde BEGIN
    UPDATE rapport_sak SET kilder = (SELECT kilder FROM rapport_sak_beregnet WHERE sak_id = OLD.sak_id)
        WHERE (sektor, avsluttet, sak_id) = (SELECT sektor, avsluttet, id FROM tilsynssak WHERE id = OLD.sak_id);
END;
DROP TRIGGER IF EXISTS rapport_sak_kilde_endre;
CREATE TRIGGER rapport_sak_kilde_endre AFTER UPDATE OF sak_id, kode ON sak_kilde BEGIN
    UPDATE rapport_sak SET kilder = (SELECT kilder FROM rapport_sak_beregnet WHERE sak_id = OLD.sak_id)
        WHERE (sektor, avsluttet, sak_id) = (SELECT sektor, avsluttet, id FROM tilsynssak WHERE id = OLD.sak_id);
    UPDATE rapport_sak SET kilder = (SELECT kilder FROM rapport_sak_beregnet WHERE sak_id = NEW.sak_id)
        WHERE (sektor, avsluttet, sak_id) = (SELECT sektor, avsluttet, id FROM tilsynssak WHERE id = NEW.sak_id);
END;
DROP TRIGGER IF EXISTS rapport_sak_objekt_ny;
CREATE TRIGGER rapport_sak_objekt_ny AFTER INSERT ON tilsynsobjekt BEGIN
    UPDATE rapport_sak SET typer = CASE typer WHEN '' THEN '' ELSE typer || char(31) END || NEW.type
        WHERE (sektor, avsluttet, sak_id) = (SELECT sektor, avsluttet, id FROM tilsynssak WHERE id = NEW.sak_id);
END;
DROP TRIGGER IF EXISTS rapport_sak_objekt_slett;
CREATE TRIGGER rapport_sak_objekt_slett AFTER DELETE ON tilsynsobjekt BEGIN
    UPDATE rapport_sak SET typer = (SELECT typer FROM rapport_sak_beregnet WHERE sak_id = OLD.sak_id)
        WHERE (sektor, avsluttet, sak_id) = (SELECT sektor, avsluttet, id FROM tilsynssak WHERE id = OLD.sak_id);
END;
DROP TRIGGER IF EXISTS rapport_sak_objekt_endre;
CREATE TRIGGER rapport_sak_objekt_endre AFTER UPDATE OF sak_id, type ON tilsynsobjekt BEGIN
    UPDATE rapport_sak SET typer = (SELECT typer FROM rapport_sak_beregnet WHERE sak_id = OLD.sak_id)
        WHERE (sektor, avsluttet, sak_id) = (SELECT sektor, avsluttet, id FROM tilsynssak WHERE id = OLD.sak_id);
    UPDATE rapport_sak SET typer = (SELECT typer FROM rapport_sak_beregnet WHERE sak_id = NEW.sak_id)
        WHERE (sektor, avsluttet, sak_id) = (SELECT sektor, avsluttet, id FROM tilsynssak WHERE id = NEW.sak_id);
END;
DROP TRIGGER IF EXISTS rapport_sak_vurdering_ny;
CREATE TRIGGER rapport_sak_vurdering_ny AFTER INSERT ON vurdering BEGIN
    UPDATE rapport_sak SET vurderinger = CASE vurderinger WHEN '' THEN '' ELSE vurderinger || char(31) END
                                         || NEW.bestemmelse || char(30) || (NEW.konklusjon IN ('lovbrudd', 'oversendt-htil'))
        WHERE (sektor, avsluttet, sak_id) = (SELECT sektor, avsluttet, id FROM tilsynssak WHERE id = NEW.sak_id);
END;
DROP TRIGGER IF EXISTS rapport_sak_vurdering_slett;
CREATE TRIGGER rapport_sak_vurdering_slett AFTER DELETE ON vurdering BEGIN
    UPDATE rapport_sak SET vurderinger = (SELECT vurderinger FROM rapport_sak_beregnet WHERE sak_id = OLD.sak_id)
        WHERE (sektor, avsluttet, sak_id) = (SELECT sektor, avsluttet, id FROM tilsynssak WHERE id = OLD.sak_id);
END;
DROP TRIGGER IF EXISTS rapport_sak_vurdering_endre;
CREATE TRIGGER rapport_sak_vurdering_endre AFTER UPDATE OF sak_id, bestemmelse, konklusjon ON vurdering BEGIN
    UPDATE rapport_sak SET vurderinger = (SELECT vurderinger FROM rapport_sak_beregnet WHERE sak_id = OLD.sak_id)
        WHERE (sektor, avsluttet, sak_id) = (SELECT sektor, avsluttet, id FROM tilsynssak WHERE id = OLD.sak_id);
    UPDATE rapport_sak SET vurderinger = (SELECT vurderinger FROM rapport_sak_beregnet WHERE sak_id = NEW.sak_id)
        WHERE (sektor, avsluttet, sak_id) = (SELECT sektor, avsluttet, id FROM tilsynssak WHERE id = NEW.sak_id);
END;

-- Restanser by calendar year (Rapportmotor::restanser when the period is one year): the cases
-- counted by what decides, for a year Y, whether and how a case is in that report — the year
-- received (m_aar), closed (a_aar; 9999 while open), the first year whose 31 December is after
-- the frist (g_aar: the frist's year, or the next when the frist is a 31 December; 9999 without a
-- frist) and the milestone's year (h_aar; 9999 without one). For Y the case is open at some point
-- iff m_aar <= Y <= a_aar; received before Y iff m_aar < Y; closed in Y iff a_aar = Y; open at the
-- end iff a_aar > Y, and past its frist then without the milestone iff also g_aar <= Y < h_aar.
-- A few thousand rows for 100 000 cases; counts are kept by the triggers, rows at 0 stay.
CREATE TABLE IF NOT EXISTS rapport_restanse (
    sektor TEXT NOT NULL,
    m_aar  INTEGER NOT NULL,
    a_aar  INTEGER NOT NULL,
    embete TEXT NOT NULL,
    g_aar  INTEGER NOT NULL,
    h_aar  INTEGER NOT NULL,
    antall INTEGER NOT NULL,
    PRIMARY KEY (sektor, m_aar, a_aar, embete, g_aar, h_aar)
) WITHOUT ROWID;

DROP VIEW IF EXISTS rapport_restanse_noekkel;
CREATE VIEW rapport_restanse_noekkel AS
SELECT t.sektor AS sektor, CAST(substr(t.mottatt, 1, 4) AS INTEGER) AS m_aar,
       coalesce(CAST(substr(t.avsluttet, 1, 4) AS INTEGER), 9999) AS a_aar, t.embete AS embete,
       coalesce(CAST(substr(t.frist_dato, 1, 4) AS INTEGER) + (substr(t.frist_dato, 5) = '-12-31'), 9999) AS g_aar,
       coalesce(CAST(substr(t.milepel_dato, 1, 4) AS INTEGER), 9999) AS h_aar, t.rowid AS rad
FROM tilsynssak t;

DELETE FROM rapport_restanse;
INSERT INTO rapport_restanse (sektor, m_aar, a_aar, embete, g_aar, h_aar, antall)
    SELECT sektor, m_aar, a_aar, embete, g_aar, h_aar, count(*) FROM rapport_restanse_noekkel
    GROUP BY sektor, m_aar, a_aar, embete, g_aar, h_aar;

-- A case counts once: added after its insert, taken out before its delete, and moved around an
-- update of a column the key reads (read through the view by rowid, before and after).
DROP TRIGGER IF EXISTS rapport_restanse_ny;
CREATE TRIGGER rapport_restanse_ny AFTER INSERT ON tilsynssak BEGIN
    INSERT INTO rapport_restanse (sektor, m_aar, a_aar, embete, g_aar, h_aar, antall)
        SELECT sektor, m_aar, a_aar, embete, g_aar, h_aar, 1 FROM rapport_restanse_noekkel WHERE rad = NEW.rowid
        ON CONFLICT DO UPDATE SET antall = antall + 1;
END;
DROP TRIGGER IF EXISTS rapport_restanse_slett;
CREATE TRIGGER rapport_restanse_slett BEFORE DELETE ON tilsynssak BEGIN
    UPDATE rapport_restanse SET antall = antall - 1
        WHERE (sektor, m_aar, a_aar, embete, g_aar, h_aar) =
              (SELECT sektor, m_aar, a_aar, embete, g_aar, h_aar FROM rapport_restanse_noekkel WHERE rad = OLD.rowid);
END;
DROP TRIGGER IF EXISTS rapport_restanse_foer;
CREATE TRIGGER rapport_restanse_foer BEFORE UPDATE OF sektor, mottatt, avsluttet, embete, frist_dato, milepel_dato
ON tilsynssak
WHEN OLD.sektor IS NOT NEW.sektor OR OLD.mottatt IS NOT NEW.mottatt OR OLD.avsluttet IS NOT NEW.avsluttet
     OR OLD.embete IS NOT NEW.embete OR OLD.frist_dato IS NOT NEW.frist_dato OR OLD.milepel_dato IS NOT NEW.milepel_dato
BEGIN
    UPDATE rapport_restanse SET antall = antall - 1
        WHERE (sektor, m_aar, a_aar, embete, g_aar, h_aar) =
              (SELECT sektor, m_aar, a_aar, embete, g_aar, h_aar FROM rapport_restanse_noekkel WHERE rad = OLD.rowid);
END;
DROP TRIGGER IF EXISTS rapport_restanse_etter;
CREATE TRIGGER rapport_restanse_etter AFTER UPDATE OF sektor, mottatt, avsluttet, embete, frist_dato, milepel_dato
ON tilsynssak
WHEN OLD.sektor IS NOT NEW.sektor OR OLD.mottatt IS NOT NEW.mottatt OR OLD.avsluttet IS NOT NEW.avsluttet
     OR OLD.embete IS NOT NEW.embete OR OLD.frist_dato IS NOT NEW.frist_dato OR OLD.milepel_dato IS NOT NEW.milepel_dato
BEGIN
    INSERT INTO rapport_restanse (sektor, m_aar, a_aar, embete, g_aar, h_aar, antall)
        SELECT sektor, m_aar, a_aar, embete, g_aar, h_aar, 1 FROM rapport_restanse_noekkel WHERE rad = NEW.rowid
        ON CONFLICT DO UPDATE SET antall = antall + 1;
END;
