-- Schema version 4 (with 003): the functions clients call, as SECURITY DEFINER functions of
-- tilsyn_eier with a pinned search_path, the internal ones in tilsyn_data (no user can call
-- them), the read-only views in public, and the grants. Every function that writes checks the
-- session user's office role; row-level security (by session_user) checks it again.

-- Merging (unchanged from version 1, now internal) -------------------------------------------

-- Three-way merge of a list: elements are identified by p_nokkel (e.g. 'id') or, without a key,
-- by their whole value (a set). One-sided additions, removals and changes merge; an element
-- changed differently on both sides, or removed on one side and changed on the other, is a
-- conflict and keeps the server's ("deres") state.
CREATE FUNCTION tilsyn_data.tilsyn_flett_liste(b jsonb, m jsonb, t jsonb, p_nokkel text,
                                   OUT verdi jsonb, OUT konflikter jsonb)
    LANGUAGE plpgsql IMMUTABLE SET search_path = tilsyn_data, pg_temp AS $$
DECLARE
    r record;
    be jsonb;
    me jsonb;
    te jsonb;
BEGIN
    verdi := '[]';
    konflikter := '[]';
    FOR r IN
        WITH alle AS (
            SELECT CASE WHEN p_nokkel IS NULL THEN e::text ELSE e ->> p_nokkel END AS n, 1 AS side, o
            FROM jsonb_array_elements(t) WITH ORDINALITY x(e, o)
            UNION ALL
            SELECT CASE WHEN p_nokkel IS NULL THEN e::text ELSE e ->> p_nokkel END, 2, o
            FROM jsonb_array_elements(m) WITH ORDINALITY x(e, o))
        SELECT n FROM alle GROUP BY n ORDER BY min(side * 1000000 + o)
    LOOP
        SELECT e INTO be FROM jsonb_array_elements(b) e
            WHERE (CASE WHEN p_nokkel IS NULL THEN e::text ELSE e ->> p_nokkel END) = r.n LIMIT 1;
        SELECT e INTO me FROM jsonb_array_elements(m) e
            WHERE (CASE WHEN p_nokkel IS NULL THEN e::text ELSE e ->> p_nokkel END) = r.n LIMIT 1;
        SELECT e INTO te FROM jsonb_array_elements(t) e
            WHERE (CASE WHEN p_nokkel IS NULL THEN e::text ELSE e ->> p_nokkel END) = r.n LIMIT 1;
        IF te IS NULL THEN
            IF be IS NULL THEN
                verdi := verdi || jsonb_build_array(me);          -- added by me
            ELSIF me <> be THEN                                   -- they removed, I changed
                konflikter := konflikter || jsonb_build_array(jsonb_build_object(
                    'element', r.n, 'base', be, 'mine', me, 'deres', NULL));
            END IF;                                               -- else: they removed it
        ELSIF me IS NULL THEN
            IF be IS NULL THEN
                verdi := verdi || jsonb_build_array(te);          -- added by them
            ELSIF te <> be THEN                                   -- I removed, they changed
                verdi := verdi || jsonb_build_array(te);
                konflikter := konflikter || jsonb_build_array(jsonb_build_object(
                    'element', r.n, 'base', be, 'mine', NULL, 'deres', te));
            END IF;                                               -- else: I removed it
        ELSIF me = te OR me IS NOT DISTINCT FROM be THEN
            verdi := verdi || jsonb_build_array(te);
        ELSIF te IS NOT DISTINCT FROM be THEN
            verdi := verdi || jsonb_build_array(me);
        ELSE
            verdi := verdi || jsonb_build_array(te);
            konflikter := konflikter || jsonb_build_array(jsonb_build_object(
                'element', r.n, 'base', be, 'mine', me, 'deres', te));
        END IF;
    END LOOP;
END $$;

CREATE FUNCTION tilsyn_data.tilsyn_flett(b jsonb, m jsonb, t jsonb, OUT dokument jsonb, OUT konflikter jsonb)
    LANGUAGE plpgsql IMMUTABLE SET search_path = tilsyn_data, pg_temp AS $$
