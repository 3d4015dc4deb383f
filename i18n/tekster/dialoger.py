# Dialogs and the follow-up window (helper "dialoger", issue 10): profile, approval, follow-up filter.
T = {
 '&Direct phone:': ('&Direkte telefon:', '&Direkte telefon:'),
 'Off: no letter type needs approval. Letters name only the caseworker, and none says it was approved electronically. A leader approves letters in the system through a central store, and this office has none set up.':
   ('Av: ingen brevtype må godkjennes. Brevene nevner bare saksbehandleren, og ingen sier at de er godkjent elektronisk. En leder godkjenner brev i systemet gjennom et sentralt lager, og dette embetet har ikke satt opp noe.',
    'Av: ingen brevtype må godkjennast. Breva nemner berre sakshandsamaren, og ingen seier at dei er godkjende elektronisk. Ein leiar godkjenner brev i systemet gjennom eit sentralt lager, og dette embetet har ikkje sett opp noko.'),
 'Subject': ('Tilsynsobjekt', 'Tilsynsobjekt'),
 '&Filter:': ('Fil&trer:', 'F&iltrer:'),
 'Case number, subject or status': ('Saksnummer, tilsynsobjekt eller status', 'Saksnummer, tilsynsobjekt eller status'),
 'Shows the follow-ups whose case number, subject or status contains every word typed. Enter or Down goes to the list.':
   ('Viser oppfølgingene der saksnummer, tilsynsobjekt eller status inneholder hvert ord du skriver. Enter eller Pil ned går til listen.',
    'Viser oppfølgingane der saksnummer, tilsynsobjekt eller status inneheld kvart ord du skriv. Enter eller Pil ned går til lista.'),
}
