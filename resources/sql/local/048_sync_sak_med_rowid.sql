-- sync_sak as a rowid table (issue 14, docs/forstesynk.md). WITHOUT ROWID kept each ~800-byte
-- merge base in the key's b-tree: pages of four rows, split at random as the first sync inserts
-- cases in id order page by page, and a commit that wrote more pages. As a rowid table the rows
-- are appended and the key (sak_id) is a small separate index. The same columns (the generated
-- ones of 027 in the table's own definition), the same index and the same summary triggers; the
-- rows and the summary sums are copied as they are (DROP TABLE fires no trigger).
-- Idempotent (tst_rapportcli and tst_rapportfakta run migrations again): it builds the table
-- again from whatever sync_sak is.
DROP TABLE IF EXISTS sync_sak_ny;
CREATE TABLE sync_sak_ny (
    sak_id    TEXT PRIMARY KEY,
    embete    TEXT NOT NULL,
    rev       INTEGER,
    dokument  TEXT,
    siste_rev INTEGER NOT NULL,
    epoke     TEXT NOT NULL,
    sammendrag_k INTEGER GENERATED ALWAYS AS (
    (instr('0123456789abcdef', substr(lower(sak_id), 30, 1)) - 1) * 16777216 + (instr('0123456789abcdef', substr(lower(sak_id), 31, 1)) - 1) * 1048576 + (instr('0123456789abcdef', substr(lower(sak_id), 32, 1)) - 1) * 65536 + (instr('0123456789abcdef', substr(lower(sak_id), 33, 1)) - 1) * 4096 + (instr('0123456789abcdef', substr(lower(sak_id), 34, 1)) - 1) * 256 + (instr('0123456789abcdef', substr(lower(sak_id), 35, 1)) - 1) * 16 + (instr('0123456789abcdef', substr(lower(sak_id), 36, 1)) - 1)) VIRTUAL,
    sammendrag_boette INTEGER GENERATED ALWAYS AS (sammendrag_k % 4096) VIRTUAL,
    sammendrag_m INTEGER GENERATED ALWAYS AS (
    ((siste_rev % 2147483629) * 1103515245 + sammendrag_k * 69069 + 12345) % 2147483629) VIRTUAL,
    sammendrag_n INTEGER GENERATED ALWAYS AS (
    ((siste_rev % 2147483587) * 48271 + sammendrag_k * 16807 + 99991) % 2147483587) VIRTUAL,
    sammendrag_hoy INTEGER GENERATED ALWAYS AS (
    (sammendrag_m * sammendrag_m + sammendrag_k + 1) % 2147483629) VIRTUAL,
    sammendrag_lav INTEGER GENERATED ALWAYS AS (
    (sammendrag_n * sammendrag_n + siste_rev % 2147483587 + 7) % 2147483587) VIRTUAL,
    sammendrag_digest INTEGER GENERATED ALWAYS AS (
    sammendrag_hoy * 2147483648 + sammendrag_lav) VIRTUAL
);
INSERT INTO sync_sak_ny (sak_id, embete, rev, dokument, siste_rev, epoke)
    SELECT sak_id, embete, rev, dokument, siste_rev, epoke FROM sync_sak ORDER BY sak_id;
DROP TABLE sync_sak;
ALTER TABLE sync_sak_ny RENAME TO sync_sak;
CREATE INDEX sync_sak_embete ON sync_sak (embete, epoke);

CREATE TRIGGER sync_sak_sammendrag_ny AFTER INSERT ON sync_sak BEGIN
    INSERT INTO sync_sammendrag_boette (embete, epoke, boette, antall, hash)
        VALUES (NEW.embete, NEW.epoke, NEW.sammendrag_boette, 1, NEW.sammendrag_digest)
        ON CONFLICT (embete, epoke, boette) DO UPDATE
        SET antall = antall + 1, hash = (hash + excluded.hash) % 4611686018427387904;
    INSERT INTO sync_sammendrag (embete, epoke, antall, hash)
        VALUES (NEW.embete, NEW.epoke, 1, NEW.sammendrag_digest)
        ON CONFLICT (embete, epoke) DO UPDATE
        SET antall = antall + 1, hash = (hash + excluded.hash) % 4611686018427387904;
END;

CREATE TRIGGER sync_sak_sammendrag_slett AFTER DELETE ON sync_sak BEGIN
    UPDATE sync_sammendrag_boette
        SET antall = antall - 1, hash = (hash - OLD.sammendrag_digest + 4611686018427387904) % 4611686018427387904
        WHERE embete = OLD.embete AND epoke = OLD.epoke AND boette = OLD.sammendrag_boette;
    UPDATE sync_sammendrag
        SET antall = antall - 1, hash = (hash - OLD.sammendrag_digest + 4611686018427387904) % 4611686018427387904
        WHERE embete = OLD.embete AND epoke = OLD.epoke;
END;

CREATE TRIGGER sync_sak_sammendrag_endre AFTER UPDATE OF sak_id, embete, siste_rev, epoke ON sync_sak
WHEN OLD.sak_id IS NOT NEW.sak_id OR OLD.embete IS NOT NEW.embete OR OLD.siste_rev IS NOT NEW.siste_rev
     OR OLD.epoke IS NOT NEW.epoke BEGIN
    UPDATE sync_sammendrag_boette
        SET antall = antall - 1, hash = (hash - OLD.sammendrag_digest + 4611686018427387904) % 4611686018427387904
        WHERE embete = OLD.embete AND epoke = OLD.epoke AND boette = OLD.sammendrag_boette;
    UPDATE sync_sammendrag
        SET antall = antall - 1, hash = (hash - OLD.sammendrag_digest + 4611686018427387904) % 4611686018427387904
        WHERE embete = OLD.embete AND epoke = OLD.epoke;
    INSERT INTO sync_sammendrag_boette (embete, epoke, boette, antall, hash)
        VALUES (NEW.embete, NEW.epoke, NEW.sammendrag_boette, 1, NEW.sammendrag_digest)
        ON CONFLICT (embete, epoke, boette) DO UPDATE
        SET antall = antall + 1, hash = (hash + excluded.hash) % 4611686018427387904;
    INSERT INTO sync_sammendrag (embete, epoke, antall, hash)
        VALUES (NEW.embete, NEW.epoke, 1, NEW.sammendrag_digest)
        ON CONFLICT (embete, epoke) DO UPDATE
        SET antall = antall + 1, hash = (hash + excluded.hash) % 4611686018427387904;
END;
