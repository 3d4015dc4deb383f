-- Schema version 6: the journal of a case (issue 12 item 4). The central store settles every
-- document number: per case, in the order posts arrive, in the transaction that stores the post
-- (gapless: a rolled-back post gives its number back). Two clients that registered documents
-- offline each showed their own provisional numbers; the first to sync keeps its order, the
-- second gets the numbers after it, and both pull the other's posts.
-- Security as in version 3: tables in tilsyn_data owned by tilsyn_eier, FORCE ROW LEVEL SECURITY
-- by the session user's offices, writes only through the SECURITY DEFINER functions below, which
-- check the office role; triggers keep the invariants whoever writes.

CREATE TABLE tilsyn_data.journal_teller (
    sak_id uuid PRIMARY KEY REFERENCES tilsyn_data.sak (id),
    embete text NOT NULL,
    siste  integer NOT NULL DEFAULT 0 CHECK (siste >= 0)
);

-- Per office: the last journal revision handed out; locked by the writer until commit (as
-- embete_rev), so a puller reading rev > cursor never skips a post.
CREATE TABLE tilsyn_data.journal_rev (
    embete text PRIMARY KEY,
    rev    bigint NOT NULL DEFAULT 0 CHECK (rev >= 0)
);

CREATE TABLE tilsyn_data.dokumentfil (
    embete    text NOT NULL,
    sha256    text NOT NULL,
    innhold   bytea NOT NULL,
    bruker    text NOT NULL DEFAULT session_user,
    tidspunkt timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (embete, sha256),
    CONSTRAINT dokumentfil_sha256_er_innholdets CHECK (sha256 = encode(sha256(innhold), 'hex'))
);

CREATE TABLE tilsyn_data.journalpost (
    id          uuid PRIMARY KEY,
    embete      text NOT NULL,
    sak_id      uuid NOT NULL REFERENCES tilsyn_data.sak (id),
    type        text NOT NULL CHECK (type IN ('I', 'U', 'N', 'X')),
    nummer      integer NOT NULL CHECK (nummer > 0),
    rev         bigint NOT NULL,
    data        jsonb NOT NULL CHECK (jsonb_typeof(data) = 'object'),
    avskrivning jsonb CHECK (avskrivning IS NULL OR jsonb_typeof(avskrivning) = 'object'),
    fil_sha256  text CHECK (fil_sha256 IS NULL OR fil_sha256 ~ '^[0-9a-f]{64}$'),
    bruker      text NOT NULL DEFAULT session_user,
    tidspunkt   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (sak_id, nummer),
    CHECK (type = 'I' OR avskrivning IS NULL)
);
CREATE INDEX journalpost_embete_rev ON tilsyn_data.journalpost (embete, rev);

-- Invariants --------------------------------------------------------------------------------

-- A new post: who and when are the server's; its number is the one just handed out for its case
-- (so numbers are 1, 2, 3, … without a gap), its office the case's.
CREATE FUNCTION tilsyn_data.tilsyn_journalpost_ny() RETURNS trigger
    LANGUAGE plpgsql SET search_path = tilsyn_data, pg_temp AS $$
BEGIN
    NEW.bruker := session_user;
    NEW.tidspunkt := now();
    IF NOT EXISTS (SELECT 1 FROM sak WHERE id = NEW.sak_id AND embete = NEW.embete) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('journalpostens sak %s finnes ikke i embetet %s', NEW.sak_id, NEW.embete);
    END IF;
    IF NEW.nummer IS DISTINCT FROM (SELECT siste FROM journal_teller WHERE sak_id = NEW.sak_id) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('dokumentnummer %s i saken %s er ikke det telleren nettopp ga', NEW.nummer, NEW.sak_id);
    END IF;
    IF NEW.rev IS DISTINCT FROM (SELECT rev FROM journal_rev WHERE embete = NEW.embete) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'journalrevisjonen er ikke den telleren nettopp ga';
    END IF;
    RETURN NEW;
END $$;

