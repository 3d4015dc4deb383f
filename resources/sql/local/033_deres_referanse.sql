-- Deres dato and Deres ref for the letter header (DOMAIN.md § 5): for the innsender from the
-- henvendelse, for each tilsynsobjekt from that party's last letter. Local and synced in the
-- sync document (SyncLager::dokument); not part of the JSON Lines contract. Dates YYYY-MM-DD,
-- NULL: not known.
ALTER TABLE tilsynssak ADD COLUMN innsender_deres_dato TEXT;
ALTER TABLE tilsynssak ADD COLUMN innsender_deres_ref TEXT;
ALTER TABLE tilsynsobjekt ADD COLUMN deres_dato TEXT;
ALTER TABLE tilsynsobjekt ADD COLUMN deres_ref TEXT;
