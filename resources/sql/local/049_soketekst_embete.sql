-- The office's name in the list filter's search text (issue 10): soketekst now ends with the
-- embete's name in bokmål and, when it differs, nynorsk (models/store/avledet.cpp), so typing
-- "Vestland" or "Oslo og Akershus" finds that office's cases. This appends the same, case-folded,
-- to every stored case (the names of catalogue 2024.3; the store check, Lagerkontroll,
-- compares with what avledet.cpp computes), then makes the search index again in one pass: the
-- per-row update trigger is dropped for the UPDATE (it would delete and insert each row's
-- trigrams one by one) and made again as in 044.
DROP TRIGGER IF EXISTS tilsynssak_sok_endre;
UPDATE tilsynssak SET soketekst = soketekst || CASE embete
    WHEN 'ostfold-buskerud-oslo-akershus' THEN ' statsforvalteren i østfold, buskerud, oslo og akershus statsforvaltaren i østfold, buskerud, oslo og akershus'
    WHEN 'innlandet' THEN ' statsforvalteren i innlandet statsforvaltaren i innlandet'
    WHEN 'vestfold-telemark' THEN ' statsforvalteren i vestfold og telemark statsforvaltaren i vestfold og telemark'
    WHEN 'agder' THEN ' statsforvalteren i agder statsforvaltaren i agder'
    WHEN 'rogaland' THEN ' statsforvalteren i rogaland statsforvaltaren i rogaland'
    WHEN 'vestland' THEN ' statsforvalteren i vestland statsforvaltaren i vestland'
    WHEN 'more-romsdal' THEN ' statsforvalteren i møre og romsdal statsforvaltaren i møre og romsdal'
    WHEN 'trondelag' THEN ' statsforvalteren i trøndelag statsforvaltaren i trøndelag'
    WHEN 'nordland' THEN ' statsforvalteren i nordland statsforvaltaren i nordland'
    WHEN 'troms-finnmark' THEN ' statsforvalteren i troms og finnmark statsforvaltaren i troms og finnmark'
    ELSE '' END;
INSERT INTO tilsynssak_sok (tilsynssak_sok) VALUES ('rebuild');
CREATE TRIGGER tilsynssak_sok_endre AFTER UPDATE OF soketekst ON tilsynssak BEGIN
    INSERT INTO tilsynssak_sok (tilsynssak_sok, rowid, soketekst) VALUES ('delete', old.rowid, old.soketekst);
    INSERT INTO tilsynssak_sok (rowid, soketekst) VALUES (new.rowid, new.soketekst);
END;