-- A post changes only by getting its avskrivning (once) and a new revision for it.
CREATE FUNCTION tilsyn_data.tilsyn_journalpost_endre() RETURNS trigger
    LANGUAGE plpgsql SET search_path = tilsyn_data, pg_temp AS $$
BEGIN
    IF (NEW.id, NEW.embete, NEW.sak_id, NEW.type, NEW.nummer, NEW.data, NEW.fil_sha256, NEW.bruker, NEW.tidspunkt)
       IS DISTINCT FROM (OLD.id, OLD.embete, OLD.sak_id, OLD.type, OLD.nummer, OLD.data, OLD.fil_sha256, OLD.bruker,
                         OLD.tidspunkt)
       OR OLD.avskrivning IS NOT NULL OR NEW.avskrivning IS NULL OR NEW.rev <= OLD.rev THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'en journalpost endres aldri; bare avskrivningen settes, én gang';
    END IF;
    RETURN NEW;
END $$;

-- Counters only count up, one at a time.
CREATE FUNCTION tilsyn_data.tilsyn_journal_teller_endre() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_TABLE_NAME = 'journal_teller' THEN
        IF NEW.sak_id <> OLD.sak_id OR NEW.embete <> OLD.embete OR NEW.siste <> OLD.siste + 1 THEN
            RAISE EXCEPTION USING ERRCODE = '23514',
                MESSAGE = format('dokumentnummertelleren til saken %s kan bare øke med én (%s → %s)', OLD.sak_id,
                                 OLD.siste, NEW.siste);
        END IF;
    ELSIF NEW.embete <> OLD.embete OR NEW.rev <= OLD.rev THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('journalrevisjonen til %s kan bare øke', OLD.embete);
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION tilsyn_data.tilsyn_dokumentfil_ny() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.bruker := session_user;
    NEW.tidspunkt := now();
    RETURN NEW;
END $$;

CREATE TRIGGER ny BEFORE INSERT ON tilsyn_data.journalpost
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_journalpost_ny();
CREATE TRIGGER bare_avskrivning BEFORE UPDATE ON tilsyn_data.journalpost
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_journalpost_endre();
CREATE TRIGGER aldri_slett BEFORE DELETE ON tilsyn_data.journalpost
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('en journalpost slettes aldri');
CREATE TRIGGER aldri_tom BEFORE TRUNCATE ON tilsyn_data.journalpost
    FOR EACH STATEMENT EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('en journalpost slettes aldri');
CREATE TRIGGER bare_oke BEFORE UPDATE ON tilsyn_data.journal_teller
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_journal_teller_endre();
CREATE TRIGGER aldri_slett BEFORE DELETE ON tilsyn_data.journal_teller
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('dokumentnummertelleren slettes aldri');
CREATE TRIGGER aldri_tom BEFORE TRUNCATE ON tilsyn_data.journal_teller
    FOR EACH STATEMENT EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('dokumentnummertelleren slettes aldri');
CREATE TRIGGER bare_oke BEFORE UPDATE ON tilsyn_data.journal_rev
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_journal_teller_endre();
CREATE TRIGGER aldri_slett BEFORE DELETE ON tilsyn_data.journal_rev
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('journalrevisjonen slettes aldri');
CREATE TRIGGER ny BEFORE INSERT ON tilsyn_data.dokumentfil
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_dokumentfil_ny();
CREATE TRIGGER uendret BEFORE UPDATE OR DELETE ON tilsyn_data.dokumentfil
    FOR EACH ROW EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('en dokumentfil endres eller slettes aldri');
CREATE TRIGGER uendret_tom BEFORE TRUNCATE ON tilsyn_data.dokumentfil
    FOR EACH STATEMENT EXECUTE FUNCTION tilsyn_data.tilsyn_nekt('en dokumentfil endres eller slettes aldri');

-- Row-level security by the session user's offices ------------------------------------------
DO $$
DECLARE
    t text;
    v_hvem constant text := 'tilsyn_rolle(embete) = ANY ((SELECT tilsyn_mine_roller())::text[])';
