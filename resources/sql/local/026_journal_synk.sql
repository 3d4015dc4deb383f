-- Sync state of the journal (issue 12 item 4): what is to be sent to the central store, and what
-- it answered. The central store settles the document numbers (central migration 006).

-- 'ventende': new or avskrevet here, to be sent; 'ferdig': the central store has this version;
-- 'avvist': refused for good (feil says why), shown to a person.
ALTER TABLE journalpost ADD COLUMN synk TEXT NOT NULL DEFAULT 'ventende'
    CHECK (synk IN ('ventende', 'ferdig', 'avvist'));
ALTER TABLE journalpost ADD COLUMN synk_feil TEXT;
CREATE INDEX journalpost_synk ON journalpost (synk) WHERE synk <> 'ferdig';
-- Files that came with a pulled post but whose bytes are not fetched yet.
CREATE TABLE dokumentfil_mangler (
    sha256 TEXT PRIMARY KEY,
    embete TEXT NOT NULL
) WITHOUT ROWID;
