-- Derived data only (indexes, a search table), written re-runnable: IF NOT EXISTS throughout.
-- Indexes for the desktop case list (models/items/saklistemodel): every sortable column can be
-- read in order without sorting 100 000 rows, and the overdue filter has its own small index.
-- The list breaks ties on rowid, which every single-column index carries.

CREATE INDEX IF NOT EXISTS tilsynssak_liste_saksnummer ON tilsynssak (
    saksnummer IS NULL,
    CAST(substr(saksnummer, 1, 4) AS INTEGER),
    CAST(substr(saksnummer, 6) AS INTEGER));
CREATE INDEX IF NOT EXISTS tilsynssak_liste_sektor ON tilsynssak (sektor);
CREATE INDEX IF NOT EXISTS tilsynssak_liste_objekt ON tilsynssak (objekt_navn);
CREATE INDEX IF NOT EXISTS tilsynssak_liste_bm ON tilsynssak (behandlingsmaate);
CREATE INDEX IF NOT EXISTS tilsynssak_liste_saksbehandler ON tilsynssak (saksbehandler);
CREATE INDEX IF NOT EXISTS tilsynssak_liste_status ON tilsynssak (avsluttet IS NULL);
CREATE INDEX IF NOT EXISTS tilsynssak_liste_frist ON tilsynssak (frist_dato);
CREATE INDEX IF NOT EXISTS tilsynssak_liste_alvorlig ON tilsynssak (alvorlig);
CREATE INDEX IF NOT EXISTS tilsynssak_liste_forfalt ON tilsynssak (frist_dato) WHERE milepel_dato IS NULL;

-- Free-text search: a trigram index over the (case-folded) soketekst, so a word of three or
-- more characters is found without reading every case. External content: the text lives once,
-- in tilsynssak; the triggers keep the index in step with every insert, update and delete.
CREATE VIRTUAL TABLE IF NOT EXISTS tilsynssak_sok USING fts5(
    soketekst, content = 'tilsynssak', content_rowid = 'rowid', tokenize = 'trigram');
INSERT INTO tilsynssak_sok (tilsynssak_sok) VALUES ('rebuild');
CREATE TRIGGER IF NOT EXISTS tilsynssak_sok_ny AFTER INSERT ON tilsynssak BEGIN
    INSERT INTO tilsynssak_sok (rowid, soketekst) VALUES (new.rowid, new.soketekst);
END;
CREATE TRIGGER IF NOT EXISTS tilsynssak_sok_slett AFTER DELETE ON tilsynssak BEGIN
    INSERT INTO tilsynssak_sok (tilsynssak_sok, rowid, soketekst) VALUES ('delete', old.rowid, old.soketekst);
END;
CREATE TRIGGER IF NOT EXISTS tilsynssak_sok_endre AFTER UPDATE OF soketekst ON tilsynssak BEGIN
    INSERT INTO tilsynssak_sok (tilsynssak_sok, rowid, soketekst) VALUES ('delete', old.rowid, old.soketekst);
    INSERT INTO tilsynssak_sok (rowid, soketekst) VALUES (new.rowid, new.soketekst);
END;
