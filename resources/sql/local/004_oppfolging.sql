-- Oppfølging of lovbrudd after a BM 5 decision: its own deadlines and closing date.

CREATE TABLE oppfolging (
    sak_id    TEXT PRIMARY KEY REFERENCES tilsynssak (id),
    startet   TEXT NOT NULL,
    avsluttet TEXT
) WITHOUT ROWID;
CREATE INDEX oppfolging_aapne ON oppfolging (sak_id) WHERE avsluttet IS NULL;

CREATE TABLE oppfolging_lovbrudd (
    id          INTEGER PRIMARY KEY,
    sak_id      TEXT NOT NULL REFERENCES oppfolging (sak_id),
    pos         INTEGER NOT NULL,
    bestemmelse TEXT NOT NULL,
    objekt_id   TEXT NOT NULL,
    krav        TEXT NOT NULL DEFAULT '',
    frist       TEXT,
    rettet      TEXT,
    bevis       TEXT NOT NULL DEFAULT '',
    UNIQUE (sak_id, pos)
);
CREATE INDEX oppfolging_lovbrudd_frist ON oppfolging_lovbrudd (frist) WHERE rettet IS NULL;

CREATE TABLE oppfolging_hendelse (
    id          INTEGER PRIMARY KEY,
    lovbrudd_id INTEGER NOT NULL REFERENCES oppfolging_lovbrudd (id),
    type        TEXT NOT NULL CHECK (type IN ('milepel', 'dokumentasjon', 'purring')),
    dato        TEXT NOT NULL,
    tekst       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX oppfolging_hendelse_lovbrudd ON oppfolging_hendelse (lovbrudd_id, id);

-- A closed follow-up is final.
CREATE TRIGGER oppfolging_avsluttet_endres_ikke BEFORE UPDATE ON oppfolging
    WHEN OLD.avsluttet IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'en avsluttet oppfølging kan ikke endres');
END;
