# Main window and example store (helper vindu, session 12, issue 10 tryout).
T = {
 '&Close sample cases': ('L&ukk eksempelsakene', 'L&ukk eksempelsakene'),
 'Sample cases – not your cases. %1 closes them and takes you back to your own store.':
  ('Eksempellager – ikke dine saker. %1 lukker det og tar deg tilbake til ditt eget lager.',
   'Eksempellager – ikkje sakene dine. %1 lukkar det og tek deg tilbake til ditt eige lager.'),
}
