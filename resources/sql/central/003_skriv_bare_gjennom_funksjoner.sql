-- Schema version 3: users write only through the server's functions.
--
-- Threat model: a user of an office is trusted to read that office's cases and to change them
-- through the sync protocol, not with arbitrary SQL. So:
--   * the tables move to the schema tilsyn_data, owned by the NOLOGIN role tilsyn_eier; users get
--     no privilege on that schema or on any table, sequence or internal function;
--   * public keeps read-only views with the old names (owned by tilsyn_eier, so row-level
--     security filters them by the session user's offices) and the API functions, which are
--     SECURITY DEFINER with a pinned search_path and check the session user's office roles;
--   * triggers and constraints keep the invariants whoever writes: history append-only and one
--     history row per case version (who and when set by the server), revisions only grow,
--     saksnummer counters only grow and numbers are unique per office, a letter's SHA-256 is the
--     hash of its bytes, conflicts are resolved only by tilsyn_loes_konflikter;
--   * FORCE ROW LEVEL SECURITY stays on every table as the second wall (policies by session_user).
-- Upgrading an existing store: every old grant is revoked and listed, the data is kept, and what
-- a direct write could have broken (counters set back, a case changed without history, a letter
-- whose hash does not match) is repaired or set aside and listed. central init prints the list
-- (tilsyn_data.skjemalogg).

-- The owner of everything; it never logs in.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tilsyn_eier') THEN
        CREATE ROLE tilsyn_eier NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL; -- created concurrently for another database of the cluster
END $$;
DO $$
BEGIN
    -- A non-superuser administrator must be able to hand objects to the owner.
    IF NOT pg_has_role(current_user, 'tilsyn_eier', 'MEMBER') THEN
        EXECUTE format('GRANT tilsyn_eier TO %I', current_user);
    END IF;
END $$;

CREATE SCHEMA tilsyn_data AUTHORIZATION tilsyn_eier;
REVOKE ALL ON SCHEMA tilsyn_data FROM PUBLIC;

CREATE TABLE tilsyn_data.skjemalogg (
    id        bigserial PRIMARY KEY,
    versjon   integer NOT NULL,
    tidspunkt timestamptz NOT NULL DEFAULT now(),
    melding   text NOT NULL
);

-- Every grant on the old tables, sequences and functions, to anyone but the owner: listed, then
-- revoked (moving a table keeps its grants, so this comes first).
INSERT INTO tilsyn_data.skjemalogg (versjon, melding)
SELECT 3, format('tilbakekalt %s på %s fra %s', string_agg(DISTINCT a.privilege_type, ', '), c.relname,
                 CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) a
WHERE n.nspname = 'public' AND a.grantee <> c.relowner AND c.relname <> 'tilsyn_meta'
GROUP BY c.relname, a.grantee;
INSERT INTO tilsyn_data.skjemalogg (versjon, melding)
SELECT 3, format('tilbakekalt %s på kolonnene %s i %s fra %s', a.privilege_type, string_agg(t.attname, ', '),
                 c.relname, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END)
FROM pg_attribute t JOIN pg_class c ON c.oid = t.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace,
     aclexplode(t.attacl) a
WHERE n.nspname = 'public' AND a.grantee <> c.relowner
GROUP BY c.relname, a.grantee, a.privilege_type;
INSERT INTO tilsyn_data.skjemalogg (versjon, melding)
SELECT 3, format('tilbakekalt EXECUTE på %s fra %s', string_agg(p.proname, ', ' ORDER BY p.proname),
                 CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END)
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace, aclexplode(p.proacl) a
WHERE n.nspname = 'public' AND a.grantee <> p.proowner AND p.proname LIKE 'tilsyn\_%'
GROUP BY a.grantee;
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT DISTINCT c.relname, a.grantee
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) a
             WHERE n.nspname = 'public' AND a.grantee <> c.relowner AND c.relname <> 'tilsyn_meta'
             UNION
             SELECT DISTINCT c.relname, a.grantee
             FROM pg_attribute t JOIN pg_class c ON c.oid = t.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace,
                  aclexplode(t.attacl) a
             WHERE n.nspname = 'public' AND a.grantee <> c.relowner LOOP
        EXECUTE format('REVOKE ALL ON public.%I FROM %s', r.relname,
                       CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.grantee::regrole::text) END);
    END LOOP;
