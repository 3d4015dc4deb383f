-- Schema version 5: two-step approval (dokumentflyt) and assignment of cases (issue 12, items 1-3).
--
-- Three append-only tables, written only through SECURITY DEFINER functions that check the
-- session user's roles, whatever SQL a client sends:
--   * brevutkast: one frozen version of a letter draft (the draft as JSON text and its SHA-256
--     key, computed by the client over the case and the draft). A changed draft is a new version.
--   * dokumentflyt: the audited steps of a version (Noark 5 flytFra, flytTil, flytSendtDato,
--     flytMottattDato, flytStatus, flytMerknad). 'Til godkjenning' by a user of the office; a
--     decision ('Godkjent', 'Ikke godkjent', 'Sendt tilbake med kommentarer') only by a holder of
--     the office's leader role tilsyn_leder_<office>.
--   * tildeling: who a case is assigned to; only by a leader, only to a user of the office.
-- A per-office counter (flyt_rev, locked until commit like embete_rev) orders all three for pull.

CREATE TABLE tilsyn_data.flyt_rev (
    embete text PRIMARY KEY,
    rev    bigint NOT NULL DEFAULT 0 CHECK (rev >= 0)
);

CREATE TABLE tilsyn_data.brevutkast (
    id        uuid PRIMARY KEY,
    embete    text NOT NULL,
    sak_id    uuid NOT NULL REFERENCES tilsyn_data.sak (id),
    type      text NOT NULL,
    innhold   text NOT NULL,                 -- the draft as compact JSON, as the client wrote it
    noekkel   text NOT NULL CHECK (noekkel ~ '^[0-9a-f]{64}$'), -- the client's approval key
    bruker    text NOT NULL,
    tidspunkt timestamptz NOT NULL,
    rev       bigint NOT NULL
);
CREATE INDEX brevutkast_embete_rev ON tilsyn_data.brevutkast (embete, rev);

CREATE TABLE tilsyn_data.dokumentflyt (
    id                uuid PRIMARY KEY,
    embete            text NOT NULL,
    sak_id            uuid NOT NULL REFERENCES tilsyn_data.sak (id),
    utkast_id         uuid NOT NULL REFERENCES tilsyn_data.brevutkast (id),
    fra               text NOT NULL,          -- flytFra: the session user
    til               text NOT NULL,          -- flytTil: a user, or the office's leader role (all leaders)
    status            text NOT NULL CHECK (status IN ('Til godkjenning', 'Godkjent', 'Ikke godkjent',
                                                      'Sendt tilbake med kommentarer')),
    merknad           text NOT NULL DEFAULT '',
    godkjenner_navn   text NOT NULL DEFAULT '', -- the approving leader's name and title for the signature
    godkjenner_tittel text NOT NULL DEFAULT '',
    sendt             timestamptz NOT NULL,   -- flytSendtDato: when the step was made (also offline)
    mottatt           timestamptz NOT NULL,   -- flytMottattDato: when the central store accepted it
    rev               bigint NOT NULL
);
CREATE INDEX dokumentflyt_embete_rev ON tilsyn_data.dokumentflyt (embete, rev);
CREATE INDEX dokumentflyt_utkast ON tilsyn_data.dokumentflyt (utkast_id);

CREATE TABLE tilsyn_data.tildeling (
    id        uuid PRIMARY KEY,
    embete    text NOT NULL,
    sak_id    uuid NOT NULL REFERENCES tilsyn_data.sak (id),
    bruker    text,                            -- the caseworker (login); NULL: unassigned
    av        text NOT NULL,
    tidspunkt timestamptz NOT NULL,
    rev       bigint NOT NULL
);
CREATE INDEX tildeling_embete_rev ON tilsyn_data.tildeling (embete, rev);

CREATE FUNCTION tilsyn_data.tilsyn_flyt_rev_endre() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.embete <> OLD.embete OR NEW.rev <= OLD.rev THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('flytrevisjonen til %s kan bare øke (%s → %s)', OLD.embete, OLD.rev, NEW.rev);
    END IF;
    RETURN NEW;
END $$;

