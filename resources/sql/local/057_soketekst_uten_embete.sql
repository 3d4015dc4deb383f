-- The office's name out of soketekst again (issue 14): the list filter now matches a word against
-- the catalogue's office names itself (models/items/sakfilter.cpp: a word found in an office's name
-- takes that office's cases), so the ~65 characters 049 appended to every case (both målformer)
-- were only cost: in every row, and in the trigram index every bulk load builds (sqlite3, 100 000
-- bench cases: FTS5 rebuild 1.79 -> 1.12 s CPU). This strips the suffix 049 (and avledet.cpp since)
-- appended, where a row ends with it (the store check, Lagerkontroll, compares with what avledet.cpp
-- computes), then makes the search index again in one pass: the per-row update trigger is dropped
-- for the UPDATE and made again as in 044.
DROP TRIGGER IF EXISTS tilsynssak_sok_endre;
UPDATE tilsynssak SET soketekst = substr(soketekst, 1, length(soketekst) - length(n.hale))
    FROM (SELECT column1 AS embete, column2 AS hale FROM (VALUES
        ('ostfold-buskerud-oslo-akershus', ' statsforvalteren i østfold, buskerud, oslo og akershus statsforvaltaren i østfold, buskerud, oslo og akershus'),
        ('innlandet', ' statsforvalteren i innlandet statsforvaltaren i innlandet'),
        ('vestfold-telemark', ' statsforvalteren i vestfold og telemark statsforvaltaren i vestfold og telemark'),
        ('agder', ' statsforvalteren i agder statsforvaltaren i agder'),
        ('rogaland', ' statsforvalteren i rogaland statsforvaltaren i rogaland'),
        ('vestland', ' statsforvalteren i vestland statsforvaltaren i vestland'),
        ('more-romsdal', ' statsforvalteren i møre og romsdal statsforvaltaren i møre og romsdal'),
        ('trondelag', ' statsforvalteren i trøndelag statsforvaltaren i trøndelag'),
        ('nordland', ' statsforvalteren i nordland statsforvaltaren i nordland'),
        ('troms-finnmark', ' statsforvalteren i troms og finnmark statsforvaltaren i troms og finnmark'))) AS n
    WHERE tilsynssak.embete = n.embete AND substr(tilsynssak.soketekst, -length(n.hale)) = n.hale;
INSERT INTO tilsynssak_sok (tilsynssak_sok) VALUES ('rebuild');
CREATE TRIGGER tilsynssak_sok_endre AFTER UPDATE OF soketekst ON tilsynssak BEGIN
    INSERT INTO tilsynssak_sok (tilsynssak_sok, rowid, soketekst) VALUES ('delete', old.rowid, old.soketekst);
    INSERT INTO tilsynssak_sok (rowid, soketekst) VALUES (new.rowid, new.soketekst);
END;
