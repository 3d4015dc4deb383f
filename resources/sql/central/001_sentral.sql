-- The central store, schema version 1. Applied in one transaction by `tilsynsklient central init`
-- (SentralSkjema::installer), which records the version in tilsyn_meta.
-- Security: every table has FORCE ROW LEVEL SECURITY; a user sees and changes only rows of the
-- offices (embeter) whose role tilsyn_embete_<code> they are a member of. Clients reach the data
-- through the SECURITY INVOKER functions at the end, so RLS applies to everything they do.

CREATE TABLE tilsyn_meta (
    noekkel text PRIMARY KEY,
    verdi   text NOT NULL
);
INSERT INTO tilsyn_meta (noekkel, verdi) VALUES ('epoke', gen_random_uuid()::text);

-- The group role every office role is a member of: it carries the table and function rights.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tilsyn_bruker') THEN
        CREATE ROLE tilsyn_bruker NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL; -- created concurrently for another database of the cluster
END $$;

-- The role of an office: 'tilsyn_embete_' || code, with '-' mapped to '_'.
CREATE FUNCTION tilsyn_rolle(p_embete text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT 'tilsyn_embete_' || replace(p_embete, '-', '_') $$;

-- The office roles the current user holds (directly or through other roles).
CREATE FUNCTION tilsyn_mine_roller() RETURNS text[]
    LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(rolname), '{}') FROM pg_roles
    WHERE rolname LIKE 'tilsyn\_embete\_%' AND pg_has_role(current_user, oid, 'MEMBER') $$;

-- Per office: the last revision handed out. The row is locked (UPDATE) by the push that takes
-- the next number and stays locked until that transaction commits, so revisions of an office
-- become visible in the order of their numbers: a puller reading rev > cursor never skips one.
CREATE TABLE embete_rev (
    embete text PRIMARY KEY,
    rev    bigint NOT NULL DEFAULT 0
);

CREATE TABLE sak (
    id               uuid PRIMARY KEY,
    embete           text NOT NULL REFERENCES embete_rev (embete),
    saksnummer       text,
    rev              bigint NOT NULL,
    sektor           text NOT NULL,
    mottatt          date NOT NULL,
    behandlingsmaate integer,
    avsluttet        date,
    dokument         jsonb NOT NULL,
    endret           timestamptz NOT NULL,
    endret_av        text NOT NULL,
    UNIQUE (embete, saksnummer)
);
CREATE INDEX sak_embete_rev ON sak (embete, rev);
CREATE INDEX sak_rapport ON sak (sektor, avsluttet);

-- Append-only: every version of every case (the audit trail and the merge base).
CREATE TABLE sak_historikk (
    embete    text NOT NULL,
    rev       bigint NOT NULL,
    sak_id    uuid NOT NULL,
    dokument  jsonb NOT NULL,
    bruker    text NOT NULL,
    tidspunkt timestamptz NOT NULL,
    klient_id text,
    op_id     text,
    PRIMARY KEY (embete, rev)
);
CREATE INDEX sak_historikk_sak ON sak_historikk (sak_id, rev);
CREATE FUNCTION tilsyn_historikk_uendret() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'historikken kan ikke endres eller slettes';
END $$;
CREATE TRIGGER sak_historikk_uendret BEFORE UPDATE OR DELETE ON sak_historikk
    FOR EACH ROW EXECUTE FUNCTION tilsyn_historikk_uendret();

-- The idempotency ledger: (client id, op id) -> the result given. A repeat gets this result.
CREATE TABLE op_logg (
    klient_id text NOT NULL,
    op_id     text NOT NULL,
    bruker    text NOT NULL DEFAULT current_user,
    resultat  jsonb,
    tidspunkt timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (klient_id, op_id)
);

-- Same-field clashes found by the three-way merge; the server kept "deres" for the field.
CREATE TABLE konflikt (
    id        bigserial PRIMARY KEY,
    embete    text NOT NULL,
    sak_id    uuid NOT NULL,
    rev       bigint NOT NULL,
    felt      text NOT NULL,
    base      jsonb,
    mine      jsonb,
    deres     jsonb,
    klient_id text NOT NULL,
    op_id     text NOT NULL,
    bruker    text NOT NULL DEFAULT current_user,
    tidspunkt timestamptz NOT NULL DEFAULT now(),
    loest     boolean NOT NULL DEFAULT false
);
CREATE INDEX konflikt_sak ON konflikt (sak_id);

-- Per office and year: the last saksnummer handed out (gapless: taken in the push transaction).
CREATE TABLE saksnummer_teller (
    embete text NOT NULL,
    aar    integer NOT NULL,
    siste  integer NOT NULL DEFAULT 0,
    PRIMARY KEY (embete, aar)
);

-- Finalised letters, immutable, by content hash.
CREATE TABLE brev (
    sha256    text PRIMARY KEY,
    embete    text NOT NULL,
    sak_id    uuid NOT NULL,
    pdf       bytea NOT NULL,
    bruker    text NOT NULL DEFAULT current_user,
    tidspunkt timestamptz NOT NULL DEFAULT now()
);

