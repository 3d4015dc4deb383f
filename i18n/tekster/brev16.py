# Session 16 (work/brev): the case's one documentation deadline, shown fixed once a finalised
# decision states it; closing the letter window asks before discarding what cannot be kept.
T = {
 "A finalised decision in this case states this deadline; every party's decision states the same date.":
  ('En ferdigstilt avgjørelse i saken oppgir denne fristen; alle partenes avgjørelser oppgir samme dato.',
   'Ei ferdigstilt avgjerd i saka oppgir denne fristen; avgjerdene til alle partane oppgir same dato.'),
 'The documentation deadline «%1» is not a date, so it cannot be kept.':
  ('Dokumentasjonsfristen «%1» er ikke en dato og kan ikke tas vare på.',
   'Dokumentasjonsfristen «%1» er ikkje ein dato og kan ikkje takast vare på.'),
 'the documentation deadline %1': ('dokumentasjonsfristen %1', 'dokumentasjonsfristen %1'),
 'the facts of the case': ('saksforholdet', 'saksforholdet'),
 'the further text': ('tilleggsteksten', 'tilleggsteksten'),
 'The case is not saved, so what you typed in the letter (%1) cannot be kept with it.':
  ('Saken er ikke lagret, så det du skrev i brevet (%1), kan ikke tas vare på i den.',
   'Saka er ikkje lagra, så det du skreiv i brevet (%1), kan ikkje takast vare på i henne.'),
 'What you typed could not be kept: %1': ('Det du skrev, kunne ikke tas vare på: %1', 'Det du skreiv, kunne ikkje takast vare på: %1'),
 'Close the letter': ('Lukk brevet', 'Lukk brevet'),
 'Close the letter window and discard it?': ('Vil du lukke brevvinduet og forkaste det?', 'Vil du lukke brevvindauget og forkaste det?'),
}