DECLARE
    k text;
    bv jsonb;
    mv jsonb;
    tv jsonb;
    l record;
    e jsonb;
BEGIN
    dokument := t;
    konflikter := '[]';
    FOR k IN SELECT jsonb_object_keys(m) UNION SELECT jsonb_object_keys(t) ORDER BY 1 LOOP
        CONTINUE WHEN k IN ('id', 'embete', 'saksnummer');
        bv := b -> k;
        mv := m -> k;
        tv := t -> k;
        IF mv IS NOT DISTINCT FROM tv OR mv IS NOT DISTINCT FROM bv THEN
            CONTINUE;
        ELSIF tv IS NOT DISTINCT FROM bv THEN
            dokument := dokument || jsonb_build_object(k, coalesce(mv, 'null'::jsonb));
        ELSIF k IN ('kilder', 'temaer', 'vurderinger', 'tilsynsobjekter')
              AND jsonb_typeof(coalesce(mv, '[]')) = 'array' AND jsonb_typeof(coalesce(tv, '[]')) = 'array'
              AND jsonb_typeof(coalesce(bv, '[]')) = 'array' THEN
            SELECT * INTO l FROM tilsyn_flett_liste(coalesce(bv, '[]'), coalesce(mv, '[]'), coalesce(tv, '[]'),
                                                    CASE WHEN k = 'tilsynsobjekter' THEN 'id' END);
            dokument := dokument || jsonb_build_object(k, l.verdi);
            FOR e IN SELECT * FROM jsonb_array_elements(l.konflikter) LOOP
                konflikter := konflikter || jsonb_build_array(jsonb_build_object(
                    'felt', k || '/' || (e ->> 'element'), 'base', e -> 'base', 'mine', e -> 'mine',
                    'deres', e -> 'deres'));
            END LOOP;
        ELSE
            konflikter := konflikter || jsonb_build_array(jsonb_build_object(
                'felt', k, 'base', bv, 'mine', mv, 'deres', tv));
        END IF;
    END LOOP;
END $$;

-- Saksnummer ---------------------------------------------------------------------------------

-- The next free saksnummer YYYY/N of an office, in the caller's transaction (gapless: a rollback
-- gives the number back). Never a number the office uses: skipped are numbers held by a case in
-- the central store and the numbers in p_reservert ({"<embete> <saksnummer>": true}) — those that
-- cases of the same push carry, and those the pushing client holds that the server has not seen.
CREATE FUNCTION tilsyn_data.tilsyn_nytt_saksnummer(p_embete text, p_reservert jsonb) RETURNS text
    LANGUAGE plpgsql SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    v_aar integer := extract(year FROM tilsyn_naa() AT TIME ZONE 'Europe/Oslo')::integer;
    v_n integer;
    v_nr text;
BEGIN
    PERFORM tilsyn_krev_embete(p_embete);
    INSERT INTO saksnummer_teller (embete, aar) VALUES (p_embete, v_aar) ON CONFLICT DO NOTHING;
    LOOP
        UPDATE saksnummer_teller SET siste = siste + 1 WHERE embete = p_embete AND aar = v_aar
            RETURNING siste INTO v_n;
        IF NOT FOUND THEN
            RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('ingen tilgang til embetet %s', p_embete);
        END IF;
        v_nr := v_aar || '/' || v_n;
        EXIT WHEN NOT EXISTS (SELECT 1 FROM sak WHERE embete = p_embete AND saksnummer = v_nr)
              AND NOT coalesce(p_reservert ? (p_embete || ' ' || v_nr), false);
    END LOOP;
    RETURN v_nr;
END $$;