BEGIN
    FOREACH t IN ARRAY ARRAY['journal_teller', 'journal_rev', 'dokumentfil', 'journalpost'] LOOP
        EXECUTE format('ALTER TABLE tilsyn_data.%I OWNER TO tilsyn_eier', t);
        EXECUTE format('ALTER TABLE tilsyn_data.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE tilsyn_data.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY les ON tilsyn_data.%I FOR SELECT USING (%s)', t, v_hvem);
        EXECUTE format('CREATE POLICY ny ON tilsyn_data.%I FOR INSERT WITH CHECK (%s)', t, v_hvem);
        IF t <> 'dokumentfil' THEN
            EXECUTE format('CREATE POLICY endre ON tilsyn_data.%I FOR UPDATE USING (%s) WITH CHECK (%s)', t, v_hvem, v_hvem);
        END IF;
    END LOOP;
END $$;

-- The API ------------------------------------------------------------------------------------

-- One post of tilsyn_journalfoer, in the caller's subtransaction: {id, nummer, rev, status}.
CREATE FUNCTION tilsyn_data.tilsyn_journalfoer_en(p jsonb) RETURNS jsonb
    LANGUAGE plpgsql SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    v_id uuid := (p ->> 'id')::uuid;
    v_sak uuid := (p ->> 'sak_id')::uuid;
    v_embete text;
    v_nr integer;
    v_rev bigint;
    v_avskr jsonb := CASE WHEN jsonb_typeof(p -> 'avskrivning') = 'object' THEN p -> 'avskrivning' END;
    gml journalpost%ROWTYPE;
BEGIN
    SELECT embete INTO v_embete FROM sak WHERE id = v_sak;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('saken %s finnes ikke i sentralen eller tilhører et annet embete', v_sak);
    END IF;
    PERFORM tilsyn_krev_embete(v_embete);
    IF v_avskr IS NOT NULL AND (coalesce(v_avskr ->> 'maate', '') NOT IN ('Besvart med brev', 'Besvart med e-post',
            'Besvart på telefon', 'Tatt til etterretning', 'Tatt til orientering')
            OR coalesce(v_avskr ->> 'dato', '') !~ '^\d{4}-\d{2}-\d{2}$') THEN
        RAISE EXCEPTION 'ugyldig avskrivning av journalposten %: %', v_id, v_avskr;
    END IF;
    SELECT * INTO gml FROM journalpost WHERE id = v_id FOR UPDATE;
    IF FOUND THEN
        IF gml.sak_id <> v_sak THEN
            RAISE EXCEPTION 'journalposten % hører til en annen sak', v_id;
        END IF;
        IF gml.avskrivning IS NULL AND v_avskr IS NOT NULL THEN
            INSERT INTO journal_rev (embete) VALUES (v_embete) ON CONFLICT DO NOTHING;
            UPDATE journal_rev SET rev = rev + 1 WHERE embete = v_embete RETURNING rev INTO v_rev;
            UPDATE journalpost SET avskrivning = v_avskr, rev = v_rev WHERE id = v_id;
            PERFORM pg_notify('tilsyn_endret', v_embete || ' journal');
            RETURN jsonb_build_object('id', v_id, 'nummer', gml.nummer, 'rev', v_rev, 'status', 'lagret',
                                      'avskrivning', v_avskr);
        END IF;
        RETURN jsonb_build_object('id', v_id, 'nummer', gml.nummer, 'rev', gml.rev, 'status', 'lagret',
                                  'avskrivning', gml.avskrivning, 'duplikat', true);
    END IF;
    IF coalesce(p ->> 'type', '') NOT IN ('I', 'U', 'N', 'X') OR jsonb_typeof(p -> 'data') IS DISTINCT FROM 'object'
       OR coalesce(p -> 'data' ->> 'tittel', '') = '' THEN
        RAISE EXCEPTION 'journalposten % mangler type, data eller tittel', v_id;
    END IF;
    IF p ->> 'fil_sha256' IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM dokumentfil WHERE embete = v_embete AND sha256 = p ->> 'fil_sha256') THEN
        RAISE EXCEPTION 'filen % til journalposten % er ikke lagret i sentralen', p ->> 'fil_sha256', v_id;
    END IF;
    INSERT INTO journal_teller (sak_id, embete) VALUES (v_sak, v_embete) ON CONFLICT DO NOTHING;
    UPDATE journal_teller SET siste = siste + 1 WHERE sak_id = v_sak RETURNING siste INTO v_nr;
    INSERT INTO journal_rev (embete) VALUES (v_embete) ON CONFLICT DO NOTHING;
    UPDATE journal_rev SET rev = rev + 1 WHERE embete = v_embete RETURNING rev INTO v_rev;
    INSERT INTO journalpost (id, embete, sak_id, type, nummer, rev, data, avskrivning, fil_sha256)
        VALUES (v_id, v_embete, v_sak, p ->> 'type', v_nr, v_rev, p -> 'data',
                CASE WHEN p ->> 'type' = 'I' THEN v_avskr END, p ->> 'fil_sha256');
    PERFORM pg_notify('tilsyn_endret', v_embete || ' journal');
    RETURN jsonb_build_object('id', v_id, 'nummer', v_nr, 'rev', v_rev, 'status', 'lagret',
                              'avskrivning', CASE WHEN p ->> 'type' = 'I' THEN v_avskr END);
