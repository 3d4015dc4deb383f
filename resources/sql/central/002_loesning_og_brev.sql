-- Schema version 2: resolving conflicts, and finalised letters sent by clients.

-- A conflict is resolved by a new edit from the client that got it; the client then marks the
-- conflict resolved here, with the revision that carries the resolution.
ALTER TABLE konflikt ADD COLUMN loest_av text;
ALTER TABLE konflikt ADD COLUMN loest_tidspunkt timestamptz;
ALTER TABLE konflikt ADD COLUMN loest_rev bigint;
ALTER TABLE konflikt ADD COLUMN loest_valg text;
CREATE INDEX konflikt_aapne ON konflikt (embete, sak_id) WHERE NOT loest;

-- Marks conflicts resolved: [{op_id, felt, valg, rev}]. Row-level security limits this to the
-- caller's offices; returns how many were marked (0 for an already resolved one: idempotent).
CREATE FUNCTION tilsyn_loes_konflikter(p_loesninger jsonb) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    l jsonb;
    n integer := 0;
    m integer;
BEGIN
    FOR l IN SELECT * FROM jsonb_array_elements(p_loesninger) LOOP
        IF coalesce(l ->> 'valg', '') NOT IN ('mine', 'deres', 'redigert') THEN
            RAISE EXCEPTION 'ukjent valg «%» for konflikten i %', l ->> 'valg', l ->> 'felt';
        END IF;
        UPDATE konflikt SET loest = true, loest_av = current_user, loest_tidspunkt = now(),
                            loest_rev = (l ->> 'rev')::bigint, loest_valg = l ->> 'valg'
            WHERE op_id = l ->> 'op_id' AND felt = l ->> 'felt' AND NOT loest;
        GET DIAGNOSTICS m = ROW_COUNT;
        n := n + m;
    END LOOP;
    RETURN n;
END $$;

-- Finalised letters: metadata next to the bytes (type, målform, date, title, exempt from public
-- access), as the client archived them.
ALTER TABLE brev ADD COLUMN metadata jsonb NOT NULL DEFAULT '{}';

-- Stores a finalised letter. The bytes must match the hash, the case must be one the caller can
-- see in that office; storing the same letter again changes nothing (returns false).
CREATE FUNCTION tilsyn_lagre_brev(p_sha256 text, p_sak uuid, p_pdf bytea, p_metadata jsonb) RETURNS boolean
    LANGUAGE plpgsql AS $$
DECLARE
    v_embete text;
BEGIN
    IF encode(sha256(p_pdf), 'hex') <> lower(p_sha256) THEN
        RAISE EXCEPTION 'brevet stemmer ikke med sjekksummen %', p_sha256;
    END IF;
    SELECT embete INTO v_embete FROM sak WHERE id = p_sak;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('saken %s finnes ikke i sentralen eller tilhører et annet embete', p_sak);
    END IF;
    INSERT INTO brev (sha256, embete, sak_id, pdf, metadata)
        VALUES (lower(p_sha256), v_embete, p_sak, p_pdf, coalesce(p_metadata, '{}'))
        ON CONFLICT (sha256) DO NOTHING;
    RETURN FOUND;
END $$;

-- A new case in an office the user does not belong to is refused with a message that says so
-- (before, the row-level security check on the counter spoke first, naming the table).
CREATE OR REPLACE FUNCTION tilsyn_nytt_saksnummer(p_embete text) RETURNS text
    LANGUAGE plpgsql AS $$
DECLARE
    v_aar integer := extract(year FROM tilsyn_naa() AT TIME ZONE 'Europe/Oslo')::integer;
    v_n integer;
    v_nr text;
BEGIN
    IF NOT tilsyn_rolle(p_embete) = ANY (tilsyn_mine_roller()) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('ingen tilgang til embetet %s: brukeren %s er ikke medlem av %s', p_embete,
                             current_user, tilsyn_rolle(p_embete));
    END IF;
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

REVOKE EXECUTE ON FUNCTION tilsyn_loes_konflikter(jsonb), tilsyn_lagre_brev(text, uuid, bytea, jsonb) FROM PUBLIC;
GRANT UPDATE (loest, loest_av, loest_tidspunkt, loest_rev, loest_valg) ON konflikt TO tilsyn_bruker;
GRANT EXECUTE ON FUNCTION tilsyn_loes_konflikter(jsonb), tilsyn_lagre_brev(text, uuid, bytea, jsonb) TO tilsyn_bruker;