END $$;
REVOKE ALL ON tilsyn_meta FROM PUBLIC;
-- Nobody but the administrator creates objects in public (PostgreSQL 15's default; older
-- clusters granted it to everyone), and users need no temporary tables.
DO $$
BEGIN
    IF has_schema_privilege('public', 'public', 'CREATE') THEN
        INSERT INTO tilsyn_data.skjemalogg (versjon, melding) VALUES (3, 'tilbakekalt CREATE på skjemaet public fra PUBLIC');
    END IF;
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END $$;

-- The old functions (SECURITY INVOKER, which forced the tables to be writable) and the old
-- policies (by current_user) go; new ones follow.
DROP POLICY embete ON embete_rev;
DROP POLICY embete ON sak;
DROP POLICY embete ON sak_historikk;
DROP POLICY embete ON konflikt;
DROP POLICY embete ON saksnummer_teller;
DROP POLICY embete ON brev;
DROP POLICY egen ON op_logg;
DROP TRIGGER sak_historikk_uendret ON sak_historikk;
DROP FUNCTION tilsyn_historikk_uendret();
DROP FUNCTION tilsyn_push(text, jsonb);
DROP FUNCTION tilsyn_push_op(text, jsonb);
DROP FUNCTION tilsyn_flett(jsonb, jsonb, jsonb);
DROP FUNCTION tilsyn_flett_liste(jsonb, jsonb, jsonb, text);
DROP FUNCTION tilsyn_nytt_saksnummer(text);
DROP FUNCTION tilsyn_embeter();
DROP FUNCTION tilsyn_pull(text, bigint, integer);
DROP FUNCTION tilsyn_sammendrag();
DROP FUNCTION tilsyn_loes_konflikter(jsonb);
DROP FUNCTION tilsyn_lagre_brev(text, uuid, bytea, jsonb);
DROP FUNCTION tilsyn_opprett_embete(text);
DROP FUNCTION tilsyn_ny_epoke();
DROP FUNCTION tilsyn_mine_roller();
DROP FUNCTION tilsyn_rolle(text);
DROP FUNCTION tilsyn_naa();

ALTER TABLE sak SET SCHEMA tilsyn_data;
ALTER TABLE sak_historikk SET SCHEMA tilsyn_data;
ALTER TABLE op_logg SET SCHEMA tilsyn_data;
ALTER TABLE konflikt SET SCHEMA tilsyn_data;
ALTER TABLE embete_rev SET SCHEMA tilsyn_data;
ALTER TABLE saksnummer_teller SET SCHEMA tilsyn_data;
ALTER TABLE brev SET SCHEMA tilsyn_data;
ALTER TABLE tilsyn_data.sak OWNER TO tilsyn_eier;
ALTER TABLE tilsyn_data.sak_historikk OWNER TO tilsyn_eier;
ALTER TABLE tilsyn_data.op_logg OWNER TO tilsyn_eier;
ALTER TABLE tilsyn_data.konflikt OWNER TO tilsyn_eier;
ALTER TABLE tilsyn_data.embete_rev OWNER TO tilsyn_eier;
ALTER TABLE tilsyn_data.saksnummer_teller OWNER TO tilsyn_eier;
ALTER TABLE tilsyn_data.brev OWNER TO tilsyn_eier;
ALTER TABLE tilsyn_data.skjemalogg OWNER TO tilsyn_eier;
ALTER TABLE tilsyn_data.op_logg ALTER COLUMN bruker SET DEFAULT session_user;
ALTER TABLE tilsyn_data.konflikt ALTER COLUMN bruker SET DEFAULT session_user;
ALTER TABLE tilsyn_data.brev ALTER COLUMN bruker SET DEFAULT session_user;