END $$;

-- Stores journal posts [{id, sak_id, type, data, fil_sha256, avskrivning}] in order and returns
-- one result each: {id, nummer, rev, status "lagret", avskrivning} — a post sent again gets its
-- number again and may add its avskrivning (once) — or {id, status "avvist", feil}. A refused
-- post does not stop the rest; transient failures abort the call so the client retries it.
CREATE FUNCTION tilsyn_journalfoer(p_poster jsonb) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    p jsonb;
    ut jsonb := '[]';
BEGIN
    IF jsonb_typeof(p_poster) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'journalpostene må være en JSON-liste';
    END IF;
    FOR p IN SELECT * FROM jsonb_array_elements(p_poster) LOOP
        BEGIN
            ut := ut || jsonb_build_array(tilsyn_journalfoer_en(p));
        EXCEPTION WHEN OTHERS THEN
            IF left(SQLSTATE, 2) IN ('40', '57', '08', '53', '58') THEN
                RAISE;
            END IF;
            ut := ut || jsonb_build_array(jsonb_build_object('id', p ->> 'id', 'status', 'avvist', 'feil', SQLERRM));
        END;
    END LOOP;
    RETURN ut;
END $$;

-- Stores an incoming document's file for a case of the caller's office; the same bytes again
-- change nothing (false).
CREATE FUNCTION tilsyn_lagre_dokumentfil(p_sak uuid, p_sha256 text, p_innhold bytea) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
DECLARE
    v_embete text;
BEGIN
    IF p_innhold IS NULL OR encode(sha256(p_innhold), 'hex') IS DISTINCT FROM lower(p_sha256) THEN
        RAISE EXCEPTION 'filen stemmer ikke med sjekksummen %', p_sha256;
    END IF;
    SELECT embete INTO v_embete FROM sak WHERE id = p_sak;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('saken %s finnes ikke i sentralen eller tilhører et annet embete', p_sak);
    END IF;
    PERFORM tilsyn_krev_embete(v_embete);
    INSERT INTO dokumentfil (embete, sha256, innhold) VALUES (v_embete, lower(p_sha256), p_innhold)
        ON CONFLICT DO NOTHING;
    RETURN FOUND;
END $$;

-- A file of the caller's office by its SHA-256 (NULL if the office has no such file).
CREATE FUNCTION tilsyn_hent_dokumentfil(p_embete text, p_sha256 text) RETURNS bytea
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
BEGIN
    PERFORM tilsyn_krev_embete(p_embete);
    RETURN (SELECT innhold FROM dokumentfil WHERE embete = p_embete AND sha256 = p_sha256);