-- A case in words, to name it in a message: saksnummer, first subject and id.
CREATE FUNCTION tilsyn_data.tilsyn_saksnavn(p_dokument jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT concat_ws(' ', p_dokument ->> 'saksnummer',
                     '«' || coalesce(p_dokument -> 'tilsynsobjekter' -> 0 ->> 'navn', p_dokument ->> 'sammendrag') || '»',
                     '(id ' || (p_dokument ->> 'id') || ')') $$;

-- Push -----------------------------------------------------------------------------------------

-- One op of a push, in the caller's (sub)transaction. Returns the result stored in the ledger.
CREATE FUNCTION tilsyn_data.tilsyn_push_op(p_klient text, op jsonb, p_reservert jsonb) RETURNS jsonb
    LANGUAGE plpgsql SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    v_op text := op ->> 'op_id';
    v_id uuid := (op ->> 'sak_id')::uuid;
    v_base bigint := (op ->> 'base_rev')::bigint;
    mine jsonb := op -> 'dokument';
    gml sak%ROWTYPE;
    v_embete text;
    basedok jsonb;
    ny jsonb;
    v_rev bigint;
    v_status text := 'lagret';
    v_konfl jsonb := '[]';
    v_tidl jsonb;
    v_annen jsonb;
    k jsonb;
    res jsonb;
BEGIN
    IF v_op IS NULL OR v_op = '' THEN
        RAISE EXCEPTION 'operasjonen mangler op_id';
    END IF;
    INSERT INTO op_logg (klient_id, op_id) VALUES (p_klient, v_op) ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        SELECT resultat INTO v_tidl FROM op_logg WHERE klient_id = p_klient AND op_id = v_op;
        IF v_tidl IS NULL THEN
            RAISE EXCEPTION 'op_id % er allerede brukt av en annen bruker', v_op;
        END IF;
        RETURN v_tidl || jsonb_build_object('duplikat', true);
    END IF;
    IF mine IS NULL OR jsonb_typeof(mine) <> 'object' THEN
        RAISE EXCEPTION 'operasjonen mangler dokument';
    END IF;
    IF mine ->> 'id' IS DISTINCT FROM v_id::text THEN
        RAISE EXCEPTION 'dokumentets id stemmer ikke med saken';
    END IF;
    v_embete := mine ->> 'embete';
    IF v_embete IS NULL OR mine ->> 'sektor' IS NULL OR mine ->> 'mottatt' IS NULL THEN
        RAISE EXCEPTION 'dokumentet mangler embete, sektor eller mottatt';
    END IF;
    PERFORM tilsyn_krev_embete(v_embete);

    SELECT * INTO gml FROM sak WHERE id = v_id FOR UPDATE;
    IF FOUND THEN
        IF gml.embete <> v_embete THEN
            RAISE EXCEPTION 'saken tilhører embetet % og kan ikke flyttes', gml.embete;
        END IF;
        IF v_base IS NOT NULL AND v_base = gml.rev THEN
            ny := mine;                                   -- compare-and-set succeeded
        ELSE
            basedok := '{}';                              -- no common base: every clash is a conflict
            IF v_base IS NOT NULL THEN
                SELECT dokument INTO basedok FROM sak_historikk
                    WHERE embete = gml.embete AND rev = v_base AND sak_id = v_id;
                basedok := coalesce(basedok, '{}');
                IF gml.avsluttet IS NOT NULL AND basedok ? 'avsluttet' AND basedok ->> 'avsluttet' IS NULL
                   AND mine ->> 'avsluttet' IS NULL THEN
                    RAISE EXCEPTION 'saken er avsluttet i sentralen etter at endringen ble påbegynt';
                END IF;
            END IF;
            SELECT f.dokument, f.konflikter INTO ny, v_konfl FROM tilsyn_flett(basedok, mine, gml.dokument) f;
            v_status := CASE WHEN jsonb_array_length(v_konfl) > 0 THEN 'konflikt' ELSE 'flettet' END;
        END IF;
        ny := jsonb_set(ny, '{saksnummer}', coalesce(to_jsonb(gml.saksnummer), 'null'::jsonb));
    ELSIF coalesce(mine ->> 'saksnummer', '') = '' THEN
        ny := jsonb_set(mine, '{saksnummer}', to_jsonb(tilsyn_nytt_saksnummer(v_embete, p_reservert)));
    ELSE
        -- A case that arrives with its number (typed in, or from an older register) keeps it
        -- unless another case of the office has it: then it is refused, naming both.
        SELECT dokument INTO v_annen FROM sak WHERE embete = v_embete AND saksnummer = mine ->> 'saksnummer';
        IF FOUND THEN
            RAISE EXCEPTION USING ERRCODE = '23505',
                MESSAGE = format('saksnummeret %s i %s er allerede brukt av saken %s; saken %s må få et annet nummer',
                                 mine ->> 'saksnummer', v_embete, tilsyn_saksnavn(v_annen),
                                 tilsyn_saksnavn(mine - 'saksnummer'));
        END IF;
        ny := mine;
    END IF;

    IF gml.id IS NOT NULL AND ny = gml.dokument THEN
        v_rev := gml.rev;                                 -- nothing new: no new revision
    ELSE
        UPDATE embete_rev SET rev = rev + 1 WHERE embete = v_embete RETURNING rev INTO v_rev;
        IF NOT FOUND THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('ingen tilgang til embetet %s (eller det er ikke opprettet i sentralen)', v_embete);
        END IF;
        -- The history row first: the case row must be a version the history records.
        INSERT INTO sak_historikk (embete, rev, sak_id, dokument, bruker, tidspunkt, klient_id, op_id)
        VALUES (v_embete, v_rev, v_id, ny, session_user, now(), p_klient, v_op);
        INSERT INTO sak (id, embete, saksnummer, rev, sektor, mottatt, behandlingsmaate, avsluttet,
                         dokument, endret, endret_av)
        VALUES (v_id, v_embete, ny ->> 'saksnummer', v_rev, ny ->> 'sektor', (ny ->> 'mottatt')::date,
                (ny ->> 'behandlingsmaate')::integer, (ny ->> 'avsluttet')::date, ny, now(), session_user)
        ON CONFLICT (id) DO UPDATE SET rev = excluded.rev, dokument = excluded.dokument;
        -- A hint to pull soon, delivered at commit. Office and revision only: notifications
        -- bypass row-level security, so they never carry case data.
        PERFORM pg_notify('tilsyn_endret', v_embete || ' ' || v_rev);
    END IF;
    FOR k IN SELECT * FROM jsonb_array_elements(v_konfl) LOOP
        INSERT INTO konflikt (embete, sak_id, rev, felt, base, mine, deres, klient_id, op_id)
        VALUES (v_embete, v_id, v_rev, k ->> 'felt', k -> 'base', k -> 'mine', k -> 'deres', p_klient, v_op);
    END LOOP;
    res := jsonb_build_object('op_id', v_op, 'sak_id', v_id, 'status', v_status, 'rev', v_rev,
                              'saksnummer', ny ->> 'saksnummer', 'dokument', ny, 'konflikter', v_konfl);
    UPDATE op_logg SET resultat = res WHERE klient_id = p_klient AND op_id = v_op;
    RETURN res;
END $$;

-- Pushes a batch of ops [{op_id, sak_id, base_rev, dokument}] and returns one result per op:
-- status lagret | flettet | konflikt (with rev, saksnummer, dokument, konflikter) or avvist
-- (with feil); a repeated op returns its stored result with "duplikat": true. A permanently
-- failing op is rejected without stopping the rest; transient failures (serialisation,
-- deadlock, shutdown) abort the whole batch so the client retries it unchanged.
-- p_reserverte ({"<embete>": ["YYYY/N", ...]}, optional): saksnummer the client holds for cases
-- the server has not seen yet; like the numbers the batch's own cases carry, they are never
-- handed out to a new case.
CREATE FUNCTION tilsyn_push(p_klient text, p_ops jsonb, p_reserverte jsonb DEFAULT NULL) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    op jsonb;
    ut jsonb := '[]';
    res jsonb;
    v_reservert jsonb;
BEGIN
    IF coalesce(p_klient, '') = '' THEN
        RAISE EXCEPTION 'klient-id mangler';
    END IF;
    IF jsonb_typeof(p_ops) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'operasjonene må være en JSON-liste';
    END IF;
    SELECT coalesce(jsonb_object_agg(n, true), '{}') INTO v_reservert FROM (
        SELECT (o -> 'dokument' ->> 'embete') || ' ' || (o -> 'dokument' ->> 'saksnummer') AS n
        FROM jsonb_array_elements(p_ops) o
        WHERE jsonb_typeof(o -> 'dokument') = 'object' AND coalesce(o -> 'dokument' ->> 'saksnummer', '') <> ''
              AND o -> 'dokument' ->> 'embete' IS NOT NULL
        UNION
        SELECT e.key || ' ' || nr
        FROM jsonb_each(CASE WHEN jsonb_typeof(p_reserverte) = 'object' THEN p_reserverte ELSE '{}' END) e,
             jsonb_array_elements_text(CASE WHEN jsonb_typeof(e.value) = 'array' THEN e.value ELSE '[]' END) nr) x;
    -- Take the office counters in a fixed order so that concurrent batches cannot deadlock.
    PERFORM 1 FROM embete_rev
        WHERE embete IN (SELECT DISTINCT o -> 'dokument' ->> 'embete' FROM jsonb_array_elements(p_ops) o)
        ORDER BY embete FOR UPDATE;
    FOR op IN SELECT * FROM jsonb_array_elements(p_ops) LOOP
        BEGIN
            res := tilsyn_push_op(p_klient, op, v_reservert);
        EXCEPTION WHEN OTHERS THEN
            IF left(SQLSTATE, 2) IN ('40', '57', '08', '53', '58') THEN
                RAISE;
            END IF;
            res := jsonb_build_object('op_id', op ->> 'op_id', 'sak_id', op ->> 'sak_id',
                                      'status', 'avvist', 'feil', SQLERRM);
            BEGIN
                INSERT INTO op_logg (klient_id, op_id, resultat) VALUES (p_klient, op ->> 'op_id', res)
                    ON CONFLICT DO NOTHING;
            EXCEPTION WHEN OTHERS THEN
                NULL;
            END;
        END;
        ut := ut || jsonb_build_array(res);
    END LOOP;
    RETURN ut;
END $$;

-- Reading --------------------------------------------------------------------------------------

-- The offices the caller can see, with their last revision.
CREATE FUNCTION tilsyn_embeter() RETURNS TABLE (embete text, rev bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp
    AS $$ SELECT embete, rev FROM embete_rev ORDER BY embete $$;

-- The caller's offices and whether it holds the office's leader role (approvals).
CREATE FUNCTION tilsyn_min_tilgang() RETURNS TABLE (embete text, leder boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp
    AS $$ SELECT embete, tilsyn_har_rolle(tilsyn_lederrolle(embete)) FROM embete_rev ORDER BY embete $$;

-- A page of cases of one office changed after revision p_etter, in revision order.
CREATE FUNCTION tilsyn_pull(p_embete text, p_etter bigint, p_grense integer)
    RETURNS TABLE (sak_id uuid, rev bigint, dokument jsonb)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
    SELECT id, rev, dokument FROM sak WHERE embete = p_embete AND rev > p_etter ORDER BY rev LIMIT p_grense $$;

-- Count and hash of (id:rev) per office, to check that a client has everything.
CREATE FUNCTION tilsyn_sammendrag() RETURNS TABLE (embete text, antall bigint, hash text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
    SELECT embete, count(*), md5(string_agg(id::text || ':' || rev, ',' ORDER BY id::text COLLATE "C"))
    FROM sak GROUP BY embete ORDER BY embete $$;

-- Conflicts and letters --------------------------------------------------------------------------

-- Marks conflicts resolved: [{op_id, felt, valg, rev}], each by a user of its office (row-level
-- security), with who and when set by the server; returns how many were marked (0 for an
-- already resolved one: idempotent). The only way a conflict changes.
CREATE FUNCTION tilsyn_loes_konflikter(p_loesninger jsonb) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    l jsonb;
    n integer := 0;
    m integer;
BEGIN
    IF jsonb_typeof(p_loesninger) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'løsningene må være en JSON-liste';
    END IF;
    PERFORM set_config('tilsyn.konfliktloesning', 'tilsyn_loes_konflikter', true);
    FOR l IN SELECT * FROM jsonb_array_elements(p_loesninger) LOOP
        IF coalesce(l ->> 'valg', '') NOT IN ('mine', 'deres', 'redigert') THEN
            RAISE EXCEPTION 'ukjent valg «%» for konflikten i %', l ->> 'valg', l ->> 'felt';
        END IF;
        UPDATE konflikt SET loest = true, loest_rev = coalesce((l ->> 'rev')::bigint, rev), loest_valg = l ->> 'valg'
            WHERE op_id = l ->> 'op_id' AND felt = l ->> 'felt' AND NOT loest;
        GET DIAGNOSTICS m = ROW_COUNT;
        n := n + m;
    END LOOP;
    PERFORM set_config('tilsyn.konfliktloesning', '', true);
    RETURN n;
END $$;

-- Stores a finalised letter. The bytes must match the hash (also a CHECK on the table), the case
-- must be one of the caller's offices; storing the same letter again changes nothing (false).
CREATE FUNCTION tilsyn_lagre_brev(p_sha256 text, p_sak uuid, p_pdf bytea, p_metadata jsonb) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    v_embete text;
BEGIN
    IF p_pdf IS NULL OR encode(sha256(p_pdf), 'hex') IS DISTINCT FROM lower(p_sha256) THEN
        RAISE EXCEPTION 'brevet stemmer ikke med sjekksummen %', p_sha256;
    END IF;
    SELECT embete INTO v_embete FROM sak WHERE id = p_sak;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('saken %s finnes ikke i sentralen eller tilhører et annet embete', p_sak);
    END IF;
    PERFORM tilsyn_krev_embete(v_embete);
    INSERT INTO brev (sha256, embete, sak_id, pdf, metadata)
        VALUES (lower(p_sha256), v_embete, p_sak, p_pdf, coalesce(p_metadata, '{}'))
        ON CONFLICT (sha256) DO NOTHING;
    RETURN FOUND;
END $$;

-- Administration (run by an administrator, never granted to users) ------------------------------

-- Adds an office: its role tilsyn_embete_<code> (a member of tilsyn_bruker), its leader role
-- tilsyn_leder_<code> (a member of the office role) and its revision counter.
CREATE FUNCTION tilsyn_opprett_embete(p_embete text) RETURNS text
    LANGUAGE plpgsql SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    v_rolle text := tilsyn_rolle(p_embete);
    v_leder text := tilsyn_lederrolle(p_embete);
    r text;
BEGIN
    IF p_embete IS NULL OR p_embete !~ '^[a-z0-9]+(-[a-z0-9]+)*$' THEN
        RAISE EXCEPTION 'ugyldig embetekode «%»: små bokstaver, sifre og bindestrek', p_embete;
    END IF;
    FOREACH r IN ARRAY ARRAY[v_rolle, v_leder] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- created concurrently (roles are shared by the whole cluster)
            END;
        END IF;
    END LOOP;
    IF NOT pg_has_role(v_rolle, 'tilsyn_bruker', 'MEMBER') THEN
        EXECUTE format('GRANT tilsyn_bruker TO %I', v_rolle);
    END IF;
    IF NOT pg_has_role(v_leder, v_rolle, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', v_rolle, v_leder);
    END IF;
    INSERT INTO embete_rev (embete) VALUES (p_embete) ON CONFLICT DO NOTHING;
    RETURN v_rolle;
END $$;

-- After restoring from a backup: a new epoch, so that clients reconcile.
CREATE FUNCTION tilsyn_ny_epoke() RETURNS text
    LANGUAGE sql SET search_path = pg_catalog, pg_temp AS $$
    UPDATE public.tilsyn_meta SET verdi = gen_random_uuid()::text WHERE noekkel = 'epoke' RETURNING verdi $$;

-- Offices created before version 3 get their leader role.
DO $$
DECLARE
    e text;
BEGIN
    FOR e IN SELECT embete FROM tilsyn_data.embete_rev ORDER BY embete LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = tilsyn_lederrolle(e)) THEN
            INSERT INTO tilsyn_data.skjemalogg (versjon, melding)
            VALUES (4, format('lederrollen %s er opprettet for %s', tilsyn_lederrolle(e), e));
        END IF;
        PERFORM tilsyn_opprett_embete(e);
    END LOOP;
END $$;

-- Read-only views with the old names ----------------------------------------------------------
-- Owned by tilsyn_eier, so they read the tables as the owner, and row-level security filters
-- them by the session user's offices. An UPDATE of sak or embete_rev changes nothing (UPDATE 0,
-- as version 2 answered a user of another office); every other write is refused (no privilege).
CREATE VIEW sak WITH (security_barrier) AS
    SELECT id, embete, saksnummer, rev, sektor, mottatt, behandlingsmaate, avsluttet, dokument, endret, endret_av
    FROM tilsyn_data.sak;
CREATE VIEW sak_historikk WITH (security_barrier) AS
    SELECT embete, rev, sak_id, dokument, bruker, tidspunkt, klient_id, op_id FROM tilsyn_data.sak_historikk;
CREATE VIEW op_logg WITH (security_barrier) AS
    SELECT klient_id, op_id, bruker, resultat, tidspunkt FROM tilsyn_data.op_logg;
CREATE VIEW konflikt WITH (security_barrier) AS
    SELECT id, embete, sak_id, rev, felt, base, mine, deres, klient_id, op_id, bruker, tidspunkt, loest, loest_av,
           loest_tidspunkt, loest_rev, loest_valg FROM tilsyn_data.konflikt;
CREATE VIEW embete_rev WITH (security_barrier) AS SELECT embete, rev FROM tilsyn_data.embete_rev;
CREATE VIEW saksnummer_teller WITH (security_barrier) AS SELECT embete, aar, siste FROM tilsyn_data.saksnummer_teller;
CREATE VIEW brev WITH (security_barrier) AS
    SELECT sha256, embete, sak_id, pdf, bruker, tidspunkt, metadata FROM tilsyn_data.brev;
CREATE RULE ingen_endring AS ON UPDATE TO sak DO INSTEAD NOTHING;
CREATE RULE ingen_endring AS ON UPDATE TO embete_rev DO INSTEAD NOTHING;

-- Ownership and grants ---------------------------------------------------------------------------
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT c.oid::regclass AS navn FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind = 'v' LOOP
        EXECUTE format('ALTER VIEW %s OWNER TO tilsyn_eier', r.navn);
    END LOOP;
    FOR r IN SELECT p.oid::regprocedure AS navn FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE (n.nspname = 'public' AND p.proname LIKE 'tilsyn\_%') OR n.nspname = 'tilsyn_data' LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO tilsyn_eier', r.navn);
    END LOOP;
END $$;
REVOKE ALL ON ALL TABLES IN SCHEMA public, tilsyn_data FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public, tilsyn_data FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public, tilsyn_data FROM PUBLIC;
GRANT SELECT ON tilsyn_meta TO tilsyn_eier; -- the server's clock (tilsyn_naa) reads it
GRANT USAGE ON SCHEMA public TO tilsyn_bruker;
GRANT SELECT ON tilsyn_meta, sak, sak_historikk, op_logg, konflikt, embete_rev, saksnummer_teller, brev TO tilsyn_bruker;
GRANT EXECUTE ON FUNCTION tilsyn_push(text, jsonb, jsonb), tilsyn_pull(text, bigint, integer), tilsyn_embeter(),
    tilsyn_sammendrag(), tilsyn_loes_konflikter(jsonb), tilsyn_lagre_brev(text, uuid, bytea, jsonb),
    tilsyn_min_tilgang(), tilsyn_mine_roller(), tilsyn_rolle(text) TO tilsyn_bruker;

INSERT INTO tilsyn_data.skjemalogg (versjon, melding) VALUES
    (4, 'tabellene er flyttet til skjemaet tilsyn_data (eier tilsyn_eier, ingen bruker har tilgang); public har '
        'lesevisninger med samme navn, filtrert på embetene til den innloggede brukeren'),
    (4, 'tilsyn_bruker har nå bare SELECT på visningene og tilsyn_meta og EXECUTE på tilsyn_push, tilsyn_pull, '
        'tilsyn_embeter, tilsyn_sammendrag, tilsyn_loes_konflikter, tilsyn_lagre_brev, tilsyn_min_tilgang, '
        'tilsyn_mine_roller og tilsyn_rolle; alt skrives gjennom disse funksjonene');
