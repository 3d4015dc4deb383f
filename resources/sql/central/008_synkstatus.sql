-- Version 8: a sync that changes nothing is one round trip (issue 14). tilsyn_status() told the
-- cases' revision and summary per office, but the client still asked every office for its
-- approval flow (tilsyn_hent_flyt), its journal (tilsyn_journal_pull) and its users
-- (tilsyn_embete_brukere) on every sync: three statements per office, each three round trips
-- through the driver's PREPARE/EXECUTE/DEALLOCATE. tilsyn_synkstatus() adds per office the last
-- revision of the flow (flyt_rev) and of the journal (journal_rev) and a fingerprint of the
-- office's users and leader roles, so the client asks only for what moved. Read-only (STABLE):
-- the call takes no transaction id and writes nothing.

CREATE FUNCTION tilsyn_synkstatus()
    RETURNS TABLE (versjon integer, epoke text, embete text, rev bigint, leder boolean, antall bigint, hash text,
                   flyt_rev bigint, journal_rev bigint, brukere text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    v_versjon integer := (SELECT m.verdi::integer FROM tilsyn_meta m WHERE m.noekkel = 'skjemaversjon');
    v_epoke text := (SELECT m.verdi FROM tilsyn_meta m WHERE m.noekkel = 'epoke');
    v_roller text[] := tilsyn_mine_roller();
BEGIN
    RETURN QUERY
        SELECT v_versjon, v_epoke, e.embete, e.rev, tilsyn_lederrolle(e.embete) = ANY (l.r),
               coalesce(s.antall, 0), CASE WHEN s.antall > 0 THEN s.hash::text ELSE '' END,
               coalesce(f.rev, 0), coalesce(j.rev, 0),
               -- what tilsyn_embete_brukere(embete) returns, as one digest
               (SELECT md5(coalesce(string_agg(r.rolname || CASE WHEN pg_has_role(r.oid, tilsyn_lederrolle(e.embete),
                                                                                  'MEMBER') THEN ':1' ELSE ':0' END,
                                               ',' ORDER BY r.rolname), ''))
                FROM pg_roles r WHERE r.rolcanlogin AND NOT r.rolsuper
                AND pg_has_role(r.oid, tilsyn_rolle(e.embete), 'MEMBER'))
        FROM embete_rev e LEFT JOIN sammendrag_embete s ON s.embete = e.embete
             LEFT JOIN flyt_rev f ON f.embete = e.embete LEFT JOIN journal_rev j ON j.embete = e.embete,
             (SELECT coalesce(array_agg(rolname::text), '{}') AS r FROM pg_roles
              WHERE rolname LIKE 'tilsyn\_leder\_%' AND pg_has_role(session_user, oid, 'MEMBER')) l
        WHERE tilsyn_rolle(e.embete) = ANY (v_roller)
        ORDER BY e.embete;
END $$;

ALTER FUNCTION tilsyn_synkstatus() OWNER TO tilsyn_eier;
REVOKE ALL ON FUNCTION tilsyn_synkstatus() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tilsyn_synkstatus() TO tilsyn_bruker;

INSERT INTO tilsyn_data.skjemalogg (versjon, melding) VALUES
    (8, 'tilsyn_synkstatus: per embete også siste revisjon av dokumentflyten og journalen og et fingeravtrykk '
        'av brukerne, så en synkronisering uten endringer er ett kall');
