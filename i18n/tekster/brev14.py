# The letter window, session 14 (issue 10, the caseworker's day): the BM 2 oversendelse offers
# "avsluttet" beside "oversendt"; the decision letter's documentation deadline; the copy box on a
# letter to the innsender.
T = {
 "Record the milestone “%1” with the letter's date as &well":
  ('Registrer &også milepælen «%1» med brevets dato', 'Registrer &òg milepælen «%1» med datoen til brevet'),
}
T.update({
 'D&ocumentation deadline': ('Dokument&asjonsfrist', 'Dokument&asjonsfrist'),
 'The date by which the service is to document that the breach is put right (not a plan, but evidence that practice changed). The letter states it, and the follow-up of the breach starts with it.':
  ('Datoen virksomheten skal ha dokumentert innen at lovbruddet er rettet (ikke en plan, men bevis på at praksis er endret). Brevet oppgir den, og oppfølgingen av lovbruddet starter med den.',
   'Datoen verksemda skal ha dokumentert innan at lovbrotet er retta (ikkje ein plan, men prov på at praksis er endra). Brevet oppgir han, og oppfølginga av lovbrotet startar med han.'),
 'The documentation deadline is not a date: %1': ('Dokumentasjonsfristen er ikke en dato: %1', 'Dokumentasjonsfristen er ikkje ein dato: %1'),
 'Enter the documentation deadline: the letter states it.':
  ('Skriv inn dokumentasjonsfristen: brevet oppgir den.', 'Skriv inn dokumentasjonsfristen: brevet oppgir han.'),
 "The documentation deadline must lie after the letter's date (%1): a letter never sets a deadline on its own date or before it.":
  ('Dokumentasjonsfristen må være etter brevets dato (%1): et brev setter aldri en frist på sin egen dato eller før den.',
   'Dokumentasjonsfristen må vere etter datoen til brevet (%1): eit brev set aldri ein frist på sin eigen dato eller før han.'),
})
T.update({
 'This letter goes to the person who made the request: they get the letter itself, not a copy.':
  ('Dette brevet går til den som tok kontakt: vedkommende får selve brevet, ikke en kopi.',
   'Dette brevet går til den som tok kontakt: vedkommande får sjølve brevet, ikkje ein kopi.'),
})