-- Row-level security on every table.
ALTER TABLE tilsyn_meta ENABLE ROW LEVEL SECURITY;
ALTER TABLE tilsyn_meta FORCE ROW LEVEL SECURITY;
CREATE POLICY les ON tilsyn_meta FOR SELECT USING (true);

ALTER TABLE op_logg ENABLE ROW LEVEL SECURITY;
ALTER TABLE op_logg FORCE ROW LEVEL SECURITY;
CREATE POLICY egen ON op_logg USING (bruker = current_user) WITH CHECK (bruker = current_user);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['embete_rev', 'sak', 'sak_historikk', 'konflikt', 'saksnummer_teller', 'brev'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY embete ON %I USING (tilsyn_rolle(embete) = ANY ((SELECT tilsyn_mine_roller())::text[])) '
                       'WITH CHECK (tilsyn_rolle(embete) = ANY ((SELECT tilsyn_mine_roller())::text[]))', t);
    END LOOP;
END $$;

-- The server's clock for saksnummer years. tilsyn_meta 'klokkeforskyvning' (an interval, only an
-- administrator can write it) exists for tests around New Year.
CREATE FUNCTION tilsyn_naa() RETURNS timestamptz
    LANGUAGE sql STABLE AS $$
    SELECT now() + coalesce((SELECT verdi::interval FROM tilsyn_meta WHERE noekkel = 'klokkeforskyvning'),
                            interval '0') $$;

-- The next free saksnummer YYYY/N of an office, in the caller's transaction (gapless: a rollback
-- gives the number back). Skips numbers already held by imported cases.
CREATE FUNCTION tilsyn_nytt_saksnummer(p_embete text) RETURNS text
    LANGUAGE plpgsql AS $$
DECLARE
    v_aar integer := extract(year FROM tilsyn_naa() AT TIME ZONE 'Europe/Oslo')::integer;
    v_n integer;
    v_nr text;
BEGIN
    INSERT INTO saksnummer_teller (embete, aar) VALUES (p_embete, v_aar) ON CONFLICT DO NOTHING;
    LOOP
        UPDATE saksnummer_teller SET siste = siste + 1 WHERE embete = p_embete AND aar = v_aar
            RETURNING siste INTO v_n;
        IF NOT FOUND THEN
            RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('ingen tilgang til embetet %s', p_embete);
        END IF;
        v_nr := v_aar || '/' || v_n;
        EXIT WHEN NOT EXISTS (SELECT 1 FROM sak WHERE embete = p_embete AND saksnummer = v_nr);
    END LOOP;
    RETURN v_nr;
END $$;

-- Three-way merge of a list: elements are identified by p_nokkel (e.g. 'id') or, without a key,
-- by their whole value (a set). One-sided additions, removals and changes merge; an element
-- changed differently on both sides, or removed on one side and changed on the other, is a
-- conflict and keeps the server's ("deres") state.
CREATE FUNCTION tilsyn_flett_liste(b jsonb, m jsonb, t jsonb, p_nokkel text,
                                   OUT verdi jsonb, OUT konflikter jsonb)
    LANGUAGE plpgsql IMMUTABLE AS $$
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

-- Three-way merge of a case document per top-level field against the base: one-sided changes
-- merge, identical changes are fine, different changes to the same field are conflicts (the
-- server keeps its value); the list fields merge as sets (tilsynsobjekter by id).
CREATE FUNCTION tilsyn_flett(b jsonb, m jsonb, t jsonb, OUT dokument jsonb, OUT konflikter jsonb)
    LANGUAGE plpgsql IMMUTABLE AS $$
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

-- One op of a push, in the caller's (sub)transaction. Returns the result stored in the ledger.
CREATE FUNCTION tilsyn_push_op(p_klient text, op jsonb) RETURNS jsonb
    LANGUAGE plpgsql AS $$
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
    v_naa timestamptz := now();
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
    ELSE
        ny := mine;
        IF coalesce(mine ->> 'saksnummer', '') = '' THEN
            ny := jsonb_set(ny, '{saksnummer}', to_jsonb(tilsyn_nytt_saksnummer(v_embete)));
        END IF;
    END IF;

    IF gml.id IS NOT NULL AND ny = gml.dokument THEN
        v_rev := gml.rev;                                 -- nothing new: no new revision
    ELSE
        UPDATE embete_rev SET rev = rev + 1 WHERE embete = v_embete RETURNING rev INTO v_rev;
        IF NOT FOUND THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('ingen tilgang til embetet %s (eller det er ikke opprettet i sentralen)', v_embete);
        END IF;
        INSERT INTO sak (id, embete, saksnummer, rev, sektor, mottatt, behandlingsmaate, avsluttet,
                         dokument, endret, endret_av)
        VALUES (v_id, v_embete, ny ->> 'saksnummer', v_rev, ny ->> 'sektor', (ny ->> 'mottatt')::date,
                (ny ->> 'behandlingsmaate')::integer, (ny ->> 'avsluttet')::date, ny, v_naa, current_user)
        ON CONFLICT (id) DO UPDATE SET rev = excluded.rev, sektor = excluded.sektor,
            mottatt = excluded.mottatt, behandlingsmaate = excluded.behandlingsmaate,
            avsluttet = excluded.avsluttet, dokument = excluded.dokument, endret = excluded.endret,
            endret_av = excluded.endret_av;
        INSERT INTO sak_historikk (embete, rev, sak_id, dokument, bruker, tidspunkt, klient_id, op_id)
        VALUES (v_embete, v_rev, v_id, ny, current_user, v_naa, p_klient, v_op);
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
CREATE FUNCTION tilsyn_push(p_klient text, p_ops jsonb) RETURNS jsonb
    LANGUAGE plpgsql AS $$
