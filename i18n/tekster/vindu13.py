# Main window, menus, example store, disabled keys (helper vindu, session 13, issue 10 tryout).
T = {
 '&7 My cases': ('&7 Mine saker', '&7 Mine saker'),
 '&8 Unassigned': ('&8 Ufordelte', '&8 Ufordelte'),
 '&9 Due soon': ('&9 Forfaller snart', '&9 Forfell snart'),
 '&0 Overdue': ('&0 Over fristen', '&0 Over fristen'),
 '%1 (%2) is not available: %3': ('%1 (%2) er ikke tilgjengelig: %3', '%1 (%2) er ikkje tilgjengeleg: %3'),
 '%1: the case now differs from what is saved. Save (%2) to keep it so; the saved case is unchanged until then.':
  ('%1: saken skiller seg nå fra det som er lagret. Lagre (%2) for å beholde det slik; den lagrede saken er uendret til da.',
   '%1: saka skil seg no frå det som er lagra. Lagra (%2) for å halde på det slik; den lagra saka er uendra til då.'),
 '&Fresh sample cases': ('&Ferske eksempelsaker', '&Ferske eksempelsaker'),
 'Makes the sample cases again: what was changed in them and the filter of their window go':
  ('Lager eksempelsakene på nytt: det som er endret i dem, og filteret i vinduet deres forsvinner',
   'Lagar eksempelsakene på nytt: det som er endra i dei, og filteret i vindauget deira forsvinn'),
 'The sample cases are open in their own window. Close it first (%1 there): they cannot be made again under it.':
  ('Eksempelsakene er åpne i sitt eget vindu. Lukk det først (%1 der): de kan ikke lages på nytt under det.',
   'Eksempelsakene er opne i sitt eige vindauge. Lukk det først (%1 der): dei kan ikkje lagast på nytt under det.'),
}
