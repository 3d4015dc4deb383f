-- The sync summary's digest columns on sync_sak (027, 048) without lower() (issue 14). SQLite
-- evaluates a table's VIRTUAL generated columns on every INSERT: the key k read each of the id's last
-- seven hex digits as instr('0123456789abcdef', substr(lower(sak_id), p, 1)) - 1, a lower() of the
-- whole 36-character id per digit, ~0.3 s of CPU per 100 000 rows of the first sync (sqlite3 on the
-- bench store: insert 1.17 -> 0.86 s). Now each digit is (instr('0123456789abcdef0123456789ABCDEF',
-- substr(sak_id, p, 1)) - 1) % 16: the same value for every character (a small or capital hex digit
-- gives its value, any other character -1 as before since -1 % 16 is -1 in SQLite, a missing one
-- 0 as before since instr(x, '') is 1), so every digest and bucket is unchanged (checked on the
-- bench store: 0 of 100 000 rows differ) and the sums kept by the triggers stay right. The other
-- columns and the triggers are as in 048.
-- Re-runnable: the triggers and the seven columns are dropped and made again (VIRTUAL columns are
-- dropped without rewriting the table; the summary tables are not touched).
DROP TRIGGER IF EXISTS sync_sak_sammendrag_ny;
DROP TRIGGER IF EXISTS sync_sak_sammendrag_slett;
DROP TRIGGER IF EXISTS sync_sak_sammendrag_endre;
ALTER TABLE sync_sak DROP COLUMN sammendrag_digest;
ALTER TABLE sync_sak DROP COLUMN sammendrag_lav;
ALTER TABLE sync_sak DROP COLUMN sammendrag_hoy;
ALTER TABLE sync_sak DROP COLUMN sammendrag_n;
ALTER TABLE sync_sak DROP COLUMN sammendrag_m;
ALTER TABLE sync_sak DROP COLUMN sammendrag_boette;
ALTER TABLE sync_sak DROP COLUMN sammendrag_k;
ALTER TABLE sync_sak ADD COLUMN sammendrag_k INTEGER GENERATED ALWAYS AS (
    (instr('0123456789abcdef0123456789ABCDEF', substr(sak_id, 30, 1)) - 1) % 16 * 16777216 + (instr('0123456789abcdef0123456789ABCDEF', substr(sak_id, 31, 1)) - 1) % 16 * 1048576 + (instr('0123456789abcdef0123456789ABCDEF', substr(sak_id, 32, 1)) - 1) % 16 * 65536 + (instr('0123456789abcdef0123456789ABCDEF', substr(sak_id, 33, 1)) - 1) % 16 * 4096 + (instr('0123456789abcdef0123456789ABCDEF', substr(sak_id, 34, 1)) - 1) % 16 * 256 + (instr('0123456789abcdef0123456789ABCDEF', substr(sak_id, 35, 1)) - 1) % 16 * 16 + (instr('0123456789abcdef0123456789ABCDEF', substr(sak_id, 36, 1)) - 1) % 16 * 1) VIRTUAL;
ALTER TABLE sync_sak ADD COLUMN sammendrag_boette INTEGER GENERATED ALWAYS AS (sammendrag_k % 4096) VIRTUAL;
ALTER TABLE sync_sak ADD COLUMN sammendrag_m INTEGER GENERATED ALWAYS AS (
    ((siste_rev % 2147483629) * 1103515245 + sammendrag_k * 69069 + 12345) % 2147483629) VIRTUAL;
ALTER TABLE sync_sak ADD COLUMN sammendrag_n INTEGER GENERATED ALWAYS AS (
    ((siste_rev % 2147483587) * 48271 + sammendrag_k * 16807 + 99991) % 2147483587) VIRTUAL;
ALTER TABLE sync_sak ADD COLUMN sammendrag_hoy INTEGER GENERATED ALWAYS AS (
    (sammendrag_m * sammendrag_m + sammendrag_k + 1) % 2147483629) VIRTUAL;
ALTER TABLE sync_sak ADD COLUMN sammendrag_lav INTEGER GENERATED ALWAYS AS (
    (sammendrag_n * sammendrag_n + siste_rev % 2147483587 + 7) % 2147483587) VIRTUAL;
ALTER TABLE sync_sak ADD COLUMN sammendrag_digest INTEGER GENERATED ALWAYS AS (
    sammendrag_hoy * 2147483648 + sammendrag_lav) VIRTUAL;

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