-- Where repairs put what they set aside (nothing is deleted).
CREATE TABLE tilsyn_data.sak_karantene (LIKE tilsyn_data.sak, oppdaget timestamptz NOT NULL DEFAULT now());
CREATE TABLE tilsyn_data.brev_karantene (LIKE tilsyn_data.brev, oppdaget timestamptz NOT NULL DEFAULT now());
ALTER TABLE tilsyn_data.sak_karantene OWNER TO tilsyn_eier;
ALTER TABLE tilsyn_data.brev_karantene OWNER TO tilsyn_eier;

-- Repairs of what direct writes under version 2 could have done (nothing on a fresh store).
DO $$
DECLARE
    r record;
    v_hist record;
    v_dok jsonb;
    v_rev bigint;
BEGIN
    -- A revision counter set back: up to the highest revision in use.
    FOR r IN SELECT e.embete, e.rev AS gml,
                    greatest((SELECT coalesce(max(rev), 0) FROM tilsyn_data.sak_historikk h WHERE h.embete = e.embete),
                             (SELECT coalesce(max(rev), 0) FROM tilsyn_data.sak s WHERE s.embete = e.embete)) AS maks
             FROM tilsyn_data.embete_rev e LOOP
        CONTINUE WHEN r.gml >= r.maks;
        UPDATE tilsyn_data.embete_rev SET rev = r.maks WHERE embete = r.embete;
        INSERT INTO tilsyn_data.skjemalogg (versjon, melding)
        VALUES (3, format('revisjonstelleren til %s var %s, satt til %s (høyeste revisjon i bruk)', r.embete, r.gml, r.maks));
    END LOOP;
    -- A case whose row is not the version its history records (changed without history): the
    -- row goes to sak_karantene and the last recorded version comes back as a new revision.
    FOR r IN SELECT s.* FROM tilsyn_data.sak s
             WHERE NOT EXISTS (SELECT 1 FROM tilsyn_data.sak_historikk h WHERE h.embete = s.embete
                               AND h.rev = s.rev AND h.sak_id = s.id AND h.dokument = s.dokument)
                OR s.id::text IS DISTINCT FROM s.dokument ->> 'id' OR s.embete IS DISTINCT FROM s.dokument ->> 'embete'
                OR s.saksnummer IS DISTINCT FROM s.dokument ->> 'saksnummer'
             ORDER BY s.embete, s.rev LOOP
        INSERT INTO tilsyn_data.sak_karantene (id, embete, saksnummer, rev, sektor, mottatt, behandlingsmaate,
                                               avsluttet, dokument, endret, endret_av)
        VALUES (r.id, r.embete, r.saksnummer, r.rev, r.sektor, r.mottatt, r.behandlingsmaate, r.avsluttet,
                r.dokument, r.endret, r.endret_av);
        SELECT * INTO v_hist FROM tilsyn_data.sak_historikk WHERE sak_id = r.id AND embete = r.embete
            ORDER BY rev DESC LIMIT 1;
        v_dok := CASE WHEN v_hist.dokument IS NULL THEN r.dokument ELSE v_hist.dokument END
                 || jsonb_build_object('id', r.id::text, 'embete', r.embete);
        UPDATE tilsyn_data.embete_rev SET rev = rev + 1 WHERE embete = r.embete RETURNING rev INTO v_rev;
        INSERT INTO tilsyn_data.sak_historikk (embete, rev, sak_id, dokument, bruker, tidspunkt, klient_id, op_id)
        VALUES (r.embete, v_rev, r.id, v_dok, session_user, now(), 'central init', 'migrering 3');
        UPDATE tilsyn_data.sak SET rev = v_rev, dokument = v_dok, saksnummer = v_dok ->> 'saksnummer',
                                   endret = now(), endret_av = session_user
            WHERE id = r.id;
        INSERT INTO tilsyn_data.skjemalogg (versjon, melding)
        VALUES (3, format('saken %s i %s var endret uten historikk; %s som revisjon %s (raden før er i tilsyn_data.sak_karantene)',
                          r.id, r.embete,
                          CASE WHEN v_hist.dokument IS NULL THEN 'innholdet er registrert' ELSE 'siste registrerte versjon er satt tilbake' END,
                          v_rev));
    END LOOP;
    -- A saksnummer counter set back: up to the highest number in use that year.
    FOR r IN SELECT t.embete, t.aar, t.siste,
                    (SELECT max(split_part(s.saksnummer, '/', 2)::integer) FROM tilsyn_data.sak s
                     WHERE s.embete = t.embete AND s.saksnummer ~ ('^' || t.aar || '/[0-9]{1,9}$')) AS maks
             FROM tilsyn_data.saksnummer_teller t LOOP
        CONTINUE WHEN r.maks IS NULL OR r.siste >= r.maks;
        UPDATE tilsyn_data.saksnummer_teller SET siste = r.maks WHERE embete = r.embete AND aar = r.aar;
        INSERT INTO tilsyn_data.skjemalogg (versjon, melding)
        VALUES (3, format('saksnummertelleren til %s for %s var %s, satt til %s', r.embete, r.aar, r.siste, r.maks));
    END LOOP;
    -- A letter whose hash is not the hash of its bytes, or whose case is not in its office.
    FOR r IN SELECT b.sha256, b.embete, b.sak_id FROM tilsyn_data.brev b
             WHERE b.sha256 <> encode(sha256(b.pdf), 'hex')
                OR NOT EXISTS (SELECT 1 FROM tilsyn_data.sak s WHERE s.id = b.sak_id AND s.embete = b.embete) LOOP
        INSERT INTO tilsyn_data.brev_karantene (sha256, embete, sak_id, pdf, bruker, tidspunkt, metadata)
            SELECT sha256, embete, sak_id, pdf, bruker, tidspunkt, metadata FROM tilsyn_data.brev WHERE sha256 = r.sha256;
        DELETE FROM tilsyn_data.brev WHERE sha256 = r.sha256;
        INSERT INTO tilsyn_data.skjemalogg (versjon, melding)
        VALUES (3, format('brevet %s (sak %s, %s) stemte ikke med sjekksummen eller saken; flyttet til tilsyn_data.brev_karantene',
                          r.sha256, r.sak_id, r.embete));
    END LOOP;
    -- A conflict marked resolved without who, when and how (not by the resolution function).
    FOR r IN UPDATE tilsyn_data.konflikt SET loest = false, loest_av = NULL, loest_tidspunkt = NULL,
                                             loest_rev = NULL, loest_valg = NULL
             WHERE (loest AND (loest_av IS NULL OR loest_tidspunkt IS NULL OR loest_rev IS NULL
                               OR loest_valg IS NULL OR loest_valg NOT IN ('mine', 'deres', 'redigert')))
                OR (NOT loest AND (loest_av IS NOT NULL OR loest_tidspunkt IS NOT NULL OR loest_rev IS NOT NULL
                                   OR loest_valg IS NOT NULL))
             RETURNING id, sak_id LOOP
        INSERT INTO tilsyn_data.skjemalogg (versjon, melding)
        VALUES (3, format('konflikten %s (sak %s) var merket løst uten hvem, når og valg; den er åpen igjen', r.id, r.sak_id));
    END LOOP;
