-- The Saksforhold (facts of the case) a caseworker writes in one party's letter, shared by the
-- case's letters of that type (DOMAIN.md § 5: one letter per party, the same facts relied on):
-- the next party's letter proposes it, so it is typed once; each letter may still change it
-- (models/letters/brevtekster.h). `brev` is the letter type (the shared text) or one party's letter
-- (Dokumentflyt::brevnoekkel: type|recipient|copy), which keeps that party's own text. Draft text of this client, not case data: not synced, not
-- audited. Idempotent (tst_rapportcli and tst_rapportfakta run migrations again).
CREATE TABLE IF NOT EXISTS brevtekst (
    sak_id    TEXT NOT NULL,
    brev      TEXT NOT NULL,
    felt      TEXT NOT NULL,
    tekst     TEXT NOT NULL,
    endret    TEXT NOT NULL,
    endret_av TEXT NOT NULL,
    PRIMARY KEY (sak_id, brev, felt)
) WITHOUT ROWID;
