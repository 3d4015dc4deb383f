-- Letters finalised on another client (issue 12): the journal sync brings their outgoing posts
-- (type U, brev_sha256); their PDF/A bytes are fetched from the central archive (central table
-- brev, schema version 2) into the table brev, checked against the SHA-256, so this client's
-- archive package has them too. This is the queue of letters still to fetch: filled when such a
-- post arrives, emptied as each letter is stored (so a sync reads only what is missing, never
-- every letter).
CREATE TABLE brev_mangler (
    sak_id TEXT NOT NULL REFERENCES tilsynssak (id),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    feil   TEXT,                 -- why the last try did not store it (e.g. not archived centrally yet)
    PRIMARY KEY (sak_id, sha256)
) WITHOUT ROWID;

-- Posts pulled before this version whose letter is not here.
INSERT OR IGNORE INTO brev_mangler (sak_id, sha256)
SELECT p.sak_id, p.brev_sha256 FROM journalpost p
WHERE p.type = 'U' AND p.brev_sha256 IS NOT NULL AND length(p.brev_sha256) = 64
  AND NOT EXISTS (SELECT 1 FROM brev b WHERE b.sak_id = p.sak_id AND b.sha256 = p.brev_sha256);
