-- The reports' covering index without the case id (docs/lagerstorrelse.md). 005 put id last so
-- the reports' joins from a case to its children stayed covered; since 039 the reports that read
-- children (temaer, kilder, vurderinger) read rapport_sak instead, and no report query reads
-- tilsynssak.id (EXPLAIN QUERY PLAN in docs/lagerstorrelse.md: the same plans, still "USING
-- COVERING INDEX tilsynssak_rapport"). The 36-character UUID was a third of each entry: 0.7 MB of
-- 2.2 MB for 20 000 cases. Derived data only, re-runnable.
DROP INDEX IF EXISTS tilsynssak_rapport;
CREATE INDEX tilsynssak_rapport ON tilsynssak
    (sektor, avsluttet, behandlingsmaate, embete, mottatt, milepel_dato, frist_dato);
