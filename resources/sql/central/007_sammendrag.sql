-- Version 7: an incremental summary per office, so a sync that changes nothing costs about one
-- round trip whatever the number of cases (docs/sync.md, "The summary").
--
-- Every case contributes a 62-bit digest of (its bucket, a tag from its id, its revision) to one
-- of 4096 buckets of its office (the bucket: the last three hex digits of the id). A bucket keeps
-- the count and the sum of its digests modulo 2^62, the office the same over all its cases; the
-- trigger below keeps both current in the transaction that writes the case. The client keeps the
-- same sums over its sync_sak rows (local migration 027, the same arithmetic in SQLite), compares
-- the office's sum first and, only when it differs, the 4096 bucket sums, and re-pulls the cases
-- of the differing buckets. Within an office each revision belongs to one case, so (id, rev)
-- names a version; the digest only has to tell sets of them apart (two 31-bit halves, each a
-- squared polynomial modulo a prime, so no sum of a few changes cancels by accident).
--
-- Integer arithmetic only, every intermediate below 2^63: SQLite computes the same numbers.

CREATE FUNCTION tilsyn_data.tilsyn_boette(p_id uuid) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
    AS $$ SELECT ('x' || right(p_id::text, 3))::bit(12)::integer $$;

CREATE FUNCTION tilsyn_data.tilsyn_digest(p_id uuid, p_rev bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    WITH k AS (SELECT ('x' || substr(right(p_id::text, 7), 1, 7))::bit(28)::bigint AS k, p_rev AS x),
         a AS (SELECT k, x, ((x % 2147483629) * 1103515245 + k * 69069 + 12345) % 2147483629 AS m,
                            ((x % 2147483587) * 48271 + k * 16807 + 99991) % 2147483587 AS n FROM k)
    SELECT ((m * m + k + 1) % 2147483629) * 2147483648 + (n * n + x % 2147483587 + 7) % 2147483587 FROM a $$;

-- Per office and bucket: how many cases and the sum of their digests (mod 2^62).
CREATE TABLE tilsyn_data.sammendrag_boette (
    embete text NOT NULL REFERENCES tilsyn_data.embete_rev (embete),
    boette integer NOT NULL CHECK (boette BETWEEN 0 AND 4095),
    antall bigint NOT NULL CHECK (antall >= 0),
    hash   bigint NOT NULL CHECK (hash >= 0),
    PRIMARY KEY (embete, boette)
);
-- Per office: the same over all its cases.
CREATE TABLE tilsyn_data.sammendrag_embete (
    embete text PRIMARY KEY REFERENCES tilsyn_data.embete_rev (embete),
    antall bigint NOT NULL CHECK (antall >= 0),
    hash   bigint NOT NULL CHECK (hash >= 0)
);
ALTER TABLE tilsyn_data.sammendrag_boette OWNER TO tilsyn_eier;
ALTER TABLE tilsyn_data.sammendrag_embete OWNER TO tilsyn_eier;
ALTER FUNCTION tilsyn_data.tilsyn_boette(uuid) OWNER TO tilsyn_eier;
ALTER FUNCTION tilsyn_data.tilsyn_digest(uuid, bigint) OWNER TO tilsyn_eier;

-- Row-level security as on the case table: the session user's offices.
DO $$
DECLARE
    t text;
    v_hvem constant text := 'tilsyn_rolle(embete) = ANY ((SELECT tilsyn_mine_roller())::text[])';
BEGIN
    FOREACH t IN ARRAY ARRAY['sammendrag_boette', 'sammendrag_embete'] LOOP
        EXECUTE format('ALTER TABLE tilsyn_data.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE tilsyn_data.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY les ON tilsyn_data.%I FOR SELECT USING (%s)', t, v_hvem);
        EXECUTE format('CREATE POLICY ny ON tilsyn_data.%I FOR INSERT WITH CHECK (%s)', t, v_hvem);
        EXECUTE format('CREATE POLICY endre ON tilsyn_data.%I FOR UPDATE USING (%s) WITH CHECK (%s)', t, v_hvem, v_hvem);
    END LOOP;
END $$;

-- Adds (p_fortegn 1) or removes (-1) one case's digest.
CREATE FUNCTION tilsyn_data.tilsyn_sammendrag_legg(p_embete text, p_id uuid, p_rev bigint, p_fortegn integer)
    RETURNS void LANGUAGE plpgsql SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    v_d bigint := tilsyn_digest(p_id, p_rev);
    v_m constant bigint := 4611686018427387904; -- 2^62
BEGIN
    IF p_fortegn < 0 THEN
        v_d := (v_m - v_d) % v_m;
        UPDATE sammendrag_boette SET antall = antall - 1, hash = (hash + v_d) % v_m
            WHERE embete = p_embete AND boette = tilsyn_boette(p_id);
        UPDATE sammendrag_embete SET antall = antall - 1, hash = (hash + v_d) % v_m WHERE embete = p_embete;
        RETURN;
    END IF;
    INSERT INTO sammendrag_boette AS s (embete, boette, antall, hash)
        VALUES (p_embete, tilsyn_boette(p_id), 1, v_d)
        ON CONFLICT (embete, boette) DO UPDATE SET antall = s.antall + 1, hash = (s.hash + v_d) % v_m;
    INSERT INTO sammendrag_embete AS s (embete, antall, hash) VALUES (p_embete, 1, v_d)
        ON CONFLICT (embete) DO UPDATE SET antall = s.antall + 1, hash = (s.hash + v_d) % v_m;
END $$;

CREATE FUNCTION tilsyn_data.tilsyn_sammendrag_skriv() RETURNS trigger
    LANGUAGE plpgsql SET search_path = tilsyn_data, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.embete = OLD.embete AND NEW.rev = OLD.rev THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM tilsyn_sammendrag_legg(OLD.embete, OLD.id, OLD.rev, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM tilsyn_sammendrag_legg(NEW.embete, NEW.id, NEW.rev, 1);
    END IF;
    RETURN NULL;
END $$;
ALTER FUNCTION tilsyn_data.tilsyn_sammendrag_legg(text, uuid, bigint, integer) OWNER TO tilsyn_eier;
ALTER FUNCTION tilsyn_data.tilsyn_sammendrag_skriv() OWNER TO tilsyn_eier;

-- ALWAYS: also an administrator's repair with session_replication_role = replica (which skips
-- the invariant triggers) keeps the summary true, so clients find what it changed.
CREATE TRIGGER sammendrag AFTER INSERT OR UPDATE OR DELETE ON tilsyn_data.sak
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_sammendrag_skriv();
ALTER TABLE tilsyn_data.sak ENABLE ALWAYS TRIGGER sammendrag;
-- A truncate (refused by aldri_tom unless triggers are off) empties the summary with the cases.
CREATE FUNCTION tilsyn_data.tilsyn_sammendrag_tom() RETURNS trigger
    LANGUAGE plpgsql SET search_path = tilsyn_data, public, pg_temp AS $$
BEGIN
    DELETE FROM sammendrag_boette;
    DELETE FROM sammendrag_embete;
    RETURN NULL;
END $$;
ALTER FUNCTION tilsyn_data.tilsyn_sammendrag_tom() OWNER TO tilsyn_eier;
CREATE TRIGGER sammendrag_tom AFTER TRUNCATE ON tilsyn_data.sak
    FOR EACH STATEMENT EXECUTE FUNCTION tilsyn_data.tilsyn_sammendrag_tom();
ALTER TABLE tilsyn_data.sak ENABLE ALWAYS TRIGGER sammendrag_tom;

-- The cases of a bucket, found without reading the office's other cases.
CREATE INDEX sak_boette ON tilsyn_data.sak (embete, tilsyn_data.tilsyn_boette(id));

-- Rebuilds the summary from the case table (administrator; central init runs it once here).
CREATE FUNCTION tilsyn_sammendrag_bygg() RETURNS bigint
    LANGUAGE plpgsql SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    n bigint;
BEGIN
    DELETE FROM sammendrag_boette;
    DELETE FROM sammendrag_embete;
    INSERT INTO sammendrag_boette (embete, boette, antall, hash)
        SELECT embete, tilsyn_boette(id), count(*), sum(tilsyn_digest(id, rev)) % 4611686018427387904
        FROM sak GROUP BY 1, 2;
    INSERT INTO sammendrag_embete (embete, antall, hash)
        SELECT embete, sum(antall), sum(hash) % 4611686018427387904 FROM sammendrag_boette GROUP BY 1;
    SELECT coalesce(sum(antall), 0) INTO n FROM sammendrag_embete;
    RETURN n;
END $$;
ALTER FUNCTION tilsyn_sammendrag_bygg() OWNER TO tilsyn_eier;
REVOKE ALL ON FUNCTION tilsyn_sammendrag_bygg() FROM PUBLIC;
SELECT tilsyn_sammendrag_bygg();

-- What clients call ---------------------------------------------------------------------------

-- Per office the caller can see: the number of cases and the sum of their digests, read from the
-- summary row (no longer computed over every case). Offices without cases have no row.
CREATE OR REPLACE FUNCTION tilsyn_sammendrag() RETURNS TABLE (embete text, antall bigint, hash text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
    SELECT embete, antall, hash::text FROM sammendrag_embete WHERE antall > 0 ORDER BY embete $$;

-- The 4096 bucket sums of one of the caller's offices (buckets without cases are left out).
CREATE FUNCTION tilsyn_sammendrag_boetter(p_embete text) RETURNS TABLE (boette integer, antall bigint, hash bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
BEGIN
    PERFORM tilsyn_krev_embete(p_embete);
    RETURN QUERY SELECT s.boette, s.antall, s.hash FROM sammendrag_boette s
                 WHERE s.embete = p_embete AND s.antall > 0 ORDER BY s.boette;
END $$;

-- The cases of some buckets of one of the caller's offices, in revision order (the re-pull of
-- what a summary comparison found different).
CREATE FUNCTION tilsyn_pull_boetter(p_embete text, p_boetter integer[])
    RETURNS TABLE (sak_id uuid, rev bigint, dokument jsonb)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
BEGIN
    PERFORM tilsyn_krev_embete(p_embete);
    RETURN QUERY SELECT s.id, s.rev, s.dokument FROM sak s
                 WHERE s.embete = p_embete AND tilsyn_boette(s.id) = ANY (p_boetter) ORDER BY s.rev;
END $$;

-- What a sync needs first, in one call: schema version, epoch, and per office the caller can see
-- its revision, whether the caller holds its leader role, and its summary. PL/pgSQL, so the plan
-- is kept for the session; the caller's roles are read once. A sync that changes nothing ends
-- with this call.
CREATE FUNCTION tilsyn_status() RETURNS TABLE (versjon integer, epoke text, embete text, rev bigint, leder boolean,
                                               antall bigint, hash text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    v_versjon integer := (SELECT m.verdi::integer FROM tilsyn_meta m WHERE m.noekkel = 'skjemaversjon');
    v_epoke text := (SELECT m.verdi FROM tilsyn_meta m WHERE m.noekkel = 'epoke');
    v_roller text[] := tilsyn_mine_roller();
BEGIN
    RETURN QUERY
        SELECT v_versjon, v_epoke, e.embete, e.rev, tilsyn_lederrolle(e.embete) = ANY (v_roller_leder.r),
               coalesce(s.antall, 0), CASE WHEN s.antall > 0 THEN s.hash::text ELSE '' END
        FROM embete_rev e LEFT JOIN sammendrag_embete s ON s.embete = e.embete,
             (SELECT coalesce(array_agg(rolname::text), '{}') AS r FROM pg_roles
              WHERE rolname LIKE 'tilsyn\_leder\_%' AND pg_has_role(session_user, oid, 'MEMBER')) v_roller_leder
        WHERE tilsyn_rolle(e.embete) = ANY (v_roller)
        ORDER BY e.embete;
END $$;

ALTER FUNCTION tilsyn_status() OWNER TO tilsyn_eier;
ALTER FUNCTION tilsyn_sammendrag() OWNER TO tilsyn_eier;
ALTER FUNCTION tilsyn_sammendrag_boetter(text) OWNER TO tilsyn_eier;
ALTER FUNCTION tilsyn_pull_boetter(text, integer[]) OWNER TO tilsyn_eier;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public, tilsyn_data FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA tilsyn_data FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tilsyn_status(), tilsyn_sammendrag_boetter(text), tilsyn_pull_boetter(text, integer[])
    TO tilsyn_bruker;

INSERT INTO tilsyn_data.skjemalogg (versjon, melding) VALUES
    (7, 'sammendraget per embete holdes nå oppdatert av skrivingene (4096 bøtter per embete); '
        'tilsyn_bruker kan i tillegg kalle tilsyn_status, tilsyn_sammendrag_boetter og tilsyn_pull_boetter');