-- Row-level security as on the other tables (the second wall), and the invariants: append-only,
-- who and when from the session and the server clock.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['flyt_rev', 'brevutkast', 'dokumentflyt', 'tildeling'] LOOP
        EXECUTE format('ALTER TABLE tilsyn_data.%I OWNER TO tilsyn_eier', t);
        EXECUTE format('ALTER TABLE tilsyn_data.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE tilsyn_data.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY les ON tilsyn_data.%I FOR SELECT USING '
                       '(tilsyn_rolle(embete) = ANY ((SELECT tilsyn_mine_roller())::text[]))', t);
        EXECUTE format('CREATE POLICY ny ON tilsyn_data.%I FOR INSERT WITH CHECK '
                       '(tilsyn_rolle(embete) = ANY ((SELECT tilsyn_mine_roller())::text[]))', t);
        IF t = 'flyt_rev' THEN
            EXECUTE format('CREATE POLICY endre ON tilsyn_data.%I FOR UPDATE USING '
                           '(tilsyn_rolle(embete) = ANY ((SELECT tilsyn_mine_roller())::text[]))', t);
            EXECUTE format('CREATE TRIGGER bare_oke BEFORE UPDATE ON tilsyn_data.%I '
                           'FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_flyt_rev_endre()', t);
        ELSE
            EXECUTE format('CREATE TRIGGER uendret BEFORE UPDATE OR DELETE ON tilsyn_data.%I FOR EACH ROW '
                           'EXECUTE FUNCTION tilsyn_data.tilsyn_nekt(''dokumentflyten kan ikke endres eller slettes'')', t);
        END IF;
        EXECUTE format('CREATE TRIGGER uendret_tom BEFORE TRUNCATE ON tilsyn_data.%I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION tilsyn_data.tilsyn_nekt(''dokumentflyten kan ikke endres eller slettes'')', t);
    END LOOP;
END $$;

-- The leader rule in the database itself, whoever writes (also the owner): a decision step must
-- be made by a leader of the case's office and answer a version sent for approval.
CREATE FUNCTION tilsyn_data.tilsyn_flyt_ny() RETURNS trigger
    LANGUAGE plpgsql SET search_path = tilsyn_data, public, pg_temp AS $$
BEGIN
    NEW.fra := session_user;
    NEW.mottatt := clock_timestamp();
    IF NOT EXISTS (SELECT 1 FROM brevutkast u WHERE u.id = NEW.utkast_id AND u.sak_id = NEW.sak_id
                   AND u.embete = NEW.embete) THEN
        RAISE EXCEPTION 'utkastet % hører ikke til saken %', NEW.utkast_id, NEW.sak_id;
    END IF;
    IF NEW.status <> 'Til godkjenning' THEN
        PERFORM tilsyn_krev_embete(NEW.embete, true);
        -- Answers the version's latest step, which must be a request (the office's flow counter,
        -- taken in the VALUES before this trigger, serialises two leaders deciding at once).
        IF (SELECT f.status FROM dokumentflyt f WHERE f.utkast_id = NEW.utkast_id ORDER BY f.rev DESC LIMIT 1)
                IS DISTINCT FROM 'Til godkjenning' THEN
            RAISE EXCEPTION 'utkastet % venter ikke på godkjenning (ikke sendt, eller allerede behandlet)', NEW.utkast_id;
        END IF;
    ELSE
        PERFORM tilsyn_krev_embete(NEW.embete);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER ny BEFORE INSERT ON tilsyn_data.dokumentflyt
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_flyt_ny();

CREATE FUNCTION tilsyn_data.tilsyn_tildeling_ny() RETURNS trigger
    LANGUAGE plpgsql SET search_path = tilsyn_data, public, pg_temp AS $$
BEGIN
    NEW.av := session_user;
    NEW.tidspunkt := clock_timestamp();
    PERFORM tilsyn_krev_embete(NEW.embete, true);
    IF NEW.bruker IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM pg_roles r WHERE r.rolname = NEW.bruker AND r.rolcanlogin
            AND pg_has_role(r.oid, tilsyn_rolle(NEW.embete), 'MEMBER')) THEN
        RAISE EXCEPTION '% er ikke saksbehandler i embetet %', NEW.bruker, NEW.embete;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER ny BEFORE INSERT ON tilsyn_data.tildeling
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_tildeling_ny();

CREATE FUNCTION tilsyn_data.tilsyn_utkast_ny() RETURNS trigger
    LANGUAGE plpgsql SET search_path = tilsyn_data, public, pg_temp AS $$
BEGIN
    NEW.bruker := session_user;
    NEW.tidspunkt := clock_timestamp();
    PERFORM tilsyn_krev_embete(NEW.embete);
    RETURN NEW;
END $$;
CREATE TRIGGER ny BEFORE INSERT ON tilsyn_data.brevutkast
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_utkast_ny();

-- The next revision of an office's flow (locked until commit: pulls never skip one).
CREATE FUNCTION tilsyn_data.tilsyn_neste_flyt_rev(p_embete text) RETURNS bigint
    LANGUAGE plpgsql SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    v bigint;
