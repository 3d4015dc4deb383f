-- The local store, schema version 1. Applied in one transaction by Store::migrer().

CREATE TABLE meta (
    noekkel TEXT PRIMARY KEY,
    verdi   TEXT NOT NULL
) WITHOUT ROWID;

-- The catalogue versions this store has seen; cases are registered against the newest.
CREATE TABLE katalog (
    versjon  TEXT PRIMARY KEY,
    lastet   TEXT NOT NULL,
    dokument TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE tilsynssak (
    id                  TEXT PRIMARY KEY,
    saksnummer          TEXT,
    embete              TEXT NOT NULL,
    sektor              TEXT NOT NULL,
    mottatt             TEXT NOT NULL,
    saksbehandler       TEXT,
    alvorlig            INTEGER NOT NULL DEFAULT 0 CHECK (alvorlig IN (0, 1)),
    bruker_vurdert      INTEGER,          -- NULL: brukerinvolvering not recorded
    bruker_tilbudt_mote INTEGER,
    bruker_merknad      TEXT,
    sammendrag          TEXT,
    har_innsender       INTEGER NOT NULL DEFAULT 0,
    innsender_navn      TEXT,
    innsender_adresse   TEXT,
    innsender_maalform  TEXT,
    behandlingsmaate    INTEGER CHECK (behandlingsmaate BETWEEN 0 AND 5),
    oversendt           TEXT,
    mote                TEXT,
    avsluttet           TEXT,
    rapport_mottatt     TEXT,
    utfall              TEXT,
    -- Derived on every save from mottatt, the BM and the catalogue; kept for list and reports.
    frist_dato          TEXT,
    milepel_dato        TEXT,
    objekt_navn         TEXT NOT NULL DEFAULT '',
    soketekst           TEXT NOT NULL DEFAULT '',
    -- Machinery.
    versjon             INTEGER NOT NULL DEFAULT 1,   -- local edit counter (optimistic locking)
    server_rev          INTEGER,                      -- NULL: never synced
    opprettet           TEXT NOT NULL,
    endret              TEXT NOT NULL
);
CREATE UNIQUE INDEX tilsynssak_saksnummer ON tilsynssak (embete, saksnummer)
    WHERE saksnummer IS NOT NULL;
CREATE INDEX tilsynssak_sektor_avsluttet ON tilsynssak (sektor, avsluttet);
CREATE INDEX tilsynssak_mottatt ON tilsynssak (mottatt);
CREATE INDEX tilsynssak_frist_aapne ON tilsynssak (frist_dato) WHERE avsluttet IS NULL;
CREATE INDEX tilsynssak_saksbehandler ON tilsynssak (saksbehandler, mottatt);

-- A registered (or ever synced) case is never deleted; only a local draft may be discarded.
CREATE TRIGGER tilsynssak_slettes_ikke BEFORE DELETE ON tilsynssak
    WHEN OLD.saksnummer IS NOT NULL OR OLD.server_rev IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'en registrert sak kan ikke slettes');
END;

CREATE TABLE sak_kilde (
    sak_id TEXT NOT NULL REFERENCES tilsynssak (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    pos    INTEGER NOT NULL,
    kode   TEXT NOT NULL,
    PRIMARY KEY (sak_id, pos)
) WITHOUT ROWID;

CREATE TABLE sak_tema (
    sak_id TEXT NOT NULL REFERENCES tilsynssak (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    pos    INTEGER NOT NULL,
    kode   TEXT NOT NULL,
    PRIMARY KEY (sak_id, pos)
) WITHOUT ROWID;
CREATE INDEX sak_tema_kode ON sak_tema (kode);

CREATE TABLE tilsynsobjekt (
    sak_id       TEXT NOT NULL REFERENCES tilsynssak (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    pos          INTEGER NOT NULL,
    objekt_id    TEXT NOT NULL,
    type         TEXT NOT NULL,
    navn         TEXT NOT NULL,
    tjenesteniva TEXT,
    orgnr        TEXT,
    hpr          TEXT,
    adresse      TEXT,
    maalform     TEXT,
    PRIMARY KEY (sak_id, pos),
    UNIQUE (sak_id, objekt_id)
) WITHOUT ROWID;

CREATE TABLE vurdering (
    sak_id      TEXT NOT NULL REFERENCES tilsynssak (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    pos         INTEGER NOT NULL,
    bestemmelse TEXT NOT NULL,
    objekt_id   TEXT NOT NULL,
    konklusjon  TEXT NOT NULL,
    begrunnelse TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (sak_id, pos),
    FOREIGN KEY (sak_id, objekt_id) REFERENCES tilsynsobjekt (sak_id, objekt_id)
        DEFERRABLE INITIALLY DEFERRED
) WITHOUT ROWID;
CREATE INDEX vurdering_bestemmelse ON vurdering (bestemmelse);

-- Who changed what and when. Append-only.
CREATE TABLE audit (
    id         INTEGER PRIMARY KEY,
    tidspunkt  TEXT NOT NULL,
    bruker     TEXT NOT NULL,
    sak_id     TEXT NOT NULL,
    handling   TEXT NOT NULL,
    endringer  TEXT NOT NULL
);
CREATE INDEX audit_sak ON audit (sak_id, id);
CREATE TRIGGER audit_endres_ikke BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'revisjonssporet kan ikke endres');
END;
CREATE TRIGGER audit_slettes_ikke BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'revisjonssporet kan ikke slettes');
END;

-- Local changes waiting to be pushed to the central store, written in the edit's transaction.
-- The document to send is snapshotted into `dokument` when the op is first sent, so a retry
-- sends exactly what the first attempt sent.
CREATE TABLE outbox (
    seq       INTEGER PRIMARY KEY,
    op_id     TEXT NOT NULL UNIQUE,
    sak_id    TEXT NOT NULL,
    opprettet TEXT NOT NULL,
    status    TEXT NOT NULL DEFAULT 'ventende'
              CHECK (status IN ('ventende', 'sendt', 'avvist', 'ferdig')),
    base_rev  INTEGER,
    dokument  TEXT,
    feil      TEXT
);
CREATE INDEX outbox_sak ON outbox (sak_id, status);
