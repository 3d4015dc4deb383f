-- A health professional's authorisation ("lege", "sykepleier" ...) as registered in the
-- Helsepersonellregisteret, for the oversendelse to Statens helsetilsyn and the avgjørelse's
-- heading. Only for tilsynsobjekter of type helsepersonell (checked by validering). Local and
-- synced like 033; NULL: not known.
ALTER TABLE tilsynsobjekt ADD COLUMN autorisasjon TEXT;