END $$;

-- Invariants as constraints (checked for the data kept, and for every later write).
ALTER TABLE tilsyn_data.sak_historikk ADD CONSTRAINT sak_historikk_versjon UNIQUE (embete, rev, sak_id);
ALTER TABLE tilsyn_data.sak
    ADD CONSTRAINT sak_har_historikk FOREIGN KEY (embete, rev, id) REFERENCES tilsyn_data.sak_historikk (embete, rev, sak_id),
    ADD CONSTRAINT sak_id_i_dokumentet CHECK (id::text = dokument ->> 'id'),
    ADD CONSTRAINT sak_embete_i_dokumentet CHECK (embete = dokument ->> 'embete'),
    ADD CONSTRAINT sak_saksnummer_i_dokumentet CHECK (saksnummer IS NOT DISTINCT FROM dokument ->> 'saksnummer');
-- A history row names its case; not validated for old rows (a forged one cannot be told apart).
ALTER TABLE tilsyn_data.sak_historikk
    ADD CONSTRAINT sak_historikk_dokument CHECK (sak_id::text = dokument ->> 'id' AND embete = dokument ->> 'embete') NOT VALID;
ALTER TABLE tilsyn_data.brev
    ADD CONSTRAINT brev_sha256_er_innholdets CHECK (sha256 = encode(sha256(pdf), 'hex')),
    ADD CONSTRAINT brev_sak FOREIGN KEY (sak_id) REFERENCES tilsyn_data.sak (id);
