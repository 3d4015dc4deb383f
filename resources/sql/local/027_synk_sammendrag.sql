-- The client's side of the incremental summary (central migration 007, docs/sync.md "The
-- summary"): per office and epoch, and per bucket of 4096, the count of sync_sak rows and the sum
-- modulo 2^62 of their digests, kept current by triggers on sync_sak in the transaction that
-- writes it. Digest and bucket are computed as the central store computes them (the same integer
-- arithmetic, every intermediate below 2^63), from the case id and siste_rev.

-- The last seven hex digits of the id (28 bits); the last three are the bucket.
ALTER TABLE sync_sak ADD COLUMN sammendrag_k INTEGER GENERATED ALWAYS AS (
    (instr('0123456789abcdef', substr(lower(sak_id), 30, 1)) - 1) * 16777216 + (instr('0123456789abcdef', substr(lower(sak_id), 31, 1)) - 1) * 1048576 + (instr('0123456789abcdef', substr(lower(sak_id), 32, 1)) - 1) * 65536 + (instr('0123456789abcdef', substr(lower(sak_id), 33, 1)) - 1) * 4096 + (instr('0123456789abcdef', substr(lower(sak_id), 34, 1)) - 1) * 256 + (instr('0123456789abcdef', substr(lower(sak_id), 35, 1)) - 1) * 16 + (instr('0123456789abcdef', substr(lower(sak_id), 36, 1)) - 1)) VIRTUAL;
ALTER TABLE sync_sak ADD COLUMN sammendrag_boette INTEGER GENERATED ALWAYS AS (sammendrag_k % 4096) VIRTUAL;
ALTER TABLE sync_sak ADD COLUMN sammendrag_m INTEGER GENERATED ALWAYS AS (
    ((siste_rev % 2147483629) * 1103515245 + sammendrag_k * 69069 + 12345) % 2147483629) VIRTUAL;
ALTER TABLE sync_sak ADD COLUMN sammendrag_n INTEGER GENERATED ALWAYS AS (
    ((siste_rev % 2147483587) * 48271 + sammendrag_k * 16807 + 99991) % 2147483587) VIRTUAL;
-- The digest's two 31-bit halves: digest = hoy * 2^31 + lav.
ALTER TABLE sync_sak ADD COLUMN sammendrag_hoy INTEGER GENERATED ALWAYS AS (
    (sammendrag_m * sammendrag_m + sammendrag_k + 1) % 2147483629) VIRTUAL;
ALTER TABLE sync_sak ADD COLUMN sammendrag_lav INTEGER GENERATED ALWAYS AS (
    (sammendrag_n * sammendrag_n + siste_rev % 2147483587 + 7) % 2147483587) VIRTUAL;
ALTER TABLE sync_sak ADD COLUMN sammendrag_digest INTEGER GENERATED ALWAYS AS (
    sammendrag_hoy * 2147483648 + sammendrag_lav) VIRTUAL;

CREATE TABLE sync_sammendrag_boette (
    embete TEXT NOT NULL,
    epoke  TEXT NOT NULL,
    boette INTEGER NOT NULL,
    antall INTEGER NOT NULL,
    hash   INTEGER NOT NULL,
    PRIMARY KEY (embete, epoke, boette)
) WITHOUT ROWID;
CREATE TABLE sync_sammendrag (
    embete TEXT NOT NULL,
    epoke  TEXT NOT NULL,
    antall INTEGER NOT NULL,
    hash   INTEGER NOT NULL,
    PRIMARY KEY (embete, epoke)
) WITHOUT ROWID;

-- What is there already (sums of the halves cannot overflow: below 2^51 for a million rows).
INSERT INTO sync_sammendrag_boette (embete, epoke, boette, antall, hash)
    SELECT embete, epoke, sammendrag_boette, count(*),
           ((sum(sammendrag_hoy) % 2147483648) * 2147483648 + sum(sammendrag_lav)) % 4611686018427387904
    FROM sync_sak GROUP BY 1, 2, 3;
INSERT INTO sync_sammendrag (embete, epoke, antall, hash)
    SELECT embete, epoke, count(*),
           ((sum(sammendrag_hoy) % 2147483648) * 2147483648 + sum(sammendrag_lav)) % 4611686018427387904
    FROM sync_sak GROUP BY 1, 2;

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
