-- Norwegian alphabetical order for the case list's free-text columns (schema version 8).
-- SQLite compares text byte by byte, which puts Å before Æ and Ø and every capital before every
-- small letter. A generated (virtual, so no storage) sort key per column fixes that without a
-- custom collation, which would make the file unreadable to other SQLite tools: ASCII letters
-- folded to small, æ/ä, ø/ö and å (either case) mapped to the three characters that follow z in
-- that order, é/è to e and ü to y. The list sorts on these keys (models/items/saklistemodel);
-- ties break on rowid as before.
ALTER TABLE tilsynssak ADD COLUMN objekt_navn_sortering TEXT GENERATED ALWAYS AS (
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(objekt_navn), 'æ', '{'), 'Æ', '{'), 'ä', '{'), 'Ä', '{'), 'ø', '|'), 'Ø', '|'), 'ö', '|'), 'Ö', '|'), 'å', '}'), 'Å', '}'), 'é', 'e'), 'É', 'e'), 'è', 'e'), 'È', 'e'), 'ü', 'y'), 'Ü', 'y')) VIRTUAL;
ALTER TABLE tilsynssak ADD COLUMN saksbehandler_sortering TEXT GENERATED ALWAYS AS (
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(saksbehandler), 'æ', '{'), 'Æ', '{'), 'ä', '{'), 'Ä', '{'), 'ø', '|'), 'Ø', '|'), 'ö', '|'), 'Ö', '|'), 'å', '}'), 'Å', '}'), 'é', 'e'), 'É', 'e'), 'è', 'e'), 'È', 'e'), 'ü', 'y'), 'Ü', 'y')) VIRTUAL;
CREATE INDEX tilsynssak_liste_objekt_norsk ON tilsynssak (objekt_navn_sortering);
CREATE INDEX tilsynssak_liste_saksbehandler_norsk ON tilsynssak (saksbehandler_sortering);
-- The byte-order indexes of 006 for these two columns are no longer read.
DROP INDEX IF EXISTS tilsynssak_liste_objekt;
DROP INDEX IF EXISTS tilsynssak_liste_saksbehandler;