ALTER TABLE tilsyn_data.konflikt
    ADD CONSTRAINT konflikt_loesning CHECK (
        (NOT loest AND loest_av IS NULL AND loest_tidspunkt IS NULL AND loest_rev IS NULL AND loest_valg IS NULL)
        OR (loest AND loest_av IS NOT NULL AND loest_tidspunkt IS NOT NULL AND loest_rev IS NOT NULL
            AND loest_valg IN ('mine', 'deres', 'redigert'))),
    ADD CONSTRAINT konflikt_sak FOREIGN KEY (sak_id) REFERENCES tilsyn_data.sak (id) NOT VALID;
ALTER TABLE tilsyn_data.embete_rev ADD CONSTRAINT embete_rev_ikke_negativ CHECK (rev >= 0);
ALTER TABLE tilsyn_data.saksnummer_teller ADD CONSTRAINT saksnummer_teller_ikke_negativ CHECK (siste >= 0);

-- Offices and roles -------------------------------------------------------------------------

CREATE FUNCTION tilsyn_rolle(p_embete text) RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
    AS $$ SELECT 'tilsyn_embete_' || replace(p_embete, '-', '_') $$;

-- The leader role of an office (approvals): a member of the office role.
CREATE FUNCTION tilsyn_lederrolle(p_embete text) RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
    AS $$ SELECT 'tilsyn_leder_' || replace(p_embete, '-', '_') $$;

-- The office roles the session user holds (directly or through other roles). session_user, not
-- current_user: inside the SECURITY DEFINER functions current_user is the owner.
CREATE FUNCTION tilsyn_mine_roller() RETURNS text[]
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(rolname), '{}') FROM pg_roles
    WHERE rolname LIKE 'tilsyn\_embete\_%' AND pg_has_role(session_user, oid, 'MEMBER') $$;

CREATE FUNCTION tilsyn_data.tilsyn_har_rolle(p_rolle text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_rolle AND pg_has_role(session_user, oid, 'MEMBER')) $$;

-- Refuses unless the session user holds the office (or, with p_leder, its leader role).
CREATE FUNCTION tilsyn_data.tilsyn_krev_embete(p_embete text, p_leder boolean DEFAULT false) RETURNS void
    LANGUAGE plpgsql STABLE SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    v_rolle text := CASE WHEN p_leder THEN tilsyn_lederrolle(p_embete) ELSE tilsyn_rolle(p_embete) END;
BEGIN
    IF p_embete IS NULL OR NOT tilsyn_har_rolle(v_rolle) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('ingen tilgang til embetet %s: brukeren %s er ikke medlem av %s', p_embete,
                             session_user, v_rolle);
    END IF;
END $$;

-- The server's clock for saksnummer years. tilsyn_meta 'klokkeforskyvning' (an interval, only an
-- administrator can write it) exists for tests around New Year.
CREATE FUNCTION tilsyn_naa() RETURNS timestamptz
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT now() + coalesce((SELECT verdi::interval FROM public.tilsyn_meta WHERE noekkel = 'klokkeforskyvning'),
                            interval '0') $$;

-- Row-level security, the second wall: by the session user's offices ------------------------

DO $$
DECLARE
    t text;
    v_hvem constant text := 'tilsyn_rolle(embete) = ANY ((SELECT tilsyn_mine_roller())::text[])';