DECLARE
    op jsonb;
    ut jsonb := '[]';
    res jsonb;
BEGIN
    IF coalesce(p_klient, '') = '' THEN
        RAISE EXCEPTION 'klient-id mangler';
    END IF;
    -- Take the office counters in a fixed order so that concurrent batches cannot deadlock.
    PERFORM 1 FROM embete_rev
        WHERE embete IN (SELECT DISTINCT o -> 'dokument' ->> 'embete' FROM jsonb_array_elements(p_ops) o)
        ORDER BY embete FOR UPDATE;
    FOR op IN SELECT * FROM jsonb_array_elements(p_ops) LOOP
        BEGIN
            res := tilsyn_push_op(p_klient, op);
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

-- The offices the caller can see, with their last revision.
CREATE FUNCTION tilsyn_embeter() RETURNS TABLE (embete text, rev bigint)
    LANGUAGE sql STABLE AS $$ SELECT embete, rev FROM embete_rev ORDER BY embete $$;

-- A page of cases of one office changed after revision p_etter, in revision order.
CREATE FUNCTION tilsyn_pull(p_embete text, p_etter bigint, p_grense integer)
    RETURNS TABLE (sak_id uuid, rev bigint, dokument jsonb)
    LANGUAGE sql STABLE AS $$
    SELECT id, rev, dokument FROM sak WHERE embete = p_embete AND rev > p_etter ORDER BY rev LIMIT p_grense $$;

-- Count and hash of (id:rev) per office, to check that a client has everything.
CREATE FUNCTION tilsyn_sammendrag() RETURNS TABLE (embete text, antall bigint, hash text)
    LANGUAGE sql STABLE AS $$
    SELECT embete, count(*), md5(string_agg(id::text || ':' || rev, ',' ORDER BY id::text COLLATE "C"))
    FROM sak GROUP BY embete ORDER BY embete $$;

-- Administration (not granted to clients): add an office, start a new epoch after a restore.
CREATE FUNCTION tilsyn_opprett_embete(p_embete text) RETURNS text
    LANGUAGE plpgsql AS $$
DECLARE
    v_rolle text := tilsyn_rolle(p_embete);
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_rolle) THEN
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', v_rolle);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- created concurrently (roles are shared by the whole cluster)
        END;
    END IF;
    IF NOT pg_has_role(v_rolle, 'tilsyn_bruker', 'MEMBER') THEN
        EXECUTE format('GRANT tilsyn_bruker TO %I', v_rolle);
    END IF;
    INSERT INTO embete_rev (embete) VALUES (p_embete) ON CONFLICT DO NOTHING;
    RETURN v_rolle;
END $$;

CREATE FUNCTION tilsyn_ny_epoke() RETURNS text
    LANGUAGE sql AS $$
    UPDATE tilsyn_meta SET verdi = gen_random_uuid()::text WHERE noekkel = 'epoke' RETURNING verdi $$;

-- Rights: clients get EXECUTE on the sync functions and only the table rights those need.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO tilsyn_bruker;
GRANT SELECT ON tilsyn_meta TO tilsyn_bruker;
GRANT SELECT, UPDATE ON embete_rev TO tilsyn_bruker;
GRANT SELECT, INSERT, UPDATE ON sak TO tilsyn_bruker;
GRANT SELECT, INSERT ON sak_historikk TO tilsyn_bruker;
GRANT SELECT, INSERT, UPDATE ON op_logg TO tilsyn_bruker;
GRANT SELECT, INSERT ON konflikt TO tilsyn_bruker;
GRANT USAGE ON SEQUENCE konflikt_id_seq TO tilsyn_bruker;
GRANT SELECT, INSERT, UPDATE ON saksnummer_teller TO tilsyn_bruker;
GRANT SELECT, INSERT ON brev TO tilsyn_bruker;
GRANT EXECUTE ON FUNCTION tilsyn_rolle(text), tilsyn_mine_roller(), tilsyn_naa(),
    tilsyn_nytt_saksnummer(text), tilsyn_flett_liste(jsonb, jsonb, jsonb, text),
    tilsyn_flett(jsonb, jsonb, jsonb), tilsyn_push_op(text, jsonb), tilsyn_push(text, jsonb),
    tilsyn_embeter(), tilsyn_pull(text, bigint, integer), tilsyn_sammendrag(),
    tilsyn_historikk_uendret() TO tilsyn_bruker;
