-- Version 9: the no-op sync's status call costs the server a fraction of what it did (issue 14,
-- docs/tomsynk.md "Server load"). With 50 clients, tilsyn_synkstatus() cost 2.3-3.5 ms of server
-- CPU per call. Measured as an office user (auto_explain, perf on the backends):
--   * tilsyn_mine_roller() (row-level security reads it once per table per statement; the status
--     call read it five times) was a SQL function with a SET clause: never inlined, its query on
--     the view pg_roles parsed and planned again on every call (~0.6 ms each).
--   * tilsyn_rolle() and tilsyn_lederrolle() (the policies call tilsyn_rolle once per row) had a
--     SET clause too: each call switched search_path and back instead of being inlined.
--   * the users' fingerprint asked pg_has_role() of every login role for every office; the
--     server caches the memberships of one role, so each call walked that role's grants again.
-- Now tilsyn_mine_roller() is PL/pgSQL (its plan kept for the session); it and tilsyn_rolle() and
-- tilsyn_lederrolle() name every table, function, operator and type by schema, so they need no
-- SET clause, and the last two are inlined. The fingerprint walks pg_auth_members down from the
-- office's role and its leader role (only the office's members) and is the md5 version 8 gave.
-- The status call turns JIT off: the planner's guesses for the walk could pass jit_above_cost,
-- and compiling the plan took 120 ms per call (seen while measuring). It reads the offices from
-- embete_rev under its row-level security (the caller's offices), as the other tables.
-- Every function keeps its name, arguments, results, owner and grants (CREATE OR REPLACE), so the
-- policies that call them are unchanged; nothing new is stored, so there is nothing to backfill.

CREATE OR REPLACE FUNCTION tilsyn_rolle(p_embete text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT 'tilsyn_embete_'::pg_catalog.text OPERATOR(pg_catalog.||) pg_catalog.replace(p_embete, '-', '_') $$;

CREATE OR REPLACE FUNCTION tilsyn_lederrolle(p_embete text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT 'tilsyn_leder_'::pg_catalog.text OPERATOR(pg_catalog.||) pg_catalog.replace(p_embete, '-', '_') $$;

-- The office roles the session user holds (directly or through other roles). session_user, not
-- current_user: inside the SECURITY DEFINER functions current_user is the owner.
CREATE OR REPLACE FUNCTION tilsyn_mine_roller() RETURNS text[]
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT COALESCE(pg_catalog.array_agg(r.rolname::pg_catalog.text), '{}'::pg_catalog.text[])
            FROM pg_catalog.pg_roles r
            WHERE r.rolname OPERATOR(pg_catalog.~~) 'tilsyn\_embete\_%'::pg_catalog.text
            AND pg_catalog.pg_has_role(session_user, r.oid, 'MEMBER'::pg_catalog.text));
END $$;

CREATE OR REPLACE FUNCTION tilsyn_synkstatus()
    RETURNS TABLE (versjon integer, epoke text, embete text, rev bigint, leder boolean, antall bigint, hash text,
                   flyt_rev bigint, journal_rev bigint, brukere text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp SET jit = off AS $$
BEGIN
    RETURN QUERY
        WITH RECURSIVE
        k AS MATERIALIZED (SELECT e.embete, e.rev, to_regrole(quote_ident(tilsyn_rolle(e.embete))) AS rolle,
                                  to_regrole(quote_ident(tilsyn_lederrolle(e.embete))) AS lederrolle FROM embete_rev e),
        medlem (embete, leder, rolle) AS (
            SELECT k.embete, false, k.rolle FROM k WHERE k.rolle IS NOT NULL
            UNION ALL
            SELECT k.embete, true, k.lederrolle FROM k WHERE k.lederrolle IS NOT NULL
            UNION
            SELECT m.embete, m.leder, a.member FROM medlem m JOIN pg_auth_members a ON a.roleid = m.rolle),
        fa AS (SELECT b.embete, string_agg(b.rolname || CASE WHEN b.leder THEN ':1' ELSE ':0' END, ',' ORDER BY b.rolname) AS liste
               FROM (SELECT m.embete, r.rolname, bool_or(m.leder) AS leder, bool_or(NOT m.leder) AS i_embetet
                     FROM medlem m JOIN pg_roles r ON r.oid = m.rolle
                     WHERE r.rolcanlogin AND NOT r.rolsuper GROUP BY m.embete, r.rolname) b
               WHERE b.i_embetet GROUP BY b.embete)
        SELECT (SELECT m.verdi::integer FROM tilsyn_meta m WHERE m.noekkel = 'skjemaversjon'),
               (SELECT m.verdi FROM tilsyn_meta m WHERE m.noekkel = 'epoke'),
               k.embete, k.rev, coalesce(pg_has_role(session_user, k.lederrolle, 'MEMBER'), false),
               coalesce(s.antall, 0), CASE WHEN s.antall > 0 THEN s.hash::text ELSE '' END,
               coalesce(f.rev, 0), coalesce(j.rev, 0), md5(coalesce(fa.liste, ''))
        FROM k LEFT JOIN sammendrag_embete s ON s.embete = k.embete
             LEFT JOIN flyt_rev f ON f.embete = k.embete LEFT JOIN journal_rev j ON j.embete = k.embete
             LEFT JOIN fa ON fa.embete = k.embete
        ORDER BY k.embete;
END $$;

INSERT INTO tilsyn_data.skjemalogg (versjon, melding) VALUES
    (9, 'tilsyn_synkstatus koster serveren mindre: tilsyn_mine_roller beholder planen sin, tilsyn_rolle og '
        'tilsyn_lederrolle settes inn i spørringene, og fingeravtrykket av brukerne leses fra embetets medlemmer');