BEGIN
    FOREACH t IN ARRAY ARRAY['embete_rev', 'sak', 'sak_historikk', 'konflikt', 'saksnummer_teller', 'brev'] LOOP
        EXECUTE format('CREATE POLICY les ON tilsyn_data.%I FOR SELECT USING (%s)', t, v_hvem);
        EXECUTE format('CREATE POLICY ny ON tilsyn_data.%I FOR INSERT WITH CHECK (%s)', t, v_hvem);
        IF t IN ('embete_rev', 'sak', 'konflikt', 'saksnummer_teller') THEN
            EXECUTE format('CREATE POLICY endre ON tilsyn_data.%I FOR UPDATE USING (%s) WITH CHECK (%s)', t, v_hvem, v_hvem);
        END IF;
    END LOOP;
    FOREACH t IN ARRAY ARRAY['sak_karantene', 'brev_karantene', 'skjemalogg'] LOOP
        EXECUTE format('ALTER TABLE tilsyn_data.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE tilsyn_data.%I FORCE ROW LEVEL SECURITY', t);
    END LOOP;
END $$;
-- The ledger: a user's own rows; the administrator (a member of tilsyn_eier) reads all of it.
CREATE POLICY les ON tilsyn_data.op_logg FOR SELECT
    USING (bruker = session_user OR pg_has_role(session_user, 'tilsyn_eier', 'MEMBER'));
CREATE POLICY ny ON tilsyn_data.op_logg FOR INSERT WITH CHECK (bruker = session_user);
CREATE POLICY endre ON tilsyn_data.op_logg FOR UPDATE USING (bruker = session_user) WITH CHECK (bruker = session_user);

-- Invariant triggers ------------------------------------------------------------------------

-- Refuses the operation; TG_ARGV[0] says what.
CREATE FUNCTION tilsyn_data.tilsyn_nekt() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = TG_ARGV[0];
END $$;

-- A history row: who and when are the server's; its revision is one just handed out for the
-- office and newer than every earlier one.
CREATE FUNCTION tilsyn_data.tilsyn_historikk_ny() RETURNS trigger
    LANGUAGE plpgsql SET search_path = tilsyn_data, pg_temp AS $$
DECLARE
    v_teller bigint;
    v_siste bigint;
BEGIN
    NEW.bruker := session_user;
    NEW.tidspunkt := now();
    SELECT rev INTO v_teller FROM embete_rev WHERE embete = NEW.embete;
    SELECT max(rev) INTO v_siste FROM sak_historikk WHERE embete = NEW.embete;
    IF v_teller IS NULL OR NEW.rev > v_teller OR NEW.rev <= coalesce(v_siste, 0) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('revisjon %s av %s er ikke en ny revisjon fra telleren (siste %s, teller %s)',
                             NEW.rev, NEW.embete, v_siste, v_teller);
    END IF;
    RETURN NEW;
END $$;

-- A case row is always a version its history records: same office, revision, id and document;
-- id, office and (once given) saksnummer never change; the revision only grows. The report
-- columns and who/when come from the document and the history row.
CREATE FUNCTION tilsyn_data.tilsyn_sak_skriv() RETURNS trigger
    LANGUAGE plpgsql SET search_path = tilsyn_data, pg_temp AS $$
