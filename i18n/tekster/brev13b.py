# The letter window, session 13, second round (issue 10, the caseworker's day): the finalise
# question of a decision says when the innsender has not had their own letter yet.
T = {
 'Warning: %1, who made the request, has not had their letter “%2” yet. Finalise it too, so that every party is told before the case is closed.':
  ('Advarsel: %1, som tok kontakt, har ikke fått sitt brev «%2» ennå. Ferdigstill det også, slik at alle parter får vite utfallet før saken avsluttes.',
   'Åtvaring: %1, som tok kontakt, har ikkje fått brevet sitt «%2» enno. Ferdigstill det òg, slik at alle partane får vite utfallet før saka blir avslutta.'),
}
