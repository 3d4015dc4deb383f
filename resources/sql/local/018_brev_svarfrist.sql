-- The deadline a finalised letter gives (Brevutkast::svarfrist, YYYY-MM-DD; NULL: none or
-- finalised before this version). The follow-up of a BM 5 decision proposes the deadline the
-- decision gave for documenting that a lovbrudd is corrected.
ALTER TABLE brev ADD COLUMN svarfrist TEXT;
