-- Indexes no query reads (schema version 22). EXPLAIN QUERY PLAN of every case-list query (each
-- filter and sort), every report query and the repository's reads and deletes of a case's
-- children is the same with and without them (docs/ytelse.md shows how it was checked):
-- - tilsynssak_sektor_avsluttet (sektor, avsluttet) is a prefix of tilsynssak_rapport (005),
--   which the planner prefers because it also covers the reports' columns;
-- - sak_tema_kode and vurdering_bestemmelse: the children are always reached through their case
--   (PRIMARY KEY (sak_id, pos)), never by code.
-- Together about 10 MB of a 100 000-case store, written on every save.
DROP INDEX IF EXISTS tilsynssak_sektor_avsluttet;
DROP INDEX IF EXISTS sak_tema_kode;
DROP INDEX IF EXISTS vurdering_bestemmelse;
