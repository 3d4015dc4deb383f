-- Who made "theirs" of a sync conflict, and when (issue 10, session 14: the conflicts window never
-- said whose text a caseworker was about to replace). The central login and time of the revision
-- that brought the central store's value, read from its history when the push is answered; NULL
-- for conflicts recorded before this version.
ALTER TABLE sync_konflikt ADD COLUMN deres_av TEXT;
ALTER TABLE sync_konflikt ADD COLUMN deres_tidspunkt TEXT;
