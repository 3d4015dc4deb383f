-- Indexes for the desktop case list (models/items/saklistemodel): every sortable column can be
-- read in order without sorting 100 000 rows, and the overdue filter has its own small index.
-- The list breaks ties on rowid, which every single-column index carries.

CREATE INDEX tilsynssak_liste_saksnummer ON tilsynssak (
    saksnummer IS NULL,
    CAST(substr(saksnummer, 1, 4) AS INTEGER),
    CAST(substr(saksnummer, 6) AS INTEGER));
CREATE INDEX tilsynssak_liste_sektor ON tilsynssak (sektor);
CREATE INDEX tilsynssak_liste_objekt ON tilsynssak (objekt_navn);
CREATE INDEX tilsynssak_liste_bm ON tilsynssak (behandlingsmaate);
CREATE INDEX tilsynssak_liste_saksbehandler ON tilsynssak (saksbehandler);
CREATE INDEX tilsynssak_liste_status ON tilsynssak (avsluttet IS NULL);
CREATE INDEX tilsynssak_liste_frist ON tilsynssak (frist_dato);
CREATE INDEX tilsynssak_liste_alvorlig ON tilsynssak (alvorlig);
CREATE INDEX tilsynssak_liste_forfalt ON tilsynssak (frist_dato) WHERE milepel_dato IS NULL;

-- Saving a case asks whether it already has a waiting outbox entry (sak_id = ? AND
-- status = 'ventende'). SQLite cannot prove that this implies the partial index
-- outbox_ventende's condition (status IN (...)), so without this index every save scanned the
-- whole outbox, and loading 100 000 cases took quadratic time.
CREATE INDEX outbox_sak ON outbox (sak_id, status);

-- Free-text search: a trigram index over the (case-folded) soketekst, so a word of three or
-- more characters is found without reading every case. External content: the text lives once,
-- in tilsynssak; the triggers keep the index in step with every insert, update and delete.
CREATE VIRTUAL TABLE tilsynssak_sok USING fts5(
    soketekst, content = 'tilsynssak', content_rowid = 'rowid', tokenize = 'trigram');
INSERT INTO tilsynssak_sok (tilsynssak_sok) VALUES ('rebuild');
CREATE TRIGGER tilsynssak_sok_ny AFTER INSERT ON tilsynssak BEGIN
    INSERT INTO tilsynssak_sok (rowid, soketekst) VALUES (new.rowid, new.soketekst);
END;
CREATE TRIGGER tilsynssak_sok_slett AFTER DELETE ON tilsynssak BEGIN
    INSERT INTO tilsynssak_sok (tilsynssak_sok, rowid, soketekst) VALUES ('delete', old.rowid, old.soketekst);
END;
CREATE TRIGGER tilsynssak_sok_endre AFTER UPDATE OF soketekst ON tilsynssak BEGIN
    INSERT INTO tilsynssak_sok (tilsynssak_sok, rowid, soketekst) VALUES ('delete', old.rowid, old.soketekst);
    INSERT INTO tilsynssak_sok (rowid, soketekst) VALUES (new.rowid, new.soketekst);
END;