END $$;

-- A page of an office's journal posts changed after revision p_etter, in revision order.
CREATE FUNCTION tilsyn_journal_pull(p_embete text, p_etter bigint, p_grense integer)
    RETURNS TABLE (id uuid, sak_id uuid, type text, nummer integer, rev bigint, data jsonb, avskrivning jsonb,
                   fil_sha256 text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = tilsyn_data, public, pg_temp AS $$
BEGIN
    PERFORM tilsyn_krev_embete(p_embete);
    RETURN QUERY SELECT j.id, j.sak_id, j.type, j.nummer, j.rev, j.data, j.avskrivning, j.fil_sha256
        FROM journalpost j WHERE j.embete = p_embete AND j.rev > p_etter ORDER BY j.rev LIMIT p_grense;
END $$;

-- Read-only view for administrators and audits (RLS filters it by the session user's offices).
CREATE VIEW journalpost WITH (security_barrier) AS
    SELECT id, embete, sak_id, type, nummer, rev, data, avskrivning, fil_sha256, bruker, tidspunkt
    FROM tilsyn_data.journalpost;
ALTER VIEW journalpost OWNER TO tilsyn_eier;

ALTER FUNCTION tilsyn_data.tilsyn_journalpost_ny() OWNER TO tilsyn_eier;
ALTER FUNCTION tilsyn_data.tilsyn_journalpost_endre() OWNER TO tilsyn_eier;
ALTER FUNCTION tilsyn_data.tilsyn_journal_teller_endre() OWNER TO tilsyn_eier;
ALTER FUNCTION tilsyn_data.tilsyn_dokumentfil_ny() OWNER TO tilsyn_eier;
ALTER FUNCTION tilsyn_data.tilsyn_journalfoer_en(jsonb) OWNER TO tilsyn_eier;
ALTER FUNCTION tilsyn_journalfoer(jsonb) OWNER TO tilsyn_eier;
ALTER FUNCTION tilsyn_lagre_dokumentfil(uuid, text, bytea) OWNER TO tilsyn_eier;
ALTER FUNCTION tilsyn_hent_dokumentfil(text, text) OWNER TO tilsyn_eier;
ALTER FUNCTION tilsyn_journal_pull(text, bigint, integer) OWNER TO tilsyn_eier;
REVOKE ALL ON tilsyn_data.journal_teller, tilsyn_data.journal_rev, tilsyn_data.dokumentfil, tilsyn_data.journalpost,
    journalpost FROM PUBLIC;
REVOKE ALL ON FUNCTION tilsyn_data.tilsyn_journalpost_ny(), tilsyn_data.tilsyn_journalpost_endre(),
    tilsyn_data.tilsyn_journal_teller_endre(), tilsyn_data.tilsyn_dokumentfil_ny(),
    tilsyn_data.tilsyn_journalfoer_en(jsonb), tilsyn_journalfoer(jsonb), tilsyn_lagre_dokumentfil(uuid, text, bytea),
    tilsyn_hent_dokumentfil(text, text), tilsyn_journal_pull(text, bigint, integer) FROM PUBLIC;
GRANT SELECT ON journalpost TO tilsyn_bruker;
GRANT EXECUTE ON FUNCTION tilsyn_journalfoer(jsonb), tilsyn_lagre_dokumentfil(uuid, text, bytea),
    tilsyn_hent_dokumentfil(text, text), tilsyn_journal_pull(text, bigint, integer) TO tilsyn_bruker;

INSERT INTO tilsyn_data.skjemalogg (versjon, melding) VALUES
    (6, 'sakenes journal: tilsyn_data.journalpost, dokumentfil og tellerne; dokumentnumrene settes av sentralen '
        '(tilsyn_journalfoer), uten hull per sak; tilsyn_bruker har EXECUTE på tilsyn_journalfoer, '
        'tilsyn_lagre_dokumentfil, tilsyn_hent_dokumentfil og tilsyn_journal_pull og SELECT på visningen journalpost');
