-- The case's one documentation deadline (DOMAIN.md § 3 step 8, § 5: the follow-up expected after
-- a lovbrudd, "with a realistic deadline"): the date by which the service is to document that the
-- breach is put right. Typed in any party's decision letter (the letter window's Documentation
-- deadline); every party's avgjørelse states it, «Avgjørelser til alle parter» uses it, and the
-- follow-up window proposes it for each breach (OppfolgingRepository::avgjorelsesfrist). `brev_id`
-- names the finalised decision that stated it: from then on it is fixed (a sent letter cannot
-- change). models/store/dokumentasjonsfrist.h. Local follow-up data of this client: not synced.
-- Re-runnable (tst_store, tst_rapportcli, tst_rapportfakta, tst_embetesok migrate again).
CREATE TABLE IF NOT EXISTS oppfolging_dokumentasjonsfrist (
    sak_id    TEXT PRIMARY KEY NOT NULL,
    frist     TEXT NOT NULL,
    brev_id   INTEGER,
    endret    TEXT NOT NULL,
    endret_av TEXT NOT NULL
) WITHOUT ROWID;