DECLARE
    h record;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.id <> OLD.id OR NEW.embete <> OLD.embete THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'en saks id og embete endres aldri';
        END IF;
        IF OLD.saksnummer IS NOT NULL AND NEW.saksnummer IS DISTINCT FROM OLD.saksnummer THEN
            RAISE EXCEPTION USING ERRCODE = '23514',
                MESSAGE = format('saksnummeret %s til saken %s endres aldri', OLD.saksnummer, OLD.id);
        END IF;
        IF NEW.rev <= OLD.rev THEN
            RAISE EXCEPTION USING ERRCODE = '23514',
                MESSAGE = format('revisjonen til saken %s kan bare øke (%s → %s)', OLD.id, OLD.rev, NEW.rev);
        END IF;
    END IF;
    SELECT sak_id, dokument, bruker, tidspunkt INTO h FROM sak_historikk WHERE embete = NEW.embete AND rev = NEW.rev;
    IF NOT FOUND OR h.sak_id <> NEW.id OR h.dokument <> NEW.dokument THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('saken %s har ingen historikkrad for revisjon %s med samme innhold', NEW.id, NEW.rev);
    END IF;
    NEW.saksnummer := NEW.dokument ->> 'saksnummer';
    NEW.sektor := NEW.dokument ->> 'sektor';
    NEW.mottatt := (NEW.dokument ->> 'mottatt')::date;
    NEW.behandlingsmaate := (NEW.dokument ->> 'behandlingsmaate')::integer;
    NEW.avsluttet := (NEW.dokument ->> 'avsluttet')::date;
    NEW.endret := h.tidspunkt;
    NEW.endret_av := h.bruker;
    RETURN NEW;
END $$;

CREATE FUNCTION tilsyn_data.tilsyn_teller_endre() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_TABLE_NAME = 'embete_rev' THEN
        IF NEW.embete <> OLD.embete OR NEW.rev <= OLD.rev THEN
            RAISE EXCEPTION USING ERRCODE = '23514',
                MESSAGE = format('revisjonstelleren til %s kan bare øke (%s → %s)', OLD.embete, OLD.rev, NEW.rev);
        END IF;
    ELSIF NEW.embete <> OLD.embete OR NEW.aar <> OLD.aar OR NEW.siste < OLD.siste THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('saksnummertelleren til %s for %s kan bare øke (%s → %s)', OLD.embete, OLD.aar,
                             OLD.siste, NEW.siste);
    END IF;
    RETURN NEW;
END $$;

-- Ledger, conflicts and letters: who and when are the server's.
CREATE FUNCTION tilsyn_data.tilsyn_hvem_naar() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.bruker := session_user;
    NEW.tidspunkt := now();
    IF TG_TABLE_NAME = 'konflikt' THEN
        NEW.loest := false;
        NEW.loest_av := NULL;
        NEW.loest_tidspunkt := NULL;
        NEW.loest_rev := NULL;
        NEW.loest_valg := NULL;
    END IF;
    RETURN NEW;
END $$;

-- The ledger's result is written once.
CREATE FUNCTION tilsyn_data.tilsyn_op_logg_endre() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF OLD.resultat IS NOT NULL OR NEW.klient_id <> OLD.klient_id OR NEW.op_id <> OLD.op_id
       OR NEW.bruker <> OLD.bruker OR NEW.tidspunkt <> OLD.tidspunkt THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'et lagret resultat i op_logg endres aldri';
    END IF;
    RETURN NEW;
END $$;

-- A conflict changes only when tilsyn_loes_konflikter marks it resolved: once, by the session
-- user, now, with a choice and a revision.
CREATE FUNCTION tilsyn_data.tilsyn_konflikt_loes() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF coalesce(current_setting('tilsyn.konfliktloesning', true), '') <> 'tilsyn_loes_konflikter' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'en konflikt merkes løst bare av tilsyn_loes_konflikter';
    END IF;
    IF OLD.loest OR NOT NEW.loest OR (NEW.id, NEW.embete, NEW.sak_id, NEW.rev, NEW.felt, NEW.base, NEW.mine, NEW.deres,
           NEW.klient_id, NEW.op_id, NEW.bruker, NEW.tidspunkt) IS DISTINCT FROM (OLD.id, OLD.embete, OLD.sak_id,
           OLD.rev, OLD.felt, OLD.base, OLD.mine, OLD.deres, OLD.klient_id, OLD.op_id, OLD.bruker, OLD.tidspunkt) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'en konflikt kan bare merkes løst, én gang';
    END IF;
    NEW.loest_av := session_user;
    NEW.loest_tidspunkt := now();
    RETURN NEW;
END $$;

