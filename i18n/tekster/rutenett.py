# Case editor and case list at 1366x768 (issue 10, the caseworker's try): the subjects as list
# and form, the empty case list, the required registration fields.
T = {
 'T&ype:': ('Objektt&ype:', 'Objekttyp&e:'),
 "Subject's na&me:": ('Objektets &navn:', 'Objektet sitt &namn:'),
 'Service &level:': ('Tjenesteniv&å:', 'Tenesteniv&å:'),
 '&Org. no.:': ('Org.n&ummer:', 'Org.n&ummer:'),
 'H&PR no.:': ('H&PR-nummer:', 'H&PR-nummer:'),
 'A&uthorisation:': ('Autori&sasjon:', 'Autori&sasjon:'),
 "Su&bject's postal address:": ('Pos&tadresse:', 'Pos&tadresse:'),
 "Sub&ject's written form:": ('Objektets må&lform:', 'Objektet sin må&lform:'),
 'Their date and ref. (&quoted in letters):': ('Deres dato og ref. (&kommer i brevhodet):', 'Dykkar dato og ref. (&kjem i brevhovudet):'),
 'Address for letters': ('Adresse for brev', 'Adresse for brev'),
 'Arrow keys choose a subject, Enter goes to its form below': ('Piltastene velger et tilsynsobjekt, Enter går til skjemaet under', 'Piltastane vel eit tilsynsobjekt, Enter går til skjemaet under'),
 '9 digits': ('9 sifre', '9 siffer'),
 'Selected subject': ('Valgt tilsynsobjekt', 'Valt tilsynsobjekt'),
 'Subject %1 of %2': ('Tilsynsobjekt %1 av %2', 'Tilsynsobjekt %1 av %2'),
 '(no address)': ('(ingen adresse)', '(inga adresse)'),
 'No cases match the search and the filters above.\nClear the search field or untick a filter to see more cases.': ('Ingen saker passer til søket og filtrene over.\nTøm søkefeltet eller fjern et filter for å se flere saker.', 'Ingen saker passar til søket og filtera over.\nTøm søkjefeltet eller fjern eit filter for å sjå fleire saker.'),
 'There are no cases in this store yet.\nRegister a case with Ctrl+N, or import cases from the File menu.': ('Det er ingen saker i dette lageret ennå.\nRegistrer en sak med Ctrl+N, eller importer saker fra Fil-menyen.', 'Det er ingen saker i dette lageret enno.\nRegistrer ei sak med Ctrl+N, eller importer saker frå Fil-menyen.'),
}
