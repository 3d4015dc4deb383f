-- EXPLAIN QUERY PLAN evidence for migration 022 (docs/ytelse.md). Run: sqlite3 STORE < docs/indekser-eqp.sql
-- on a store of schema version 8..21 (before 022); the two halves print the same plans.
.print ===== WITH
.print == list, sektor filter, each sort
EXPLAIN QUERY PLAN SELECT id FROM tilsynssak WHERE sektor = 'helse' ORDER BY mottatt DESC, rowid DESC LIMIT 100;
EXPLAIN QUERY PLAN SELECT id FROM tilsynssak WHERE sektor = 'helse' ORDER BY sektor, rowid LIMIT 100;
EXPLAIN QUERY PLAN SELECT count(*) FROM tilsynssak WHERE sektor = 'helse';
EXPLAIN QUERY PLAN SELECT count(*) FROM tilsynssak WHERE sektor = 'helse' AND avsluttet IS NULL;
EXPLAIN QUERY PLAN SELECT id FROM tilsynssak WHERE sektor = 'helse' AND avsluttet IS NULL ORDER BY frist_dato, rowid LIMIT 100;
.print == reports
EXPLAIN QUERY PLAN SELECT count(*) FROM tilsynssak t WHERE t.sektor = 'helse' AND t.avsluttet BETWEEN '2024-01-01' AND '2024-12-31';
.print == temaer1
EXPLAIN QUERY PLAN SELECT st.kode, o.type, count(DISTINCT t.id) FROM tilsynssak t JOIN sak_tema st ON st.sak_id = t.id JOIN tilsynsobjekt o ON o.sak_id = t.id WHERE t.sektor = 'helse' AND t.avsluttet BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY st.kode, o.type;
.print == temaer2
EXPLAIN QUERY PLAN SELECT st.kode, count(DISTINCT t.id) FROM tilsynssak t JOIN sak_tema st ON st.sak_id = t.id WHERE t.sektor = 'helse' AND t.avsluttet BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY st.kode;
.print == kilder
EXPLAIN QUERY PLAN SELECT k.kode, count(DISTINCT t.id) FROM tilsynssak t JOIN sak_kilde k ON k.sak_id = t.id WHERE t.sektor = 'helse' AND t.avsluttet BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY k.kode;
.print == vurderinger
EXPLAIN QUERY PLAN SELECT v.bestemmelse, count(*), sum(v.konklusjon IN ('lovbrudd', 'oversendt-htil')) FROM tilsynssak t JOIN vurdering v ON v.sak_id = t.id WHERE t.sektor = 'helse' AND t.avsluttet BETWEEN '2024-01-01' AND '2024-12-31' AND t.behandlingsmaate = 5 GROUP BY v.bestemmelse;
.print == restanser
EXPLAIN QUERY PLAN WITH p(sektor, embete, fra, til) AS (SELECT 'helse', '', '2024-01-01', '2024-12-31'), a AS (SELECT t.embete, t.mottatt, t.avsluttet, t.frist_dato, t.milepel_dato FROM p, tilsynssak t WHERE t.sektor = p.sektor AND t.mottatt <= p.til AND t.avsluttet IS NULL UNION ALL SELECT t.embete, t.mottatt, t.avsluttet, t.frist_dato, t.milepel_dato FROM p, tilsynssak t WHERE t.sektor = p.sektor AND t.mottatt <= p.til AND t.avsluttet >= p.fra) SELECT a.embete, sum(a.mottatt < p.fra) FROM a, p GROUP BY a.embete;
.print == behandlingstid
EXPLAIN QUERY PLAN SELECT t.behandlingsmaate, CAST(julianday(t.avsluttet) - julianday(t.mottatt) AS INTEGER) AS dager, count(*) FROM tilsynssak t WHERE t.sektor = 'helse' AND t.avsluttet BETWEEN '2024-01-01' AND '2024-12-31' AND t.behandlingsmaate IS NOT NULL GROUP BY t.behandlingsmaate, dager;
.print == repository and children
EXPLAIN QUERY PLAN SELECT kode FROM sak_tema WHERE sak_id = 'x' ORDER BY pos;
EXPLAIN QUERY PLAN SELECT bestemmelse FROM vurdering WHERE sak_id = 'x' ORDER BY pos;
EXPLAIN QUERY PLAN SELECT sak_id, kode FROM sak_tema ORDER BY sak_id, pos;
EXPLAIN QUERY PLAN SELECT sak_id, bestemmelse, objekt_id, konklusjon, begrunnelse FROM vurdering ORDER BY sak_id, pos;
EXPLAIN QUERY PLAN DELETE FROM sak_tema WHERE sak_id = 'x';
EXPLAIN QUERY PLAN DELETE FROM vurdering WHERE sak_id = 'x';
BEGIN;
DROP INDEX tilsynssak_sektor_avsluttet;
DROP INDEX sak_tema_kode;
DROP INDEX vurdering_bestemmelse;
.print ===== WITHOUT
.print == list, sektor filter, each sort
EXPLAIN QUERY PLAN SELECT id FROM tilsynssak WHERE sektor = 'helse' ORDER BY mottatt DESC, rowid DESC LIMIT 100;
EXPLAIN QUERY PLAN SELECT id FROM tilsynssak WHERE sektor = 'helse' ORDER BY sektor, rowid LIMIT 100;
EXPLAIN QUERY PLAN SELECT count(*) FROM tilsynssak WHERE sektor = 'helse';
EXPLAIN QUERY PLAN SELECT count(*) FROM tilsynssak WHERE sektor = 'helse' AND avsluttet IS NULL;
EXPLAIN QUERY PLAN SELECT id FROM tilsynssak WHERE sektor = 'helse' AND avsluttet IS NULL ORDER BY frist_dato, rowid LIMIT 100;
.print == reports
EXPLAIN QUERY PLAN SELECT count(*) FROM tilsynssak t WHERE t.sektor = 'helse' AND t.avsluttet BETWEEN '2024-01-01' AND '2024-12-31';
.print == temaer1
EXPLAIN QUERY PLAN SELECT st.kode, o.type, count(DISTINCT t.id) FROM tilsynssak t JOIN sak_tema st ON st.sak_id = t.id JOIN tilsynsobjekt o ON o.sak_id = t.id WHERE t.sektor = 'helse' AND t.avsluttet BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY st.kode, o.type;
.print == temaer2
EXPLAIN QUERY PLAN SELECT st.kode, count(DISTINCT t.id) FROM tilsynssak t JOIN sak_tema st ON st.sak_id = t.id WHERE t.sektor = 'helse' AND t.avsluttet BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY st.kode;
.print == kilder
EXPLAIN QUERY PLAN SELECT k.kode, count(DISTINCT t.id) FROM tilsynssak t JOIN sak_kilde k ON k.sak_id = t.id WHERE t.sektor = 'helse' AND t.avsluttet BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY k.kode;
.print == vurderinger
EXPLAIN QUERY PLAN SELECT v.bestemmelse, count(*), sum(v.konklusjon IN ('lovbrudd', 'oversendt-htil')) FROM tilsynssak t JOIN vurdering v ON v.sak_id = t.id WHERE t.sektor = 'helse' AND t.avsluttet BETWEEN '2024-01-01' AND '2024-12-31' AND t.behandlingsmaate = 5 GROUP BY v.bestemmelse;
.print == restanser
EXPLAIN QUERY PLAN WITH p(sektor, embete, fra, til) AS (SELECT 'helse', '', '2024-01-01', '2024-12-31'), a AS (SELECT t.embete, t.mottatt, t.avsluttet, t.frist_dato, t.milepel_dato FROM p, tilsynssak t WHERE t.sektor = p.sektor AND t.mottatt <= p.til AND t.avsluttet IS NULL UNION ALL SELECT t.embete, t.mottatt, t.avsluttet, t.frist_dato, t.milepel_dato FROM p, tilsynssak t WHERE t.sektor = p.sektor AND t.mottatt <= p.til AND t.avsluttet >= p.fra) SELECT a.embete, sum(a.mottatt < p.fra) FROM a, p GROUP BY a.embete;
.print == behandlingstid
EXPLAIN QUERY PLAN SELECT t.behandlingsmaate, CAST(julianday(t.avsluttet) - julianday(t.mottatt) AS INTEGER) AS dager, count(*) FROM tilsynssak t WHERE t.sektor = 'helse' AND t.avsluttet BETWEEN '2024-01-01' AND '2024-12-31' AND t.behandlingsmaate IS NOT NULL GROUP BY t.behandlingsmaate, dager;
.print == repository and children
EXPLAIN QUERY PLAN SELECT kode FROM sak_tema WHERE sak_id = 'x' ORDER BY pos;
EXPLAIN QUERY PLAN SELECT bestemmelse FROM vurdering WHERE sak_id = 'x' ORDER BY pos;
EXPLAIN QUERY PLAN SELECT sak_id, kode FROM sak_tema ORDER BY sak_id, pos;
EXPLAIN QUERY PLAN SELECT sak_id, bestemmelse, objekt_id, konklusjon, begrunnelse FROM vurdering ORDER BY sak_id, pos;
EXPLAIN QUERY PLAN DELETE FROM sak_tema WHERE sak_id = 'x';
EXPLAIN QUERY PLAN DELETE FROM vurdering WHERE sak_id = 'x';
ROLLBACK;
