# The letter window, session 14 (issue 10, the caseworker's day): the BM 2 oversendelse offers
# "avsluttet" beside "oversendt".
T = {
 "Record the milestone “%1” with the letter's date as &well":
  ('Registrer &også milepælen «%1» med brevets dato', 'Registrer &òg milepælen «%1» med datoen til brevet'),
}
