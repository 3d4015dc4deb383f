# Forms work: the date field, the BM 5 assessment editor, spell checking, the follow-up window.
# Accelerators are chosen apart from the main window's (nb/nn: F, R, V, H, M, O, S).
T = {
 'The case was not saved: %1': ('Saken ble ikke lagret: %1', 'Saka vart ikkje lagra: %1'),
 'Assessment %1, %2': ('Vurdering %1, %2', 'Vurdering %1, %2'),
 'dd.mm.yyyy': ('dd.mm.åååå', 'dd.mm.åååå'),
 'Type the date (e.g. 21.12.2026 or 21122026); F4 opens the calendar.': ('Skriv datoen (f.eks. 21.12.2026 eller 21122026); F4 åpner kalenderen.', 'Skriv datoen (t.d. 21.12.2026 eller 21122026); F4 opnar kalenderen.'),
 'Calendar (F4)': ('Kalender (F4)', 'Kalender (F4)'),
 'Calendar': ('Kalender', 'Kalender'),
 'Type a date (dd.mm.yyyy) or press F4 for the calendar.': ('Skriv en dato (dd.mm.åååå) eller trykk F4 for kalenderen.', 'Skriv ein dato (dd.mm.åååå) eller trykk F4 for kalenderen.'),
 'The date %1 does not exist; nothing was changed.': ('Datoen %1 finnes ikke; ingenting ble endret.', 'Datoen %1 finst ikkje; ingenting vart endra.'),
 '«%1» is not a date; nothing was changed. Type day, month and year, e.g. 21.12.2026, 21122026 or 21.12.26.': ('«%1» er ikke en dato; ingenting ble endret. Skriv dag, måned og år, f.eks. 21.12.2026, 21122026 eller 21.12.26.', '«%1» er ikkje ein dato; ingenting vart endra. Skriv dag, månad og år, t.d. 21.12.2026, 21122026 eller 21.12.26.'),
 '%1 – follow-up started %2': ('%1 – oppfølging startet %2', '%1 – oppfølging starta %2'),
 'What the service must document: %1': ('Hva tjenesten må dokumentere: %1', 'Kva tenesta må dokumentere: %1'),
 '(no suggestions)': ('(ingen forslag)', '(ingen forslag)'),
 '&Add assessment': ('Legg til vur&dering', 'Legg til vur&dering'),
 '&Remove assessment': ('Ta bort v&urdering', 'Ta bort v&urdering'),
 'Selected assessment': ('Valgt vurdering', 'Vald vurdering'),
 '&Provision:': ('B&estemmelse:', 'Føre&segn:'),
 'Type part of the law, § or name to search': ('Skriv en del av loven, paragrafen eller navnet for å søke', 'Skriv ein del av lova, paragrafen eller namnet for å søkja'),
 'Su&bject:': ('&Tilsynsobjekt:', '&Tilsynsobjekt:'),
 'Conclus&ion:': ('Ko&nklusjon:', 'Konklus&jon:'),
 'Reas&oning (goes into the decision as written):': ('Begru&nnelse (går ordrett inn i avgjørelsen):', 'Grun&ngiving (går ordrett inn i avgjerda):'),
 'Assessment %1 of %2': ('Vurdering %1 av %2', 'Vurdering %1 av %2'),
 '(choose a conclusion)': ('(velg konklusjon)', '(vel konklusjon)'),
 '(no subject)': ('(intet tilsynsobjekt)', '(inkje tilsynsobjekt)'),
 '(no provision)': ('(ingen bestemmelse)', '(inga føresegn)'),
 '(not chosen)': ('(ikke valgt)', '(ikkje vald)'),
}
T.update({
 'nynorsk': ('nynorsk', 'nynorsk'),
 'bokmål': ('bokmål', 'bokmål'),
 'The %1 dictionary does not know these words of the letter: %2. Check them before finalising.': ('Ordboka for %1 kjenner ikke disse ordene i brevet: %2. Sjekk dem før du ferdigstiller.', 'Ordboka for %1 kjenner ikkje desse orda i brevet: %2. Sjekk dei før du ferdigstiller.'),
})
