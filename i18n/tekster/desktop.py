# Main window, profile and settings, help, single instance (helper D2, issue 10).
T = {
 # main window
 '&User guide': ('&Brukerveiledning', '&Brukarrettleiing'),
 '&About Tilsynsklient': ('&Om Tilsynsklient', '&Om Tilsynsklient'),
 'About Tilsynsklient': ('Om Tilsynsklient', 'Om Tilsynsklient'),
 '<h3>Tilsynsklient %1</h3><p>Supervision cases for the statsforvaltere: registering, deadlines, assessments, letters and follow-up.</p><p>Store: %2</p>':
  ('<h3>Tilsynsklient %1</h3><p>Tilsynssaker hos statsforvalterne: registrering, frister, vurderinger, brev og oppfølging.</p><p>Lager: %2</p>',
   '<h3>Tilsynsklient %1</h3><p>Tilsynssaker hos statsforvaltarane: registrering, fristar, vurderingar, brev og oppfølging.</p><p>Lager: %2</p>'),
 'Toolbar': ('Verktøylinje', 'Verktøylinje'),
 '&Toolbar': ('&Verktøylinje', '&Verktøylinje'),
 'Cases': ('Saker', 'Saker'),
 '%1, %2': ('%1, %2', '%1, %2'),
 '&Undo %1': ('&Angre %1', '&Angra %1'),
 '&Redo %1': ('&Gjør om %1', '&Gjer om %1'),
 'Your profile has no office. Choose yours in Edit ▸ Settings before registering a case.':
  ('Profilen din har ikke noe embete. Velg ditt under Rediger ▸ Innstillinger før du registrerer en sak.',
   'Profilen din har ikkje noko embete. Vel ditt under Rediger ▸ Innstillingar før du registrerer ei sak.'),
 'Start follow-&up of this case\'s breaches': ('Start opp&følging av lovbruddene i denne saken', 'Start opp&følging av lovbrota i denne saka'),
 # filter bar and welcome
 'Sear&ch:': ('S&øk:', 'S&øk:'),
 '&Status:': ('St&atus:', 'St&atus:'),
 'Sec&tor:': ('Sekt&or:', 'Sekt&or:'),
 'Handlin&g:': ('&Behandling:', '&Behandling:'),
 '&Load sample cases': ('Last inn &eksempelsaker', 'Last inn &eksempelsaker'),
 # profile and settings
 'e.g. Kari Nordmann': ('f.eks. Kari Nordmann', 't.d. Kari Nordmann'),
 'e.g. senior adviser': ('f.eks. seniorrådgiver', 't.d. seniorrådgjevar'),
 'e.g. 61 26 60 00': ('f.eks. 61 26 60 00', 't.d. 61 26 60 00'),
 'e.g. Ola Nordmann': ('f.eks. Ola Nordmann', 't.d. Ola Nordmann'),
 'e.g. head of section': ('f.eks. seksjonssjef', 't.d. seksjonssjef'),
 '(choose your office)': ('(velg embetet ditt)', '(vel embetet ditt)'),
 'Your name, title, direct phone and office, and the leader who normally approves, are used in letters, in the case history and for "My cases".':
  ('Navn, tittel, direkte telefon og embete, og lederen som vanligvis godkjenner, brukes i brev, i sakshistorikken og for «Mine saker».',
   'Namn, tittel, direkte telefon og embete, og leiaren som vanlegvis godkjenner, blir brukte i brev, i sakshistorikken og for «Mine saker».'),
 'Welcome. Before you start, fill in your profile: your name, title, direct phone and office, and the leader who normally approves, are used in letters, in the case history and for "My cases". You can change them later in Edit ▸ Settings.':
  ('Velkommen. Før du begynner, fyll ut profilen din: navn, tittel, direkte telefon og embete, og lederen som vanligvis godkjenner, brukes i brev, i sakshistorikken og for «Mine saker». Du kan endre dem senere under Rediger ▸ Innstillinger.',
   'Velkomen. Før du byrjar, fyll ut profilen din: namn, tittel, direkte telefon og embete, og leiaren som vanlegvis godkjenner, blir brukte i brev, i sakshistorikken og for «Mine saker». Du kan endre dei seinare under Rediger ▸ Innstillingar.'),
 'Full &name:': ('Fullt &navn:', 'Fullt &namn:'),
 '&Title:': ('&Tittel:', '&Tittel:'),
 'Direct &phone:': ('Direkte tele&fon:', 'Direkte tele&fon:'),
 '&Office:': ('&Embete:', '&Embete:'),
 'Approving &leader:': ('Leder som vanligvis god&kjenner:', 'Leiar som vanlegvis god&kjenner:'),
 "Leader's t&itle:": ('&Lederens tittel:', '&Leiartittel:'),
 'Program and office practice': ('Program og praksis ved embetet', 'Program og praksis ved embetet'),
 'Lan&guage:': ('&Språk:', '&Språk:'),
 'Choose handling method &within:': ('Velg &behandlingsmåte innen:', 'Vel &behandlingsmåte innan:'),
 '"Due soon" &shows:': ('«Forfaller snart» &viser:', '«Forfell snart» &viser:'),
 'Full name': ('Fullt navn', 'Fullt namn'),
 'Title': ('Tittel', 'Tittel'),
 'Direct phone': ('Direkte telefon', 'Direkte telefon'),
 'Approving leader': ('Leder som vanligvis godkjenner', 'Leiar som vanlegvis godkjenner'),
 "Leader's title": ('Lederens tittel', 'Tittelen til leiaren'),
 '%1 is empty: the profile is used in letters and the case history, so every field must be filled in.':
  ('«%1» er ikke fylt ut: profilen brukes i brev og i sakshistorikken, så alle feltene må fylles ut.',
   '«%1» er ikkje fylt ut: profilen blir brukt i brev og i sakshistorikken, så alle felta må fyllast ut.'),
 # help
 'User guide – Tilsynsklient': ('Brukerveiledning – Tilsynsklient', 'Brukarrettleiing – Tilsynsklient'),
 'User guide': ('Brukerveiledning', 'Brukarrettleiing'),
 # one instance per store
 'no permission to write beside the store': ('ingen tilgang til å skrive ved siden av lageret', 'ikkje tilgang til å skriva ved sida av lageret'),
 'unknown error': ('ukjent feil', 'ukjend feil'),
 '%1 on %2 (process %3)': ('%1 på %2 (prosess %3)', '%1 på %2 (prosess %3)'),
 'unknown user': ('ukjent bruker', 'ukjend brukar'),
 'The case store %1 is already open in Tilsynsklient: %2.': ('Sakslageret %1 er allerede åpent i Tilsynsklient: %2.', 'Sakslageret %1 er allereie ope i Tilsynsklient: %2.'),
 'The case store %1 could not be locked: %2.': ('Sakslageret %1 kunne ikke låses: %2.', 'Sakslageret %1 kunne ikkje låsast: %2.'),
}