BEGIN
    INSERT INTO flyt_rev (embete) VALUES (p_embete) ON CONFLICT DO NOTHING;
    UPDATE flyt_rev SET rev = rev + 1 WHERE embete = p_embete RETURNING rev INTO v;
    RETURN v;
END $$;

-- The office of a case the caller can see, or an error.
CREATE FUNCTION tilsyn_data.tilsyn_sakens_embete(p_sak uuid) RETURNS text
    LANGUAGE plpgsql STABLE SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    v text;
BEGIN
    SELECT embete INTO v FROM sak WHERE id = p_sak;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('saken %s finnes ikke i sentralen eller tilhører et annet embete', p_sak);
    END IF;
    PERFORM tilsyn_krev_embete(v);
    RETURN v;
END $$;

-- Client functions -----------------------------------------------------------------------------

-- Stores one version of a draft; the same version again changes nothing (false). A version id
-- with other content is refused: a version never changes.
CREATE FUNCTION tilsyn_lagre_utkast(p_id uuid, p_sak uuid, p_type text, p_innhold text, p_noekkel text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    v_embete text := tilsyn_sakens_embete(p_sak);
    v_finnes brevutkast;
BEGIN
    SELECT * INTO v_finnes FROM brevutkast WHERE id = p_id;
    IF FOUND THEN
        IF v_finnes.noekkel <> p_noekkel OR v_finnes.innhold <> p_innhold OR v_finnes.sak_id <> p_sak THEN
            RAISE EXCEPTION 'utkastversjonen % finnes med annet innhold; en versjon endres aldri', p_id;
        END IF;
        RETURN false;
    END IF;
    IF p_innhold IS NULL OR p_innhold::jsonb IS NULL OR coalesce(p_type, '') = '' THEN
        RAISE EXCEPTION 'utkastet mangler innhold eller brevtype';
    END IF;
    INSERT INTO brevutkast (id, embete, sak_id, type, innhold, noekkel, bruker, tidspunkt, rev)
        VALUES (p_id, v_embete, p_sak, p_type, p_innhold, p_noekkel, session_user, now(),
                tilsyn_neste_flyt_rev(v_embete));
    RETURN true;
END $$;

-- One dokumentflyt step; returns when the central store accepted it. Idempotent per step id.
CREATE FUNCTION tilsyn_flyt(p_id uuid, p_utkast uuid, p_status text, p_til text, p_merknad text,
                            p_sendt timestamptz, p_navn text, p_tittel text) RETURNS timestamptz
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    v_utkast brevutkast;
    v_finnes dokumentflyt;
BEGIN
    SELECT * INTO v_finnes FROM dokumentflyt WHERE id = p_id;
    IF FOUND THEN
        IF v_finnes.fra <> session_user OR v_finnes.status <> p_status OR v_finnes.utkast_id <> p_utkast THEN
            RAISE EXCEPTION 'flytsteget % finnes med annet innhold', p_id;
        END IF;
        RETURN v_finnes.mottatt;
    END IF;
    SELECT * INTO v_utkast FROM brevutkast WHERE id = p_utkast;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('utkastet %s finnes ikke i sentralen eller tilhører et annet embete', p_utkast);
    END IF;
    PERFORM tilsyn_krev_embete(v_utkast.embete, p_status IS DISTINCT FROM 'Til godkjenning');
    INSERT INTO dokumentflyt (id, embete, sak_id, utkast_id, fra, til, status, merknad, godkjenner_navn,
                              godkjenner_tittel, sendt, mottatt, rev)
        VALUES (p_id, v_utkast.embete, v_utkast.sak_id, p_utkast, session_user, coalesce(p_til, ''), p_status,
                coalesce(p_merknad, ''), coalesce(p_navn, ''), coalesce(p_tittel, ''),
                coalesce(p_sendt, now()), now(), tilsyn_neste_flyt_rev(v_utkast.embete))
        RETURNING mottatt INTO v_finnes.mottatt;
    RETURN v_finnes.mottatt;
END $$;

-- Assigns a case (p_bruker NULL: unassigned). Idempotent per id.
CREATE FUNCTION tilsyn_tildel(p_id uuid, p_sak uuid, p_bruker text) RETURNS timestamptz
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    v_embete text;
    v_tid timestamptz;
BEGIN
    SELECT tidspunkt INTO v_tid FROM tildeling WHERE id = p_id AND av = session_user;
    IF FOUND THEN
        RETURN v_tid;
    END IF;
    v_embete := tilsyn_sakens_embete(p_sak);
    PERFORM tilsyn_krev_embete(v_embete, true);
    INSERT INTO tildeling (id, embete, sak_id, bruker, av, tidspunkt, rev)
        VALUES (p_id, v_embete, p_sak, nullif(p_bruker, ''), session_user, now(), tilsyn_neste_flyt_rev(v_embete))
        RETURNING tidspunkt INTO v_tid;
    RETURN v_tid;
END $$;

-- Everything of an office's flow after revision p_etter, in revision order: art 'utkast',
-- 'flyt' or 'tildeling' with the row as JSON.
CREATE FUNCTION tilsyn_hent_flyt(p_embete text, p_etter bigint, p_grense integer)
    RETURNS TABLE (rev bigint, art text, data jsonb)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
    SELECT * FROM (
        SELECT u.rev, 'utkast', to_jsonb(u) FROM brevutkast u WHERE u.embete = p_embete AND u.rev > p_etter
        UNION ALL
        SELECT f.rev, 'flyt', to_jsonb(f) FROM dokumentflyt f WHERE f.embete = p_embete AND f.rev > p_etter
        UNION ALL
        SELECT t.rev, 'tildeling', to_jsonb(t) FROM tildeling t WHERE t.embete = p_embete AND t.rev > p_etter
    ) x ORDER BY 1 LIMIT p_grense $$;

-- The login users of an office the caller belongs to, and whether each is a leader.
CREATE FUNCTION tilsyn_embete_brukere(p_embete text) RETURNS TABLE (bruker text, leder boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
BEGIN
    PERFORM tilsyn_krev_embete(p_embete);
    RETURN QUERY SELECT r.rolname::text, pg_has_role(r.oid, tilsyn_lederrolle(p_embete), 'MEMBER')
        FROM pg_roles r WHERE r.rolcanlogin AND NOT r.rolsuper
        AND pg_has_role(r.oid, tilsyn_rolle(p_embete), 'MEMBER') ORDER BY 1;
END $$;

-- Read-only views for administrators and audits (filtered by row-level security).
CREATE VIEW brevutkast WITH (security_barrier) AS
    SELECT id, embete, sak_id, type, innhold, noekkel, bruker, tidspunkt, rev FROM tilsyn_data.brevutkast;
CREATE VIEW dokumentflyt WITH (security_barrier) AS
    SELECT id, embete, sak_id, utkast_id, fra, til, status, merknad, godkjenner_navn, godkjenner_tittel, sendt,
           mottatt, rev FROM tilsyn_data.dokumentflyt;
CREATE VIEW tildeling WITH (security_barrier) AS
    SELECT id, embete, sak_id, bruker, av, tidspunkt, rev FROM tilsyn_data.tildeling;

DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT unnest(ARRAY['brevutkast', 'dokumentflyt', 'tildeling']) AS navn LOOP
        EXECUTE format('ALTER VIEW public.%I OWNER TO tilsyn_eier', r.navn);
    END LOOP;
    FOR r IN SELECT p.oid::regprocedure AS navn FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE p.proname IN ('tilsyn_flyt_ny', 'tilsyn_flyt_rev_endre', 'tilsyn_tildeling_ny', 'tilsyn_utkast_ny', 'tilsyn_neste_flyt_rev',
                                 'tilsyn_sakens_embete', 'tilsyn_lagre_utkast', 'tilsyn_flyt', 'tilsyn_tildel',
                                 'tilsyn_hent_flyt', 'tilsyn_embete_brukere')
             AND n.nspname IN ('public', 'tilsyn_data') LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO tilsyn_eier', r.navn);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', r.navn);
    END LOOP;
END $$;
REVOKE ALL ON tilsyn_data.flyt_rev, tilsyn_data.brevutkast, tilsyn_data.dokumentflyt, tilsyn_data.tildeling,
    brevutkast, dokumentflyt, tildeling FROM PUBLIC;
GRANT SELECT ON brevutkast, dokumentflyt, tildeling TO tilsyn_bruker;
GRANT EXECUTE ON FUNCTION tilsyn_lagre_utkast(uuid, uuid, text, text, text),
    tilsyn_flyt(uuid, uuid, text, text, text, timestamptz, text, text), tilsyn_tildel(uuid, uuid, text),
    tilsyn_hent_flyt(text, bigint, integer), tilsyn_embete_brukere(text) TO tilsyn_bruker;

INSERT INTO tilsyn_data.skjemalogg (versjon, melding) VALUES
    (5, 'godkjenning: brevutkast, dokumentflyt og tildeling (bare gjennom tilsyn_lagre_utkast, tilsyn_flyt og '
        'tilsyn_tildel; godkjenning og tildeling krever lederrollen tilsyn_leder_<embete>)');
