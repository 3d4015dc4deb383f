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
