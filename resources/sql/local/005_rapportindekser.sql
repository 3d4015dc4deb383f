-- Derived data only (indexes, a search table), written re-runnable: IF NOT EXISTS throughout.
-- Report indexes (models/reports). Every report selects one sektor and either cases closed in a
-- period (avsluttet range) or cases open at some time in it (avsluttet IS NULL or >= fra). This
-- index serves both ranges and carries every column the aggregations read, so the reports never
-- touch the wide case rows: EXPLAIN QUERY PLAN shows "USING COVERING INDEX tilsynssak_rapport".
-- id is last so the joins to vurdering, sak_tema, sak_kilde and tilsynsobjekt stay covered too.
CREATE INDEX IF NOT EXISTS tilsynssak_rapport ON tilsynssak
    (sektor, avsluttet, behandlingsmaate, embete, mottatt, milepel_dato, frist_dato, id);