-- A letter belongs to the office of its case.
CREATE FUNCTION tilsyn_data.tilsyn_brev_ny() RETURNS trigger
    LANGUAGE plpgsql SET search_path = tilsyn_data, pg_temp AS $$
BEGIN
    NEW.bruker := session_user;
    NEW.tidspunkt := now();
    IF NOT EXISTS (SELECT 1 FROM sak WHERE id = NEW.sak_id AND embete = NEW.embete) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('brevets sak %s finnes ikke i embetet %s', NEW.sak_id, NEW.embete);
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER historikk_ny BEFORE INSERT ON tilsyn_data.sak_historikk
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_historikk_ny();
CREATE TRIGGER uendret BEFORE UPDATE OR DELETE ON tilsyn_data.sak_historikk
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('historikken kan ikke endres eller slettes');
CREATE TRIGGER uendret_tom BEFORE TRUNCATE ON tilsyn_data.sak_historikk
    FOR EACH STATEMENT EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('historikken kan ikke endres eller slettes');

CREATE TRIGGER skriv BEFORE INSERT OR UPDATE ON tilsyn_data.sak
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_sak_skriv();
CREATE TRIGGER aldri_slett BEFORE DELETE ON tilsyn_data.sak
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('en sak slettes aldri fra sentralen');
CREATE TRIGGER aldri_tom BEFORE TRUNCATE ON tilsyn_data.sak
    FOR EACH STATEMENT EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('en sak slettes aldri fra sentralen');

CREATE TRIGGER bare_oke BEFORE UPDATE ON tilsyn_data.embete_rev
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_teller_endre();
CREATE TRIGGER aldri_slett BEFORE DELETE ON tilsyn_data.embete_rev
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('revisjonstelleren slettes aldri');
CREATE TRIGGER aldri_tom BEFORE TRUNCATE ON tilsyn_data.embete_rev
    FOR EACH STATEMENT EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('revisjonstelleren slettes aldri');

CREATE TRIGGER bare_oke BEFORE UPDATE ON tilsyn_data.saksnummer_teller
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_teller_endre();
CREATE TRIGGER aldri_slett BEFORE DELETE ON tilsyn_data.saksnummer_teller
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('saksnummertelleren slettes aldri');
CREATE TRIGGER aldri_tom BEFORE TRUNCATE ON tilsyn_data.saksnummer_teller
    FOR EACH STATEMENT EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('saksnummertelleren slettes aldri');

CREATE TRIGGER hvem_naar BEFORE INSERT ON tilsyn_data.op_logg
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_hvem_naar();
CREATE TRIGGER en_gang BEFORE UPDATE ON tilsyn_data.op_logg
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_op_logg_endre();
CREATE TRIGGER aldri_slett BEFORE DELETE ON tilsyn_data.op_logg
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('op_logg slettes aldri');
CREATE TRIGGER aldri_tom BEFORE TRUNCATE ON tilsyn_data.op_logg
    FOR EACH STATEMENT EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('op_logg slettes aldri');

CREATE TRIGGER hvem_naar BEFORE INSERT ON tilsyn_data.konflikt
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_hvem_naar();
CREATE TRIGGER bare_loesning BEFORE UPDATE ON tilsyn_data.konflikt
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_konflikt_loes();
CREATE TRIGGER aldri_slett BEFORE DELETE ON tilsyn_data.konflikt
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('en konflikt slettes aldri');
CREATE TRIGGER aldri_tom BEFORE TRUNCATE ON tilsyn_data.konflikt
    FOR EACH STATEMENT EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('en konflikt slettes aldri');

CREATE TRIGGER ny BEFORE INSERT ON tilsyn_data.brev
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_brev_ny();
CREATE TRIGGER uendret BEFORE UPDATE OR DELETE ON tilsyn_data.brev
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('et ferdigstilt brev kan ikke endres eller slettes');
CREATE TRIGGER uendret_tom BEFORE TRUNCATE ON tilsyn_data.brev
    FOR EACH STATEMENT EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('et ferdigstilt brev kan ikke endres eller slettes');
