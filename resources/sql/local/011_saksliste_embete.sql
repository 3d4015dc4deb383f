-- The case list's Embete column (equal saksnumre of two offices told apart) sorts on this index;
-- like the others in 006 it carries rowid, the list's tie-breaker.
CREATE INDEX IF NOT EXISTS tilsynssak_liste_embete ON tilsynssak (embete);
